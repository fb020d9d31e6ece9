"""Figures as an article prints them: where a text prints a whole number (with or without separators between
its thousands), and whether a number is printed only as a year ('in 2019', 'the 2017 vote')."""

from __future__ import annotations

import re

from elexgraph.annotate.lexicon import words

YEARS = range(1900, 2100)  # a bare four-figure number in this range may be a year
_SEPARATOR = r"[,.'’\u2009\u202f ]{0,2}"  # between the thousands of a printed count: '15,917', "15'917", '64, 585'


def printed(value: int, text: str) -> list[re.Match[str]]:
    """Where a text prints a whole number, with or without separators between its thousands."""
    digits = str(value)
    head, groups = digits[:len(digits) % 3 or 3], [digits[k:k + 3] for k in range(len(digits) % 3 or 3, len(digits), 3)]
    body = re.escape(head) + "".join(_SEPARATOR + g for g in groups)
    return list(re.finditer(rf"(?<![\d,.'’]){body}(?![\d]|[,.]\d)", text))


def prints(value: int, text: str) -> bool:
    return bool(printed(value, text))


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
    """Whether the text prints the number, and every time as a year."""
    found = printed(value, text)
    return bool(found) and all(year_at(text, m.start(), m.end()) for m in found)
