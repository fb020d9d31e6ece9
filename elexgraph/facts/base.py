"""What every kind of fact shares: its evidence, the elections and people it names, and ``FactKind``, the
description each kind gives of itself (``elexgraph.facts``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from typing import Literal, Protocol

from pyoxigraph import Literal as RdfLiteral
from pyoxigraph import NamedNode

from elexgraph import __version__, reference
from elexgraph.vocab import ELEX, XSD

ElectionKind = Literal["general", "by-election", "mayoral", "pcc", "local"]
AreaKind = Literal["constituency", "mayoralty", "police-area", "division"]
# More votes than any one UK contest can have (the largest electorate, London's mayoralty, is under 7 million):
# a larger count is a misreading, refused by the gate and by `official load`.
MAX_VOTES = 10_000_000


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, with its character offsets in the article text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Election:
    """One election: a general election, or a by-, mayoral, police and crime commissioner or council
    election of one place."""

    kind: ElectionKind
    year: int  # the year polled; for an election no source dates, only the article's working guess
    date: str | None = None
    place: str | None = None  # by-election: its seat or ward; mayoral: the mayoralty; pcc: the police area
    council: str | None = None  # council elections and council by-elections: the council
    undated_in: str | None = None  # the article that reports it without any year: the year is unknown

    @property
    def label(self) -> str:
        """A name that says the kind of election: '2016 Derbyshire police and crime commissioner election';
        one whose year no source gives says so instead of guessing it."""
        if self.undated_in:
            return f"{self._name} (year not stated)"
        return f"{self.year} {self._name}"

    @property
    def _name(self) -> str:
        if self.kind == "general":
            return "general election"
        if self.kind == "by-election":
            if self.council:
                return f"{self.council} by-election" + (f" in {self.place}" if self.place else "")
            return f"{self.place} by-election" if self.place else "by-election"
        if self.kind == "mayoral":
            return f"{self.place} mayoral election" if self.place else "mayoral election"
        if self.kind == "pcc":
            return f"{self.place + ' ' if self.place else ''}police and crime commissioner election"
        return f"{self.council} election" if self.council else "local council elections"

    @property
    def area_kind(self) -> AreaKind:
        """What kind of area its candidates stand in."""
        if self.kind == "mayoral":
            return "mayoralty"
        if self.kind == "pcc":
            return "police-area"
        if self.kind == "local" or self.council:
            return "division"
        return "constituency"

    @property
    def parliamentary(self) -> bool:
        return self.area_kind == "constituency"

    @property
    def boundary_set(self) -> int:
        """The constituency boundaries in force at this election (the year they were first used)."""
        if self.date:
            return reference.boundary_set_on(date.fromisoformat(self.date))
        return reference.boundary_set_for(self.year)


@dataclass(frozen=True)
class Person:
    """A person as one article names them: the fullest name and every other form used."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    evidence: Evidence
    extractor: str
    # A value read from another sentence than the fact's evidence keeps that sentence: (field, evidence) pairs.
    field_evidence: tuple[tuple[str, Evidence], ...] = field(default=(), kw_only=True)

    def evidence_of(self, name: str) -> Evidence:
        """The sentence that states the value of the field `name`."""
        return dict(self.field_evidence).get(name, self.evidence)

    def told_by(self, name: str, evidence: Evidence) -> tuple[tuple[str, Evidence], ...]:
        """The fact's field evidence with the field `name` stated by `evidence`, in the order of the fields' names."""
        return tuple(sorted((dict(self.field_evidence) | {name: evidence}).items(), key=lambda item: item[0]))


@dataclass
class ArticleFacts:
    """Everything extracted from one article, and the readers that read it (name → version)."""

    people: dict[str, Person] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    readers: dict[str, str] = field(default_factory=dict)


def signature(readers: Iterable[tuple[str, str]]) -> str:
    """What made a graph: elexgraph's version and every reader's name and version."""
    return f"elexgraph {__version__}; " + ", ".join(f"{name} {version}" for name, version in readers)


