"""The precision gate: what the readers found, checked against the rest of the article before it is kept.

A missing fact costs less than a wrong one, so a fact that fails a check is dropped, or the value that
fails is left blank, and the reason is kept for ``elexgraph explain``:
- a person is a person: not a party or a place;
- a winner the article says changed party held the seat, but no party did: a worked-out party hold is left blank;
- a general election is one held that year (a year the text gives, with no general election, is a council's or none);
- one fact stated twice with two different values (one person in two parties in one contest, two
  vote counts): the value is left blank, unless one of them is only worked out from other figures;
- a place the story states beats a list's position: the list is partial, and gives no places or winner;
- one person stands in one seat at one election: read in two, a list's seat stands and prose's other seats go;
- a winner or candidate whose party a contest's sentences do not give stood for the one party the article gives
  them in their contests up to that one, unless it tells of a change of party of theirs;
- in each contest, the winner has the most votes, ranks follow votes, no two candidates share a
  place, the first place is the winner's, shares add up to at most ~100%, the majority is no
  larger than the winner's vote, and the winner stood for the party the result gives.
An office worked out from a contest's winner ('MP for Anytown') goes where the gate leaves that winner out.
A printed majority that is not first minus second is kept: that is the article's own slip, and
``elexgraph check`` reports it.

Given the article, the gate also checks each fact against the article's own words (the prose checks):
- a figure is printed in its evidence, and a number the article prints only as a year is no count;
- a fact read from prose stays with the place its sentence names;
- a place a results line states ('came third on 8,210 votes') beats its position in the list, and a
  list's winner that is stated to have come lower is no winner;
- a winner the same article says lost (at that election) is no winner;
- a lead in the first round of a count that went on to a later one is no majority.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING
from dataclasses import dataclass, field, replace
from functools import lru_cache

from elexgraph import reference
from elexgraph.annotate.lexicon import says_word_of
from elexgraph.extract.merge import combine
from elexgraph.facts import (MAX_VOTES, Candidacy, Election, Fact, PartyChange, Role, SeatResult, cited_by, fact_key,
                             kind_of, office_won)

if TYPE_CHECKING:
    from elexgraph.annotate.document import Document
    from elexgraph.extract.prose_results.checks import ArticleView

SHARE_TOLERANCE = 102.0  # percent: rounding lets printed shares add up to a little over 100
PROSE = "prose-results"
LISTS = "result-lists"


@dataclass(frozen=True)
class Verdict:
    fact: Fact
    field: str | None  # None: the whole fact was dropped
    reason: str


@dataclass
class GateReport:
    kept: list[Fact] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)


def check(found: list[Fact], doc: Document | None = None) -> GateReport:
    """The facts that pass, and why the others (or some of their values) did not; `doc`, the article they
    were read from, for the checks against its words."""
    from elexgraph.extract.prose_results.checks import ArticleView  # the readers' package registers with extract/

    report = GateReport()
    found = [_within_bounds(f, report) for f in found if _held_that_year(f, report)]
    view = ArticleView(doc) if doc is not None else None
    if view is not None:
        found = [_figures_printed(f, view, report) for f in found if _stays_with_its_place(f, view, report)]
        found = [_no_first_round_lead(f, view, report) for f in found]
    found = _at_the_winners_seat(found)
    merged = _ward_holds_each_seat(_merge_with_conflicts(_partial_lists(_parties_left(found, report), report), report),
                                   found)
    kept = [_held_from_its_party(f) for f in
            _own_party_told_elsewhere(_one_seat_each([f for f in merged if _is_person_fact_sound(f, report)], report))]
    kept = _no_party_hold_after_a_change(kept, report)
    current = {id(f): f for f in kept}
    for contest in _contests(kept, current, view).values():
        for rule in CONTEST_RULES + (ARTICLE_RULES if view is not None else ()):
            rule(contest, report)
    report.kept = _offices_of_kept_winners(found, [current[id(f)] for f in kept if _says_something(current[id(f)])], report)
    return report


def _says_something(fact: Fact) -> bool:
    """A seat's result the gate left no value of (each with its verdict) says nothing: it is not kept."""
    return not isinstance(fact, SeatResult) or any(
        getattr(fact, name) is not None for name in ("winner", "party", "outcome", "previous_party", "majority"))


