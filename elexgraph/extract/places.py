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
from collections.abc import Iterable
from dataclasses import replace

from elexgraph import reference
from elexgraph.annotate.document import Document, Mention
from elexgraph.annotate.elections import WARD_NAME, printed_again, title_case, ward_named
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
# Brook Hill by-election', 'Abbey ward', 'a by-election in Castle', 'voters in Brook Hill', 'the seat for Abbey',
# 'the Abbey seat', 'Abbey has a new councillor', 'the new councillor for Castle'.
# The noun after a ward's name is left to the next match: 'an Anytown Borough Council by-election for Brook Hill'.
_HEAD_WARD = re.compile(WARD_NAME.format("named")
                        + r"\s+(?=(?:ward|division|seat|by-?\s?election)\b|has\s+(?:a|its)\s+new\s+councill?or)"
                        r"|\b(?:voters|by-?\s?election|polls?|seat|councill?or)\s+(?:in|for)\s+(?:the\s+)?"
                        + WARD_NAME.format("voting"), re.I)
_NOT_A_WARD = re.compile(r"(?i)\b(?:council|county|district|borough|city|parliamentary|general|local|town|parish)$")


def head_ward(doc: Document) -> str | None:
    """The one ward (or division) the lead of a council by-election's report names: none where it names two. A lead
    that names none leaves it to the headline ('Brook Hill by-election: Labour hold' over 'Labour won Thursday's
    Anytown Borough Council by-election'), then to the rest of the story, where each names one ward only."""
    wards = _wards_named(s.text for s in doc.sentences if s.paragraph == 1)
    if wards:
        return wards.pop() if len(wards) == 1 else None
    body = [s.text for s in doc.sentences if s.paragraph > 1]
    for found in (_headline_wards(doc, " ".join(body)), _wards_named(body)):
        named = {ward for ward in found if ward_named(ward)}  # a council's, a seat's or a party's name is no ward
        if named:
            return named.pop() if len(named) == 1 else None
    return None


def _wards_named(texts: Iterable[str]) -> set[str]:
    """The wards the sentences name, each sentence on its own (a run opening one is cut of its first word)."""
    return {ward for text in texts for m in _HEAD_WARD.finditer(text)
            if (ward := _ward_label(_opening_word_cut(m.group("named") or m.group("voting"), m.start() == 0)))}


def _headline_wards(doc: Document, body: str) -> set[str]:
    """The wards a headline names; in a title in capitals ('Reform Wins Brook Hill By-Election'), where any run of
    words looks like a name, only the words of it the story prints again."""
    title = doc.article.title
    found = _wards_named([title])
    if not title_case(title):
        return found
    return {again for ward in found if (again := printed_again(ward, body))}


_JOINING = frozenset({"and", "&", "on", "upon", "of", "the", "le", "in"})


def _opening_word_cut(run: str, opens_sentence: bool) -> str:
    """A run that opens its sentence less its first word where small words join it to the rest ('Voters in the Brook
    Hill ward': the capital is the sentence's), unlike a name of its own ('Kirkby in the Dale ward' inside one)."""
    parts = run.split()
    if not opens_sentence or len(parts) < 3 or parts[1] not in _JOINING or parts[1] in ("and", "&"):
        # 'Ash & Oak by-election: Labour hold': a name joined by 'and' or '&' is one name, opening a sentence or not
        return run
    rest = list(itertools.dropwhile(lambda w: w in _JOINING, parts[1:]))
    return " ".join(rest)


def _ward_label(run: str) -> str | None:
    """The ward's words of a capitalised run by a ward word, less a leading party ('Labour Abbey ward'); none that
    names a council, a party or a day ("Thursday's by-election")."""
    parts = run.rstrip(".").split()
    while parts and (reference.party_named(parts[0]) or parts[0] in _JOINING):
        parts.pop(0)  # 'the Conservatives in Thursday's by-election': what follows a party is no ward of its own
    parts = _after_a_council(_before_a_date(parts))
    if _NOT_A_WARD.search(run.rstrip(".")):  # 'Abbey on Anytown Borough Council': the ward, then its council
        parts = parts[:max((k for k, p in enumerate(parts) if p in ("on", "of", "in")), default=0)]
    label = " ".join(parts)
    when = re.sub(r"['’]s?$", "", label).lower()
    if not parts or _NOT_A_WARD.search(label) or reference.party_named(label) or when in words("weekdays") \
            or when in words("months"):
        return None
    return label


def _after_a_council(parts: list[str]) -> list[str]:
    """A ward's words after the council its run begins with ('a seat on Anytown City Council in the Brook Hill
    ward'): the council and the small words after it are none of its name."""
    cut = max((k for k in range(len(parts) - 2) if parts[k].lower() == "council" and parts[k + 1] in ("in", "for")),
              default=None)
    if cut is None:
        return parts
    rest = parts[cut + 2:]
    return rest[1:] if rest[:1] == ["the"] else rest


def _before_a_date(parts: list[str]) -> list[str]:
    """A ward's words before a day or a month its run goes on to ('polls in Brook Hill on Thursday', 'voters in
    Abbey in May'): the small word and the date are none of its name."""
    dates = (*words("weekdays"), *words("months"))
    cut = next((k for k in range(1, len(parts) - 1)
                if parts[k] in ("on", "in", "of") and re.sub(r"['’]s?$|[.,]$", "", parts[k + 1]).lower() in dates), None)
    return parts[:cut] if cut is not None else parts


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
