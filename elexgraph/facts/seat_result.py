"""A seat's result: who won one contest, for which party, by how much, and whether it was a gain or a hold."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pyoxigraph import Literal as RdfLiteral

from elexgraph.facts.base import ArticleFacts, Describer, Election, Fact, FactKind, Triples, contest_triples, integer
from elexgraph.vocab import ELEX

Outcome = Literal["gain", "hold"]


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


# The office a contest's winner holds after it, by the kind of election (a council by-election elects a councillor).
_OFFICE_OF = {"mayoral": "Mayor of {}", "pcc": "Police and Crime Commissioner for {}", "general": "MP for {}",
              "by-election": "MP for {}", "local": "councillor for {}"}


def office_won(result: SeatResult) -> str:
    """'MP for Anytown', 'Mayor of Anyshire': what the result's winner became."""
    kind = "local" if result.election.council else result.election.kind
    return _OFFICE_OF[kind].format(result.area)


# The fields of a result the build may work out rather than read: a majority from the candidates' votes, a gain or
# hold and the party before from what the article says of the seat ('won again', a beaten holder).
WORKED_OUT = ("outcome", "previous_party", "majority")


def triples(fact: SeatResult, w: Describer, facts: ArticleFacts) -> Triples:
    yield from contest_triples(w, fact.election, fact.area)
    if fact.winner:
        yield ELEX.winner, w.person(fact.winner, facts)
    if fact.party:
        yield ELEX.winningParty, w.party(fact.party)
    if fact.outcome:
        yield ELEX.outcome, ELEX.Gain if fact.outcome == "gain" else ELEX.Hold
    if fact.previous_party:
        yield ELEX.previousParty, w.party(fact.previous_party)
    if fact.majority is not None:
        yield ELEX.majority, integer(fact.majority)
    for name in WORKED_OUT:
        if name in fact.derived and getattr(fact, name) is not None:  # worked out by the build, not printed
            yield ELEX.derived, RdfLiteral(name)


KIND = FactKind(
    "seat_result", SeatResult, ELEX.ElectionResult, "result", ("election", "area"),
    (ELEX.election, ELEX.electoralArea, ELEX.constituency, ELEX.winner, ELEX.winningParty, ELEX.outcome,
     ELEX.previousParty, ELEX.majority, ELEX.derived),
    triples, "seat-results", people=("winner",), count="majority", when_set=("seat",),
    checks=("winner_has_most_votes", "majority_fits", "first_election_has_no_predecessor",
            "gain_is_from_another_party", "hold_keeps_the_party", "winner_said_lost"),
    field_properties=(("winner", ELEX.winner), ("party", ELEX.winningParty), ("outcome", ELEX.outcome),
                      ("previous_party", ELEX.previousParty), ("majority", ELEX.majority)))
