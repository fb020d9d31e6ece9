"""When a printed figure states a value fairly: "a majority of 2,000" for 2,015, "more than 7,600" for 7,643,
"about 40%" for 40.4%, but not 5,487 for 5,507.

A figure is read back from the sentence it came from, with the words before it ("more than", "almost",
"about"), and turned into the range of values it fairly states (where no sentence at hand prints it, any
of those words may have gone with it):

- a count printed in full (5,487) states exactly that; a round count (2,000: two or more trailing zeros)
  states what rounds to it (1,500 to 2,500);
- "more than"/"over" N states a value above N, up to N's next step (7,600 → up to 7,700); "almost"/"nearly"
  N a value below N, down to its step below; "about"/"around" N what rounds to N;
- a share states what rounds, or is cut, to the decimals printed (47.4% for 47.35% to 47.5%); "about"
  widens that to a whole unit of the last decimal.

The figure is looked for in the fact's own sentence, then in the other sentences its article gives about
the contest (an extractor may take a fact's figures from more than one sentence). A position counts as
printed when its ordinal is ("came second", "3rd"); one worked out from an order or a "beat" is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from elexgraph.annotate.tokens import SHORT_GROUP_COUNT

_ABOVE = r"more than|over|upwards of|in excess of|at least|just over"
_BELOW = r"almost|nearly|just under|under|less than|fewer than|short of|just short of"
_ABOUT = r"about|around|approximately|roughly|some|close to|circa|an estimated|approx\.?"
_QUALIFIER = re.compile(rf"(?:(?P<above>{_ABOVE})|(?P<below>{_BELOW})|(?P<about>{_ABOUT}))\s+(?:of\s+)?$", re.I)
_NUMBER = re.compile(rf"(?<![\d.,'’])({SHORT_GROUP_COUNT}|\d{{1,3}}(?:[,.'’]\d{{3}})+(?![\d])|\d+(?:\.\d+)?)")
_PERCENT = re.compile(r"\s*(?:%|per\s?cent\b)", re.I)


@dataclass(frozen=True)
class Claim:
    """The values a printed figure fairly states: from `low` to `high`, each end included or not."""

    value: Decimal
    low: Decimal
    high: Decimal
    low_open: bool = False
    high_open: bool = False

    def admits(self, value: Decimal | int) -> bool:
        v = Decimal(value)
        return ((v > self.low) if self.low_open else (v >= self.low)) and (
            (v < self.high) if self.high_open else (v <= self.high))

    def meets(self, other: Claim) -> bool:
        """Whether two figures can both be fair statements of one value."""
        return self.admits(other.value) or other.admits(self.value) or (
            max(self.low, other.low) < min(self.high, other.high))


def exactly(value: Decimal | int) -> Claim:
    v = Decimal(value)
    return Claim(v, v, v)


def count_claim(value: int, sentences: Sequence[str]) -> Claim | None:
    """What a count the sentences print fairly states; None when none prints it."""
    for sentence in sentences:
        for match in _NUMBER.finditer(sentence):
            if re.sub(r"\D", "", match.group(1)) == str(value) and not _PERCENT.match(sentence, match.end()):
                return _count_range(value, _qualifier(sentence[:match.start()]))
    return None


_YEAR_PRINTED = re.compile(r"\b(?:the|in|of|at|since|from|until)\s+((?:19|20)\d\d)\b(?!\s+votes)"
                           r"|\b((?:19|20)\d\d)\s+(?:general\s+|local\s+|council\s+)?(?:vote|elections?|polls?|by-?\s?elections?)\b",
                           re.I)


def printed_only_as_year(value: int, sentences: Sequence[str]) -> bool:
    """Whether the sentences print a count only as a year ('following the 2017 vote', 'in 2019'): a count an
    extractor took from a year is no figure the source states, and none to hold against the record."""
    as_year = [m for sentence in sentences for m in _YEAR_PRINTED.finditer(sentence)
               if int(m.group(1) or m.group(2)) == value]
    return bool(as_year) and count_claim(value, [_YEAR_PRINTED.sub(" ", s) for s in sentences]) is None


def unseen_count_claim(value: int) -> Claim:
    """What a count states whose sentence is not at hand: whichever of "more than", "almost" or "about"
    went with it."""
    above, below = _count_range(value, "above"), _count_range(value, "below")
    return Claim(Decimal(value), below.low, above.high)


def share_claim(percent: Decimal, sentences: Sequence[str]) -> Claim:
    """What a share (in percent) fairly states, at the decimals the sentences print it with."""
    printed = next(((sentence, m) for sentence in sentences for m in _NUMBER.finditer(sentence)
                    if _PERCENT.match(sentence, m.end()) and _decimal(m.group(1)) == percent), None)
    decimals = _decimals(printed[1].group(1)) if printed else max(0, -percent.normalize().as_tuple().exponent)
    qualifier = _qualifier(printed[0][:printed[1].start()]) if printed else None
    unit = Decimal(1).scaleb(-decimals)
    if qualifier == "above":
        return Claim(percent, percent, percent + 10 * unit, low_open=True)
    if qualifier == "below":
        return Claim(percent, percent - 10 * unit, percent, high_open=True)
    if qualifier == "about":
        return Claim(percent, percent - unit, percent + unit)
    # rounded to the decimals printed, or cut to them
    return Claim(percent, percent - unit / 2, percent + unit, high_open=True)


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def rank_printed(rank: int, sentences: Sequence[str]) -> bool:
    """Whether the sentences print the position ('second', '2nd', 'runner-up')."""
    words = [rf"{rank}(?:st|nd|rd|th)"] + ([_ORDINALS[rank - 1]] if rank <= len(_ORDINALS) else [])
    words += ["runner-up", "runners-up"] if rank == 2 else []
    pattern = re.compile(rf"\b(?:{'|'.join(words)})\b", re.I)
    return any(pattern.search(sentence) for sentence in sentences)


def _count_range(value: int, qualifier: str | None) -> Claim:
    v = Decimal(value)
    zeros = len(str(value)) - len(str(value).rstrip("0")) if value else 0
    step = Decimal(10) ** max(zeros, len(str(value)) - 2)  # the figure's own precision, two digits at least
    if qualifier == "above":
        return Claim(v, v, v + step, low_open=True)
    if qualifier == "below":
        return Claim(v, v - step, v, high_open=True)
    if qualifier == "about" or zeros >= 2:
        unit = Decimal(10) ** zeros if zeros >= 2 else step
        return Claim(v, v - unit / 2, v + unit / 2)
    return exactly(v)


def _qualifier(before: str) -> str | None:
    match = _QUALIFIER.search(before.rstrip()[-40:] + " ")
    return next((kind for kind in ("above", "below", "about") if match and match.group(kind)), None)


def _decimal(printed: str) -> Decimal:
    return Decimal(printed.replace(",", ""))


def _decimals(printed: str) -> int:
    return len(printed.split(".", 1)[1]) if "." in printed else 0
