"""Contests: everything an article's prose says about one area at one election, pooled over its
sentences, settled (what follows from what it states) and turned into facts.

Settling fills in what the statements imply: the winner's place and party, a lone beaten rival's
second place, the party that held the seat before (the winner the article gives for an earlier
election there, or a beaten incumbent's party), and gain or hold from the two parties. What is
worked out this way is marked as derived, so a printed value always wins over it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from elexgraph import reference
from elexgraph.annotate.lexicon import words
from elexgraph.annotate.document import Document, Paragraph, Sentence
from elexgraph.extract.places import areas_in
from elexgraph.extract.prose_results.figures import prints
from elexgraph.extract.prose_results.statements import PersonFacts
from elexgraph.facts import Candidacy, Election, Evidence, Fact, SeatResult

NAME = "prose-results"
SEVERAL_SEATS = re.compile(r"\b(?:both|two|three|all\s+(?:two|three))\s+seats\b", re.I)  # a ward's several seats won


@dataclass
class Entry(PersonFacts):
    """One candidate in one contest, as the article's prose describes them: what its statements say of them,
    pooled, with the sentences they were read from."""

    sentences: list[Sentence | Paragraph] = field(default_factory=list)  # a party-only list line may give the votes
    derived: set[str] = field(default_factory=set)
    told: dict[str, Sentence | Paragraph] = field(default_factory=dict)  # the sentence that gave each value

    def pool(self, facts: PersonFacts, sentence: Sentence, said_lost: bool) -> None:
        """What one statement says of the candidate, where nothing earlier said it (a loser's place is not
        taken from a statement that says they lost)."""
        for name in ("party", "votes", "share") + (() if said_lost else ("rank",)):
            if getattr(self, name) is None and getattr(facts, name) is not None:
                setattr(self, name, getattr(facts, name))
                self.told[name] = sentence
                if name == "rank" and facts.rank_from_order:
                    self.derived.add("rank")
        self.lost = self.lost or facts.lost
        self.incumbent = self.incumbent or facts.incumbent
        self.won_votes = self.won_votes or facts.won_votes
        self.sentences.append(sentence)


@dataclass
class Contest:
    election: Election
    area: str
    winner: str | None = None
    party: str | None = None
    outcome: str | None = None
    previous_party: str | None = None
    majority: int | None = None
    candidates: dict[str, Entry] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    derived: set[str] = field(default_factory=set)
    told: dict[str, Sentence] = field(default_factory=dict)  # the sentence that gave each value of the result
    party_shares: dict[str, tuple[float, Sentence]] = field(default_factory=dict)  # a party's share, its candidate unnamed
    party_votes: dict[str, tuple[int, Sentence]] = field(default_factory=dict)  # a party's count, its candidate unnamed
    further: list[str] = field(default_factory=list)  # the winners of a ward's further seats ('A and B won Abbey')
    further_outcomes: dict[str, str] = field(default_factory=dict)  # 'A and B both held their seats': each one's

    def entry(self, person: str) -> Entry:
        return self.candidates.setdefault(person, Entry())

    def several_seats_told(self) -> list[Sentence]:
        """The contest's sentences that say the ward's several seats were won ('Labour held both seats in Abbey')."""
        return [s for s in self.sentences if isinstance(s, Sentence) and SEVERAL_SEATS.search(s.text)]


def settle(contests: list[Contest], parties: dict[tuple[str, int], str],
           party_votes: dict[tuple[Election, str], dict[str, tuple[int, Paragraph]]]) -> None:
    """`parties`: each person's party at an election year, as the article states it anywhere;
    `party_votes`: results a list prints for parties only ('Labour - 18,009'), by contest."""
    for contest in contests:
        _settle_winner(contest, contests, parties)
        _settle_beaten_party(contest)
        _settle_party_votes(contest, party_votes.get((contest.election, contest.area), {}))
        _settle_party_figures(contest)
        _settle_most_votes(contest)
        _settle_places_by_count(contest)
        _settle_second(contest)
    for contest in contests:
        _settle_outcome(contest, contests)


def _settle_winner(contest: Contest, contests: list[Contest], parties: dict[tuple[str, int], str]) -> None:
    entries = contest.candidates
    if contest.winner is None:
        contest.winner = next((p for p, e in entries.items() if e.rank == 1), None)
    if contest.winner is None and contest.party:
        able = [p for p, e in entries.items() if not e.lost and (e.rank or 1) == 1 and e.party in (None, contest.party)]
        if len(able) == 1:
            contest.winner = able[0]
            contest.derived.add("winner")
    for person, entry in entries.items():
        if entry.party is None:
            entry.party = _only_party(person, contest.election.year, contests, parties)
            if entry.party:
                entry.derived.add("party")
    if contest.winner:
        winner = contest.entry(contest.winner)
        winner.rank = 1
        if winner.party is None and contest.party:
            winner.party = contest.party
            winner.derived.add("party")
        if contest.party is None and winner.party:
            contest.party = winner.party


def _settle_beaten_party(contest: Contest) -> None:
    """The one candidate beaten in a seat won from another party stood for that party."""
    beaten = [e for p, e in contest.candidates.items() if e.lost and p != contest.winner]
    if len(beaten) == 1 and beaten[0].party is None and contest.previous_party and contest.previous_party != contest.party:
        beaten[0].party = contest.previous_party
        beaten[0].derived.add("party")


def _settle_party_votes(contest: Contest, votes: dict[str, tuple[int, Paragraph]]) -> None:
    """A party-only results list gives its count to the party's one candidate in the contest (the list line
    is the evidence of the count)."""
    for entry in contest.candidates.values():
        if entry.votes is None and entry.party in votes and sum(e.party == entry.party for e in contest.candidates.values()) == 1:
            entry.votes, line = votes[entry.party]
            entry.sentences.append(line)
            entry.told["votes"] = line


def _settle_party_figures(contest: Contest) -> None:
    """'The Greens took 31.4% of the vote', 'Labour polled 1,204': the share or count of the party's one
    candidate in the contest (that sentence is the evidence of the figure)."""
    for name, figures in (("share", contest.party_shares), ("votes", contest.party_votes)):
        for entry in contest.candidates.values():
            if getattr(entry, name) is None and entry.party in figures and \
                    sum(e.party == entry.party for e in contest.candidates.values()) == 1:
                value, sentence = figures[entry.party]
                setattr(entry, name, value)
                entry.sentences.append(sentence)
                entry.told[name] = sentence


def _settle_most_votes(contest: Contest) -> None:
    """No one is said to have won, but one candidate of several 'won' more votes than every other."""
    counted = [(p, e) for p, e in contest.candidates.items() if e.votes is not None]
    if contest.winner or len(counted) < 3:
        return
    best, entry = max(counted, key=lambda pe: pe[1].votes)
    if entry.won_votes and all(e.votes < entry.votes for p, e in counted if p != best):
        contest.winner = best
        entry.rank = 1
        contest.derived.add("winner")
        if contest.party is None and entry.party:
            contest.party = entry.party


def _settle_places_by_count(contest: Contest) -> None:
    """The winner has the most votes (or the largest share), every other candidate the report names has a count (or
    a share), and the one with the most has no place and no one else is second: that one came second ('Jane Roe was
    elected with 702 votes. Conservative Tom Smith polled 455 and the Green Party's Kim Ford 98': Tom Smith). Not the
    places below: a report may leave out a candidate who polled more."""
    winner = contest.candidates.get(contest.winner) if contest.winner else None
    others = [e for p, e in contest.candidates.items() if p != contest.winner]
    if winner is None or contest.further or not others or any(e.rank == 2 for e in others):
        return
    for figure in ("votes", "share"):
        counts = [getattr(e, figure) for e in others]
        mine = getattr(winner, figure)
        if mine is not None and None not in counts:
            second = others[counts.index(max(counts))]
            if counts.count(max(counts)) == 1 and max(counts) < mine and second.rank is None:
                second.rank = 2
                second.derived.add("rank")
            return


def _settle_second(contest: Contest) -> None:
    """A lone beaten rival came second; the majority is first minus second where both counts are known."""
    entries = contest.candidates
    beaten = [e for p, e in entries.items() if e.lost and p != contest.winner]
    if contest.winner and len(beaten) == 1 and beaten[0].rank is None and len(entries) == 2:
        beaten[0].rank = 2
        beaten[0].derived.add("rank")
    second = [e for e in entries.values() if e.rank == 2]
    winner = entries.get(contest.winner) if contest.winner else None
    if contest.majority is None and winner and winner.votes and len(second) == 1 and second[0].votes and not contest.further \
            and winner.votes > second[0].votes:
        contest.majority = winner.votes - second[0].votes
        contest.derived.add("majority")


def _settle_outcome(contest: Contest, contests: list[Contest]) -> None:
    _settle_gained_from(contest)
    _settle_previous_party(contest, contests)
    if contest.outcome is None and contest.previous_party and contest.party:
        contest.outcome = "hold" if contest.previous_party == contest.party else "gain"
        contest.derived.add("outcome")
    if contest.outcome is None and contest.winner and (_said_again(contest) or _holder_won(contest)):
        contest.outcome = "hold"  # 'Jane Roe, returned again with 21,204 votes', 'the sitting councillor won': the holder won again
        contest.derived.add("outcome")
    if contest.outcome is None and _holder_beaten(contest):
        contest.outcome = "gain"  # the one who held the seat lost it (to a person or a party), whatever their party
        contest.derived.add("outcome")
    if contest.outcome is None and contest.winner is None and contest.party is None:
        _settle_seat_lost(contest)
    if contest.outcome == "hold" and contest.previous_party is None and contest.party:
        contest.previous_party = contest.party
        contest.derived.add("previous_party")


def _holder_beaten(contest: Contest) -> bool:
    """Someone won the seat, a person or a party ('lost his seat in Abbey to Labour'), and the one who held it is
    another candidate."""
    return bool(contest.winner or contest.party) and any(
        e.incumbent for p, e in contest.candidates.items() if p != contest.winner)


def _settle_seat_lost(contest: Contest) -> None:
    """'Labour's Jane Roe lost her seat in Anytown', 'Conservative MP Tom Smith was unseated in Anytown', with no
    winner named: the seat changed hands, from the party of the one who held it (one such holder, party known)."""
    holders = [e for e in contest.candidates.values() if e.incumbent and e.lost]
    if len(holders) == 1 and holders[0].party and len(contest.candidates) == 1:
        contest.outcome, contest.previous_party = "gain", holders[0].party
        contest.told["outcome"] = contest.told["previous_party"] = holders[0].told.get("party") or holders[0].sentences[0]


def _settle_gained_from(contest: Contest) -> None:
    """A gain the prose states, in a part of a sentence about this seat that prints one party besides the
    winner's ('Labour's Jane Roe won Anytown, ousting Conservative Tom Smith', 'ending 14 years of Tory rule',
    'Labour took A and B, both Conservative seats'): that party held the seat before. The part ends where the
    sentence turns to another contest ('…, while Labour took Otherton from the Greens')."""
    said = contest.told.get("outcome")
    if contest.outcome != "gain" or "outcome" in contest.derived or contest.previous_party or not contest.party \
            or not isinstance(said, Sentence):
        return
    part = _part_about(said, contest)
    others = {m.party for m in said.parties if m.party and m.party != contest.party and part[0] <= m.start < part[1]}
    if len(others) == 1:
        contest.previous_party = others.pop()
        contest.told["previous_party"] = said


def _part_about(sentence: Sentence, contest: Contest) -> tuple[int, int]:
    """The span of the sentence, between turns to another contest ('while', 'but', 'whereas', a semicolon),
    that names the contest's area (the whole sentence where it names no area of that election)."""
    named = [m.start for m in sentence.places if areas_in([m], contest.election) == [contest.area]]
    if not named:
        return (sentence.start, sentence.end) if not areas_in(sentence.places, contest.election) else (0, 0)
    cuts = [sentence.start + m.start() for m in _turns().finditer(sentence.text)]
    start = max((c for c in cuts if c <= named[0]), default=sentence.start)
    end = min((c for c in cuts if c > named[0]), default=sentence.end)
    return start, end