def _offices_of_kept_winners(found: list[Fact], kept: list[Fact], report: GateReport) -> list[Fact]:
    """An office worked out from a contest's winner ('Mayor of Anyshire' for a list's top line) goes with that
    winner: where the gate left the winner out (the list was partial), the office goes too."""
    won = {(f.winner, office_won(f)) for f in found if isinstance(f, SeatResult) and f.winner}
    held = {(f.winner, office_won(f)) for f in kept if isinstance(f, SeatResult) and f.winner}
    out = []
    for fact in kept:
        if isinstance(fact, Role) and (fact.person, fact.title) in won - held:
            report.verdicts.append(Verdict(fact, None, f"{fact.person} is not kept as the winner this office comes from"))
        else:
            out.append(fact)
    return out


def _no_party_hold_after_a_change(facts: list[Fact], report: GateReport) -> list[Fact]:
    """'Jane Roe, who quit the Conservatives last year, was re-elected as an independent': she held her seat, but no
    party held it (the party before is the one she left, or her new one): a hold whose party before was worked out
    from it is left blank where the article tells of the winner's change of party."""
    changed = {f.person for f in facts if isinstance(f, PartyChange) and f.from_party}
    out = []
    for fact in facts:
        if isinstance(fact, SeatResult) and fact.outcome == "hold" and fact.winner in changed \
                and "previous_party" in fact.derived:
            reason = f"{fact.winner} changed party: the hold is theirs, no party's"
            report.verdicts.append(Verdict(fact, "outcome", reason))
            fact = replace(fact, outcome=None, previous_party=None,
                           derived=tuple(d for d in fact.derived if d not in ("outcome", "previous_party")))
        out.append(fact)
    return out


def _held_from_its_party(fact: Fact) -> Fact:
    """A seat held was its party's before: a hold read without the party before (a person's 'retained their seats')
    has it worked out, as the list and the ward's holds have it."""
    if not isinstance(fact, SeatResult) or fact.outcome != "hold" or fact.previous_party or not fact.party:
        return fact
    return replace(fact, previous_party=fact.party, derived=tuple(sorted({*fact.derived, "previous_party"})))


# -- before merging ---------------------------------------------------------------------------------
def _parties_left(found: list[Fact], report: GateReport) -> list[Fact]:
    """A party the article says someone left is not the party of their latest contest unless the sentence of
    that contest names it ('X, who resigned from Labour, …' then 'X garnered 635 votes'): it came from what the
    story said of them before, and they stood for another, or none."""
    left = {(f.person, f.from_party) for f in found if isinstance(f, PartyChange) and f.from_party}
    latest: dict[str, int] = {}
    for f in found:
        if isinstance(f, Candidacy):
            latest[f.person] = max(latest.get(f.person, 0), f.election.year)
    return [_without_party_left(f, report) if isinstance(f, Candidacy) and (f.person, f.party) in left
            and f.election.year == latest[f.person] and not _names_party(f.evidence.text, f.party) else f
            for f in found]


def _without_party_left(fact: Candidacy, report: GateReport) -> Candidacy:
    report.verdicts.append(Verdict(fact, "party", f"the article says {fact.person} left {fact.party}, and this "
                                                  "sentence does not name the party"))
    return replace(fact, party=None)


def _names_party(text: str, party: str) -> bool:
    known = reference.party_named(party)
    forms = {party, *(known.forms if known else ())}
    folded = reference.fold(text)
    return any(re.search(rf"\b{re.escape(reference.fold(form))}\b", folded) for form in forms)


