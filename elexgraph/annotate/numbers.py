"""Figures typed by what they are: votes, a share, a change in share, a majority, turnout, a
year, money, an age, a time, a count of something else — read from the words around them
(word classes in lexicon/words.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from elexgraph.annotate.lexicon import words
from elexgraph.annotate.tokens import Token, count_value, decimal_value

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10}


@dataclass(frozen=True, slots=True)
class Figure:
    kind: str  # votes, share, change, swing, majority, turnout, year, money, age, time, count, number
    value: float  # a count as a whole number, a share in percent
    approx: bool  # 'about 2,000', 'more than 11,000'
    token: int  # index of the number's token in the sentence

    @property
    def count(self) -> int:
        return int(self.value)


def _ahead(tokens: list[Token], i: int, n: int = 3) -> list[str]:
    return [t.lower for t in tokens[i + 1:i + 1 + n]]


def _behind(tokens: list[Token], i: int, n: int = 6) -> list[str]:
    return [t.lower for t in tokens[max(0, i - n):i]]


def _starts_with(seq: list[str], phrases: frozenset[str]) -> bool:
    """The tokens begin with one of the phrases (compared without spaces: '-vote majority', 'per cent')."""
    return not _heads(tuple(seq)).isdisjoint(_unspaced(phrases))


@lru_cache(maxsize=256)  # a figure's words ahead are asked of several classes in turn
def _heads(seq: tuple[str, ...]) -> frozenset[str]:
    return frozenset("".join(seq[:k]) for k in range(1, len(seq) + 1))


@cache
def _unspaced(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.replace(" ", "") for p in phrases)


def _ends_with(seq: list[str], phrases: frozenset[str]) -> bool:
    """The tokens end with one of the phrases, once qualifiers ('just', 'a whopping', 'about') are passed over."""
    skip = _passed_over()
    while seq and (seq[-1] in skip or " ".join(seq[-2:]) in skip):
        seq = seq[:-2] if " ".join(seq[-2:]) in skip and len(seq) > 1 else seq[:-1]
    # the text ends with a phrase where one of its last words starts it (no token holds a space)
    tails = {" ".join(seq[k:]) for k in range(len(seq))} if seq else {""}
    return not tails.isdisjoint(phrases)


@cache
def _passed_over() -> frozenset[str]:
    return words("qualifiers") | words("approx_before")


def _approximate(behind: list[str]) -> bool:
    """'about 2,000', 'more than a whopping 11,000': an approximating phrase before the figure."""
    while behind and behind[-1] in words("qualifiers"):
        behind = behind[:-1]
    return any(" ".join(behind[-k:]) in words("approx_before") for k in (1, 2, 3) if len(behind) >= k)


def _kind(tokens: list[Token], i: int) -> str:
    token = tokens[i]
    ahead, behind = _ahead(tokens, i), _behind(tokens, i)
    if _starts_with(ahead, words("share_after")):
        signed = bool(behind) and behind[-1] in words("change_before") and (i < 2 or tokens[i - 1].end == token.start)
        return _percent_kind(ahead, behind, signed=signed)
    return _when_kind(token.text, ahead) or _count_kind(ahead, behind)


def _percent_kind(ahead: list[str], behind: list[str], *, signed: bool) -> str:
    """A percentage: a change ('+4.2%', 'up 3 points'), a swing, a turnout, else a share."""
    if signed:
        return "change"
    if ahead[1:2] == ["swing"] or behind[-2:] == ["swing", "of"] or "swing" in behind[-1:]:
        return "swing"
    if ahead[1:2] and ahead[1] in words("change_after") or behind[-1:] and behind[-1] in words("change_before_share"):
        return "change"
    if _ends_with(behind, words("turnout_before")):
        return "turnout"
    return "share"


# Asked of every number an article prints: compiled once.
_CLOCK = re.compile(r"\d{1,2}\.\d{2}")
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _when_kind(text: str, ahead: list[str]) -> str | None:
    """An age, a time of day or a year, else None."""
    if _starts_with(ahead, words("age_after")):
        return "age"
    if _starts_with(ahead, words("time_after")) or (ahead[:1] == [":"] and len(ahead) > 1 and ahead[1].isdigit()) \
            or _CLOCK.fullmatch(text) and _starts_with(ahead, words("time_after")):
        return "time"
    if _A_YEAR.fullmatch(text) and not _starts_with(ahead, words("votes_after")):
        return "year"
    return None


def _count_kind(ahead: list[str], behind: list[str]) -> str:
    """A sum of money, a majority, votes, a turnout, a count of something else, else a bare number."""
    if behind and behind[-1] in words("money_before") or _starts_with(ahead, words("money_after")) and not ahead[:1] == ["%"]:
        return "money"
    if _starts_with(ahead, words("majority_after")) or _ends_with(behind, words("majority_before")):
        return "majority"  # before votes: 'a 39-vote win', 'a majority of 500 votes'
    if _starts_with(ahead, words("votes_after")):
        return "votes"
    if _ends_with(behind, words("turnout_before")):
        return "turnout"
    if _starts_with(ahead, words("count_after")):
        return "count"
    return "number"


def figures(tokens: list[Token]) -> list[Figure]:
    """Every number of a sentence, typed."""
    out = []
    for i, token in enumerate(tokens):
        if token.kind != "n":
            continue
        kind = _kind(tokens, i)
        value = decimal_value(token.text) if kind in ("share", "change", "swing", "turnout", "money", "time") \
            and "." in token.text and not re.fullmatch(r"\d{1,3}\.\d{3}", token.text) else count_value(token.text)
        if kind == "turnout" and "." in token.text:
            value = decimal_value(token.text)
        approx = _approximate(_behind(tokens, i, 4))
        out.append(Figure(kind, value, approx, i))
    return out


def ordinal_at(token: Token) -> int | None:
    return ORDINALS.get(token.lower)