@cache
def _turns() -> re.Pattern[str]:
    """Where a sentence turns to another contest: a semicolon or a word of the class `contest_turns`."""
    turns = "|".join(re.escape(w) for w in sorted(words("contest_turns")))
    return re.compile(rf";|\b(?:{turns})\b", re.I)


def _holder_won(contest: Contest) -> bool:
    """The winner is the one the article says held the seat up to the contest ('the sitting councillor, Jane Roe')."""
    entry = contest.candidates.get(contest.winner) if contest.winner else None
    return entry is not None and entry.incumbent


def _said_again(contest: Contest) -> bool:
    """A sentence of the contest that names its winner and no one else says 'again' (not of trying again: 'stood
    again', 'lost again')."""
    return any(isinstance(s, Sentence) and {m.person for m in s.people} == {contest.winner} and any(
        w.lower == "again" and (i == 0 or s.items[i - 1].lower not in words("tried_again")) for i, w in enumerate(s.items))
        for s in contest.sentences)


def _settle_previous_party(contest: Contest, contests: list[Contest]) -> None:
    """The party of a beaten candidate who held the seat, else of the area's winner at an earlier election."""
    last = _last_won(contest, [c for c in contests if c.winner])
    beaten = contest.candidates.get(last.winner) if last and last.winner != contest.winner else None
    if beaten is not None and beaten.lost:
        beaten.incumbent = True  # "Jane Roe, who won Anytown in 2017, lost to Tom Smith": she held the seat
    incumbent = next((e for p, e in contest.candidates.items() if e.incumbent and p != contest.winner and e.party), None)
    if contest.previous_party is None and incumbent:
        contest.previous_party = incumbent.party
        contest.derived.add("previous_party")
    if contest.previous_party is None:
        contest.previous_party = _last_winning_party(contest, contests)
        if contest.previous_party:
            contest.derived.add("previous_party")


