"""The election an article reports, and the elections it mentions in passing.

The kind comes from the headline and the lead (lexicon/elections.toml: 'by-election', 'police and
crime commissioner', 'mayoral', 'county council' …), the place from the areas they name (read as a
seat, a mayoralty, a police area or a council, as the kind requires), the date from the article's
date, a date printed in it, a year in its headline or file name, or — when nothing dates it — the
first general election after every year it mentions. An article that reports no contest (a
defection story, say) has no main election; the results it mentions in passing carry their years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from elexgraph import reference
from elexgraph.annotate.annotated import Annotated, Mention
from elexgraph.annotate.lexicon import HERE, calendar, load_toml
from elexgraph.annotate.patterns import leading_words, lowered_for_words
from elexgraph.articles import calendar_date, iso_date
from elexgraph.facts import Election

@cache
def _printed_date() -> re.Pattern[str]:
    """'5 May 2021', '6th May 2021', 'May 5, 2021' (the month first, as some sites print it)."""
    months = "|".join(calendar("months"))
    # Tried only where a digit or a month's first letter stands: most words of the first 3,000 characters are passed
    # at their first letter, not compared with every month (the same dates, half the time).
    opening = re.escape("".join(sorted({month[0] for month in calendar("months")})))
    return re.compile(rf"\b(?=[\d{opening}])(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{months})"
                      rf"|(?P<month_first>{months})\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+(?P<year>(?:19|20)\d\d)\b", re.I)


_YEAR = re.compile(r"(?<![\d,.£$])\b((?:19|20)\d\d)\b(?!\d|%|,\d)")
REPORTING_WINDOW_DAYS = 60  # an article this long after polling day still reports the result


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    """Each kind's cues as one regex: the text holds one of them when it matches."""
    return {kind: re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
            for kind, patterns in load_toml(HERE / "elections.toml").items()}


@cache
def _cue_words() -> dict[str, tuple[str, ...] | None]:
    """Each kind's cues' leading words: a text holding none of them is not searched (a search is slow, as its
    cues are read case-insensitively, and most sentences hold no cue of any kind)."""
    return {kind: leading_words(patterns) for kind, patterns in load_toml(HERE / "elections.toml").items()}


def kind_named(text: str, kinds: tuple[str, ...] = ("by-election", "pcc", "mayoral", "local", "general")) -> str | None:
    """The first kind of election (in the order given) whose cue words the text holds."""
    lowered = lowered_for_words(text)
    for kind in kinds:
        needed = _cue_words()[kind]
        if lowered is not None and needed is not None and not any(word in lowered for word in needed):
            continue
        if _cues()[kind].search(text):
            return kind
    return None


@dataclass(frozen=True)
class ArticleElection:
    published: date | None
    year: int  # the article's own year: a working guess when nothing dates it (then undated_in is set)
    main: Election | None  # the contest the article reports, if it reports one
    undated_in: str | None = None  # the article's id when neither it nor its text gives its year

    @property
    def dates_results(self) -> bool:
        """Whether the article's own year dates a result its sentences give no year for: it reports an election,
        or came out just after a general election (a defection story tells of an MP's win years before)."""
        return self.main is not None or _general_near(self.published, None) is not None

    def general(self, year: int, undated_in: str | None = None) -> Election:
        """The general election of that year; `undated_in` when the year is only the article's working guess."""
        held = None if undated_in else next((e for e in reference.general_elections() if e.year == year), None)
        return Election("general", year, held.date if held else None, undated_in=undated_in)


def _published(doc: Annotated) -> tuple[date | None, tuple[int, int] | None]:
    """The article's date, or failing that the month it gives (metadata of 'YYYY-MM')."""
    stated = doc.article.date or ""
    if re.match(r"\d{4}-\d\d-\d\d", stated):
        return iso_date(stated), None
    month = re.match(r"(\d{4})-(\d\d)$", stated)
    if month:
        return None, (int(month.group(1)), int(month.group(2)))
    # The first printed date that is a real day ('31 February 2024' is not).
    months = calendar("months")
    days = (calendar_date(int(m["year"]), months.index((m["month"] or m["month_first"]).lower()) + 1,
                          int(m["day"] or m["day_after"])) for m in _printed_date().finditer(doc.text[:3000]))
    return next((day for day in days if day), None) or _numeric_date(doc.text[:3000]), None


def _century(year: int) -> int:
    """The year of a two-figure one ('23' is 2023, '98' is 1998): none after the latest election known."""
    latest = max(e.year for e in reference.election_dates())
    return 2000 + year if 2000 + year <= latest else 1900 + year


