"""The facts readers emit, each with the evidence it was read from, and the kinds of fact, each described once.

Facts are plain values: names are resolved labels (a person's fullest name in the article, a party's canonical
name, an area's official name), so turning them into triples needs no further lookups. Each kind of fact is a
module of this package holding its class and its ``FactKind``: its key, its RDF class and properties, the people
it names, how it becomes triples, and the gate's checks written for it. Every stage asks the kind
(``kind_of``) rather than listing kinds; ``FACT_KINDS`` is the one list, and tests/test_fact_kinds.py names
any part a kind lacks.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from dataclasses import replace
from typing import TypeVar

from elexgraph.facts.base import (MAX_VOTES, AreaKind, ArticleFacts, Describer, Election, ElectionKind, Evidence,
                                  Fact, FactKind, Person, signature)
from elexgraph.facts.candidacy import Candidacy
from elexgraph.facts.party_change import CHANGE_KINDS, ChangeKind, PartyChange
from elexgraph.facts.party_result import PartyResult
from elexgraph.facts.quote import Quote
from elexgraph.facts.role import Role
from elexgraph.facts.seat_result import Outcome, SeatResult, office_won



def _kinds() -> tuple[FactKind, ...]:
    """The kind of every module of this package but base.py, in the order of their names: a new kind is a new
    module, listed nowhere else."""
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name != "base")
    return tuple(importlib.import_module(f"{__name__}.{name}").KIND for name in names)


FACT_KINDS: tuple[FactKind, ...] = _kinds()
F = TypeVar("F", bound=Fact)
_BY_CLASS = {kind.cls: kind for kind in FACT_KINDS}
# The contract queries: one per kind readers emit, listing its facts with their article and sentence.
CONTRACT_QUERIES: tuple[str, ...] = tuple(kind.query for kind in FACT_KINDS if kind.query)


def kind_of(fact: Fact) -> FactKind:
    try:
        return _BY_CLASS[type(fact)]
    except KeyError:
        raise TypeError(f"not a fact: {fact!r}") from None


def fact_key(fact: Fact) -> tuple:
    """What makes two facts the same fact, whatever extra values either carries."""
    return kind_of(fact).key_of(fact)


def cited_by(fact: F, evidence: Evidence) -> F:
    """The fact with `evidence` (a sentence that states one of its values) as its own; each other value of its
    kind's that the old sentence stated keeps that sentence as the value's evidence."""
    if evidence == fact.evidence:
        return fact
    told = dict(fact.field_evidence)
    for name, _ in kind_of(fact).field_properties:
        if getattr(fact, name) is not None:
            told.setdefault(name, fact.evidence)
    kept = tuple((name, ev) for name, ev in sorted(told.items(), key=lambda item: item[0]) if ev != evidence)
    return replace(fact, evidence=evidence, field_evidence=kept)


def people_in(fact: Fact) -> Iterator[str]:
    """The people a fact names."""
    return kind_of(fact).people_in(fact)


__all__ = ["CHANGE_KINDS", "CONTRACT_QUERIES", "FACT_KINDS", "MAX_VOTES", "AreaKind", "ArticleFacts", "Candidacy", "ChangeKind",
           "Describer", "Election", "ElectionKind", "Evidence", "Fact", "FactKind", "Outcome", "PartyChange",
           "PartyResult", "Person", "Quote", "Role", "SeatResult", "cited_by", "fact_key", "kind_of", "office_won", "people_in",
           "signature"]
