"""A role: an office or position a person is said to hold."""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import Literal

from elexgraph.facts.base import ArticleFacts, Describer, Fact, FactKind, Triples
from elexgraph.vocab import ELEX


@dataclass(frozen=True)
class Role(Fact):
    person: str
    title: str


def triples(fact: Role, w: Describer, facts: ArticleFacts) -> Triples:
    yield ELEX.holder, w.person(fact.person, facts)
    yield ELEX.roleTitle, Literal(fact.title)


KIND = FactKind("role", Role, ELEX.Role, "role", ("person", "title"), (ELEX.holder, ELEX.roleTitle), triples,
                "roles", people=("person",), subject="person", folded=("title",))
