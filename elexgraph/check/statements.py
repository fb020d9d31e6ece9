"""What the news states and what the official results say, read from the store as statements by contest.

A statement is one fact (a candidacy, a party's result or a seat's result) with its values, the source
it comes from and its evidence. Statements are grouped by contest: an election in a seat, the seat
known by its name (as a word set), so that a seat's IRI in the news and in the official results need
not be the same for the two to meet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal as Kind

from pyoxigraph import Literal, NamedNode

from elexgraph.align import ContestKey, contest_key
from elexgraph.queries import run_query
from elexgraph.reference import seat_key
from elexgraph.store.base import GraphStore, Term
from elexgraph.vocab import ELEX, RDF

_KINDS = {ELEX.Candidacy: "candidacy", ELEX.PartyResult: "party", ELEX.ElectionResult: "result"}


@dataclass(frozen=True)
class Statement:
    fact: NamedNode
    kind: Kind["candidacy", "party", "result"]
    official: bool
    election: NamedNode
    election_label: str
    seat: NamedNode
    seat_label: str
    source: str
    evidence: str
    at: int
    person: NamedNode | None = None  # the candidate, or the winner
    name: str | None = None
    party: str | None = None  # the candidate's, or the winner's
    votes: int | None = None
    share: Decimal | None = None  # percent
    rank: int | None = None
    outcome: str | None = None
    previous_party: str | None = None
    majority: int | None = None
    majority_derived: bool = False  # worked out by the build from the winner's and runner-up's votes
    field_sentences: tuple[str, ...] = ()  # the sentences of values read elsewhere than `evidence`
    worked_out: frozenset[str] = frozenset()  # the fields the build worked out ('outcome' from 'won again')

    @property
    def contest(self) -> ContestKey:
        return contest_key(self.election, self.seat_label)

    @property
    def order(self) -> tuple[str, int, str]:
        return self.source, self.at, self.fact.value


@dataclass
class Contest:
    """Everything stated about one election in one seat."""

    key: ContestKey
    kind: str  # the election's class name: GeneralElection, ByElection, MayoralElection, LocalElection
    election_label: str
    seat_label: str
    news: list[Statement] = field(default_factory=list)
    official: list[Statement] = field(default_factory=list)
    articles: dict[str, list[str]] = field(default_factory=dict)  # each news source's sentences about any contest

    def stated(self, kind: str) -> list[Statement]:
        return [s for s in self.news if s.kind == kind]

    def recorded(self, kind: str) -> list[Statement]:
        return [s for s in self.official if s.kind == kind]

    def sentences(self, statement: Statement) -> list[str]:
        """The statement's sentence, then the other sentences its source gives about the contest."""
        own = self.official if statement.official else self.news
        others = [s.evidence for s in own if s.source == statement.source and s.evidence != statement.evidence]
        return [*dict.fromkeys([statement.evidence, *statement.field_sentences, *others])]

    def elsewhere(self, statement: Statement) -> list[str]:
        """The sentences its source gives about other contests (an extractor may have filed the sentence a
        figure came from under another contest: 'polled 26,226, cutting his majority from 13,598')."""
        return [s for s in self.articles.get(statement.source, []) if s not in self.sentences(statement)]

    def worked_out(self, result: Statement) -> bool:
        """A majority the source does not print but that is its winner's votes less its runner-up's."""
        candidacies = [s for s in self.news if s.kind == "candidacy" and s.source == result.source and s.votes]
        votes = {s.rank: s.votes for s in candidacies if s.rank in (1, 2)}
        return len(votes) == 2 and votes[1] - votes[2] == result.majority  # type: ignore[operator]


def read_contests(store: GraphStore) -> list[Contest]:
    """Every contest the news states a candidacy or a result of, with the official record of it where loaded."""
    kinds = {election.value: kind.value.rsplit("#", 1)[-1] for election, kind in run_query(store, "check-elections").rows}
    news = statements(run_query(store, "check-statements").rows, official=False)
    contests = group_contests(news, kinds)
    wanted = {c.key for c in contests}
    official = [s for seat in _official_seats(store, wanted)
                for s in statements(run_query(store, "official-seat", {"seat": seat}).rows, official=True)
                if s.contest in wanted]
    return group_contests(news + official, kinds)