def _partial_lists(found: list[Fact], report: GateReport) -> list[Fact]:
    """A place the story states beats a list's position: a list that places someone where the story
    places another ('X came second' above a list whose second is Y) left candidates out, so its
    positions, and the winner, party and majority worked out from them, are dropped before merging."""
    stated: dict[tuple, dict[int, str]] = defaultdict(dict)
    for f in found:
        if isinstance(f, Candidacy) and f.extractor == PROSE and f.rank is not None:
            stated[(f.election, f.area)][f.rank] = f.person
    elected: dict[tuple, set[str]] = defaultdict(set)  # a ward of several seats: rank 1 is each of its winners
    for f in found:
        if isinstance(f, Candidacy) and f.extractor == LISTS and f.rank == 1:
            elected[(f.election, f.area)].add(f.person)
    partial = {(f.election, f.area) for f in found if isinstance(f, Candidacy) and f.extractor == LISTS
               and f.rank is not None and stated[(f.election, f.area)].get(f.rank, f.person) != f.person
               and not (f.rank == 1 and stated[(f.election, f.area)][1] in elected[(f.election, f.area)])}
    return [_without_list_positions(f, report) if f.extractor == LISTS and isinstance(f, (Candidacy, SeatResult))
            and (f.election, f.area) in partial else f for f in found]


def _without_list_positions(fact: Candidacy | SeatResult, report: GateReport) -> Candidacy | SeatResult:
    reason = "the story places another candidate where this list does: the list is partial"
    dropped: dict[str, None] = {"rank": None} if isinstance(fact, Candidacy) else {
        "winner": None, "party": None, **({"majority": None} if "majority" in fact.derived else {})}
    for name in dropped:
        if getattr(fact, name) is not None:
            report.verdicts.append(Verdict(fact, name, reason))
    return replace(fact, **dropped)


# -- one fact at a time ------------------------------------------------------------------------------
@lru_cache(maxsize=4096)  # the same few people are the subject of many facts
def _not_a_person(name: str | None) -> str | None:
    if not name:
        return None
    if reference.party_named(name):
        return f"{name!r} is a party, not a person"
    if reference.constituency_named(name) or reference.council_named(name) or reference.mayoralty_named(name) \
            or reference.police_area_named(name):
        return f"{name!r} is a place, not a person"
    return None


def _held_that_year(fact: Fact, report: GateReport) -> bool:
    """A result of a general election in a year none was held ('2023 general election': a list under 'Anytown results
    2023' in a story that names no contest) is of no contest."""
    election = getattr(fact, "election", None)
    if not isinstance(election, Election) or election.kind != "general" or election.undated_in \
            or election.year in _general_election_years():
        return True
    report.verdicts.append(Verdict(fact, None, f"no general election was held in {election.year}"))
    return False


@lru_cache(maxsize=1)
def _general_election_years() -> frozenset[int]:
    return frozenset(ge.year for ge in reference.general_elections())


def _is_person_fact_sound(fact: Fact, report: GateReport) -> bool:
    who = kind_of(fact).subject
    if who:
        reason = _not_a_person(getattr(fact, who))
        if reason:
            report.verdicts.append(Verdict(fact, None, reason))
            return False
    return moves_between_two_parties(fact, report)


def moves_between_two_parties(fact: Fact, report: GateReport) -> bool:
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
        fact = _with_printing_evidence(fact, facts)
        stated = _stated_rank(facts) if isinstance(fact, Candidacy) else None
        if stated is not None and fact.rank != stated:
            report.verdicts.append(Verdict(fact, "rank", f"the prose states place {stated}: it beats a list position"))
            fact = replace(fact, rank=stated)
        for name in _conflicting_fields(facts):
            report.verdicts.append(Verdict(fact, name, "the article gives two different values: "
                                           + ", ".join(sorted({repr(getattr(f, name)) for f in facts if getattr(f, name) is not None}))))
            fact = replace(fact, **{name: None})
        merged.append(fact)
    return merged


