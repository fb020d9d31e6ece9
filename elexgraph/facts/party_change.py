"""A party change: a person leaving a party, joining one, or being expelled or suspended from one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pyoxigraph import NamedNode

from elexgraph.facts.base import ArticleFacts, Describer, Fact, FactKind, Triples, typed
from elexgraph.vocab import ELEX, XSD

ChangeKind = Literal["defection", "expulsion", "suspension", "resignation", "stood_as_independent"]


@dataclass(frozen=True)
class Change:
    """One kind of change: as facts name it, its elex: term, and as a sentence says it."""

    key: ChangeKind
    term: NamedNode
    words: str

    @property
    def term_name(self) -> str:
        return self.term.value.rsplit("#", 1)[-1]


CHANGE_KINDS: dict[str, Change] = {c.key: c for c in (
    Change("defection", ELEX.Defection, "defected"),
    Change("expulsion", ELEX.Expulsion, "was expelled"),
    Change("suspension", ELEX.Suspension, "was suspended"),
    Change("resignation", ELEX.Resignation, "resigned"),
    Change("stood_as_independent", ELEX.StoodAsIndependent, "stood as an independent"),
)}


@dataclass(frozen=True)
class PartyChange(Fact):
    person: str
    kind: ChangeKind
    from_party: str | None = None
    to_party: str | None = None
    date: str | None = None  # ISO date, or a year
    date_from_article: bool = False  # the text gives no date: the article's own date stands in


def triples(fact: PartyChange, w: Describer, facts: ArticleFacts) -> Triples:
    yield ELEX.person, w.person(fact.person, facts)
    yield ELEX.changeKind, CHANGE_KINDS[fact.kind].term
    if fact.from_party:
        yield ELEX.fromParty, w.party(fact.from_party)
    if fact.to_party:
        yield ELEX.toParty, w.party(fact.to_party)
    if fact.date:
        yield ELEX.date, typed(fact.date, {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(fact.date), XSD.date))
        if fact.date_from_article:
            yield ELEX.dateFromArticle, typed("true", XSD.boolean)


KIND = FactKind(
    "party_change", PartyChange, ELEX.PartyChange, "party-change", ("person", "kind", "to_party"),
    (ELEX.person, ELEX.changeKind, ELEX.fromParty, ELEX.toParty, ELEX.date, ELEX.dateFromArticle),
    triples, "party-changes", people=("person",), subject="person", checks=("moves_between_two_parties",))
