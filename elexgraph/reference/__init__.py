"""Public structural reference data: parties, electoral areas, councils, places and election dates.

The CSV files beside this module are facts written for elexgraph; none names a person.
- parties.csv: canonical names, the forms newsrooms print (``weak_forms`` are ordinary words too
  and count as a party only where the sentence says so; ``slot_forms`` are short forms read only
  where a party is expected, as in a results line), colours, Wikidata ids, founding years, and
  ``keep_printed`` for minor parties whose label is kept as the article prints it.
- constituencies.csv: every UK constituency of the 2010 and 2024 boundary sets with its GSS code,
  county (East Midlands) and region, as the House of Commons Library's results files name them.
- councils.csv (East Midlands councils, with the years they existed), mayoralties.csv
  (directly elected mayors), police_areas.csv (police and crime commissioner areas),
  places.csv (regions, counties, cities and towns), elections.csv (polling days),
  county_short_forms.csv (the short forms newsrooms print for counties: 'Notts', 'Derbys').
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

HERE = Path(__file__).parent

# Short forms of compass and county words, expanded before area names are compared.
_AREA_ABBREVIATIONS = {"ne": ["north", "east"], "nw": ["north", "west"], "se": ["south", "east"],
                       "sw": ["south", "west"], "n": ["north"], "s": ["south"], "e": ["east"], "w": ["west"],
                       "st": ["saint"], "northants": ["northamptonshire"], "notts": ["nottinghamshire"],
                       "leics": ["leicestershire"], "lincs": ["lincolnshire"], "derbys": ["derbyshire"]}
_AREA_FILLERS = {"and", "the", "of", "&"}


@lru_cache(maxsize=1 << 16)  # the same words are folded again and again: names, parties, places
def fold(text: str) -> str:
    """Lower-case, strip accents and unify typographic apostrophes and dashes."""
    if text.isascii():
        return text.lower().strip()  # nothing to strip or unify: most words of most articles
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-").lower().strip()


@lru_cache(maxsize=1 << 14)  # the same names and places are made into IRIs again and again
def slug(text: str) -> str:
    """A readable, stable IRI path segment: 'North East Derbyshire' -> 'north-east-derbyshire'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text).replace("'", "")).strip("-") or "x"


@lru_cache(maxsize=16384)
def seat_key(name: str) -> frozenset[str]:
    """Area names compared as word sets, so 'Derbyshire North East' is 'North East Derbyshire'."""
    words: list[str] = []
    for word in re.findall(r"[a-z0-9]+", fold(name)):
        words.extend(_AREA_ABBREVIATIONS.get(word, [word]))
    return frozenset(w for w in words if w not in _AREA_FILLERS)


