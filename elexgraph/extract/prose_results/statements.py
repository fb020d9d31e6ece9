"""What one clause says about a contest, as a Statement: who won or lost, for which party, and each person's figures
(votes, share, place), the majority, gain or hold and the party that held the seat before. The ClauseReader
(``clause_reader``) reads a clause into one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from elexgraph.annotate.document import Mention
from elexgraph.extract.prose_results.clauses import Clause
from elexgraph.extract.prose_results.rules import patterns


@dataclass
class PersonFacts:
    """What a statement says of one candidate."""

    party: str | None = None
    votes: int | None = None
    share: float | None = None
    rank: int | None = None
    lost: bool = False
    incumbent: bool = False
    won_votes: bool = False  # the figure came with 'won': 'Jane Roe won 35,090 votes'
    rank_from_order: bool = False  # the place follows from the order of a list in prose, not stated
    stood: bool = False  # named among the candidates, with a party: 'the other candidates were A (Con) and B (LD)'


@dataclass
class Statement:
    """What one clause says about one contest."""

    won: bool = False
    winner: str | None = None
    party: str | None = None
    outcome: str | None = None
    previous_party: str | None = None
    majority: int | None = None
    previous_majority: int | None = None  # 'raised her majority from 1,200 to 3,400': the last election's
    previous_year: int | None = None  # the year printed with it, if one is
    subject: str | None = None  # the person the clause is about
    subject_party: str | None = None  # the party the clause is about, when no person is
    co_winners: list[str] = field(default_factory=list)  # 'held by Labour's A, B and C'
    joint: list[str] = field(default_factory=list)  # 'A and B won Brook Hill': a list of winners, one seat's or each their own
    people: dict[str, PersonFacts] = field(default_factory=dict)
    homes: dict[str, Mention] = field(default_factory=dict)  # 'Jane Roe (Anytown)': the place printed beside a name
    wards: dict[str, str] = field(default_factory=dict)  # 'Jane Roe (Brook Hill)': a ward printed beside a name
    party_shares: dict[str, float] = field(default_factory=dict)  # 'the Greens took 31.4% of the vote'
    party_votes: dict[str, int] = field(default_factory=dict)  # 'Labour polled 1,204 votes'
    eliminated: bool = False  # the clause tells of candidates eliminated from the count

    def person(self, name: str) -> PersonFacts:
        return self.people.setdefault(name, PersonFacts())

    def only(self, name: str) -> Statement:
        """What this statement says of one of its people (and of their seat, if they won it)."""
        won = name == self.winner or name in self.co_winners
        part = Statement(won=won, winner=name if won else None, subject=self.subject, people={name: self.person(name)})
        if won:
            part.party, part.outcome, part.previous_party, part.majority = (
                self.party, self.outcome, self.previous_party, self.majority)
        return part

    def among(self, names: list[str]) -> Statement:
        """What this statement says of several of its winners, and of the seats they won."""
        return replace(self.only(names[0]), co_winners=list(names), joint=list(names),
                       people={name: self.person(name) for name in names})

    def says_a_result(self) -> bool:
        counted = any(f.rank or f.votes or f.share or f.lost or f.stood for f in self.people.values())
        return bool(self.won or self.previous_party or self.majority or counted or self.party_shares or self.party_votes)


def first_since(clause: Clause) -> tuple[int, int] | None:
    """The items of 'for the first time since 1997', 'the first Labour MP for Anytown since 1945', 'for the first
    time in 30 years': a win the seat's party had not had for years (a gain), whose year is no span of this contest."""
    if "first" not in clause.lowered:
        return None  # every shape says 'first': most clauses are not tried
    found = next(patterns("first_since").finditer(clause.items), None)
    return (found.start, found.end) if found else None


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "a": 1}


def words_to_number(word: str) -> int | None:
    """'five', 'a' or '5'."""
    return _NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else None)
