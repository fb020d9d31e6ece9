"""The news against the official record: every figure and fact of a contest the record also gives.

A candidacy is compared with the official candidacy of the same person (one IRI, or names that agree
in the contest); where the record names no candidates but the winner (2010, by constituency) or the
person is not among them, with the official votes of the same party. A result is compared with the
official result, or with what the official candidacies give (the winner, and first minus second).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from elexgraph.check.figures import (Claim, count_claim, printed_only_as_year, rank_printed, share_claim,
                                     unseen_count_claim)
from elexgraph.check.findings import Finding, parties_differ, percent, same_party
from elexgraph.check.statements import Contest, Statement
from elexgraph.align import by_another_surname, same_person


@dataclass
class Record:
    """The official record of one contest, each fact once (two files of one election say the same)."""

    candidacies: list[Statement]  # person by person
    parties: list[Statement]  # a party's votes, where the record does not name the candidate
    result: Statement | None

    @classmethod
    def of(cls, official: list[Statement]) -> Record:
        fullest = sorted(official, key=lambda s: (s.share is None, s.rank is None, s.order))
        people: dict[object, Statement] = {}
        for s in fullest:
            if s.kind == "candidacy":
                people.setdefault(s.person, s)
        results = [s for s in fullest if s.kind == "result"]
        return cls(sorted(people.values(), key=lambda s: s.order), [s for s in fullest if s.kind == "party"],
                   results[0] if results else None)

    @property
    def names_every_candidate(self) -> bool:
        """A record by candidate lists them all; one by constituency names only the winner."""
        return len(self.candidacies) > 1

    def ranked(self, rank: int) -> Statement | None:
        return next((s for s in (*self.candidacies, *self.parties) if s.rank == rank), None)

    @property
    def winner(self) -> Statement | None:
        return self.result if self.result and self.result.person else self.ranked(1)

    @property
    def majority(self) -> tuple[int, Statement] | None:
        if self.result and self.result.majority is not None:
            return self.result.majority, self.result
        first, second = self.ranked(1), self.ranked(2)
        if first and second and first.votes is not None and second.votes is not None:
            return first.votes - second.votes, first
        return None

    def candidacy_of(self, stated: Statement) -> tuple[Statement | None, bool]:
        """The official candidacy a stated one is, and whether it was found by party alone."""
        by_iri = [s for s in self.candidacies if s.person == stated.person]
        by_name = [s for s in self.candidacies if stated.name and s.name and same_person(stated.name, s.name)]
        for found in (by_iri, by_name):
            if len(found) == 1:
                return found[0], False
        for pool in (self.candidacies, self.parties):
            by_party = [s for s in pool if same_party(s.party, stated.party)]
            if by_party:
                return (by_party[0], True) if len(by_party) == 1 else (None, False)
        return None, False


def official_findings(contest: Contest) -> Iterator[Finding]:
    if not contest.official:
        return
    record = Record.of(contest.official)
    for stated in contest.stated("candidacy"):
        yield from _candidacy(stated, record, contest)
    for stated in contest.stated("result"):
        yield from _result(stated, record, contest)


def _finding(field: str, stated: Statement, official: Statement, value: object, expected: object) -> Finding:
    return Finding("official", field, stated, official, value, expected)  # type: ignore[arg-type]


def _candidacy(stated: Statement, record: Record, contest: Contest) -> Iterator[Finding]:
    official, by_party = record.candidacy_of(stated)
    if official is None or (by_party and official.kind == "candidacy"):
        # Not among the candidates the record names: a name printed wrong, or someone else's contest. One
        # finding says so; the figures are not held against another person's.
        other = official or record.winner
        if record.names_every_candidate and other is not None:
            yield _finding("candidate", stated, other, stated.name,
                           official.name if official else "not an official candidate")
        return
    sentences = contest.sentences(stated)
    if not _fair_votes(stated, official, contest):
        yield _finding("votes", stated, official, stated.votes, official.votes)
    if stated.share is not None and official.share is not None:
        if not share_claim(stated.share, sentences).admits(official.share):
            yield _finding("share", stated, official, stated.share, percent(official.share))
    if (stated.rank is not None and official.rank is not None and stated.rank != official.rank
            and rank_printed(stated.rank, [stated.evidence])):
        yield _finding("rank", stated, official, stated.rank, official.rank)
    if parties_differ(stated.party, official.party):
        yield _finding("party", stated, official, stated.party, official.party)


def _fair_votes(stated: Statement, official: Statement, contest: Contest) -> bool:
    """Whether the votes stated (if any, and if the source prints them as a count, not a year) fairly state
    the official votes."""
    if stated.votes is None or official.votes is None or printed_only_as_year(
            stated.votes, [*contest.sentences(stated), *contest.elsewhere(stated)]):
        return True
    claim = _printed_count(stated.votes, stated, contest) or unseen_count_claim(stated.votes)
    return claim.admits(official.votes)


def _result(stated: Statement, record: Record, contest: Contest) -> Iterator[Finding]:
    winner, result = record.winner, record.result
    if winner is not None:
        if stated.person is not None and stated.person != winner.person and not (
                stated.name and winner.name and (same_person(stated.name, winner.name) or (
                    by_another_surname(stated.name, winner.name) and not parties_differ(stated.party, winner.party)))):
            yield _finding("winner", stated, winner, stated.name, winner.name)
        if parties_differ(stated.party, winner.party):
            yield _finding("winning party", stated, winner, stated.party, winner.party)
    if result is not None:
        # a gain or hold, or a party before, the build worked out is not the newspaper's to be wrong about
        if stated.outcome and result.outcome and stated.outcome != result.outcome and "outcome" not in stated.worked_out:
            yield _finding("outcome", stated, result, stated.outcome, result.outcome)
        if parties_differ(stated.previous_party, result.previous_party) and "previous_party" not in stated.worked_out:
            yield _finding("previous party", stated, result, stated.previous_party, result.previous_party)
    majority, claim = record.majority, majority_claim(stated, contest)
    if majority is not None and claim is not None and not claim.admits(majority[0]):
        yield _finding("majority", stated, majority[1], stated.majority, majority[0])


def majority_claim(result: Statement, contest: Contest) -> Claim | None:
    """What a stated majority fairly states; None for none, or for one the source only worked out from its
    own figures (those figures are checked instead)."""
    if result.majority is None:
        return None
    claim = _printed_count(result.majority, result, contest)
    if claim is None and contest.worked_out(result):
        return None
    return claim or unseen_count_claim(result.majority)


LONG_COUNT = 1000  # a count of four digits or more printed in one article is one figure wherever it is printed


def _printed_count(value: int, stated: Statement, contest: Contest) -> Claim | None:
    """What a count fairly states, as its own sentences print it, else (a long count) as its article prints
    it about another contest."""
    return count_claim(value, contest.sentences(stated)) or (
        count_claim(value, contest.elsewhere(stated)) if value >= LONG_COUNT else None)
