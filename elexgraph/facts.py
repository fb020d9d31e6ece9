"""The facts an extractor emits. Each carries the evidence it was read from.

Facts are plain values: names are resolved labels (a person's fullest name in the
article, a party's canonical name, an area's official name), so turning them into
triples (``elexgraph.triples``) needs no further lookups. ``FACT_KINDS`` describes each
kind once — its key, its RDF class, its fields — for every stage that reads facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Literal

ElectionKind = Literal["general", "by-election", "mayoral", "pcc", "local"]
AreaKind = Literal["constituency", "mayoralty", "police-area", "division"]
Outcome = Literal["gain", "hold"]
ChangeKind = Literal["defection", "expulsion", "suspension", "resignation", "stood_as_independent"]
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


@dataclass(frozen=True)
class Person:
    """A person as one article names them: the fullest name and every other form used."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    evidence: Evidence
    extractor: str


@dataclass(frozen=True)
class Candidacy(Fact):
    election: Election
    area: str  # the constituency, mayoralty, police area or council division/ward
    person: str
    party: str | None = None
    votes: int | None = None  # first preferences where a count had two rounds
    share: float | None = None  # percent, 0–100
    rank: int | None = None
    derived: tuple[str, ...] = ()  # fields worked out from what the text states, not printed


@dataclass(frozen=True)
class SeatResult(Fact):
    election: Election
    area: str
    winner: str | None = None
    party: str | None = None
    outcome: Outcome | None = None
    previous_party: str | None = None
    majority: int | None = None
    derived: tuple[str, ...] = ()
    seat: int = 0  # which of the seats of a contest electing several (0: the first, or the only one)


@dataclass(frozen=True)
class PartyResult(Fact):
    """A party's votes in one contest, from a source that does not name its candidate (official 2010 results)."""

    election: Election
    area: str
    party: str
    votes: int | None = None
    share: float | None = None  # percent, 0–100
    rank: int | None = None


@dataclass(frozen=True)
class PartyChange(Fact):
    person: str
    kind: ChangeKind
    from_party: str | None = None
    to_party: str | None = None
    date: str | None = None  # ISO date, or a year
    date_from_article: bool = False  # the text gives no date: the article's own date stands in


@dataclass(frozen=True)
class Quote(Fact):
    speaker: str
    text: str


@dataclass(frozen=True)
class Role(Fact):
    person: str
    title: str


@dataclass(frozen=True)
class FactKind:
    """One kind of fact, described once for every stage: its key in the gold and contract queries,
    the class it is written as, and the fields that tell two facts of the kind apart."""

    key: str
    cls: type[Fact]
    rdf_class: str  # the elex: term
    iri_segment: str
    identity: tuple[str, ...]

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self.cls) if f.name not in ("evidence", "extractor", "derived"))


FACT_KINDS: tuple[FactKind, ...] = (
    FactKind("candidacy", Candidacy, "Candidacy", "candidacy", ("election", "area", "person")),
    FactKind("seat_result", SeatResult, "ElectionResult", "result", ("election", "area")),
    FactKind("party_change", PartyChange, "PartyChange", "party-change", ("person", "kind", "to_party")),
    FactKind("quote", Quote, "Quotation", "quote", ("speaker", "text")),
    FactKind("role", Role, "Role", "role", ("person", "title")),
    FactKind("party_result", PartyResult, "PartyResult", "party-result", ("election", "area", "party")),
)


def kind_of(fact: Fact) -> FactKind:
    for kind in FACT_KINDS:
        if type(fact) is kind.cls:
            return kind
    raise TypeError(f"not a fact: {fact!r}")


def fact_key(fact: Fact) -> tuple:
    """What makes two facts the same fact, whatever extra values either carries."""
    kind = kind_of(fact)
    values = tuple(getattr(fact, name) for name in kind.identity)
    if kind.key == "role":
        values = (values[0], values[1].lower())
    if isinstance(fact, SeatResult) and fact.seat:
        values = (*values, fact.seat)  # a further winner of a contest electing several is a result of its own
    return (kind.key, *values)


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    people: dict[str, Person] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
