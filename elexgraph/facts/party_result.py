"""A party's result: its votes in one contest, from a source that does not name its candidate (official 2010
results); no reader of news emits it."""

from __future__ import annotations

from dataclasses import dataclass

from elexgraph.facts.base import (ArticleFacts, Describer, Election, Fact, FactKind, Triples, contest_triples,
                                  figure_triples)
from elexgraph.vocab import ELEX


@dataclass(frozen=True)
class PartyResult(Fact):
    election: Election
    area: str
    party: str
    votes: int | None = None
    share: float | None = None  # percent, 0–100
    rank: int | None = None


def triples(fact: PartyResult, w: Describer, facts: ArticleFacts) -> Triples:
    yield from contest_triples(w, fact.election, fact.area)
    yield ELEX.party, w.party(fact.party)
    yield from figure_triples(fact.votes, fact.share, fact.rank)


KIND = FactKind(
    "party_result", PartyResult, ELEX.PartyResult, "party-result", ("election", "area", "party"),
    (ELEX.election, ELEX.electoralArea, ELEX.constituency, ELEX.party, ELEX.votes, ELEX.voteShare, ELEX.rank,
     ELEX.elected),
    triples, None)