def _rows(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _forms(field: str) -> tuple[str, ...]:
    return tuple(f for f in field.split("|") if f)


def _year(field: str) -> int | None:
    return int(field) if field else None


# -- parties ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Party:
    name: str
    aliases: tuple[str, ...]
    colour: str
    wikidata: str | None
    founded: int | None
    until: int | None
    keep_printed: bool  # a minor party: its label stays as the article prints it
    weak_forms: tuple[str, ...]  # also ordinary words: a party only where the sentence says so
    slot_forms: tuple[str, ...]  # short forms read only where a party is expected

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@cache
def parties() -> tuple[Party, ...]:
    return tuple(
        Party(r["name"], _forms(r["aliases"]), r["colour"], r["wikidata"] or None, _year(r["founded"]),
              _year(r["until"]), r["keep_printed"] == "yes", _forms(r["weak_forms"]), _forms(r["slot_forms"]))
        for r in _rows("parties.csv"))


@cache
def _printed_party_index() -> dict[str, Party]:
    return {fold(form): party for party in parties() for form in party.forms}


_CUT_FILLERS = frozenset({"party", "the", "of", "and", "for"})


def name_words(party: Party) -> list[str]:
    """The words of a party's name that tell it from others ('Socialist Labour Party': Socialist, Labour)."""
    return [w for w in party.name.split() if fold(w) not in _CUT_FILLERS]


def _cuts(word: str) -> tuple[str, ...]:
    """A word as a results table shortens it: its first three letters or more ('Ind', 'Indep'), a plural's with
    its 's' kept ('Inds', 'Indeps')."""
    if len(word) <= 4:
        return (word,)
    cut = tuple(word[:n] for n in range(3, len(word)))
    return (*cut, word, *(c + "s" for c in cut if word.endswith("s")))


@cache
def cut_party_forms() -> dict[str, Party]:
    """Results tables' shortenings of two-word party names, each word cut to its first letters
    ('Ash Ind', 'Mans Ind', 'Nat Front'), kept where the shortening can name one party only."""
    named: dict[str, set[Party]] = {}
    for party in parties():
        words = name_words(party)
        if len(words) != 2:
            continue  # longer names are printed as initials, which parties.csv lists
        county = county_short_forms().get(words[0])  # 'Lincs Ind': a county's short form
        for first in (*_cuts(words[0]), *((county,) if county else ())):
            for second in _cuts(words[1]):
                named.setdefault(fold(f"{first} {second}"), set()).add(party)
    printed = _printed_party_index()
    return {form: next(iter(found)) for form, found in named.items() if len(found) == 1 and form not in printed}


@cache
def _party_index() -> dict[str, Party]:
    return {**cut_party_forms(), **_printed_party_index()}


_THE = re.compile(r"^the ")
_POSSESSIVE = re.compile(r"'s?$")


def _party_key(label: str) -> str:
    key = _THE.sub("", fold(label).strip(" .,:;"))
    return _POSSESSIVE.sub("", key).strip()


@lru_cache(maxsize=1 << 16)
def party_named(label: str) -> Party | None:
    """The party a label names ('Lib Dem', 'Tories', 'the Conservative Party'), if it is a known one."""
    return _party_index().get(_party_key(label))


def canonical_party(label: str) -> str:
    """A party's name for the graph: the canonical name of a known party, the label as printed
    (tidied) for a minor party that keeps it, or for any party elexgraph does not know."""
    party = party_named(label)
    if party and not party.keep_printed:
        return party.name
    tidy = re.sub(r"\s+", " ", label).strip(" .,:;")
    return re.sub(r"^[Tt]he\s+", "", re.sub(r"['’]s$", "", tidy))


# -- constituencies ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Constituency:
    name: str
    gss: str
    boundary_set: int
    county: str
    region: str

    @property
    def short_name(self) -> str:
        """The first part of a compound name ('Corby' for 'Corby and East Northamptonshire')."""
        return re.split(r",| and ", self.name)[0]


@cache
def constituencies() -> tuple[Constituency, ...]:
    return tuple(Constituency(r["name"], r["gss"], int(r["boundary_set"]), r["county"], r["region"])
                 for r in _rows("constituencies.csv"))


# Each boundary set took effect at a general election: (first day, set). The 1997 set is given for
# the East Midlands only, without codes; the 2010 and 2024 sets are the whole UK's.
BOUNDARY_CHANGES = ((date(2024, 7, 4), 2024), (date(2010, 5, 6), 2010), (date(1997, 5, 1), 1997))


def boundary_set_for(year: int) -> int:
    """The boundary set in force at a general election held in that year."""
    return next((bs for day, bs in BOUNDARY_CHANGES if year >= day.year), 1997)


def boundary_set_on(day: date) -> int:
    """The boundary set in force on a day: a by-election early in 2024 was fought on the 2010 seats."""
    return next((bs for start, bs in BOUNDARY_CHANGES if day >= start), 1997)


@cache
def _seat_index() -> dict[tuple[int, frozenset[str]], Constituency]:
    return {(c.boundary_set, seat_key(c.name)): c for c in constituencies()}


@cache
def county_short_forms() -> dict[str, str]:
    """Each county's short form as printed in seat names ('South Northants', 'Mid Derbys')."""
    return {r["county"]: r["short"] for r in _rows("county_short_forms.csv")}


@cache
def short_name_index() -> dict[tuple[int, frozenset[str]], Constituency]:
    """East Midlands short names that stand for exactly one seat of a boundary set."""
    seen: dict[tuple[int, frozenset[str]], list[Constituency]] = {}
    for c in constituencies():
        seen.setdefault((c.boundary_set, seat_key(c.short_name)), []).append(c)
    full = {key for key in _seat_index()}
    return {k: v[0] for k, v in seen.items() if len(v) == 1 and v[0].region == "East Midlands" and k not in full}


def constituency_named(name: str, year: int | None = None, *, allow_short: bool = False) -> Constituency | None:
    """The constituency a name stands for at an election in `year` (any boundary set if None).

    A name of the other boundary set is read as its successor or predecessor when the two share
    their first part ('Wellingborough and Rushden' in 2015 is 'Wellingborough')."""
    key = seat_key(name)
    if not key:
        return None
    sets = [boundary_set_for(year)] if year else [2024, 2010, 1997]
    for bs in sets:
        if (bs, key) in _seat_index():
            return _seat_index()[(bs, key)]
    if allow_short:
        for bs in sets:
            if (bs, key) in short_name_index():
                return short_name_index()[(bs, key)]
    if year:
        other = next((c for (bs, k), c in _seat_index().items() if k == key and bs != boundary_set_for(year)), None)
        # the seat of another boundary set: its predecessor or successor that keeps its first name
        if other:
            return short_name_index().get((boundary_set_for(year), seat_key(other.short_name))) or \
                _seat_index().get((boundary_set_for(year), seat_key(other.short_name)))
    return None


# -- councils, mayoralties, police areas, places -----------------------------------------------------
@dataclass(frozen=True)
class Council:
    name: str
    kind: str  # county, unitary, district
    county: str
    since: int | None
    until: int | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Mayoralty:
    area: str  # what the office is named after: 'East Midlands', 'Leicester'
    authority: str
    kind: str
    first_election: int
    until: int | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class PoliceArea:
    area: str
    region: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # region, county, city, town
    county: str


@cache
def councils() -> tuple[Council, ...]:
    return tuple(Council(r["name"], r["kind"], r["county"], _year(r["from"]), _year(r["until"]), _forms(r["aliases"]))
                 for r in _rows("councils.csv"))


@cache
def mayoralties() -> tuple[Mayoralty, ...]:
    return tuple(Mayoralty(r["area"], r["authority"], r["kind"], int(r["first_election"]), _year(r["until"]),
                           _forms(r["aliases"])) for r in _rows("mayoralties.csv"))


@cache
def police_areas() -> tuple[PoliceArea, ...]:
    return tuple(PoliceArea(r["area"], r["region"], _forms(r["aliases"])) for r in _rows("police_areas.csv"))


@cache
def places() -> tuple[Place, ...]:
    return tuple(Place(r["name"], r["kind"], r["county"]) for r in _rows("places.csv"))


def _index(items: tuple, *fields: str) -> dict[frozenset[str], object]:
    """Items by the word set of each of their names (the first item keeps a name two share)."""
    index: dict[frozenset[str], object] = {}
    for item in items:
        for value in fields:
            forms = getattr(item, value)
            for form in (forms if isinstance(forms, tuple) else (forms,)):
                index.setdefault(seat_key(form), item)
    return index


@cache
def _council_index() -> dict[frozenset[str], object]:
    return _index(councils(), "name", "aliases")


@cache
def _mayoralty_index() -> dict[frozenset[str], object]:
    return _index(mayoralties(), "area", "aliases")


@cache
def _police_area_index() -> dict[frozenset[str], object]:
    return _index(police_areas(), "area", "aliases")


def council_named(name: str) -> Council | None:
    return _council_index().get(seat_key(name))  # type: ignore[return-value]


def mayoralty_named(name: str) -> Mayoralty | None:
    return _mayoralty_index().get(seat_key(name))  # type: ignore[return-value]


def police_area_named(name: str) -> PoliceArea | None:
    return _police_area_index().get(seat_key(name))  # type: ignore[return-value]


# -- polling days ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ElectionDate:
    kind: str  # general, by-election, mayoral, pcc, local
    date: str
    place: str | None  # the seat or area; none for a nationwide round

    @property
    def year(self) -> int:
        return int(self.date[:4])

    @property
    def day(self) -> date:
        return date.fromisoformat(self.date)


@cache
def election_dates() -> tuple[ElectionDate, ...]:
    return tuple(ElectionDate(r["kind"], r["date"], r["place"] or None) for r in _rows("elections.csv"))


def first_pcc_election() -> int:
    """Police and crime commissioners were first elected in this year."""
    return min(e.year for e in election_dates() if e.kind == "pcc")


def general_elections() -> list[ElectionDate]:
    return [e for e in election_dates() if e.kind == "general"]


def polling_day(kind: str, year: int, place: str | None = None) -> ElectionDate | None:
    """The polling day of an election of this kind in this year: the one held for `place`, else a
    nationwide round (mayoral, PCC and local elections share the May polling day)."""
    same = [e for e in election_dates() if e.kind == kind and e.year == year]
    if place:
        key = seat_key(place)
        own = next((e for e in same if e.place and seat_key(e.place) == key), None)
        if own:
            return own
    rounds = [e for e in same if e.place is None]
    if rounds:
        return rounds[0]
    return None if kind in ("by-election", "mayoral") else next(
        (e for e in election_dates() if e.kind == "local" and e.year == year), None)