Term = NamedNode | RdfLiteral
Triples = Iterator[tuple[NamedNode, Term]]


class Describer(Protocol):
    """What a kind's triples need of the graph they go in: the IRI of each resource a fact names, described
    there once (``elexgraph.triples.GraphWriter``)."""

    def person(self, name: str, facts: ArticleFacts) -> NamedNode: ...

    def party(self, name: str) -> NamedNode: ...

    def election(self, election: Election) -> NamedNode: ...

    def area(self, election: Election, name: str) -> NamedNode: ...


def typed(value: str, datatype: NamedNode) -> RdfLiteral:
    return RdfLiteral(value, datatype=datatype)


def integer(value: int) -> RdfLiteral:
    return typed(str(value), XSD.integer)


def contest_triples(w: Describer, election: Election, area: str) -> Triples:
    """The election and area of a fact about one contest."""
    yield ELEX.election, w.election(election)
    node = w.area(election, area)
    yield ELEX.electoralArea, node
    if election.area_kind == "constituency":
        yield ELEX.constituency, node


def figure_triples(votes: int | None, share: float | None, rank: int | None) -> Triples:
    """Votes, share (a percent, written as a fraction) and position, of a candidacy or a party's result."""
    if votes is not None:
        yield ELEX.votes, integer(votes)
    if share is not None:
        yield ELEX.voteShare, typed(str(Decimal(str(share)) / 100), XSD.decimal)
    if rank is not None:
        yield ELEX.rank, integer(rank)
        yield ELEX.elected, typed("true" if rank == 1 else "false", XSD.boolean)


# A fact's fields that say where it comes from and how, not what it states.
NOT_VALUES = ("evidence", "extractor", "derived", "field_evidence")


@dataclass(frozen=True)
class FactKind:
    """One kind of fact, described once for every stage that handles facts (its module in elexgraph/facts/):

    - ``key``: its name in the gold files, the scorer and ``explain``; ``query``: the contract query that lists
      it (None: a kind only official results give);
    - ``cls``: the class readers emit; ``identity``: the fields that tell two facts of the kind apart
      (``folded``: those compared without case; ``when_set``: those that do only when set);
    - ``rdf_class``, ``iri_segment``, ``properties`` and ``triples``: how it is written in the graph;
    - ``people``: the fields that name people; ``subject``: the one the fact is about, which the gate checks
      is a person; ``count``: the count its evidence must print;
    - ``checks``: the gate's rules (extract/gate.py) written for it, by name;
    - ``field_properties``: the property each field is written as, for the fields whose value can be read
      from another sentence than the fact's (that sentence is kept as the field's evidence).
    """

    key: str
    cls: type[Fact]
    rdf_class: NamedNode
    iri_segment: str
    identity: tuple[str, ...]
    properties: tuple[NamedNode, ...]
    triples: Callable[[Fact, Describer, ArticleFacts], Triples]
    query: str | None
    people: tuple[str, ...] = ()
    subject: str | None = None
    count: str | None = None
    folded: tuple[str, ...] = ()
    checks: tuple[str, ...] = ()
    field_properties: tuple[tuple[str, NamedNode], ...] = ()
    when_set: tuple[str, ...] = ()  # identity fields that count only when set (a contest's further seat)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self.cls) if f.name not in NOT_VALUES)

    def key_of(self, fact: Fact) -> tuple:
        """What makes two facts the same fact, whatever extra values either carries."""
        further = (value for name in self.when_set if (value := getattr(fact, name)))
        return (self.key, *(getattr(fact, name).lower() if name in self.folded else getattr(fact, name)
                            for name in self.identity), *further)

    def people_in(self, fact: Fact) -> Iterator[str]:
        """The people the fact names."""
        return (name for name in (getattr(fact, f) for f in self.people) if name)
