"""Figures as an article prints them: where a text prints a whole number (with or without separators between
its thousands), and whether a number is printed only as a year ('in 2019', 'the 2017 vote')."""

from __future__ import annotations

import re
from functools import lru_cache

from elexgraph.annotate.lexicon import words
from elexgraph.annotate.tokens import SHORT_GROUP_COUNT

YEARS = range(1900, 2100)  # a bare four-figure number in this range may be a year
# A printed whole number: '15,917', "15'917", '64, 585' (thousands apart), or '15917'; not a decimal's parts.
_FIGURE = re.compile(rf"(?<![\d,.'’]){SHORT_GROUP_COUNT}|(?<![\d,.'’])\d{{1,3}}(?:(?:[,.'’\u2009\u202f] ?|[ \u00a0])\d{{3}})+(?!\d)|(?<![\d,.'’])\d+(?![\d]|[,.]\d)")


_NOT_DIGITS = re.compile(r"\D")
MAX_DIGITS = 12  # a longer run of digits is no count of anything (and too long for int() to read)


def _printed(text: str) -> list[tuple[int, re.Match[str]]]:
    """The whole numbers a text prints, with where: runs of digits too long to be a count left out."""
    found = []
    for m in _FIGURE.finditer(text):
        printed = m.group()
        digits = printed if printed.isdigit() else _NOT_DIGITS.sub("", printed)  # mostly digits alone
        if len(digits) <= MAX_DIGITS:
            found.append((int(digits), m))
    return found


@lru_cache(maxsize=512)
def _counts(text: str) -> frozenset[int]:
    """Every whole number a text prints, its thousands separated or not."""
    return frozenset(value for value, _ in _printed(text))


def prints(value: int, text: str) -> bool:
    """Whether a text prints a whole number: '15,917', '15917', "15'917", '64, 585'."""
    return value in _counts(text)


def year_at(text: str, start: int, end: int) -> bool:
    """Whether the number printed at text[start:end] is a bare four-figure year by the words around it ('in
    2019', 'the 2017 vote'), never one followed by 'votes' ('polled 1987 votes')."""
    number = text[start:end]
    if not re.fullmatch(r"\d{4}", number) or int(number) not in YEARS:
        return False
    after = re.findall(r"[\w'’-]+", text[end:end + 30].lower())[:1]
    before = re.findall(r"[\w'’-]+", text[max(0, start - 30):start].lower())[-2:]
    if after[:1] == ["votes"]:
        return False
    return bool(after and after[0] in words("year_after")) or bool(before and (
        before[-1] in words("year_before") or " ".join(before) in words("year_before")))


def only_a_year(value: int, text: str) -> bool:
    """Whether the text prints the number, and every time as a year (no number outside YEARS is a year: the text
    is not read for most counts)."""
    return value in YEARS and value in _years_only(text)


@lru_cache(maxsize=4)
def _years_only(text: str) -> frozenset[int]:
    """The four-figure numbers a text prints only as years: one pass over the text, asked once per fact."""
    years: set[int] = set()
    counts: set[int] = set()
    for value, m in _printed(text):
        if value in YEARS:
            (years if year_at(text, m.start(), m.end()) else counts).add(value)
    return frozenset(years - counts)