def group_contests(found: list[Statement], kinds: dict[str, str] | None = None) -> list[Contest]:
    """Statements by contest, each in its source's order; contests by election and seat."""
    contests: dict[ContestKey, Contest] = {}
    articles: dict[str, list[str]] = defaultdict(list)
    for s in sorted(found, key=lambda s: s.order):
        contest = contests.setdefault(s.contest, Contest(s.contest, (kinds or {}).get(s.election.value, ""),
                                                         s.election_label, s.seat_label, articles=articles))
        (contest.official if s.official else contest.news).append(s)
        if not s.official and s.evidence not in articles[s.source]:
            articles[s.source].append(s.evidence)
    return sorted(contests.values(), key=lambda c: (c.election_label, c.seat_label))


def _official_seats(store: GraphStore, wanted: set[ContestKey]) -> list[NamedNode]:
    """The official seats of the contests the news states, however the news names the seat."""
    seats = {seat for election, seat, name in run_query(store, "official-seats").rows
             if (election.value, seat_key(name.value)) in wanted}
    return sorted(seats, key=lambda s: s.value)


def statements(rows: Iterable[tuple[Term | None, ...]], *, official: bool | None = None) -> list[Statement]:
    """Statements from (fact, property, value, label, source, evidence, at[, source_type]) rows, one fact's
    triples at a time, each with the sentence that states that value; official or not as said, else as the
    source's type says. The fact's own sentence is its type's (no value of its own is read elsewhere)."""
    facts: dict[NamedNode, dict] = defaultdict(lambda: {"values": defaultdict(list), "told": {}})
    for fact, prop, value, label, source, evidence, at, *source_type in rows:
        entry = facts[fact]
        entry["values"][prop].append((value, label))
        entry["told"][prop] = (evidence.value, int(at.value))
        entry.update(source=source.value,
                     official=official if official is not None else source_type[0] == ELEX.OfficialResults)
    for entry in facts.values():
        told = entry["told"]
        entry["evidence"], entry["at"] = told.get(RDF.type) or next(iter(told.values()))
        entry["field_sentences"] = tuple(dict.fromkeys(text for text, _ in told.values() if text != entry["evidence"]))
    found = []
    for fact, entry in facts.items():
        statement = _statement(fact, entry)
        if statement is not None:
            found.append(statement)
    return found


def _statement(fact: NamedNode, entry: dict) -> Statement | None:
    values: dict[NamedNode, list[tuple[Term, Term | None]]] = entry["values"]
    kind = next((_KINDS[t] for t, _ in values.get(RDF.type, []) if t in _KINDS), None)
    if kind is None or not values.get(ELEX.election) or not values.get(ELEX.constituency):
        return None
    election, election_label = values[ELEX.election][0]
    seat, seat_label = values[ELEX.constituency][0]
    if election_label is None or seat_label is None:
        return None
    person_role = ELEX.winner if kind == "result" else ELEX.candidate
    party_role = ELEX.winningParty if kind == "result" else ELEX.party
    person, name = values.get(person_role, [(None, None)])[0]
    outcome = _first(values, ELEX.outcome)
    return Statement(
        fact, kind, entry["official"], election, election_label.value, seat, seat_label.value, entry["source"],
        entry["evidence"], entry["at"], person, name.value if name is not None else None,
        _label(values, party_role), _integer(values, ELEX.votes), _percent(values), _integer(values, ELEX.rank),
        outcome.value.rsplit("#", 1)[-1].lower() if outcome is not None else None,
        _label(values, ELEX.previousParty), _integer(values, ELEX.majority),
        any(v.value == "majority" for v, _ in values.get(ELEX.derived, [])), entry["field_sentences"],
        frozenset(v.value for v, _ in values.get(ELEX.derived, []) if isinstance(v, Literal)))


def _first(values: dict, prop: NamedNode) -> Term | None:
    return values[prop][0][0] if values.get(prop) else None


def _label(values: dict, prop: NamedNode) -> str | None:
    label = values[prop][0][1] if values.get(prop) else None
    return label.value if isinstance(label, Literal) else None


def _integer(values: dict, prop: NamedNode) -> int | None:
    value = _first(values, prop)
    return int(value.value) if isinstance(value, Literal) else None


def _percent(values: dict) -> Decimal | None:
    value = _first(values, ELEX.voteShare)
    return (Decimal(value.value) * 100).normalize() if isinstance(value, Literal) else None