def _at_the_winners_seat(found: list[Fact]) -> list[Fact]:
    """A result the prose gives for a ward whose list elects several ('… where Jane Roe and Tom Smith were
    returned', 'Tom Smith and Jane Roe kept their seats'), naming a winner the list puts at another seat, is that
    seat's result: merged at the seat the prose gave it, it made two winners of one seat and lost both."""
    listed = {(f.election, f.area, f.winner): f.seat for f in found
              if isinstance(f, SeatResult) and f.extractor == LISTS and f.winner}
    return [replace(f, seat=listed[(f.election, f.area, f.winner)])
            if isinstance(f, SeatResult) and f.extractor != LISTS
            and listed.get((f.election, f.area, f.winner), f.seat) != f.seat else f for f in found]


def _ward_holds_each_seat(merged: list[Fact], found: list[Fact]) -> list[Fact]:
    """A hold said of a party in a ward, not of a person ('In Abbey, Labour held both seats', 'Labour held Abbey'),
    is each of that party's seats there: merged by seat, it had reached the first seat's result only. Only a hold:
    a party's gain of a ward electing several may be one seat of them."""
    holds = {(f.election, f.area, f.party): f for f in found if isinstance(f, SeatResult) and f.winner is None
             and f.party and f.outcome == "hold" and "outcome" not in f.derived}
    if not holds:
        return merged
    return [_held_by_the_ward(f, holds[(f.election, f.area, f.party)])
            if isinstance(f, SeatResult) and f.seat > 0 and f.outcome is None
            and (f.election, f.area, f.party) in holds else f for f in merged]


def _held_by_the_ward(fact: SeatResult, hold: SeatResult) -> SeatResult:
    """The seat's result with the ward's hold, told by the sentence that said it; the party before is the
    party's own, worked out."""
    previous = fact.previous_party or fact.party
    derived = set(fact.derived) | ({"previous_party"} if fact.previous_party is None else set())
    return replace(fact, outcome="hold", previous_party=previous, derived=tuple(sorted(derived)),
                   field_evidence=fact.told_by("outcome", hold.evidence))


def _with_printing_evidence(fact: Fact, facts: list[Fact]) -> Fact:
    """The evidence of a merged fact is one that prints its count, where the count came from another reader."""
    name = kind_of(fact).count
    value = getattr(fact, name) if name else None
    if value is None or fact.evidence.text == "" or getattr(facts[0], name) == value:
        return fact
    giver = next((f for f in facts if getattr(f, name) == value), None)
    return cited_by(fact, giver.evidence) if giver is not None else fact


def _conflicting_fields(facts: list[Fact]) -> list[str]:
    if len(facts) < 2:
        return []  # one statement cannot disagree with itself (most keys have one)
    out = []
    for name in ("party", "votes", "share", "rank", "winner", "outcome", "previous_party", "majority", "from_party"):
        printed = {getattr(f, name) for f in facts if getattr(f, name, None) is not None
                   and name not in getattr(f, "derived", ())}
        if len(printed) > 1 and not (name == "rank" and _stated_rank(facts) is not None):
            out.append(name)
    return out


def _stated_rank(facts: list[Fact]) -> int | None:
    """The one place prose states for a candidate whose lists give another: a stated place beats a position."""
    stated = {f.rank for f in facts if f.extractor == PROSE and f.rank is not None and "rank" not in f.derived}
    return stated.pop() if len(stated) == 1 else None