def _only_party(person: str, year: int, contests: list[Contest], parties: dict[tuple[str, int], str]) -> str | None:
    """The party a person stands for at that year's elections everywhere in the article, when there is just one."""
    seen = {e.party for c in contests for p, e in c.candidates.items()
            if p == person and e.party and c.election.year == year and "party" not in e.derived}
    if (person, year) in parties:
        seen.add(parties[(person, year)])
    return seen.pop() if len(seen) == 1 else None


def _last_winning_party(contest: Contest, contests: list[Contest]) -> str | None:
    """The party that won the area at the latest earlier election of the same kind the article gives."""
    last = _last_won(contest, [c for c in contests if c.party])
    return last.party if last else None


def _last_won(contest: Contest, contests: list[Contest]) -> Contest | None:
    """The area's contest at the latest earlier election of the same kind among `contests`."""
    key = reference.seat_key(contest.area)
    earlier = [c for c in contests if c.election.year < contest.election.year
               and c.election.area_kind == contest.election.area_kind and reference.seat_key(c.area) == key]
    return max(earlier, key=lambda c: c.election.year) if earlier else None


def facts_of(contest: Contest, doc: Document) -> Iterator[Fact]:
    for person, entry in contest.candidates.items():
        votes = entry.votes if "votes" not in entry.derived else None
        evidence = _evidence(doc, entry.sentences or contest.sentences, votes)
        yield Candidacy(evidence, NAME, contest.election, contest.area, person, entry.party, entry.votes, entry.share,
                        entry.rank, derived=tuple(sorted(entry.derived)),
                        field_evidence=_told(doc, entry.told, entry.derived, evidence))
    if contest.winner or contest.party or contest.outcome or contest.majority:
        majority = contest.majority if "majority" not in contest.derived else None
        evidence = _evidence(doc, contest.sentences, majority)
        yield SeatResult(evidence, NAME, contest.election, contest.area, contest.winner, contest.party,
                         contest.outcome, contest.previous_party, contest.majority,
                         derived=tuple(sorted(contest.derived)),
                         field_evidence=_told(doc, contest.told, contest.derived, evidence))
        yield from _further_seats(contest, doc, evidence)


