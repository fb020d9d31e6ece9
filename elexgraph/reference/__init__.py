"""Public structural reference data: parties, constituencies and elections.

The CSV files beside this module are facts written for elexgraph (no names of
people). They let the extractors recognise a party however it is abbreviated,
a constituency however it is spelt, and date an election an article does not date.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent

# Short forms of compass words and the like, expanded before seat names are compared.
_SEAT_ABBREVIATIONS = {"ne": ["north", "east"], "nw": ["north", "west"], "se": ["south", "east"],
                       "sw": ["south", "west"], "n": ["north"], "s": ["south"], "e": ["east"],
                       "w": ["west"], "st": ["saint"]}
_SEAT_FILLERS = {"and", "the", "of", "&"}


def fold(text: str) -> str:
    """Lower-case, strip accents and unify typographic apostrophes and dashes."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-").lower().strip()


def slug(text: str) -> str:
    """A readable, stable IRI path segment: 'North East Derbyshire' -> 'north-east-derbyshire'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text).replace("'", "")).strip("-") or "x"


def seat_key(name: str) -> frozenset[str]:
    """Constituency names compared as word sets, so 'Derbyshire North East' is 'North East Derbyshire'."""
    words: list[str] = []
    for word in re.findall(r"[a-z0-9]+", fold(name)):
        words.extend(_SEAT_ABBREVIATIONS.get(word, [word]))
    return frozenset(w for w in words if w not in _SEAT_FILLERS)


@dataclass(frozen=True)
class Party:
    name: str
    aliases: tuple[str, ...]
    colour: str
    wikidata: str | None
    founded: int | None
    until: int | None


@dataclass(frozen=True)
class Constituency:
    name: str
    gss: str
    boundary_set: int
    county: str

    @property
    def short_name(self) -> str:
        """The first part of a compound name ('Corby' for 'Corby and East Northamptonshire')."""
        return re.split(r",| and ", self.name)[0]


@dataclass(frozen=True)
class ElectionDate:
    kind: str
    date: str
    place: str | None

    @property
    def year(self) -> int:
        return int(self.date[:4])


def _rows(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@cache
def parties() -> tuple[Party, ...]:
    return tuple(
        Party(r["name"], tuple(a for a in r["aliases"].split("|") if a), r["colour"], r["wikidata"] or None,
              int(r["founded"]) if r["founded"] else None, int(r["until"]) if r["until"] else None)
        for r in _rows("parties.csv"))


@cache
def _party_index() -> dict[str, Party]:
    index: dict[str, Party] = {}
    for party in parties():
        for form in (party.name, *party.aliases):
            index[fold(form)] = party
    return index


def party_named(label: str) -> Party | None:
    """The party a label names ('Lib Dem', 'Tories', 'the Conservative Party'), if it is a known one."""
    key = re.sub(r"^the ", "", fold(label).strip(" .,"))
    key = re.sub(r"'s$", "", key)
    return _party_index().get(key)


def canonical_party(label: str) -> str:
    """A known party's canonical name, or the label as printed (tidied) for any other party."""
    party = party_named(label)
    return party.name if party else re.sub(r"\s+", " ", label).strip(" .,")


@cache
def constituencies() -> tuple[Constituency, ...]:
    return tuple(Constituency(r["name"], r["gss"], int(r["boundary_set"]), r["county"]) for r in _rows("constituencies.csv"))


def boundary_set_for(year: int) -> int:
    """The boundary set in force at an election held in that year."""
    return 2024 if year >= 2024 else 2010


@cache
def _seat_index() -> dict[tuple[int, frozenset[str]], Constituency]:
    return {(c.boundary_set, seat_key(c.name)): c for c in constituencies()}


@cache
def _short_name_index() -> dict[tuple[int, frozenset[str]], Constituency]:
    """Short names that stand for exactly one seat of a boundary set."""
    seen: dict[tuple[int, frozenset[str]], list[Constituency]] = {}
    for c in constituencies():
        seen.setdefault((c.boundary_set, seat_key(c.short_name)), []).append(c)
    return {k: v[0] for k, v in seen.items() if len(v) == 1}


def constituency_named(name: str, year: int | None = None, *, allow_short: bool = False) -> Constituency | None:
    """The constituency a name stands for at an election in `year` (any boundary set if None)."""
    key = seat_key(name)
    if not key:
        return None
    sets = [boundary_set_for(year)] if year else [2024, 2010]
    for bs in sets:
        if (bs, key) in _seat_index():
            return _seat_index()[(bs, key)]
    if allow_short:
        for bs in sets:
            if (bs, key) in _short_name_index():
                return _short_name_index()[(bs, key)]
    return None


@cache
def seat_keys() -> frozenset[frozenset[str]]:
    """Every full and unambiguous short seat name of every boundary set, as word sets."""
    return frozenset(k for _, k in _seat_index()) | frozenset(k for _, k in _short_name_index())


@cache
def election_dates() -> tuple[ElectionDate, ...]:
    return tuple(ElectionDate(r["kind"], r["date"], r["place"] or None) for r in _rows("elections.csv"))


def general_elections() -> list[ElectionDate]:
    return [e for e in election_dates() if e.kind == "general"]
