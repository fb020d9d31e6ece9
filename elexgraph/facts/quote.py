"""A quote: words a person is reported to have said."""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import Literal

from elexgraph.facts.base import ArticleFacts, Describer, Fact, FactKind, Triples
from elexgraph.vocab import ELEX


@dataclass(frozen=True)
class Quote(Fact):
    speaker: str
    text: str


def triples(fact: Quote, w: Describer, facts: ArticleFacts) -> Triples:
    yield ELEX.speaker, w.person(fact.speaker, facts)
    yield ELEX.quoteText, Literal(fact.text)


KIND = FactKind("quote", Quote, ELEX.Quotation, "quote", ("speaker", "text"), (ELEX.speaker, ELEX.quoteText),
                triples, "quotes", people=("speaker",), subject="speaker")