_NUMERIC_DATE = re.compile(r"(?<![\d/.£$])(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)?\d\d)(?![\d/])")


def _numeric_date(text: str) -> date | None:
    """The first date printed in figures, day first as British papers print it ('on Thursday 9/3/23', '09/03/2023'),
    that is a real day."""
    for m in _NUMERIC_DATE.finditer(text):
        year = int(m["year"]) if len(m["year"]) == 4 else _century(int(m["year"]))
        day = calendar_date(year, int(m["month"]), int(m["day"])) if 1 <= int(m["month"]) <= 12 else None
        if day:
            return day
    return None


def _stated_year(doc: Annotated) -> int | None:
    """A year the article's metadata, headline or file name gives."""
    meta = re.match(r"(\d{4})", doc.article.date or "")
    if meta:
        return int(meta.group(1))
    for text in (doc.article.title, doc.article.id):
        found = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)
        if found:
            return int(found.group(1))
    return None


def _lead_month_year(lead: str) -> int | None:
    """The year of the one month the headline and first paragraph print ('won the Brook Hill by-election in May
    2023'): when nothing else dates an article, the month its lead tells of is when it reports. Two months of
    different years in the lead say nothing certain."""
    months = "|".join(calendar("months"))
    years = {int(m.group(1)) for m in re.finditer(rf"\b(?:{months})\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b(?!\d)",
                                                  lead, re.I)}  # 'in May 2023', 'on May 4, 2023' 
    return years.pop() if len(years) == 1 else None


@cache
def _election_year() -> re.Pattern[str]:
    """A year printed as an election's: 'the 2019 general election', 'the 2021 county council elections',
    'the 2012 Anytown by-election', 'election of 2019', 'Elections 2021'."""
    year = r"((?:19|20)\d\d)"
    kinds = r"(?:general|local|council|county|district|borough|city|unitary|parliamentary|mayoral|police|and|" \
            r"crime|commissioner|PCC|(?-i:[A-Z][\w'’-]*))"
    noun = r"(?:by-?\s?elections?|elections?|polls?|vote)"
    return re.compile(rf"(?<![\d,.£$])\b{year}\s+(?:{kinds}\s+){{0,4}}{noun}\b|\b{noun}\s+(?:of\s+|in\s+)?{year}\b(?![\d,%])", re.I)


def _election_years(text: str, *, counted_from: bool = True) -> list[tuple[int, str]]:
    """The years the text gives elections, each with the words that name it — never one to come ('before
    the next election in 2029'), and only with counted_from one the text counts from ('since the 2017
    election')."""
    later = r"next|upcoming|forthcoming" + ("" if counted_from else r"|since|until|till|before|after")
    found = []
    for m in _election_year().finditer(text):
        before = text[max(0, m.start() - 30):m.start()].lower()
        if not re.search(rf"\b(?:{later})\s+(?:the\s+|in\s+)?$", before):
            found.append((int(m.group(1) or m.group(2)), m.group(0)))
    return found


PARLIAMENT_YEARS = 5  # the longest gap between two elections of one kind and place that the reference data knows


def _year_after(kind: str, place: str | None, floor: int) -> int | None:
    """The year of the first election of this kind (for this place, where they are held place by place)
    after `floor`, if it came within a parliament of it; none for council elections, whose cycles differ
    from council to council."""
    if kind == "local":
        return None
    same = [e for e in reference.election_dates() if e.kind == kind]
    own = [e for e in same if place and e.place and reference.seat_key(e.place) == reference.seat_key(place)]
    rounds = [e for e in same if e.place is None]  # a place with no polling days of its own votes in the rounds
    held = [e.year for e in (own or rounds) if floor < e.year <= floor + PARLIAMENT_YEARS]
    return min(held, default=None)


def _counted_from(doc: Annotated, main: Election) -> int | None:
    """An undated report of a contest is later than every year it mentions ('up from 192 at the 2010
    general election', 'held the seat since 2019'): it reports the next election of its kind after the
    latest of them (a party it names may have fought its first election in the year it was founded)."""
    last_known = max(e.year for e in reference.election_dates())
    years = [int(m.group(1)) for m in _YEAR.finditer(doc.text) if int(m.group(1)) <= last_known and not re.search(
        r"\b(?:next|upcoming|forthcoming|by)\s+(?:the\s+|in\s+)?$", doc.text[max(0, m.start() - 20):m.start()].lower())]
    if not years:
        return None  # no year at all: the article's year is unknown, never a default
    founded = [party.founded for sentence in doc.sentences for m in sentence.parties
               if (party := reference.party_named(m.text)) and party.founded]
    return _year_after(main.kind, main.place, max(max(years), max(founded, default=0) - 1))


