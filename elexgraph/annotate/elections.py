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
from dataclasses import dataclass
from datetime import date
from functools import cache

from elexgraph import reference
from elexgraph.annotate.document import Document, Mention
from elexgraph.annotate.lexicon import HERE, calendar, load_toml
from elexgraph.articles import calendar_date, iso_date
from elexgraph.facts import Election

@cache
def _printed_date() -> re.Pattern[str]:
    """'5 May 2021', '6th May 2021'."""
    return re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({'|'.join(calendar('months'))})\s+((?:19|20)\d\d)\b", re.I)


_YEAR = re.compile(r"(?<![\d,.£$])\b((?:19|20)\d\d)\b(?![\d,%])")
REPORTING_WINDOW_DAYS = 60  # an article this long after polling day still reports the result


@cache
def _cues() -> dict[str, list[re.Pattern[str]]]:
    return {kind: [re.compile(p, re.I) for p in patterns] for kind, patterns in load_toml(HERE / "elections.toml").items()}


def kind_named(text: str, kinds: tuple[str, ...] = ("by-election", "pcc", "mayoral", "local", "general")) -> str | None:
    """The first kind of election (in the order given) whose cue words the text holds."""
    for kind in kinds:
        if any(p.search(text) for p in _cues()[kind]):
            return kind
    return None


@dataclass(frozen=True)
class ArticleElection:
    published: date | None
    year: int  # the article's own year
    main: Election | None  # the contest the article reports, if it reports one

    def general(self, year: int) -> Election:
        held = next((e for e in reference.general_elections() if e.year == year), None)
        return Election("general", year, held.date if held else None)

    def past(self, year: int) -> Election:
        """An election of a past year the article mentions in passing: its own kind if it is the main one's year."""
        if self.main and year == self.main.year:
            return self.main
        return self.general(year)


def _published(doc: Document) -> tuple[date | None, tuple[int, int] | None]:
    """The article's date, or failing that the month it gives (metadata of 'YYYY-MM')."""
    stated = doc.article.date or ""
    if re.match(r"\d{4}-\d\d-\d\d", stated):
        return iso_date(stated), None
    month = re.match(r"(\d{4})-(\d\d)$", stated)
    if month:
        return None, (int(month.group(1)), int(month.group(2)))
    # The first printed date that is a real day ('31 February 2024' is not).
    months = calendar("months")
    days = (calendar_date(int(m.group(3)), months.index(m.group(2).lower()) + 1, int(m.group(1)))
            for m in _printed_date().finditer(doc.text[:3000]))
    return next((day for day in days if day), None), None


def _stated_year(doc: Document) -> int | None:
    """A year the article's metadata, headline or file name gives."""
    meta = re.match(r"(\d{4})", doc.article.date or "")
    if meta:
        return int(meta.group(1))
    for text in (doc.article.title, doc.article.id):
        found = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)
        if found:
            return int(found.group(1))
    return None


def _inferred_year(doc: Document) -> int:
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


def _head(doc: Document, paragraphs: int) -> tuple[str, list[Mention]]:
    """The headline and the first paragraphs of the body: their text and their places."""
    sentences = [s for s in doc.sentences if s.paragraph < paragraphs]
    return " ".join(s.text for s in sentences), [m for s in sentences for m in s.places]


def _general_near(day: date | None, month: tuple[int, int] | None) -> reference.ElectionDate | None:
    """The general election an article of that date (or month) reports on, if any."""
    for ge in reference.general_elections():
        if day and -3 <= (day - ge.day).days <= REPORTING_WINDOW_DAYS:
            return ge
        if month and (ge.year, ge.day.month) in (month, (month[0], month[1] - 1)):
            return ge
    return None


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


def _polling(kind: str, year: int, place: str | None, published: date | None) -> str | None:
    held = reference.polling_day(kind, year, place)
    if held and (published is None or held.day <= published):
        return held.date
    return None


def article_election(doc: Document) -> ArticleElection:
    published, month = _published(doc)
    year = published.year if published else month[0] if month else (_stated_year(doc) or _inferred_year(doc))
    lead, _ = _head(doc, 2)
    head, head_places = _head(doc, 3)
    main: Election | None = None
    if kind_named(lead, ("contest",)):
        main = _main_election(lead, head, head_places, year, published, month)
    return ArticleElection(published, year, main)


def _main_election(lead: str, head: str, places: list[Mention], year: int, published: date | None,
                   month: tuple[int, int] | None) -> Election | None:
    """The contest a headline and lead about an election report: a by-, PCC or mayoral election they
    name, else the general election just held, else the council elections they name."""
    kind = kind_named(lead, ("by-election", "pcc", "mayoral"))
    if kind:
        return _contest(kind, year, lead, places, published)
    ge = _general_near(published, month)
    if ge:
        return Election("general", ge.year, ge.date)
    seat_named = any(m.place and m.place.constituencies for m in places)
    seat_won = re.search(r"\b(?:his|her|their|the)\s+seat\b", lead, re.I) and not kind_named(lead, ("local",))
    undated_general = published is None and month is None and (
        kind_named(head, ("general",)) or seat_named or seat_won) and any(
        ge.year == year for ge in reference.general_elections())
    if undated_general and not re.search(r"\blocal\s+elections?\b|\bcouncil\s+elections?\b", lead, re.I):
        return ArticleElection(None, year, None).general(year)  # no date, but a general election year and an MP
    if kind_named(lead, ("local",)):
        return _contest("local", year, lead, places, published)
    return None


def _contest(kind: str, year: int, lead: str, places: list[Mention], published: date | None) -> Election | None:
    if kind == "local":
        council = area_for("local", places, year)
        held = reference.polling_day("local", year)
        return Election("local", year, held.date if held and (not published or held.day <= published) else None,
                        None, council)
    if kind == "by-election":
        if re.search(r"\bcouncil|\bward\b|\bdivision\b", lead, re.I):
            return Election("by-election", year, None, None, area_for("local", places, year))
        return _by_election(year, places, published)
    area = area_for(kind, places, year)
    return Election(kind, year, _polling(kind, year, area, published), area)


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
