"""Gazetteer matching: the parties and places of the reference data, found in a run of tokens.

Every printed form of a party and every name of a place is indexed by its tokens, lower-cased;
the longest form starting at a capitalised token wins. A place keeps every reading it has: the
same words can be a constituency of either boundary set, a council, a mayoralty, a police area
and a town ('Mansfield'), and which one a sentence means is decided by its election.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from elexgraph import reference
from elexgraph.annotate.tokens import Token, tokenize

Strength = str  # "strong": read anywhere; "weak": an ordinary word too; "slot": only where a party is expected


@dataclass(frozen=True)
class PartyForm:
    party: reference.Party | None  # None: a party the reference data does not know
    strength: Strength


@dataclass
class PlaceReadings:
    """Every area or place a name can stand for."""

    constituencies: dict[int, reference.Constituency] = field(default_factory=dict)  # by boundary set
    council: reference.Council | None = None
    mayoralty: reference.Mayoralty | None = None
    police_area: reference.PoliceArea | None = None
    place: reference.Place | None = None
    short: bool = False  # the constituency reading is a short form ('Boston')

    @property
    def strong(self) -> bool:
        """Read as a place anywhere: several words, or a name of the East Midlands or of a known place."""
        return bool(self.council or self.place or any(c.region == "East Midlands" for c in self.constituencies.values()))


@dataclass(frozen=True)
class GazetteerMatch:
    start: int  # token indices
    end: int
    kind: str  # "party" or "place"
    party: PartyForm | None = None
    place: PlaceReadings | None = None

    @property
    def strong_place(self) -> bool:
        """A place read with certainty: a name of several words, or one the reference data knows well."""
        return self.place is not None and (self.end - self.start > 1 or self.place.strong)


def _key(form: str) -> tuple[str, ...]:
    return tuple(t.lower for t in tokenize(form))


def _constituency_forms(seat: reference.Constituency) -> set[str]:
    forms = {seat.name, seat.name.replace(" and ", " & "), seat.name.replace(",", "")}
    parts = seat.name.split(" and ")
    if len(parts) == 2 and "," not in seat.name:
        forms.add(f"{parts[1]} and {parts[0]}")  # 'Melton and Rutland' for 'Rutland and Melton'
    words = seat.name.split()
    compass = [w for w in words if w in {"North", "South", "East", "West", "Mid", "Central"}]
    if compass and words[0] in compass:
        rest = [w for w in words if w not in compass]
        forms.add(" ".join(rest + compass))  # "Derbyshire North East"
        if len(compass) == 2:
            forms.add(compass[0][0] + compass[1][0] + " " + " ".join(rest))  # "NE Derbyshire"
            forms.add("-".join(compass) + " " + " ".join(rest))  # "North-East Derbyshire"
    return _short_forms(forms)


def _short_forms(forms: Iterable[str]) -> set[str]:
    """The forms, and each with its county's short form ('South Northants', 'Leics County Council')."""
    forms = set(forms)
    return forms | {form.replace(county, short) for form in forms
                    for county, short in reference.county_short_forms().items() if county in form}


class Gazetteer:
    def __init__(self) -> None:
        self.parties: dict[tuple[str, ...], PartyForm] = {}
        self.places: dict[tuple[str, ...], PlaceReadings] = defaultdict(PlaceReadings)
        self._index_parties()
        self._index_places()
        self.by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for key in {*self.parties, *self.places}:
            self.by_first[key[0]].append(key)
        for keys in self.by_first.values():
            keys.sort(key=len, reverse=True)

    def _index_parties(self) -> None:
        for party in reference.parties():
            for form in party.forms:
                strength = "slot" if form in party.slot_forms else "weak" if form in party.weak_forms else "strong"
                self.parties[_key(form)] = PartyForm(party, strength)
        for form, party in reference.cut_party_forms().items():
            self.parties.setdefault(_key(form), PartyForm(party, "slot"))

    def _index_places(self) -> None:
        for seat in reference.constituencies():
            for form in _constituency_forms(seat):
                self.places[_key(form)].constituencies.setdefault(seat.boundary_set, seat)
        for (bs, _), seat in reference.short_name_index().items():
            readings = self.places[_key(seat.short_name)]
            if bs not in readings.constituencies:
                readings.constituencies[bs] = seat
                readings.short = True
        for council in reference.councils():
            for form in _short_forms((council.name, *council.aliases)):
                self.places[_key(form)].council = council
        for mayoralty in reference.mayoralties():
            for form in (mayoralty.area, *mayoralty.aliases):
                self.places[_key(form)].mayoralty = mayoralty
        for area in reference.police_areas():
            for form in (area.area, *area.aliases):
                self.places[_key(form)].police_area = area
        for place in reference.places():
            for form in {place.name, place.name.replace("-", " ")}:  # 'Ashby-de-la-Zouch' is printed spaced too
                self.places[_key(form)].place = place

    def matches(self, tokens: list[Token]) -> list[GazetteerMatch]:
        """Parties and places in a run of tokens, longest first, not overlapping."""
        found: list[GazetteerMatch] = []
        by_first = self.by_first  # asked at every token of every sentence
        i, count = 0, len(tokens)
        while i < count:
            token = tokens[i]
            match = None
            if token.kind == "w" and token.lower in by_first and (token.text[0].isupper() or token.text.isupper()):
                match = self._longest(tokens, i)
            if match:
                found.append(match)
                i = match.end
            else:
                i += 1
        return found

    def _longest(self, tokens: list[Token], i: int) -> GazetteerMatch | None:
        keys = self.by_first.get(tokens[i].lower, ())
        # the words from i on, as many as the longest form has (keys are longest first): each form is compared with
        # a slice of them at once, rather than word by word
        ahead = tuple([t.lower for t in tokens[i:i + len(keys[0])]]) if keys else ()
        for key in keys:
            if ahead[:len(key)] == key:
                end = i + len(key)
                if not _joined(tokens, i, end):
                    continue
                if key in self.parties:
                    return GazetteerMatch(i, end, "party", party=self.parties[key])
                return GazetteerMatch(i, end, "place", place=self.places[key])
        return None


def _joined(tokens: list[Token], start: int, end: int) -> bool:
    """The tokens of a form stand together as printed (no line break or long gap inside)."""
    return all(tokens[k].start - tokens[k - 1].end <= 2 for k in range(start + 1, end))


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