def _inferred_year(doc: Annotated) -> int:
    """Nothing dates the article: the first general election after every year it mentions and after
    the founding of every party it names."""
    floor = max((int(y) for y in _YEAR.findall(doc.text)), default=0)
    for sentence in doc.sentences:
        for m in sentence.parties:
            party = reference.party_named(m.text)
            if party and party.founded:
                floor = max(floor, party.founded)
    for ge in reference.general_elections():
        if ge.year > floor or (ge.year == floor and str(floor) in doc.article.title):
            return ge.year
    return reference.general_elections()[-1].year


@dataclass(frozen=True)
class _Head:
    """The top of an article, where it says what it reports."""

    title: str
    lead: str  # the headline and the first paragraph
    lead_places: list[Mention]
    text: str  # the headline and the first two paragraphs
    places: list[Mention]


def _head(doc: Annotated) -> _Head:
    def upto(paragraphs: int) -> tuple[str, list[Mention]]:
        sentences = [s for s in doc.sentences if s.paragraph < paragraphs]
        return " ".join(s.text for s in sentences), [m for s in sentences for m in s.places]

    return _Head(doc.article.title, *upto(2), *upto(3))


def _general_near(day: date | None, month: tuple[int, int] | None) -> reference.ElectionDate | None:
    """The general election an article of that date (or month) reports on, if any."""
    for ge in reference.general_elections():
        if day and -3 <= (day - ge.day).days <= REPORTING_WINDOW_DAYS:
            return ge
        if month and (ge.year, ge.day.month) in (month, (month[0], month[1] - 1)):
            return ge
    return None


LOCAL_REPORTING_DAYS = 7  # a report of council results comes out within days of the count


def _local_near(day: date | None, month: tuple[int, int] | None) -> bool:
    """Whether an article of that date (or month) comes just after the May polling day of council elections."""
    for held in (e for e in reference.election_dates() if e.kind == "local" and e.place is None):
        if day and 0 <= (day - held.day).days <= LOCAL_REPORTING_DAYS:
            return True
        if month and month == (held.year, held.day.month):
            return True
    return False


def area_for(kind: str, places: list[Mention], year: int, boundary_set: int | None = None) -> str | None:
    """The first place that can be the area of an election of this kind, as that area is named."""
    for m in places:
        readings = m.place
        if readings is None:
            continue
        if kind == "mayoral" and readings.mayoralty:
            return readings.mayoralty.area
        if kind == "pcc" and readings.police_area:
            return readings.police_area.area
        if kind == "local" and readings.council:
            return readings.council.name
        if kind in ("by-election", "general") and readings.constituencies:
            seat = readings.constituencies.get(boundary_set or reference.boundary_set_for(year)) or next(
                iter(readings.constituencies.values()))
            return seat.name
    return None


def _council_by_election(head: _Head) -> bool:
    """A by-election for a council seat: the lead says so ('council by-election', a ward, a division, a
    councillor), or names a council and neither an MP nor a constituency."""
    if re.search(r"\b(?:council|local)\s+by-?\s?elections?\b|\bwards?\b|\bdivisions?\b|\bcouncill?ors?\b",
                 head.lead, re.I):
        return True
    parliament = kind_named(head.lead, ("general",)) or any(m.place and m.place.constituencies for m in head.lead_places)
    return not parliament and bool(re.search(r"\bcouncil\b", head.lead, re.I))


# The council of a council by-election whose report names none ('won the Brook Hill ward by-election'): the
# election is still a council's, not Parliament's, and is told apart from others by its ward.
UNNAMED_COUNCIL = "council"
# A ward's name as a lead prints it: capitalised words, with the small words some wards' names hold ('Ash & Oak',
# 'Kirkby in the Dale'); a leading article is none of it.
WARD_NAME = (r"(?-i:(?!(?:A|An|The)\s)(?P<{0}>[A-Z][\w'’.-]*"
             r"(?:\s+(?:(?:and|&|on|upon|of|the|le|in)\s+){{0,2}}[A-Z][\w'’.-]*){{0,4}}))")
_WARD_BY_ELECTION = re.compile(r"\b(?:(?:the|a)\s+)?" + WARD_NAME.format("ward") +
                               r"\s+(?:ward\s+|division\s+)?(?:council\s+)?by-?\s?election\b", re.I)


