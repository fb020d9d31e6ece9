"""Article text → paragraphs and sentences, each with its character offsets in the article.

Every non-blank line is a paragraph (a bullet or a list number before it is dropped). A sentence
ends at . ! or ? before a capital or a digit, but not after an abbreviation or an initial
('Mr', 'Cllr', 'J.'; lexicon/words.toml `abbreviations`); quotation marks do not stop a split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from elexgraph.annotate.lexicon import words

_BULLET = re.compile(r"^(?:[•\-–—*·▪►]|\d{1,2}[.)])\s+")
_BOUNDARY = re.compile(r"""[.!?]+["”’']?(?=\s+["“‘']?[A-Z0-9])""")
_LAST_WORD = re.compile(r"(?<!\w)(\w+)\W*$")  # tried from word starts only: linear


@dataclass(frozen=True)
class Span:
    """A piece of the article text and where it stands."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph(Span):
    index: int
    bulleted: bool = False  # printed as an item of a bulleted or numbered list


@dataclass(frozen=True)
class SentenceSpan(Span):
    paragraph: int


def paragraphs(text: str) -> list[Paragraph]:
    """Every non-blank line, without its indentation or bullet, is a paragraph."""
    out: list[Paragraph] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            bullet = _BULLET.match(stripped)
            if bullet:
                start += bullet.end()
                stripped = stripped[bullet.end():]
            if stripped:
                out.append(Paragraph(stripped, start, start + len(stripped), len(out), bool(bullet)))
        offset += len(line) + 1
    return out


def split_sentences(para: Paragraph) -> list[SentenceSpan]:
    """Sentences of one paragraph."""
    out: list[SentenceSpan] = []
    begin = 0
    text = para.text
    for m in _BOUNDARY.finditer(text):
        # the word before a full stop, searched for in place (no copy of the sentence): `begin` follows a space or
        # starts the paragraph, so the search's look behind sees what it would see in a copy
        word = _LAST_WORD.search(text, begin, m.start() + 1) if text[m.start()] == "." else None
        if word and word.group(1).lower() in words("abbreviations"):
            continue
        if word and len(word.group(1)) == 1 and word.group(1).isupper():
            continue  # an initial: "J. Smith"
        out.append(_sentence(para, begin, m.end()))
        begin = m.end()
        while begin < len(text) and text[begin].isspace():
            begin += 1
    if begin < len(text):
        out.append(_sentence(para, begin, len(text)))
    return out


def _sentence(para: Paragraph, begin: int, end: int) -> SentenceSpan:
    piece = para.text[begin:end].rstrip()
    return SentenceSpan(piece, para.start + begin, para.start + begin + len(piece), para.index)
