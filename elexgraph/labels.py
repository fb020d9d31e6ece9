"""How things are named to readers: places told apart, vote shares as percents, dates in words.

The graph keeps its values as data (a share is a fraction, a date is ISO 8601); what a reader
sees comes from here, so the pages, the interactive page and the exports say them the same way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache

from elexgraph import reference


@dataclass(frozen=True)
class Place:
    """What tells one place from another of the same name: its boundary set, or its kind (a class name)."""

    label: str
    boundary_set: int | None = None
    kind: str | None = None


@cache
def _boundary_sets() -> tuple[int, ...]:
    return tuple(sorted({c.boundary_set for c in reference.constituencies()}))


def boundary_span(boundary_set: int) -> str:
    """The elections a boundary set was in force for: '2010–2024', or '2024–' for the newest."""
    later = [year for year in _boundary_sets() if year > boundary_set]
    return f"{boundary_set}–{later[0]}" if later else f"{boundary_set}–"


def kind_words(class_name: str) -> str:
    """A class's local name as words: 'MayoralArea' → 'mayoral area'."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", class_name.rsplit("#", 1)[-1].rsplit("/", 1)[-1]).lower()


def place_label(place: Place) -> str:
    """'Ashfield (2010–2024)' for a constituency of a boundary set, 'Mansfield mayoralty' for another kind of place."""
    if place.boundary_set:
        return f"{place.label} ({boundary_span(place.boundary_set)})"
    if place.kind:
        return f"{place.label} {kind_words(place.kind)}"
    return place.label


def told_apart(places: Iterable[tuple[Hashable, Place]]) -> dict[Hashable, str]:
    """Each place's label, qualified (boundary set or kind) only where another place shares its name."""
    by_name: dict[str, list[tuple[Hashable, Place]]] = defaultdict(list)
    for key, place in places:
        by_name[place.label.casefold()].append((key, place))
    return {key: place_label(place) if len(same) > 1 else place.label
            for same in by_name.values() for key, place in same}


def percent(fraction: str | float | Decimal) -> str:
    """A share stored as a fraction, as a reader says it: 0.428 → '42.8%'."""
    try:
        value = Decimal(str(fraction)) * 100
    except InvalidOperation:
        return str(fraction)
    return f"{value.quantize(Decimal('0.1')).normalize():f}%"


def long_date(iso: str) -> str:
    """'2024-03-11' → '11 March 2024'; a year or a year and month as far as they go; anything else as it is."""
    parts = iso[:10].split("-")
    try:
        if len(parts) == 3:
            return date(*map(int, parts)).strftime("%-d %B %Y")
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1).strftime("%B %Y")
    except ValueError:
        return iso
    return iso


def majority_words(majority: int, derived: bool) -> str:
    """'majority 5,509', or 'majority 5,509 (derived)' for one the build worked out rather than read as printed."""
    return f"majority {majority:,}" + (" (derived)" if derived else "")
