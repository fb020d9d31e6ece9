"""The precision gate: what the readers found, checked against the rest of the article before it is kept.

A missing fact costs less than a wrong one, so a fact that fails a check is dropped, or the value that
fails is left blank, and the reason is kept for ``elexgraph explain``:
- a person is a person: not a party or a place;
- one fact stated twice with two different values (one person in two parties in one contest, two
  vote counts): the value is left blank, unless one of them is only worked out from other figures;
- in each contest, the winner has the most votes, ranks follow votes, no two candidates share a
  place, the first place is the winner's, shares add up to at most ~100%, and the majority is no
  larger than the winner's vote.
A printed majority that is not first minus second is kept: that is the article's own slip, and
``elexgraph check`` reports it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from elexgraph import reference
from elexgraph.extract.merge import combine
from elexgraph.facts import MAX_VOTES, Candidacy, Election, Fact, PartyChange, Quote, Role, SeatResult, fact_key

SHARE_TOLERANCE = 102.0  # percent: rounding lets printed shares add up to a little over 100
PROSE = "prose-results"


@dataclass(frozen=True)
class Verdict:
    fact: Fact
    field: str | None  # None: the whole fact was dropped
    reason: str


@dataclass
class GateReport:
    kept: list[Fact] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)


def check(found: list[Fact]) -> GateReport:
    report = GateReport()
    merged = _merge_with_conflicts([_within_bounds(f, report) for f in found], report)
    kept = [f for f in merged if _is_person_fact_sound(f, report)]
    current = {id(f): f for f in kept}
    for contest in _contests(kept, current).values():
        for rule in CONTEST_RULES:
            rule(contest, report)
    report.kept = [current[id(f)] for f in kept]
    return report


# -- one fact at a time ------------------------------------------------------------------------------
def _not_a_person(name: str | None) -> str | None:
    if not name:
        return None
    if reference.party_named(name):
        return f"{name!r} is a party, not a person"
    if reference.constituency_named(name) or reference.council_named(name) or reference.mayoralty_named(name) \
            or reference.police_area_named(name):
        return f"{name!r} is a place, not a person"
    return None


def _is_person_fact_sound(fact: Fact, report: GateReport) -> bool:
    who = {Candidacy: "person", PartyChange: "person", Quote: "speaker", Role: "person"}.get(type(fact))
    if who:
        reason = _not_a_person(getattr(fact, who))
        if reason:
            report.verdicts.append(Verdict(fact, None, reason))
            return False
    if isinstance(fact, PartyChange) and fact.to_party and fact.to_party == fact.from_party:
        report.verdicts.append(Verdict(fact, None, f"moves from {fact.from_party} to the same party"))
        return False
    return True


def _within_bounds(fact: Fact, report: GateReport) -> Fact:
    """Counts beyond any contest (a phone number, a run of digits) and shares over 100% are misreadings: blanked
    before anything compares or prints them (a number of thousands of digits cannot even be printed)."""
    for name, limit in (("votes", MAX_VOTES), ("majority", MAX_VOTES), ("share", 100)):
        if (getattr(fact, name, None) or 0) > limit:
            fact = replace(fact, **{name: None})
            report.verdicts.append(Verdict(fact, name, f"more than {limit:,}: beyond any contest"))
    return fact


def _merge_with_conflicts(found: list[Fact], report: GateReport) -> list[Fact]:
    """One fact per key; a field two statements give different printed values for is left blank."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in found:
        groups[fact_key(fact)].append(fact)
    merged = []
    for facts in groups.values():
        fact = facts[0]
        for other in facts[1:]:
            fact = combine(fact, other)
        for name in _conflicting_fields(facts):
            report.verdicts.append(Verdict(fact, name, "the article gives two different values: "
                                           + ", ".join(sorted({repr(getattr(f, name)) for f in facts if getattr(f, name) is not None}))))
            fact = replace(fact, **{name: None})
        merged.append(fact)
    return merged


def _conflicting_fields(facts: list[Fact]) -> list[str]:
    out = []
    for name in ("party", "votes", "share", "rank", "winner", "outcome", "previous_party", "majority", "from_party"):
        printed = {getattr(f, name) for f in facts if getattr(f, name, None) is not None
                   and name not in getattr(f, "derived", ())}
        if len(printed) > 1:
            out.append(name)
    return out


# -- one contest at a time -----------------------------------------------------------------------------
@dataclass
class Contest:
    """The candidacies and the result of one election in one area, with the current form of each
    (``current`` is shared by all contests: a rule that blanks a value replaces the fact there)."""

    current: dict[int, Fact]
    candidacies: list[Candidacy] = field(default_factory=list)
    result: SeatResult | None = None

    def set(self, report: GateReport, fact: Fact, name: str, reason: str) -> None:
        now = self.current[id(fact)]
        if getattr(now, name) is None:
            return
        report.verdicts.append(Verdict(now, name, reason))
        self.current[id(fact)] = replace(now, **{name: None})

    def now(self, fact: Fact):  # noqa: ANN201 - the fact's own type
        return self.current[id(fact)]


def _contests(facts: list[Fact], current: dict[int, Fact]) -> dict[tuple, Contest]:
    contests: dict[tuple, Contest] = {}
    for fact in facts:
        if isinstance(fact, (Candidacy, SeatResult)):
            contest = contests.setdefault((fact.election, fact.area), Contest(current))
            if isinstance(fact, Candidacy):
                contest.candidacies.append(fact)
            else:
                contest.result = fact
    return contests


