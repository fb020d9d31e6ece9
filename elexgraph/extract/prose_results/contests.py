"""Contests: everything an article says about one seat at one election, pooled over its sentences,
settled (what follows from what it states) and turned into facts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from elexgraph import reference
from elexgraph.extract.document import Document
from elexgraph.extract.result_lists import main_seat, party_lines
from elexgraph.facts import Candidacy, Election, Evidence, Fact, SeatResult
from elexgraph.text import Sentence

NAME = "prose-results"


@dataclass
class Entry:
    """One candidate in one contest, as the article describes them."""

    party: str | None = None
    votes: int | None = None
    share: float | None = None
    rank: int | None = None
    lost: bool = False  # named as beaten, unseated or defeated
    incumbent: bool = False
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Contest:
    """One seat at one election: its result and its candidates, pooled over the article."""

    election: Election
    seat: str
    winner: str | None = None
    party: str | None = None
    outcome: str | None = None
    previous_party: str | None = None
    majority: int | None = None
    candidates: dict[str, Entry] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)

    def entry(self, person: str) -> Entry:
        return self.candidates.setdefault(person, Entry())


def settle(contests: list[Contest], parties: dict[str, str], doc: Document) -> None:
    """Fill in what follows from what the article states: the winner's party and place, a lone
    beaten rival's second place, the party that held the seat before, gain or hold, and the majority
    from the top two vote counts when none is printed. `parties`: each person's party as named beside them."""
    for contest in contests:
        _settle_winner(contest, contests, parties)
        _settle_votes(contest, doc)
        _settle_second(contest)
    for contest in contests:
        _settle_outcome(contest, contests)


def _settle_winner(contest: Contest, contests: list[Contest], parties: dict[str, str]) -> None:
    entries = contest.candidates
    if contest.winner is None:
        contest.winner = next((p for p, e in entries.items() if e.rank == 1), None)
    if contest.winner is None and contest.party:
        # 'Labour took Anytown, as Amy Lark polled 20,117': the one candidate who could have won it
        able = [p for p, e in entries.items() if not e.lost and (e.rank or 1) == 1 and e.party in (None, contest.party)]
        contest.winner = able[0] if len(able) == 1 else None
    for person, entry in entries.items():
        entry.party = entry.party or _only_party(person, contests, parties)
    if contest.winner:
        winner = contest.entry(contest.winner)
        winner.rank = 1
        winner.party = winner.party or contest.party
        contest.party = contest.party or winner.party


def _settle_votes(contest: Contest, doc: Document) -> None:
    """A party-only results list ('Labour - 18,009') gives its count to the party's candidate, in the
    article's main contest only: other seats it names have their own counts."""
    if contest.election != doc.election or contest.seat != main_seat(doc):
        return
    party_votes = dict(party_lines(doc))
    for entry in contest.candidates.values():
        if entry.votes is None and entry.party in party_votes:
            entry.votes = party_votes[entry.party]


def _settle_second(contest: Contest) -> None:
    entries = contest.candidates
    beaten = [e for p, e in entries.items() if e.lost and p != contest.winner]
    if contest.winner and len(beaten) == 1 and beaten[0].rank is None and not any(e.rank == 2 for e in entries.values()):
        beaten[0].rank = 2
    second = next((e for e in entries.values() if e.rank == 2), None)
    if contest.majority is None and contest.winner and second and entries[contest.winner].votes and second.votes:
        contest.majority = entries[contest.winner].votes - second.votes


def _settle_outcome(contest: Contest, contests: list[Contest]) -> None:
    incumbent = next((e for p, e in contest.candidates.items() if e.incumbent and p != contest.winner and e.party), None)
    if contest.previous_party is None and incumbent:
        contest.previous_party = incumbent.party
    if contest.previous_party is None:
        contest.previous_party = _last_winning_party(contest, contests)
    if contest.outcome is None and contest.previous_party and contest.party:
        contest.outcome = "hold" if contest.previous_party == contest.party else "gain"
    if contest.outcome is None and contest.winner and any(
            e.incumbent and e.lost for p, e in contest.candidates.items() if p != contest.winner):
        contest.outcome = "gain"  # the sitting MP beaten
    if contest.outcome == "hold" and contest.previous_party is None:
        contest.previous_party = contest.party


def _only_party(person: str, contests: list[Contest], parties: dict[str, str]) -> str | None:
    """The party a person stands for everywhere in the article, when there is just one."""
    seen = {e.party for c in contests for p, e in c.candidates.items() if p == person and e.party}
    if person in parties:
        seen.add(parties[person])
    return seen.pop() if len(seen) == 1 else None


def _last_winning_party(contest: Contest, contests: list[Contest]) -> str | None:
    """The party that won the seat at the latest earlier election the article mentions."""
    earlier = [c for c in contests if c.election.year < contest.election.year
               and reference.seat_key(c.seat) & reference.seat_key(contest.seat) == reference.seat_key(contest.seat)
               and c.party]
    return max(earlier, key=lambda c: c.election.year).party if earlier else None


def facts_of(contest: Contest, doc: Document) -> Iterator[Fact]:
    for person, entry in contest.candidates.items():
        yield Candidacy(_evidence(doc, entry.sentences or contest.sentences), NAME, contest.election, contest.seat,
                        person, entry.party, entry.votes, entry.share, entry.rank)
    if contest.winner or contest.party or contest.outcome or contest.majority:
        yield SeatResult(_evidence(doc, contest.sentences), NAME, contest.election, contest.seat, contest.winner,
                         contest.party, contest.outcome, contest.previous_party, contest.majority)


def _evidence(doc: Document, sentences: list[Sentence]) -> Evidence:
    """The sentences stating a fact; the first alone when they lie far apart."""
    if not sentences:
        return doc.evidence(doc.sentences[0])
    first = sentences[0]
    near = [s for s in sentences if s.start - first.start < 600]
    return doc.evidence(*near)
