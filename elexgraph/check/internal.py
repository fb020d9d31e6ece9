"""The news against itself: contradictions within one article and across articles.

- a printed majority that is not first minus second, where both their votes are printed;
- a share that cannot follow from the votes (the totals the contest's votes and shares imply disagree);
- two contests printed with identical winner's votes and share (one line's figures copied to another);
- a winner with fewer votes than a rival;
- one person in two parties in one contest;
- a "gain" whose previous party is the winner's own;
- two statements of one figure or fact (votes, share, winner, winning party, majority) that disagree.

The arithmetic checks hold for contests decided by the most votes, one seat each: general elections and
by-elections (and the share check also for mayoral first preferences); not for multi-member council wards.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from itertools import combinations

from elexgraph.check.figures import Claim, count_claim, share_claim, unseen_count_claim
from elexgraph.check.findings import Finding, parties_differ, percent, same_party
from elexgraph.check.official import majority_claim
from elexgraph.check.statements import Contest, Statement
from elexgraph.align import same_person

_ONE_SEAT = {"GeneralElection", "ByElection"}
_SHARES_ADD_UP = _ONE_SEAT | {"MayoralElection"}
_LARGEST_GROUP_SEARCHED = 12  # statements of one contest tried in every combination


def internal_findings(contest: Contest) -> Iterator[Finding]:
    if contest.kind in _ONE_SEAT:
        yield from _majorities(contest)
        yield from _winners_behind(contest)
    if contest.kind in _SHARES_ADD_UP:
        yield from _shares(contest)
    yield from _two_parties(contest)
    yield from _gains_from_themselves(contest)
    yield from _disagreements(contest)


def _finding(field: str, stated: Statement, other: Statement, value: object, expected: object) -> Finding:
    return Finding("internal", field, stated, other, value, expected)  # type: ignore[arg-type]


def _with_votes(contest: Contest) -> list[Statement]:
    return [s for s in contest.stated("candidacy") if s.votes is not None]


def _ranked(candidacies: list[Statement], rank: int, source: str) -> Statement | None:
    """The candidacy of that rank, from the same article where it gives one."""
    found = [s for s in candidacies if s.rank == rank]
    return next((s for s in found if s.source == source), found[0] if found else None)


def _majorities(contest: Contest) -> Iterator[Finding]:
    candidacies = _with_votes(contest)
    for result in contest.stated("result"):
        claim = majority_claim(result, contest)
        first, second = _ranked(candidacies, 1, result.source), _ranked(candidacies, 2, result.source)
        if claim is None or first is None or second is None:
            continue
        difference = first.votes - second.votes  # type: ignore[operator]
        if not claim.admits(difference):
            yield _finding("majority", result, second, result.majority, difference)


def _winners_behind(contest: Contest) -> Iterator[Finding]:
    candidacies = _with_votes(contest)
    for winner in (s for s in candidacies if s.rank == 1):
        ahead = [s for s in candidacies if s.person != winner.person and s.votes > winner.votes]  # type: ignore[operator]
        if ahead:
            rival = max(ahead, key=lambda s: s.votes)  # type: ignore[arg-type, return-value]
            yield _finding("winner", winner, rival, f"{winner.name} ({winner.votes})", f"{rival.name} ({rival.votes})")


def _total(statement: Statement, contest: Contest) -> tuple[Decimal, Decimal] | None:
    """The range of valid votes a candidacy's votes and share imply."""
    claim = share_claim(statement.share, contest.sentences(statement))  # type: ignore[arg-type]
    if claim.low <= 0:
        return None
    return Decimal(statement.votes) * 100 / claim.high, Decimal(statement.votes) * 100 / claim.low  # type: ignore[arg-type]


def _shares(contest: Contest) -> Iterator[Finding]:
    """Each candidacy printed with votes and share implies the contest's total: the totals must agree."""
    totals = {s: t for s in _with_votes(contest) if s.share is not None and (t := _total(s, contest)) is not None}
    printed = sum(max(s.votes for s in group) for group in _by_person(_with_votes(contest)).values())  # type: ignore[type-var]
    statements = sorted(totals, key=lambda s: s.order)[:_LARGEST_GROUP_SEARCHED]
    kept = _largest_agreeing(statements, lambda a, b: _overlap(totals[a], totals[b]),
                             lambda s: (s.rank or 99, s.order))
    for s in statements:
        if s in kept or not kept:
            continue
        low = max(max(totals[k][0] for k in kept), Decimal(printed))
        high = min(totals[k][1] for k in kept)
        total = (low + high) / 2 if low <= high else low
        reference = min(kept, key=lambda k: k.order)
        yield _finding("share", s, reference, s.share, percent(Decimal(s.votes) * 100 / total, 1))  # type: ignore[arg-type]


