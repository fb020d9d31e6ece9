"""Article text → paragraphs and sentences, each with its character offsets in the article."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A full stop after these does not end a sentence.
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "prof", "rev", "gen", "col", "capt", "lt", "sgt", "cllr",
                  "coun", "no", "vs", "v", "etc", "approx", "jr", "sr", "hon", "rt"}
_BULLET = re.compile(r"^(?:[•\-–—*·]|\d{1,2}\.)\s+")


@dataclass(frozen=True)
class Span:
    """A piece of the article text and where it stands."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph(Span):
    index: int


@dataclass(frozen=True)
class Sentence(Span):
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
                out.append(Paragraph(stripped, start, start + len(stripped), len(out)))
        offset += len(line) + 1
    return out


_BOUNDARY = re.compile(r"""[.!?]+["”’']?(?=\s+["“‘']?[A-Z0-9])""")


def split_sentences(para: Paragraph) -> list[Sentence]:
    """Sentences of one paragraph; quotation marks do not stop a split at a sentence end."""
    out: list[Sentence] = []
    begin = 0
    text = para.text
    for m in _BOUNDARY.finditer(text):
        word = re.search(r"(\w+)\W*$", text[begin:m.start() + 1])
        if word and text[m.start()] == "." and word.group(1).lower() in _ABBREVIATIONS:
            continue
        if word and text[m.start()] == "." and len(word.group(1)) == 1 and word.group(1).isupper():
            continue  # an initial: "J. Smith"
        out.append(_sentence(para, begin, m.end()))
        begin = m.end()
        while begin < len(text) and text[begin].isspace():
            begin += 1
    if begin < len(text):
        out.append(_sentence(para, begin, len(text)))
    return out


def _sentence(para: Paragraph, begin: int, end: int) -> Sentence:
    piece = para.text[begin:end].rstrip()
    return Sentence(piece, para.start + begin, para.start + begin + len(piece), para.index)


def sentences(text: str) -> list[Sentence]:
    return [s for p in paragraphs(text) for s in split_sentences(p)]