def _votes(contest: Contest) -> list[tuple[Candidacy, int]]:
    return [(c, contest.now(c).votes) for c in contest.candidacies if contest.now(c).votes is not None]


def winner_has_most_votes(contest: Contest, report: GateReport) -> None:
    if contest.result is None or contest.now(contest.result).winner is None:
        return
    winner = contest.now(contest.result).winner
    mine = next((v for c, v in _votes(contest) if c.person == winner), None)
    if mine is None:
        return
    for rival, votes in _votes(contest):
        if rival.person != winner and votes > mine:
            if rival.extractor == PROSE:
                contest.set(report, rival, "votes", f"more votes than the winner {winner} ({votes:,} > {mine:,})")
            else:
                contest.set(report, contest.result, "winner", f"{rival.person} has more votes ({votes:,} > {mine:,})")
                own = next(c for c in contest.candidacies if c.person == winner)
                contest.set(report, own, "rank", f"{rival.person} has more votes")


def first_place_is_the_winner(contest: Contest, report: GateReport) -> None:
    winner = contest.now(contest.result).winner if contest.result else None
    for c in contest.candidacies:
        now = contest.now(c)
        if winner and now.rank == 1 and c.person != winner:
            contest.set(report, c, "rank", f"placed first, but the winner is {winner}")


def places_are_unique(contest: Contest, report: GateReport) -> None:
    by_rank: dict[int, list[Candidacy]] = defaultdict(list)
    for c in contest.candidacies:
        if contest.now(c).rank is not None:
            by_rank[contest.now(c).rank].append(c)
    for rank, shared in by_rank.items():
        if len(shared) > 1:
            for c in shared:
                contest.set(report, c, "rank", f"{len(shared)} candidates placed {rank}")


def ranks_follow_votes(contest: Contest, report: GateReport) -> None:
    ranked = [(contest.now(c).rank, v, c) for c, v in _votes(contest) if contest.now(c).rank is not None]
    for rank, votes, c in ranked:
        if any(other_rank > rank and other_votes > votes for other_rank, other_votes, _ in ranked):
            contest.set(report, c, "rank", f"placed {rank} with fewer votes than a candidate placed below")


def shares_add_up(contest: Contest, report: GateReport) -> None:
    shares = [(c, contest.now(c).share) for c in contest.candidacies if contest.now(c).share is not None]
    total = sum(s for _, s in shares)
    if total > SHARE_TOLERANCE:
        for c, _ in shares:
            if c.extractor == PROSE:
                contest.set(report, c, "share", f"the contest's shares add up to {total:.1f}%")


def majority_fits(contest: Contest, report: GateReport) -> None:
    if contest.result is None or contest.now(contest.result).majority is None:
        return
    result = contest.now(contest.result)
    if result.winner:  # the winner's own count bounds it; a loser's does not
        top = next((v for c, v in _votes(contest) if c.person == result.winner), None)
    else:
        top = max((v for _, v in _votes(contest)), default=None)
    if result.majority <= 0 or (top is not None and result.majority > top):
        contest.set(report, contest.result, "majority", f"a majority of {result.majority:,} is more than the winner's vote")


def first_election_has_no_predecessor(contest: Contest, report: GateReport) -> None:
    """The first election to an office (the first mayor, the first police and crime commissioner) has
    no party that held it before, so neither gain nor hold."""
    if contest.result is None:
        return
    election = contest.now(contest.result).election
    if _first_of_its_office(election):
        for name in ("outcome", "previous_party"):
            contest.set(report, contest.result, name, f"the {election.label} was the first to its office")


def _first_of_its_office(election: Election) -> bool:
    if election.kind == "pcc":
        return election.year == reference.first_pcc_election()
    if election.kind == "mayoral" and election.place:
        mayoralty = reference.mayoralty_named(election.place)
        return mayoralty is not None and mayoralty.first_election == election.year
    return False


def gain_is_from_another_party(contest: Contest, report: GateReport) -> None:
    """A gain is won from another party: a 'gain' from the winner's own party is a misreading."""
    if contest.result is None:
        return
    result = contest.now(contest.result)
    if result.outcome == "gain" and result.previous_party and result.previous_party == result.party:
        for name in ("outcome", "previous_party"):
            contest.set(report, contest.result, name, f"a gain from {result.party}'s own seat")


def hold_keeps_the_party(contest: Contest, report: GateReport) -> None:
    """A hold keeps the seat for its party: 'held on to his seat' for a new party is a person's hold, not the
    party's, so the outcome is left blank (the party before stays)."""
    if contest.result is None:
        return
    result = contest.now(contest.result)
    if result.outcome == "hold" and result.previous_party and result.party and result.previous_party != result.party:
        contest.set(report, contest.result, "outcome",
                    f"a hold for {result.party} of a seat {result.previous_party} held before")


CONTEST_RULES: tuple[Callable[[Contest, GateReport], None], ...] = (
    winner_has_most_votes, first_place_is_the_winner, ranks_follow_votes, places_are_unique, shares_add_up,
    majority_fits, first_election_has_no_predecessor, gain_is_from_another_party, hold_keeps_the_party)