def _ward_by_election(head: _Head) -> str | None:
    """The ward of 'the Brook Hill ward by-election', when the lead names one only: not a council's, a party's, a
    constituency's or a day's name ('an Anytown Borough Council by-election', 'the Labour by-election', 'the
    Anytown by-election' of an MP's seat, 'Thursday's by-election'). A title in capitals ('Reform Wins Brook Hill
    By-Election') gives the words of its name the article prints again."""
    body = head.text[len(head.title):] if head.text.startswith(head.title) else head.text
    capitals = title_case(head.title)
    wards = {ward for m in _WARD_BY_ELECTION.finditer(head.lead)
             if (ward := printed_again(m.group("ward"), body) if capitals and m.start() < len(head.title) else m.group("ward"))
             and ward_named(ward)}
    return wards.pop() if len(wards) == 1 else None


def title_case(title: str) -> bool:
    """Most of a title's words capitalised ('Reform Wins Brook Hill By-Election'): its capitals do not tell a
    name from other words."""
    found = re.findall(r"[^\W\d_][\w'’-]*", title)
    return len(found) >= 4 and sum(w[0].isupper() for w in found) >= 0.7 * len(found)


def printed_again(words: str, body: str) -> str | None:
    """The longest tail of a title's words the text prints again, as the text prints it ('Kirkby in the Dale')."""
    parts = words.split()
    found = (re.search(rf"\b{re.escape(' '.join(parts[i:]))}\b", body, re.I) for i in range(len(parts)))
    return next((m.group(0) for m in found if m), None)


def ward_named(words: str) -> bool:
    last = words.split()[-1].lower()
    dates = (*calendar("months"), *calendar("weekdays"))
    return words.split()[0].lower() not in calendar("not_ward_words") and last not in calendar("council_kinds") and not last.endswith(("'s", "’s")) and last not in dates \
        and reference.party_named(words) is None and reference.constituency_named(words, allow_short=True) is None \
        and not any(c.name.lower().startswith(words.lower()) for c in reference.councils())


_PRINTED_COUNCIL = re.compile(r"\b((?:[A-Z][\w'’-]+\s+(?:(?:and|&|of)\s+)?){1,3}"
                              r"(?:County|District|Borough|City|Unitary|Town|Parish)\s+Council)\b")


def _council(head: _Head, year: int) -> str | None:
    """The council a head names: one the reference data knows, else a council's name as printed in the lead
    ('Anyshire County Council'), else in the headline, whose capitals may be title case."""
    known = area_for("local", head.places, year)
    if known:
        return known
    body = head.lead[len(head.title):] if head.lead.startswith(head.title) else head.lead
    found = _PRINTED_COUNCIL.search(body) or _PRINTED_COUNCIL.search(head.title)
    if found:
        return found.group(1)
    return next(filter(None, (_council_of_place(m.group(1)) for m in _PLACE_COUNCIL.finditer(head.lead))), None)


_PLACE_COUNCIL = re.compile(r"\b((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})\s+council\b", re.I)


def _council_of_place(place: str) -> str | None:
    """The council 'a Leicester council by-election' means: the one named after the place (the county's or
    the city's own when a district shares the name)."""
    named = [c for c in reference.councils() if c.name.lower().startswith(place.lower() + " ")]
    if len(named) > 1:
        named = [c for c in named if c.kind in ("county", "unitary")]
    return named[0].name if len(named) == 1 else None


def _polling(kind: str, year: int, place: str | None, published: date | None) -> str | None:
    held = reference.polling_day(kind, year, place)
    if held and (published is None or held.day <= published):
        return held.date
    return None


def article_election(doc: Annotated) -> ArticleElection:
    """The article's election and year: from its date, else a year its headline, file name or lead gives an
    election, else the next election of its kind after every year it mentions; else its year is unknown (a
    working guess is kept for the readers, but no fact states it)."""
    published, month = _published(doc)
    head = _head(doc)
    stated = published.year if published else month[0] if month else (
        _stated_year(doc) or max((year for year, _ in _election_years(head.lead, counted_from=False)), default=None)
        or _lead_month_year(head.lead))
    year = stated or _inferred_year(doc)
    kind = _main_kind(head, published, month) if kind_named(head.lead, ("contest",)) else None
    main = _contest(kind, year, head, published, month) if kind else None
    if main and not stated:
        stated = _counted_from(doc, main)
        if stated:
            year = stated
            main = _contest(main.kind, year, head, published, month)
    if main and main.kind == "general" and stated and all(ge.year != year for ge in reference.general_elections()):
        main = None  # no general election was held that year: 'Anytown election results 2023' names no MP's contest
    undated_in = None if stated else doc.article.id
    if main and undated_in:
        main = replace(main, date=None, undated_in=undated_in)  # nor the polling day of a guessed year
    return ArticleElection(published, year, main, undated_in)


