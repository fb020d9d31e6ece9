"""The official result beside the reported one, on the linked-data page of a person or a seat.

For each contest the person stood in (or each election the seat saw): every candidate's official
figures and what each article reported, first place first, the official result beside the reported
ones, and what `elexgraph check` found. Rendered by templates/official.html: below a person's summary,
and as the summary that leads a seat's page (there every contest the news reports, official or not).
Each figure names its source by its headline, not its id.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from pyoxigraph import NamedNode

from elexgraph.check.findings import same_party
from elexgraph.check.official import Record
from elexgraph.check.statements import Contest, Statement, group_contests, statements
from elexgraph.labels import majority_words
from elexgraph.queries import cell, run_query
from elexgraph.store.base import GraphStore, Term
from elexgraph.web.describe import about, kind_of
from elexgraph.web.site import Site

_HUNDREDTHS = Decimal("0.01")
_UNRANKED = 1_000_000


@dataclass(frozen=True)
class Figures:
    text: str  # '19,561 votes · 40.89% · 1st'
    source: str
    href: str


@dataclass
class Line:
    name: str
    party: str
    official: list[Figures] = field(default_factory=list)
    reported: list[Figures] = field(default_factory=list)
    official_place: tuple[int, int] | None = None  # (rank, -votes): orders the table, first place first
    reported_place: tuple[int, int] | None = None

    def placed(self, s: Statement) -> None:
        place = (s.rank or _UNRANKED, -(s.votes or 0))
        if s.official:
            self.official_place = min(self.official_place or place, place)
        else:
            self.reported_place = min(self.reported_place or place, place)

    @property
    def place(self) -> tuple[int, int]:
        """The official place where there is one, else the best an article gives."""
        return self.official_place or self.reported_place or (_UNRANKED, 0)


@dataclass(frozen=True)
class Flag:
    check: str
    field: str
    stated: str
    expected: str
    href: str


@dataclass
class ContestView:
    election: str
    seat: str
    lines: list[Line]
    official_result: list[Figures]
    reported_results: list[Figures]
    findings: list[Flag]


def official_view(store: GraphStore, site: Site, iri: str, *, every_contest: bool = False) -> list[ContestView]:
    """The contests of a person or a seat with an official record or a finding, oldest first; with
    `every_contest` (a seat's summary) also those only the news reports, latest first. Empty for anything else."""
    resource = NamedNode(site.stored_iri(iri))
    return official_view_of(about(store, kind_of(site, iri), "web-official", resource).rows,
                            run_query(store, "web-findings", {"resource": resource}).rows, site, resource,
                            every_contest=every_contest)


def official_view_of(rows: list[tuple[Term | None, ...]], finding_rows: list[tuple[Term | None, ...]], site: Site,
                     resource: NamedNode, *, every_contest: bool = False) -> list[ContestView]:
    """official_view from the rows of web-official.rq and web-findings.rq (a publish reads them in one pass)."""
    headlines = {row[4].value: row[8].value for row in rows if row[8] is not None}
    found = [replace(s, source=headlines.get(s.source, s.source)) for s in statements(rows)]
    flags = _flags(finding_rows, site)
    views = []
    for contest in group_contests(found):
        contest_flags = [flag for fact, flag in flags if any(s.fact == fact for s in contest.news)]
        if contest.official or contest_flags or (every_contest and contest.news):
            views.append(_contest_view(contest, site, resource, contest_flags))
    return views[::-1] if every_contest else views


def _flags(rows: list[tuple[Term | None, ...]], site: Site) -> list[tuple[NamedNode, Flag]]:
    return [(statement, Flag(cell(check), cell(field_), cell(stated), cell(expected),
                             site.href(site.public(finding).value)))
            for finding, check, field_, stated, expected, statement in rows if isinstance(statement, NamedNode)]


def _contest_view(contest: Contest, site: Site, resource: NamedNode, flags: list[Flag]) -> ContestView:
    record = Record.of(contest.official)
    lines: dict[object, Line] = {}
    unnamed = [p for p in record.parties if not any(same_party(p.party, c.party) for c in record.candidacies)]
    for s in (*record.candidacies, *unnamed):
        line = lines.setdefault(s.person or s.party, Line(s.name or "", s.party or ""))
        line.official.append(_figures(s, site))
        line.placed(s)
    for s in contest.stated("candidacy"):
        official, _ = record.candidacy_of(s)
        line = lines.setdefault((official.person or official.party) if official else s.person,
                                Line(s.name or "", s.party or ""))
        line.reported.append(_figures(s, site))
        line.placed(s)
    shown = [line for key, line in lines.items() if resource in (key, _seat_of(contest))] or list(lines.values())
    shown.sort(key=lambda line: line.place)
    official_result = [_result(s, site) for s in contest.official if s.kind == "result"][:1]
    return ContestView(contest.election_label, contest.seat_label, shown, official_result,
                       [_result(s, site) for s in contest.stated("result")], flags)


def _seat_of(contest: Contest) -> NamedNode | None:
    return next((s.seat for s in (*contest.news, *contest.official)), None)


def _figures(s: Statement, site: Site) -> Figures:
    parts = [f"{s.votes:,} votes" if s.votes is not None else "",
             f"{s.share.quantize(_HUNDREDTHS).normalize()}%" if s.share is not None else "",
             _ordinal(s.rank) if s.rank else ""]
    return Figures(" · ".join(p for p in parts if p) or "named", s.source, site.href(site.public(s.fact).value))


def _result(s: Statement, site: Site) -> Figures:
    parts = [f"{s.name} ({s.party})" if s.name and s.party else s.name or s.party or "",
             f"{s.outcome} from {s.previous_party}" if s.outcome == "gain" and s.previous_party else s.outcome or "",
             majority_words(s.majority, s.majority_derived) if s.majority is not None else ""]
    return Figures(", ".join(p for p in parts if p), s.source, site.href(site.public(s.fact).value))


def _ordinal(rank: int) -> str:
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}"