def _further_seats(contest: Contest, doc: Document, evidence: Evidence) -> Iterator[SeatResult]:
    """A result for each further seat of a ward electing several: its winner and their party, and the gain or hold
    the article states of the ward where they stood for the first seat's party (no majority: that is the first's)."""
    every_seat = _party_won_every_seat(contest)
    for seat, person in enumerate(contest.further, 1):
        party = contest.candidates[person].party if person in contest.candidates else None
        party = party or every_seat
        said = party is not None and party == contest.party
        outcome = contest.outcome if said and "outcome" not in contest.derived else contest.further_outcomes.get(person)
        previous = contest.previous_party if outcome and "previous_party" not in contest.derived else None
        yield SeatResult(evidence, NAME, contest.election, contest.area, person, party, outcome, previous, seat=seat)


def _party_won_every_seat(contest: Contest) -> str | None:
    """The winner's party, where a sentence of the ward names that party alone and says it won the ward's several
    seats ('Labour held both seats in Lowfield, where A and B were re-elected')."""
    named_alone = any({m.party for m in sentence.parties} == {contest.party} for sentence in contest.several_seats_told())
    return contest.party if named_alone else None


def _told(doc: Document, told: dict[str, Sentence | Paragraph], derived: set[str],
          evidence: Evidence) -> tuple[tuple[str, Evidence], ...]:
    """The sentence of each stated value that another sentence than the fact's evidence gave."""
    field_evidence = ((name, doc.evidence(sentence)) for name, sentence in sorted(told.items()) if name not in derived)
    return tuple((name, ev) for name, ev in field_evidence if ev != evidence)


def _evidence(doc: Document, sentences: list[Sentence | Paragraph], figure: int | None) -> Evidence:
    """The first sentence that prints the fact's figure, else the one that states the fact first."""
    printing = next((s for s in sentences if figure is not None and prints(figure, s.text)), None)
    return doc.evidence(printing or (sentences[0] if sentences else doc.sentences[0]))