def _council_story(text: str, places: list[Mention]) -> bool:
    """Words about a council's elections, and none about Parliament: 'Tories take Anyshire County Council'. A seat's
    name that is also the name of a council the text names is the council's town ('Labour keeps control of Gedling'
    over '… Gedling Borough Council'), no word of Parliament."""
    councils = [m.place.council.name for m in places if m.place and m.place.council]
    return bool(kind_named(text, ("local",))) and not kind_named(text, ("general",)) and not any(
        m.place and m.place.constituencies and not _the_council_s_town(m.text, councils, text) for m in places)


def _the_council_s_town(name: str, councils: list[str], text: str) -> bool:
    """A seat's name that begins the name of a council the text names, and is not said as a seat ('the Erewash
    seat', 'MP for Erewash'): the council's town."""
    printed = re.escape(name)
    as_seat = re.search(rf"\b{printed}\s+(?:seat|constituency)\b|\b(?:MP|seat)\s+(?:for|of)\s+{printed}\b", text, re.I)
    return any(council.startswith(name + " ") for council in councils) and not as_seat


_REGULAR_LOCAL = re.compile(r"\b(?:local|council|county|district|borough|city)\s+elections\b", re.I)


def _main_kind(head: _Head, published: date | None, month: tuple[int, int] | None) -> str | None:
    """The kind of contest a headline and lead about an election report: a by-, PCC or mayoral election
    they name, else council elections they name (with no word of Parliament), else the general election
    just held, else (undated) a general election when they name an MP's seat, else council elections."""
    kind = kind_named(head.lead, ("by-election", "pcc", "mayoral"))
    if kind == "by-election" and _REGULAR_LOCAL.search(head.lead):
        return "local"  # 'the council elections, and a by-election in Abbey ward': the elections are reported
    if kind:
        return kind
    if _council_story(head.title, []) or _council_story(head.lead, head.lead_places):
        # whatever the date: councils are elected on a general election's polling day too
        return "by-election" if _by_election_below(head) else "local"
    if _general_near(published, month):
        return "general"
    if published is None and month is None and _undated_general(head):
        return "general"
    if kind_named(head.lead, ("local",)) or _just_after_council_polling(head, published, month):
        return "local"
    return _council_seat_won(head)


# A by-election the second paragraph names as one of its own: not one of a past year ('since the 2019 by-election').
_THIS_BY_ELECTION = re.compile(r"\b(?:the|a|this|thursday's|yesterday's)\s+(?:[A-Z][\w'’-]*\s+){0,4}"
                               r"(?:(?:ward|division|council)\s+)?by-?\s?election\b", re.I)


def _by_election_below(head: _Head) -> bool:
    """A lead of a council's seat won ('The Conservatives have gained a seat from Labour on Anytown Borough Council')
    over a paragraph that names the by-election it was won at, where no council elections are named."""
    below = head.text[len(head.lead):]
    return bool(_THIS_BY_ELECTION.search(below)) and not _REGULAR_LOCAL.search(head.text) \
        and not kind_named(head.text, ("general",))


_COUNCILLOR = re.compile(r"\bcouncill?(?:ors?)?\b", re.I)


def _undated_general(head: _Head) -> bool:
    """An undated head about Parliament, an MP's seat won, or a seat's name where no councillor or ward is named
    ('… its first councillor in Anytown', 'who won in your ward' are a council's); no word of council elections."""
    seat_won = re.search(r"\b(?:his|her|their|the)\s+seat\b", head.lead, re.I) and not kind_named(head.lead, ("local",))
    council = _COUNCILLOR.search(head.lead) or kind_named(head.lead, ("local",))
    named_seat = not council and _names_an_mp_s_seat(head)
    return bool(kind_named(head.text, ("general",)) or seat_won or named_seat) and not re.search(
        r"\blocal\s+elections?\b|\bcouncil\s+elections?\b", head.lead, re.I)


