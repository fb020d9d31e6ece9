"""Tokens: words, numbers and punctuation of one piece of text, with their offsets.

A possessive ending is a token of its own ("Labour's" → "Labour", "'s"), so a party or a name
before it is matched whole. Numbers keep their printed form: "17,267", "15'917", "48.41",
the misprinted thousands "8.820", and a count whose last group was printed short before "votes" ("1,75
votes": a digit lost in print, read as the digits printed, 175, so `check` can set it beside the record); what
a number means is decided later, by its context.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass, field

# A count with a thousands group cut short ('1,75 votes'); only before 'votes', where no decimal comma is meant.
SHORT_GROUP_COUNT = r"\d{1,3}(?:,\d{3})*,\d{1,2}(?=\s*votes\b)"
# A word: a letter, then letters and digits, with an apostrophe inside before a letter or a hyphen before a letter
# or digit; matched a run of letters at a time rather than one letter at a time (the same words, a quarter faster).
_TOKEN = re.compile(rf"""
    (?P<num>{SHORT_GROUP_COUNT}|\d{{1,3}}(?:[,'’]\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
   |(?P<word>[^\W\d_][^\W_]*(?:(?:['’](?=[^\W\d_])|[-‐](?=[^\W_]))[^\W_]*)*)
   |(?P<punct>\S)
""", re.X)
_KINDS = {"num": "n", "word": "w", "punct": "p"}
_SEPARATORS = re.compile(r"[,'’]")  # of thousands, dropped from a printed number
_POINTED_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_APOSTROPHES = "'’"  # a word ending in one and 's' is a possessive: "Labour's" is "Labour", "'s"
# Live pages run an entry's heading into its timestamp ('…says Jane Doepublished at 10:50').
_GLUED_TIMESTAMP = re.compile(r"(?<=[a-z])published(?=\s+at\s+\d)")


# Not frozen, though never changed once made, and made by a plain __init__: a frozen dataclass's costs about three
# times as much, and an article makes hundreds of tokens. Hashed by value all the same, as a frozen one would be.
@dataclass(slots=True, unsafe_hash=True, init=False)
class Token:
    text: str
    start: int  # offset in the article
    end: int
    kind: str  # "w" word, "n" number, "p" punctuation
    lower: str = field(repr=False, compare=False)  # the text lower-cased, made once: asked for everywhere

    def __init__(self, text: str, start: int, end: int, kind: str) -> None:
        self.text, self.start, self.end, self.kind, self.lower = text, start, end, kind, text.lower()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokens of `text`, with offsets shifted by `offset` (where the text stands in the article)."""
    out: list[Token] = []
    if "published" in text:
        text = _GLUED_TIMESTAMP.sub(lambda m: " " * len(m.group(0)), text)
    append = out.append
    for m in _TOKEN.finditer(text):
        kind = _KINDS[m.lastgroup]
        word, start = m.group(), offset + m.start()
        if kind == "w" and word[-1] == "s" and len(word) > 2 and word[-2] in _APOSTROPHES:
            cut = len(word) - 2
            append(Token(word[:cut], start, start + cut, "w"))
            append(Token(word[cut:], start + cut, start + len(word), "p"))
        else:
            append(Token(word, start, start + len(word), kind))
    return out


def count_value(text: str) -> int:
    """A printed count: separators dropped; '8.820' (a misprinted thousands point) is 8820."""
    if _POINTED_THOUSANDS.fullmatch(text):
        return int(text.replace(".", ""))
    value = float(_SEPARATORS.sub("", text))
    return int(value) if math.isfinite(value) else int(sys.float_info.max)  # hundreds of digits: no count, no error


def decimal_value(text: str) -> float:
    return float(_SEPARATORS.sub("", text))
