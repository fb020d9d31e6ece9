"""Which contest a statement is about: the election, and the area it was fought in.

The kind of election comes from the words around the statement ('mayoral', 'division', 'by-election'),
else from the article's own election, else it is a general election; the area is a place the statement
names read as that kind requires (a constituency of the boundaries then in force, a mayoralty, a police
area, a council division), else the area of the article's own contest.
"""

from __future__ import annotations

import itertools
import re

from collections import Counter
from dataclasses import replace

from elexgraph import reference
from elexgraph.annotate.document import Document, Mention
from elexgraph.annotate.elections import WARD_NAME
from elexgraph.annotate.gazetteer import PlaceReadings, gazetteer
from elexgraph.annotate.lexicon import words
from elexgraph.annotate.tokens import tokenize
from elexgraph.facts import Election

KINDS_BY_CUE = ("by-election", "pcc", "mayoral", "local")


def area_named(readings: PlaceReadings | None, election: Election) -> str | None:
    """The area a place stands for in an election of that kind, as the area is officially named."""
    if readings is None:
        return None
    kind = election.area_kind
    if kind == "mayoralty":
        return readings.mayoralty.area if readings.mayoralty else None
    if kind == "police-area":
        return readings.police_area.area if readings.police_area else None
    if kind == "division":
        return None  # a council division is named by the sentence, not the gazetteer
    if not readings.constituencies:
        return None
    wanted = election.boundary_set
    seat = readings.constituencies.get(wanted)
    if seat is None and wanted < 2010 and not any(c.region == "East Midlands" for c in readings.constituencies.values()):
        seat = readings.constituencies.get(2010)  # older seats are known here for the East Midlands only
    if seat is None:  # a seat of another boundary set: its successor or predecessor of the same first name
        other = next(iter(readings.constituencies.values()))
        seat = reference.constituency_named(other.name, election.year)
        if seat is None or seat.boundary_set != wanted:
            return None
    return seat.name


_REGULAR_ELECTIONS = re.compile(r"\belections\b", re.I)


def _council_by_election_alone(doc: Document, year: int) -> bool:
    """The article reports a council by-election of that year, and names no regular elections."""
    main = doc.election.main
    return bool(main and main.council and main.kind == "by-election" and year == main.year
                and not _REGULAR_ELECTIONS.search(doc.text))


def election_of(doc: Document, kind: str | None, year: int | None) -> Election:
    """The election a statement is about: of the kind its words say (else the article's), in the year
    they give (else the article's)."""
    main = doc.election.main
    undated_in = None if year else doc.election.undated_in  # a year the words give is never a guess
    year = year or (main.year if main else doc.election.year)
    if kind == "local" and _council_by_election_alone(doc, year):
        kind = None  # a ward or division named in a council by-election's report (and no other elections) is its
    if main and year == main.year and kind in (None, main.kind):
        return main if main.undated_in == undated_in else replace(main, undated_in=undated_in)
    if kind in (None, "general") or (kind == "by-election" and not main):
        return doc.election.general(year, undated_in)
    held = None if undated_in else reference.polling_day(kind, year)  # nor the polling day of a guessed year
    if kind == "local":
        return Election("local", year, held.date if held else None, None, main.council if main else None, undated_in)
    return Election(kind, year, held.date if held else None, undated_in=undated_in)  # type: ignore[arg-type]


def with_area(election: Election, area: str) -> Election:
    """An election of one place (a mayoralty, a police area, a by-election seat) carries its area."""
    if election.kind in ("mayoral", "pcc", "by-election") and not election.council and election.place != area:
        held = None if election.undated_in else reference.polling_day(election.kind, election.year, area)
        return replace(election, date=held.date if held and held.place else election.date, place=area)
    return election


def main_area(doc: Document, election: Election) -> str | None:
    """The area of the article's own contest: the one its election names, else the ward of a council
    by-election that its lead names, else the constituency it names most (a place in the headline or lead
    counts three times)."""
    if election.place:
        return area_named(_readings_for(election.place), election) or election.place
    if election.kind == "by-election" and election.council:
        main = doc.election.main
        return head_ward(doc) if main and (main.kind, main.year, main.council) == ("by-election", election.year,
                                                                                    election.council) else None
    if not election.parliamentary:
        return None
    counts: Counter[str] = Counter()
    for sentence in doc.sentences:
        for m in sentence.places:
            area = area_named(m.place, election)
            if area:
                counts[area] += 3 if sentence.paragraph < 3 else 1
    return counts.most_common(1)[0][0] if counts else None


# A ward's name as the lead of a council by-election's report prints it, and the words that mark it as one: 'the
# Brook Hill by-election', 'Abbey ward', 'a by-election in Castle', 'voters in Brook Hill', 'the seat for Abbey'.
_HEAD_WARD = re.compile(WARD_NAME.format("named") + r"\s+(?:ward|division|by-?\s?election)\b"
                        r"|\b(?:voters|by-?\s?election|polls?|seat)\s+(?:in|for)\s+(?:the\s+)?"
                        + WARD_NAME.format("voting"), re.I)
_NOT_A_WARD = re.compile(r"(?i)\b(?:council|county|district|borough|city|parliamentary|general|local|town|parish)$")


def head_ward(doc: Document) -> str | None:
    """The one ward (or division) the lead of a council by-election's report names: none where it names two (the
    headline is left out: its title case makes any run of words look like a name)."""
    lead = [s.text for s in doc.sentences if s.paragraph == 1]
    wards = {ward for text in lead for m in _HEAD_WARD.finditer(text)
             if (ward := _ward_label(_opening_word_cut(m.group("named") or m.group("voting"), m.start() == 0)))}
    return wards.pop() if len(wards) == 1 else None


_JOINING = frozenset({"and", "&", "on", "upon", "of", "the", "le", "in"})


def _opening_word_cut(run: str, opens_sentence: bool) -> str:
    """A run that opens its sentence less its first word where small words join it to the rest ('Voters in the Brook
    Hill ward': the capital is the sentence's), unlike a name of its own ('Kirkby in the Dale ward' inside one)."""
    parts = run.split()
    if not opens_sentence or len(parts) < 3 or parts[1] not in _JOINING:
        return run
    rest = list(itertools.dropwhile(lambda w: w in _JOINING, parts[1:]))
    return " ".join(rest)


def _ward_label(run: str) -> str | None:
    """The ward's words of a capitalised run by a ward word, less a leading party ('Labour Abbey ward'); none that
    names a council, a party or a day ("Thursday's by-election")."""
    parts = run.rstrip(".").split()
    while parts and reference.party_named(parts[0]):
        parts.pop(0)
    if _NOT_A_WARD.search(run.rstrip(".")):  # 'Abbey on Anytown Borough Council': the ward, then its council
        parts = parts[:max((k for k, p in enumerate(parts) if p in ("on", "of", "in")), default=0)]
    label = " ".join(parts)
    when = re.sub(r"['’]s?$", "", label).lower()
    if not parts or _NOT_A_WARD.search(label) or reference.party_named(label) or when in words("weekdays") \
            or when in words("months"):
        return None
    return label


def _readings_for(name: str) -> PlaceReadings | None:
    key = tuple(t.lower for t in tokenize(name))
    return gazetteer().places.get(key)


def areas_in(mentions: list[Mention], election: Election) -> list[str]:
    """The areas of that election's kind a run of mentions names, once each, in order."""
    out: list[str] = []
    for m in mentions:
        if m.kind == "place":
            area = area_named(m.place, election)
            if area and area not in out:
                out.append(area)
    return out