def _just_after_council_polling(head: _Head, published: date | None, month: tuple[int, int] | None) -> bool:
    """Results just after the council polling day with no word of Parliament, naming councillors ('Lib Dems gain seat
    in Anytown') or a place that is no MP's seat ('Voters in Brook Hill returned Labour's Jane Roe on Thursday, May 4,
    2023')."""
    return _local_near(published, month) and not kind_named(head.text, ("general",)) and bool(
        _COUNCILLOR.search(head.lead) or (_names_a_place(head) and not _names_an_mp_s_seat(head, councils_too=False)))


def _names_an_mp_s_seat(head: _Head, councils_too: bool = True) -> bool:
    """The head names a seat in Parliament; not `councils_too`: other than one a council is named after (Gedling is
    both, and on the council polling day of a year with no general election, the council's)."""
    return any(m.place and m.place.constituencies and (councils_too or not _a_council_s_town(m.text))
               for m in head.places)


def _a_council_s_town(name: str) -> bool:
    return any(council.name.startswith(name + " ") for council in reference.councils())


# Capitalised words where a place stands: after 'in', or after a verb of taking or losing a seat ('took Abbey from').
_PLACE_AFTER = re.compile(r"(?-i:\b(?:in|took|takes|taken|won|held|gained|lost|loses)\s+"
                          r"(?P<name>[A-Z][a-z][\w’'-]*))")


def _names_a_place(head: _Head) -> bool:
    """The headline or lead names a place: one the gazetteer knows, or capitalised words where a place stands ('in
    Brook Hill', 'took Abbey from the Conservatives') that name no party."""
    return bool(head.places) or any(not reference.party_named(m.group("name"))
                                    for m in _PLACE_AFTER.finditer(head.lead))


def _council_seat_won(head: _Head) -> str | None:
    """'Jane Roe is the new Labour councillor for Brook Hill': a lead that says a councillor was elected reports a
    council's contest, whatever the date — a by-election where the top of the story names one, else the council's
    elections (never one where it names Parliament)."""
    if not kind_named(head.lead, ("council_won",)) or kind_named(head.text, ("general",)):
        return None
    return "by-election" if kind_named(head.text, ("by-election",)) else "local"


def _contest(kind: str, year: int, head: _Head, published: date | None, month: tuple[int, int] | None) -> Election:
    """The election of that kind and year the head names (its council, seat, mayoralty or police area)."""
    if kind == "general":
        ge = _general_near(published, month)
        return Election("general", ge.year, ge.date) if ge else ArticleElection(None, year, None).general(year)
    if kind == "local":
        held = reference.polling_day("local", year)
        return Election("local", year, held.date if held and (not published or held.day <= published) else None,
                        None, _council(head, year))
    if kind == "by-election":
        if _council_by_election(head):
            council = _council(head, year)
            # A named council's ward is left to the sentences that tell its result: its lead may name others.
            return Election("by-election", year, None, None if council else _ward_by_election(head), council or UNNAMED_COUNCIL)
        seat = _by_election(year, head.places, published)
        # Every seat in Parliament is a constituency the reference data knows: a by-election the lead names after
        # a place that is none, where it names no seat ('Reform wins Brook Hill by-election'), is a council ward's.
        ward = None if seat.place else _ward_by_election(head)
        return Election("by-election", year, None, ward, _council(head, year) or UNNAMED_COUNCIL) if ward else seat
    area = _mayoralty_voting(head.places, year) if kind == "mayoral" else None
    area = area or area_for(kind, head.places, year)
    return Election(kind, year, _polling(kind, year, area, published), area)  # type: ignore[arg-type]


def _mayoralty_voting(places: list[Mention], year: int) -> str | None:
    """The first mayoralty named that held its election that year ('the count at Anytown' names a town with a
    mayor of its own, elected in other years)."""
    areas = (m.place.mayoralty.area for m in places if m.place and m.place.mayoralty)
    return next((area for area in areas if (held := reference.polling_day("mayoral", year, area)) and held.place), None)


def _by_election(year: int, places: list[Mention], published: date | None) -> Election:
    """A parliamentary by-election: the one the reference data knows for a seat the lead names, else the
    first seat named, on the boundaries in force on the article's date."""
    for m in places:
        for seat in (m.place.constituencies.values() if m.place else ()):
            held = reference.polling_day("by-election", year, seat.name) or reference.polling_day(
                "by-election", year, seat.short_name)
            if held and held.place:
                return Election("by-election", year, held.date, held.place)
    day = published or date(year, 12, 31)
    seat = area_for("by-election", places, year, reference.boundary_set_on(day))
    return Election("by-election", year, None, seat)