def _overlap(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return max(a[0], b[0]) <= min(a[1], b[1])


def _largest_agreeing(items: list[Statement], agree: Callable[[Statement, Statement], bool],
                      rank: Callable[[Statement], tuple]) -> set[Statement]:
    """The largest group that all agree; between equals, the one that leaves out the best-placed statements
    (their figures are the ones a slip copies from elsewhere, as a rule)."""
    for size in range(len(items), 0, -1):
        groups = [set(g) for g in combinations(items, size) if all(agree(a, b) for a, b in combinations(g, 2))]
        if groups:
            return min(groups, key=lambda g: sorted(rank(s) for s in items if s not in g))
    return set()


def _by_person(statements: Iterable[Statement]) -> dict[object, list[Statement]]:
    groups: dict[object, list[Statement]] = defaultdict(list)
    for s in statements:
        groups[s.person].append(s)
    return groups


def twins(contests: list[Contest], suspects: set[object]) -> Iterator[Finding]:
    """Winners of two contests of one election printed with the same votes and share: a line's figures copied.
    The finding names the contest whose figures other checks already doubt, else the first by name."""
    winners: dict[tuple, list[Statement]] = defaultdict(list)
    for contest in contests:
        for s in contest.stated("candidacy"):
            if s.rank == 1 and s.votes is not None and s.share is not None:
                winners[(s.election.value, s.votes, s.share)].append(s)
    for found in winners.values():
        for a, b in combinations(sorted(found, key=lambda s: (s.seat_label, s.order)), 2):
            if a.contest == b.contest:
                continue
            copy, original = (b, a) if b.fact in suspects and a.fact not in suspects else (a, b)
            yield _finding("votes and share", copy, original, f"{copy.votes} ({copy.share}%)",
                           f"also {original.seat_label}'s")


def _two_parties(contest: Contest) -> Iterator[Finding]:
    with_party = [s for s in contest.news if s.person is not None and s.party and s.kind != "party"]
    for statements in _by_person(with_party).values():
        yield from _odd_ones_out(statements, lambda s: s.party, lambda a, b: not parties_differ(a.party, b.party),
                                 "party")


def _gains_from_themselves(contest: Contest) -> Iterator[Finding]:
    parties = [s for s in contest.news if s.kind != "party" and s.party and (s.kind == "result" or s.rank == 1)]
    for gain in (s for s in contest.stated("result") if s.outcome == "gain" and s.previous_party):
        own = next((s for s in sorted(parties, key=lambda s: s != gain) if same_party(s.party, gain.previous_party)),
                   None)
        if own is not None:
            yield _finding("outcome", gain, own, f"gain from {gain.previous_party}", "hold")


def _disagreements(contest: Contest) -> Iterator[Finding]:
    """Statements of one figure or fact that disagree: each one off the most-stated value is a finding."""
    claims: dict[Statement, Claim] = {}
    for s in _with_votes(contest):
        claims[s] = count_claim(s.votes, contest.sentences(s)) or unseen_count_claim(s.votes)  # type: ignore[arg-type]
    for statements in _by_person(claims).values():
        yield from _odd_ones_out(statements, lambda s: s.votes, lambda a, b: claims[a].meets(claims[b]), "votes")
    shares = {s: share_claim(s.share, contest.sentences(s)) for s in contest.stated("candidacy") if s.share is not None}
    for statements in _by_person(shares).values():
        yield from _odd_ones_out(statements, lambda s: s.share, lambda a, b: shares[a].meets(shares[b]), "share")
    results = contest.stated("result")
    yield from _odd_ones_out([s for s in results if s.person is not None], lambda s: s.name,
                             lambda a, b: a.person == b.person or same_person(a.name or "", b.name or ""), "winner")
    yield from _odd_ones_out([s for s in results if s.party], lambda s: s.party,
                             lambda a, b: not parties_differ(a.party, b.party), "winning party")
    majorities = {s: claim for s in results if (claim := majority_claim(s, contest)) is not None}
    yield from _odd_ones_out(list(majorities), lambda s: s.majority,
                             lambda a, b: majorities[a].meets(majorities[b]), "majority")


def _odd_ones_out(statements: list[Statement], value: Callable[[Statement], object],
                  agree: Callable[[Statement, Statement], bool], field: str) -> Iterator[Finding]:
    """A finding for each statement that disagrees with the value most statements give (the earliest on a tie)."""
    if len(statements) < 2:
        return
    ordered = sorted(statements, key=lambda s: s.order)
    support = Counter({s: sum(agree(s, t) for t in ordered) for s in ordered})
    reference = max(ordered, key=lambda s: (support[s], -ordered.index(s)))
    for s in ordered:
        if not agree(s, reference):
            yield _finding(field, s, reference, value(s), value(reference))
