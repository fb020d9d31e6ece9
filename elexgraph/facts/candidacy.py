"""A candidacy: one person standing in one contest, with the votes, share and place the article gives."""

from __future__ import annotations

from dataclasses import dataclass

from elexgraph.facts.base import (ArticleFacts, Describer, Election, Fact, FactKind, Triples, contest_triples,
                                  figure_triples)
from elexgraph.vocab import ELEX


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


def triples(fact: Candidacy, w: Describer, facts: ArticleFacts) -> Triples:
    yield ELEX.candidate, w.person(fact.person, facts)
    yield from contest_triples(w, fact.election, fact.area)
    if fact.party:
        yield ELEX.party, w.party(fact.party)
    yield from figure_triples(fact.votes, fact.share, fact.rank)


KIND = FactKind(
    "candidacy", Candidacy, ELEX.Candidacy, "candidacy", ("election", "area", "person"),
    (ELEX.candidate, ELEX.election, ELEX.electoralArea, ELEX.constituency, ELEX.party, ELEX.votes, ELEX.voteShare,
     ELEX.rank, ELEX.elected),
    triples, "candidacies", people=("person",), subject="person", count="votes",
    checks=("winner_has_most_votes", "first_place_is_the_winner", "ranks_follow_votes", "places_are_unique",
            "shares_add_up", "stated_place_beats_list_position"))
