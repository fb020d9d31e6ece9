"""The facts an extractor emits. Each carries the evidence it was read from.

Facts are plain values: names are resolved labels (a person's fullest name in the
article, a party's canonical name, a constituency's official name), so turning
them into triples (``elexgraph.triples``) needs no further lookups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ElectionKind = Literal["general", "by-election", "mayoral", "local"]
Outcome = Literal["gain", "hold"]
ChangeKind = Literal["defection", "expulsion", "suspension", "resignation", "stood_as_independent"]


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, with its character offsets in the article text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Election:
    """An election: a general election, or a by-election / mayoral / local election of one place."""

    kind: ElectionKind
    year: int
    date: str | None = None
    place: str | None = None

    @property
    def label(self) -> str:
        if self.kind == "general":
            return f"{self.year} general election"
        where = f" {self.place}" if self.place else ""
        noun = {"by-election": "by-election", "mayoral": "mayoral election", "local": "local elections"}[self.kind]
        return f"{self.year}{where} {noun}"


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
    constituency: str
    person: str
    party: str | None = None
    votes: int | None = None
    share: float | None = None  # percent, 0–100
    rank: int | None = None


@dataclass(frozen=True)
class SeatResult(Fact):
    election: Election
    constituency: str
    winner: str | None = None
    party: str | None = None
    outcome: Outcome | None = None
    previous_party: str | None = None
    majority: int | None = None


@dataclass(frozen=True)
class PartyResult(Fact):
    """A party's votes in one contest, from a source that does not name its candidate (official 2010 results)."""

    election: Election
    constituency: str
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
    date: str | None = None


@dataclass(frozen=True)
class Quote(Fact):
    speaker: str
    text: str


@dataclass(frozen=True)
class Role(Fact):
    person: str
    title: str


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    people: dict[str, Person] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
