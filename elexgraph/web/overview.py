"""The summaries that lead a party's and an election's page: seats won, gains and losses, and the people who
joined or left a party, the official results beside what the news reports, each news line with its article.

Read from queries/web-party.rq and queries/web-election.rq, bound to the party or the election: cut from every
party's (every election's) rows when those are kept for the store's state (`elexgraph optimize` works them out
ahead, and the server once per state), else asked for the one party or election.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

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
    official_results: dict[str, Line]  # by seat IRI


class _Rows:
    """Query rows read by column name, with Values made the way every page makes them."""

    def __init__(self, site: Site, variables: list[str]) -> None:
        self.site, self.columns = site, {name: i for i, name in enumerate(variables)}

    def ordered(self, found: list[tuple[Term | None, ...]]) -> list[tuple[Term | None, ...]]:
        """The rows by fact, then by every cell: the same order whether the rows were asked for one resource or cut
        from every resource's (kept) answer, which the store may give in another order."""
        return sorted(found, key=lambda row: (self.get(row, "fact"), *(str(term) for term in row)))

    def get(self, row: tuple[Term | None, ...], name: str) -> str:
        term = row[self.columns[name]]
        return term.value if term is not None else ""

    def value(self, row: tuple[Term | None, ...], name: str, label: str) -> Value | None:
        term = row[self.columns[name]]
        if not isinstance(term, NamedNode):
            return None
        public = self.site.public(term).value
        return Value(self.get(row, label) or public, self.site.href(public))

    def seat(self, row: tuple[Term | None, ...]) -> Value | None:
        found = self.value(row, "seat", "seat_label")
        boundary_set = self.get(row, "boundary_set")
        if found is None:
            return None
        return Value(place_label(Place(found.text, int(boundary_set) if boundary_set else None)), found.href)

    def source(self, row: tuple[Term | None, ...]) -> Source:
        article = self.value(row, "source", "headline") or Value("")
        return Source(article, "", long_date(self.get(row, "published")))

    def official(self, row: tuple[Term | None, ...]) -> bool:
        return self.get(row, "source_type") == ELEX.OfficialResults.value


def party_summary(store: GraphStore, site: Site, iri: str) -> PartySummary:
    return party_summary_of(run_query(store, "web-party", {"party": NamedNode(site.stored_iri(iri))}), site)


def party_summary_of(result: QueryResult, site: Site) -> PartySummary:
    """A party's summary from web-party's rows for it (however they were got: a publish asks its own shares)."""
    rows = _Rows(site, result.variables)
    tallies: dict[str, Tally] = {}
    results, joined, left = [], [], []
    for row in rows.ordered(result.rows):
        relation, official = rows.get(row, "relation"), rows.official(row)
        election = rows.value(row, "election", "election_label")
        if relation in ("won", "lost") and election is not None:
            tally = tallies.setdefault(election.text, Tally(election))
            outcome = rows.get(row, "outcome").rsplit("#", 1)[-1]
            kinds = ["won", "gain"] if relation == "won" and outcome == "Gain" else [relation]
            (tally.official if official else tally.news).update(kinds)
            if not official:
                results.append(_result_line(rows, row, relation, election))
        elif relation in ("joined", "left"):
            change = _change_line(rows, row, relation)
            (joined if relation == "joined" else left).append(change)
    return PartySummary(sorted(tallies.values(), key=lambda t: t.label.text, reverse=True),
                        _latest(results), _latest(joined), _latest(left))


def election_summary(store: GraphStore, site: Site, iri: str) -> ElectionSummary:
    return election_summary_of(run_query(store, "web-election", {"election": NamedNode(site.stored_iri(iri))}), site)


def election_summary_of(result: QueryResult, site: Site) -> ElectionSummary:
    """An election's summary from web-election's rows for it."""
    rows = _Rows(site, result.variables)
    tallies: dict[str, Tally] = {}
    news, official = [], {}
    for row in rows.ordered(result.rows):
        party = rows.value(row, "party", "party_label")
        is_official = rows.official(row)
        if party is not None:
            tally = tallies.setdefault(party.text, Tally(party))
            gain = rows.get(row, "outcome").endswith("#Gain")
            (tally.official if is_official else tally.news).update(["won", "gain"] if gain else ["won"])
        line = _seat_line(rows, row, party)
        if is_official:
            official[line.key] = line
        else:
            news.append(line)
    return ElectionSummary(sorted(tallies.values(), key=lambda t: (-t.official["won"], -t.news["won"], t.label.text)),
                           sorted(news, key=lambda line: (line.subject.text, line.source.article.text))[:MAX_LINES],
                           official)


def _latest(lines: list[Line]) -> list[Line]:
    return sorted(lines, key=lambda line: (line.when, line.subject.text), reverse=True)[:MAX_LINES]


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
