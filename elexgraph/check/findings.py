"""A finding of the check, and the helpers every check shares."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from elexgraph import reference
from elexgraph.check.statements import Statement

Value = int | Decimal | str


@dataclass(frozen=True)
class Finding:
    """One disagreement: a statement of the news, the fact it disagrees with, and both values."""

    check: Literal["official", "internal"]
    field: str
    statement: Statement
    other: Statement
    stated: Value
    expected: Value  # the official value, the one the other statement implies, or what is wrong in words


def parties_differ(a: str | None, b: str | None) -> bool:
    """Two known parties that are not the same party ('Labour' and 'Labour and Co-operative' are one)."""
    if not a or not b:
        return False
    known_a, known_b = reference.party_named(a), reference.party_named(b)
    return known_a is not None and known_b is not None and known_a != known_b


def same_party(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    known_a, known_b = reference.party_named(a), reference.party_named(b)
    if known_a is not None and known_b is not None:
        return known_a == known_b
    return reference.fold(a) == reference.fold(b)


def percent(value: Decimal, places: int = 2) -> Decimal:
    """A share for display: 40.8901 → 40.89, 50.0013 → 50."""
    rounded = value.quantize(Decimal(1).scaleb(-places)).normalize()
    return rounded.quantize(Decimal(1)) if rounded == rounded.to_integral_value() else rounded