# -- across contests -------------------------------------------------------------------------------------
def _one_seat_each(facts: list[Fact], report: GateReport) -> list[Fact]:
    """One person stands in one seat at one election: a person read in two seats of the same election was
    misplaced in one. A results list places people by its layout, so its seat stands; one read from prose in
    another seat is dropped (from prose in several, and in no list, every one of them is: which is right is
    not known)."""
    seats: dict[tuple[str, Election], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for f in facts:
        person = _contestant(f)
        if person:
            seats[(person, f.election)][f.area].add(f.extractor)
    wrong: set[tuple[str, Election, str]] = set()
    for (person, election), areas in seats.items():
        if len(areas) < 2:
            continue
        listed = {area for area, readers in areas.items() if LISTS in readers}
        wrong |= {(person, election, area) for area in areas if area not in listed and len(listed) <= 1}
    kept = []
    for f in facts:
        person = _contestant(f)
        if person and (person, f.election, f.area) in wrong and f.extractor != LISTS:
            report.verdicts.append(Verdict(f, None, f"{person} is read in another seat of the same election too"))
            continue
        kept.append(f)
    return kept


def _own_party_told_elsewhere(facts: list[Fact]) -> list[Fact]:
    """A contest's winner or candidate whose party its sentences do not give stood for the one party the article
    gives them in their contests up to that one ('Labour's Jane Roe took Lowfield in 2017' … 'Ms Roe held on in
    2019'), unless the article tells of a change of party of theirs (then which is not known). Not from a later
    contest: 'Reform UK's Jane Roe, who won it in 2019' says nothing of her party then. The party keeps the sentence
    that gives it as its evidence; checks that compare parties (a gain from one's own party) see it."""
    told: dict[str, list[Fact]] = defaultdict(list)
    changed = {f.person for f in facts if isinstance(f, PartyChange)}
    for f in facts:
        person = _contestant(f)
        if person and f.party and person not in changed:
            told[person].append(f)
    out = []
    for f in facts:
        who = _contestant(f)
        before = [g for g in told.get(who, []) if g.election.year <= f.election.year] if who and not f.party else []
        out.append(_with_party_of(f, before[0]) if len({g.party for g in before}) == 1 else f)
    return out


def _with_party_of(fact: Candidacy | SeatResult, giver: Fact) -> Fact:
    return replace(fact, party=giver.party, field_evidence=fact.told_by("party", giver.evidence_of("party")))


def _contestant(fact: Fact) -> str | None:
    if isinstance(fact, Candidacy):
        return fact.person
    if isinstance(fact, SeatResult):
        return fact.winner
    return None


# -- one contest at a time -----------------------------------------------------------------------------
@dataclass
class Contest:
    """The candidacies and the result of one election in one area, with the current form of each
    (``current`` is shared by all contests: a rule that blanks a value replaces the fact there)."""

    current: dict[int, Fact]
    view: ArticleView | None = None
    candidacies: list[Candidacy] = field(default_factory=list)
    result: SeatResult | None = None
    further: list[SeatResult] = field(default_factory=list)  # the further seats of a contest electing several

    def winners(self) -> set[str]:
        """Everyone the contest elected: the winner of each of its seats."""
        return {w for r in self.results() if (w := self.now(r).winner)}

    def results(self) -> list[SeatResult]:
        """The result of each of its seats, the first seat's first."""
        return ([self.result] if self.result else []) + self.further

    def set(self, report: GateReport, fact: Fact, name: str, reason: str) -> None:
        now = self.current[id(fact)]
        if getattr(now, name) is None:
            return
        report.verdicts.append(Verdict(now, name, reason))
        self.current[id(fact)] = replace(now, **{name: None})

    def change(self, report: GateReport, fact: Fact, name: str, value: object, reason: str) -> None:
        now = self.current[id(fact)]
        report.verdicts.append(Verdict(now, name, reason))
        self.current[id(fact)] = replace(now, **{name: value})

    def now(self, fact: Fact):  # noqa: ANN201 - the fact's own type
        return self.current[id(fact)]


def _contests(facts: list[Fact], current: dict[int, Fact], view: ArticleView | None) -> dict[tuple, Contest]:
    contests: dict[tuple, Contest] = {}
    for fact in facts:
        if isinstance(fact, (Candidacy, SeatResult)):
            contest = contests.setdefault((fact.election, fact.area), Contest(current, view))
            if isinstance(fact, Candidacy):
                contest.candidacies.append(fact)
            elif fact.seat == 0:  # a further seat of a contest electing several is not its (first) result
                contest.result = fact
            else:
                contest.further.append(fact)
    return contests


def _votes(contest: Contest) -> list[tuple[Candidacy, int]]:
    return [(c, contest.now(c).votes) for c in contest.candidacies if contest.now(c).votes is not None]


def winner_has_most_votes(contest: Contest, report: GateReport) -> None:
    """Each seat's winner has more votes than everyone the contest did not elect (in a ward of several seats,
    another seat's winner may have more)."""
    elected = contest.winners()
    for result in contest.results():
        winner = contest.now(result).winner
        mine = next((v for c, v in _votes(contest) if c.person == winner), None) if winner else None
        if mine is not None:
            _no_loser_above(contest, report, result, elected, mine)


def _no_loser_above(contest: Contest, report: GateReport, result: SeatResult, elected: set[str], mine: int) -> None:
    winner = contest.now(result).winner
    for rival, votes in _votes(contest):
        if rival.person not in elected and votes > mine:
            if rival.extractor == PROSE:
                contest.set(report, rival, "votes", f"more votes than the winner {winner} ({votes:,} > {mine:,})")
            else:  # what the result says of its winner's party, gain or hold and margin falls with them
                for name in ("winner", "party", "outcome", "previous_party", "majority"):
                    contest.set(report, result, name, f"{rival.person} has more votes ({votes:,} > {mine:,})")
                own = next(c for c in contest.candidacies if c.person == winner)
                contest.set(report, own, "rank", f"{rival.person} has more votes")


def first_place_is_the_winner(contest: Contest, report: GateReport) -> None:
    winner = contest.now(contest.result).winner if contest.result else None
    for c in contest.candidacies:
        now = contest.now(c)
        if winner and now.rank == 1 and c.person not in contest.winners():
            contest.set(report, c, "rank", f"placed first, but the winner is {winner}")


def places_are_unique(contest: Contest, report: GateReport) -> None:
    """No two candidates share a place, but for the first of a contest electing several (rank 1 is elected)."""
    by_rank: dict[int, list[Candidacy]] = defaultdict(list)
    for c in contest.candidacies:
        if contest.now(c).rank is not None:
            by_rank[contest.now(c).rank].append(c)
    for rank, shared in by_rank.items():
        if len(shared) > 1 and not (rank == 1 and {c.person for c in shared} <= contest.winners()):
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
    party's, so the outcome is left blank (the party before stays). A party before that was worked out (from a
    beaten holder, a seat's past) gives way to a printed hold instead, as a worked-out value gives way to a
    printed one when facts merge: the party before is then the hold's own."""
    if contest.result is None:
        return
    result = contest.now(contest.result)
    if result.outcome == "hold" and result.previous_party and result.party and result.previous_party != result.party:
        worked_out = "previous_party" in result.derived and "outcome" not in result.derived
        reason = f"a hold for {result.party} of a seat {result.previous_party} held before"
        if worked_out:  # the printed hold says whose seat it was: its own party's
            contest.change(report, contest.result, "previous_party", result.party, reason)
        else:
            contest.set(report, contest.result, "outcome", reason)


def winner_party_is_the_candidates(contest: Contest, report: GateReport) -> None:
    """The winner's party is the party the winner stood for: a result says whose seat it is, while a candidacy's
    party may come from what the story said of the person before (a party left, another contest)."""
    result = contest.now(contest.result) if contest.result else None
    if result is None or not result.winner or not result.party:
        return
    own = next((c for c in contest.candidacies if c.person == result.winner and contest.now(c).party), None)
    if own is not None and contest.now(own).party != result.party:
        reason = f"the result gives {result.winner} {result.party}, the candidacy {contest.now(own).party}"
        contest.set(report, own, "party", reason)


CONTEST_RULES: tuple[Callable[[Contest, GateReport], None], ...] = (
    winner_has_most_votes, first_place_is_the_winner, ranks_follow_votes, places_are_unique, shares_add_up,
    majority_fits, first_election_has_no_predecessor, gain_is_from_another_party, hold_keeps_the_party,
    winner_party_is_the_candidates)


# -- against the article's own words (the prose checks) ---------------------------------------------
def _stays_with_its_place(fact: Fact, view: ArticleView, report: GateReport) -> bool:
    """A fact read from prose belongs to a place its sentence names, when the sentence names any: a figure
    in a sentence about another place is that place's."""
    if fact.extractor != PROSE or not isinstance(fact, (Candidacy, SeatResult)):
        return True
    sentence = view.doc.sentence_at(fact.evidence.start)
    if sentence is None or not view.names_another_area(sentence, fact.election, fact.area):
        return True
    report.verdicts.append(Verdict(fact, None, f"its sentence names another place than {fact.area}"))
    return False


def _figures_printed(fact: Fact, view: ArticleView, report: GateReport) -> Fact:
    """A count is printed in its evidence, and not only as a year ('the 2017 vote' is no 2,017 votes)."""
    from elexgraph.extract.prose_results.figures import only_a_year, prints

    name = kind_of(fact).count
    value = getattr(fact, name) if name else None
    if value is None or name in fact.derived:
        return fact
    if only_a_year(value, view.doc.text):
        reason = f"{value} is printed only as a year"
    elif not prints(value, fact.evidence.text):
        sentence = view.doc.sentence_at(fact.evidence.start)
        if sentence is not None and prints(value, sentence.text):  # a list line cut short: its whole sentence
            return cited_by(fact, view.doc.evidence(sentence))
        reason = f"{value:,} is not printed in its evidence"
    else:
        return fact
    report.verdicts.append(Verdict(fact, name, reason))
    return replace(fact, **{name: None})


def _no_first_round_lead(fact: Fact, view: ArticleView, report: GateReport) -> Fact:
    """A lead told of the first count ('80,000 first-choice votes, more than 30,000 ahead of the runner-up') is no
    majority when the article says the count went on to a later round: the majority is the final count's."""
    if not isinstance(fact, SeatResult) or fact.majority is None or "majority" in fact.derived:
        return fact
    told = fact.evidence_of("majority").text.lower()
    if not says_word_of(told, "first_round") or says_word_of(told, "later_round") or \
            not says_word_of(view.doc.text.lower(), "later_round"):
        return fact
    report.verdicts.append(Verdict(fact, "majority", "a lead in the first round of a count that went to a later one"))
    return replace(fact, majority=None)


def stated_place_beats_list_position(contest: Contest, report: GateReport) -> None:
    """'Jane Roe came third on 8,210 votes, followed by …': a list that states its first line's place starts
    there, so its lines rank from it, and its first is no winner."""
    from elexgraph.extract.prose_results.checks import stated_rank

    for c in contest.candidacies:
        now = contest.now(c)
        stated = stated_rank(c.evidence.text) if c.extractor != PROSE and now.rank is not None else None
        if stated is None or stated == now.rank:
            continue
        shift = stated - now.rank
        sentence = contest.view.doc.sentence_at(c.evidence.start)
        for other in contest.candidacies:
            then = contest.now(other)
            if other.extractor != PROSE and then.rank is not None and contest.view.doc.sentence_at(other.evidence.start) is sentence \
                    and stated_rank(other.evidence.text) in (None, then.rank + shift):
                contest.change(report, other, "rank", then.rank + shift, f"its list states place {stated} for {c.person}")
        _no_winner_placed_lower(contest, report)
        return


def _no_winner_placed_lower(contest: Contest, report: GateReport) -> None:
    result = contest.now(contest.result) if contest.result else None
    if result is None or result.winner is None:
        return
    mine = next((contest.now(c).rank for c in contest.candidacies if c.person == result.winner), None)
    if mine is not None and mine > 1:
        for name in ("winner", "party", "majority", "outcome", "previous_party"):
            contest.set(report, contest.result, name, f"{result.winner} is placed {mine}, not first")


def winner_said_lost(contest: Contest, report: GateReport) -> None:
    """A 'winner' the same article says lost at that election ('ousted in Anytown') is no winner."""
    result = contest.now(contest.result) if contest.result else None
    if result is None or result.winner is None:
        return
    said = contest.view.lost_at(result.winner, result.election)
    if said is None:
        return
    reason = f"the article says {result.winner} lost: {said.text[:80]!r}"
    contest.set(report, contest.result, "winner", reason)
    for c in contest.candidacies:
        if c.person == result.winner:
            contest.set(report, c, "rank", reason)


ARTICLE_RULES: tuple[Callable[[Contest, GateReport], None], ...] = (
    stated_place_beats_list_position, winner_said_lost)
