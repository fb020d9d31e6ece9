"""The summaries that lead a party's and an election's page: seats won, gains and losses, and the people who
joined or left a party, the official results beside what the news reports, each news line with its article.

Read from queries/web-party.rq and queries/web-election.rq, bound to the party or the election: cut from every
party's (every election's) rows when those are kept for the store's state (`elexgraph optimize` works them out
ahead, and the server once per state), else asked for the one party or election.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby
from typing import TypeVar

from pyoxigraph import NamedNode

from elexgraph.labels import Place, long_date, majority_words, place_label
from elexgraph.queries import run_query
from elexgraph.store.base import GraphStore, QueryResult, Term
from elexgraph.vocab import ELEX
from elexgraph.web.describe import Value
from elexgraph.web.site import Site
from elexgraph.web.summary import Source

# A summary lists at most this many news lines of each kind; the facts below it are paged.
MAX_LINES = 100


@dataclass
class Tally:
    """Seats won, gained and lost at one election (or by one party), official and as the news reports."""

    label: Value
    official: Counter = field(default_factory=Counter)  # won, gain, lost
    news: Counter = field(default_factory=Counter)


@dataclass(frozen=True)
class Line:
    """One reported fact in words: '2024 general election · Bassetlaw: gain from Conservative, majority 5,768'."""

    when: str  # for ordering: the election's label or the change's date
    subject: Value  # the seat, or the person who joined or left
    words: str
    other: Value | None
    person: Value | None
    source: Source
    official: bool
    election: Value | None = None
    key: str = ""  # the seat's IRI, for an election's lines: meets the official line of the same seat


@dataclass
class PartySummary:
    tallies: list[Tally]  # by election, latest first
    results: list[Line]  # seats the news reports won or lost
    joined: list[Line]
    left: list[Line]


@dataclass
class ElectionSummary:
    tallies: list[Tally]  # by party, most seats first
    results: list[Line]  # each seat the news reports, with the official result beside it
    official_results: dict[str, Line]  # the official result of each seat of `results`, by seat IRI


Row = tuple[Term | None, ...]


class _Rows:
    """Query rows read by column name, with Values made the way every page makes them: each Value once per term
    (an election's summary reads thousands of rows that name the same few hundred seats, parties and articles)."""

    def __init__(self, site: Site, variables: list[str]) -> None:
        self.site, self.columns = site, {name: i for i, name in enumerate(variables)}
        self._made: dict[tuple[object, ...], object] = {}

    def ordered(self, found: list[tuple[Term | None, ...]]) -> list[tuple[Term | None, ...]]:
        """The rows by fact, then by every cell: the same order whether the rows were asked for one resource or cut
        from every resource's (kept) answer, which the store may give in another order. Sorted by fact first, and
        only the rows of one fact (several labels of a value) by every cell: the same order as sorting all of them
        by every cell, without writing every cell of every row out."""
        by_fact = sorted(found, key=lambda row: self.get(row, "fact"))
        ordered: list[tuple[Term | None, ...]] = []
        for _, rows in groupby(by_fact, key=lambda row: self.get(row, "fact")):
            same = list(rows)
            ordered += sorted(same, key=lambda row: tuple(str(term) for term in row)) if len(same) > 1 else same
        return ordered

    def get(self, row: tuple[Term | None, ...], name: str) -> str:
        term = row[self.columns[name]]
        return term.value if term is not None else ""

    def value(self, row: tuple[Term | None, ...], name: str, label: str) -> Value | None:
        term, text = row[self.columns[name]], row[self.columns[label]]
        key = ("value", term, text)
        if key not in self._made:
            self._made[key] = self._value(term, text.value if text is not None else "")
        return self._made[key]  # type: ignore[return-value]

    def text(self, row: Row, name: str, label: str) -> str:
        """What value(row, name, label) shows as its text, without its link: a line's sort key."""
        term = row[self.columns[name]]
        if not isinstance(term, NamedNode):
            return ""
        return self.get(row, label) or self.site.public(term).value

    def seat_text(self, row: Row) -> str:
        """What seat(row) shows as its text (its sort key)."""
        key = ("seat text", row[self.columns["seat"]], row[self.columns["seat_label"]], row[self.columns["boundary_set"]])
        if key not in self._made:
            boundary_set = self.get(row, "boundary_set")
            text = self.text(row, "seat", "seat_label")
            self._made[key] = place_label(Place(text, int(boundary_set) if boundary_set else None)) if text else ""
        return self._made[key]  # type: ignore[return-value]

    def _value(self, term: Term | None, label: str) -> Value | None:
        if not isinstance(term, NamedNode):
            return None
        public = self.site.public(term).value
        return Value(label or public, self.site.href(public))

    def seat(self, row: tuple[Term | None, ...]) -> Value | None:
        found = self.value(row, "seat", "seat_label")
        return None if found is None else Value(self.seat_text(row), found.href)

    def source(self, row: tuple[Term | None, ...]) -> Source:
        article = self.value(row, "source", "headline") or Value("")
        published = self.get(row, "published")
        key = ("date", published)
        if key not in self._made:
            self._made[key] = long_date(published)
        return Source(article, "", self._made[key])  # type: ignore[arg-type]

    def official(self, row: tuple[Term | None, ...]) -> bool:
        return self.get(row, "source_type") == ELEX.OfficialResults.value


def party_summary(store: GraphStore, site: Site, iri: str) -> PartySummary:
    return party_summary_of(run_query(store, "web-party", {"party": NamedNode(site.stored_iri(iri))}), site)


def party_summary_of(result: QueryResult, site: Site) -> PartySummary:
    """A party's summary from web-party's rows for it (however they were got: a publish asks its own shares)."""
    rows = _Rows(site, result.variables)
    tallies: dict[str, Tally] = {}
    results: list[tuple[tuple[str, str], Row, Value]] = []
    joined: list[tuple[tuple[str, str], Row]] = []
    left: list[tuple[tuple[str, str], Row]] = []
    for row in rows.ordered(result.rows):
        relation, official = rows.get(row, "relation"), rows.official(row)
        election = rows.value(row, "election", "election_label")
        if relation in ("won", "lost") and election is not None:
            gain = relation == "won" and rows.get(row, "outcome").rsplit("#", 1)[-1] == "Gain"
            _count(tallies, election, official, ("won", "gain") if gain else (relation,))
            if not official:
                results.append(((election.text, rows.seat_text(row)), row, election))
        elif relation in ("joined", "left"):
            when = rows.get(row, "date") or rows.get(row, "published")
            (joined if relation == "joined" else left).append(((when, rows.text(row, "person", "person_label")), row))
    return PartySummary(sorted(tallies.values(), key=lambda t: t.label.text, reverse=True),
                        [_result_line(rows, row, rows.get(row, "relation"), election)
                         for _, row, election in _latest(results)],
                        [_change_line(rows, row, "joined") for _, row in _latest(joined)],
                        [_change_line(rows, row, "left") for _, row in _latest(left)])


def election_summary(store: GraphStore, site: Site, iri: str) -> ElectionSummary:
    return election_summary_of(run_query(store, "web-election", {"election": NamedNode(site.stored_iri(iri))}), site)


def election_summary_of(result: QueryResult, site: Site) -> ElectionSummary:
    """An election's summary from web-election's rows for it: the lines of the news's first MAX_LINES seats (by
    seat, then article) are the only lines drawn, with the official line of each of their seats (a general
    election's news reports thousands, its official record 650)."""
    rows = _Rows(site, result.variables)
    tallies: dict[str, Tally] = {}
    news: list[tuple[tuple[str, str], Row, Value | None]] = []
    official: dict[str, tuple[Row, Value | None]] = {}
    for row in rows.ordered(result.rows):
        party = rows.value(row, "party", "party_label")
        is_official = rows.official(row)
        if party is not None:
            gain = rows.get(row, "outcome").endswith("#Gain")
            _count(tallies, party, is_official, ("won", "gain") if gain else ("won",))
        if is_official:
            official[rows.get(row, "seat")] = (row, party)  # a seat's last, as its line was kept
        else:
            news.append(((rows.seat_text(row), rows.text(row, "source", "headline")), row, party))
    first = sorted(news, key=lambda line: line[0])[:MAX_LINES]  # stable: as the lines drawn and then sorted were
    shown = [_seat_line(rows, row, party) for _, row, party in first]
    beside = {line.key: _seat_line(rows, *official[line.key]) for line in shown if line.key in official}
    return ElectionSummary(sorted(tallies.values(), key=lambda t: (-t.official["won"], -t.news["won"], t.label.text)),
                           shown, beside)


def _count(tallies: dict[str, Tally], label: Value, official: bool, kinds: tuple[str, ...]) -> None:
    """One row counted in the tally of its label's text (made with the first label of that text)."""
    tally = tallies.get(label.text)
    if tally is None:
        tally = tallies[label.text] = Tally(label)
    counter = tally.official if official else tally.news
    for kind in kinds:
        counter[kind] += 1


_Keyed = TypeVar("_Keyed", bound=tuple)


def _latest(lines: list[_Keyed]) -> list[_Keyed]:
    """The MAX_LINES latest of lines keyed (when, subject's text), as the lines themselves sorted by it."""
    return sorted(lines, key=lambda line: line[0], reverse=True)[:MAX_LINES]


def _majority(rows: _Rows, row: tuple[Term | None, ...]) -> str:
    majority = rows.get(row, "majority")
    return ", " + majority_words(int(majority), rows.get(row, "derived") == "majority") if majority else ""


def _result_line(rows: _Rows, row: tuple[Term | None, ...], relation: str, election: Value) -> Line:
    outcome = rows.get(row, "outcome").rsplit("#", 1)[-1]
    other = rows.value(row, "other", "other_label")
    if relation == "lost":
        words, other = f"lost to {other.text}" if other else "lost", None
    else:
        words = {"Gain": f"gain from {other.text}" if other else "gain", "Hold": "hold"}.get(outcome, "won")
    return Line(election.text, rows.seat(row) or Value(""), words + _majority(rows, row), None,
                rows.value(row, "person", "person_label"), rows.source(row), False, election)


def _change_line(rows: _Rows, row: tuple[Term | None, ...], relation: str) -> Line:
    date = rows.get(row, "date")
    source = rows.source(row)
    words = (f"on {long_date(date)}" if date else f"(reported {source.date})" if source.date else "")
    return Line(date or rows.get(row, "published"), rows.value(row, "person", "person_label") or Value(""),
                words, rows.value(row, "other", "other_label"), None, source, rows.official(row))


def _seat_line(rows: _Rows, row: tuple[Term | None, ...], party: Value | None) -> Line:
    outcome = rows.get(row, "outcome").rsplit("#", 1)[-1]
    previous = rows.value(row, "previous", "previous_label")
    words = {"Gain": f"gain from {previous.text}" if previous else "gain", "Hold": "hold"}.get(outcome, "won")
    return Line("", rows.seat(row) or Value(""), words + _majority(rows, row), party,
                rows.value(row, "winner", "winner_label"), rows.source(row), rows.official(row), key=rows.get(row, "seat"))
