"""Who lost, as a clause says it: 'Tom Smith lost Anytown to Jane Roe', 'was defeated by', 'lost his seat',
'was ousted'; the winner a loss names, and the seat lost."""

from __future__ import annotations

from elexgraph.annotate.lexicon import words
from elexgraph.extract.prose_results.clauses import Clause
from elexgraph.extract.prose_results.divisions import lost_division
from elexgraph.extract.prose_results.statements import Statement
from elexgraph.extract.prose_results.who import Who, hypothetical
from elexgraph.extract.prose_results.winners import is_passive, win

LOST_TO_REACH = 13  # items after a verb of losing that may hold the winner: a seat, its division and its council between


def read_loss(reader: Who, clause: Clause, st: Statement) -> bool:
    """'X lost (her seat) to Y', 'X was defeated by Y', 'the Greens lost Anytown'; False if none."""
    v = _loss_at(clause)
    if v is None:
        return False
    if any(clause.lower(j) in ("deposit", "deposits") for j in range(v + 1, v + 4)):
        loser, _ = reader.actor_before(clause, v)
        for name in reader.actors_before(clause, v) or ([loser] if loser else []):
            st.person(name).lost = True
        return True
    passive = clause.lower(v) in words("lose") and is_passive(clause, v)
    agent = _lost_by(clause, v) if passive else None  # 'Anytown was lost by the Conservatives (to Labour)'
    loser, loser_party = _agent(clause, agent) if agent is not None else _loser(reader, clause, v, st)
    if loser:
        st.person(loser).lost = True
        if agent is not None or _held_what_lost(clause, v):
            st.person(loser).incumbent = True  # 'lost her seat', 'was lost by Jane Roe': she held it
    winner = _lost_to(clause, v, ("to",) if passive else ("to", "by"))
    if winner is not None:
        _won_from(reader, clause, v, st, winner, loser_party or (st.person(loser).party if loser else None),
                       st.person(loser).incumbent if loser else True)
    elif loser_party and not loser:
        st.previous_party, st.outcome = loser_party, "gain"
    return True


def _loser(reader: Who, clause: Clause, v: int, st: Statement) -> tuple[str | None, str | None]:
    """(person, party) who lost: named before the verb, else the clause's subject; a party's member named
    after it ('the Conservatives lost council leader Jane Roe in Anytown') stood for that party."""
    loser, loser_party = reader.actor_before(clause, v)
    if loser is None and loser_party is None:
        loser, loser_party = st.subject, st.subject_party
    member = _member_lost(clause, v)
    if member is None or loser is not None:
        return loser, loser_party
    loser = clause.mention(member).person
    st.person(loser).party = st.person(loser).party or loser_party
    return loser, None


def _loss_at(clause: Clause) -> int | None:
    """The verb of the clause's first loss of a contest ('lost to', 'was defeated'), not 'came third'."""
    losses = [v for v in clause.find("lose") if not hypothetical(clause, v)]
    losses += [v for v in clause.find("beaten") if is_passive(clause, v)]
    v = min(losses, default=None)
    if v is None or not _lost_a_contest(clause, v) or any(
            clause.kind(j) == "ordinal" for j in range(v + 1, min(len(clause.items), v + 5))):
        return None
    return v


def _agent(clause: Clause, at: int) -> tuple[str | None, str | None]:
    """(person, party) the mention at `at` names."""
    m = clause.mention(at)
    return (m.person, None) if m.kind == "person" else (None, m.party)


def _held_what_lost(clause: Clause, v: int) -> bool:
    """'lost her seat', 'was ousted', 'lost Anytown to', 'lost Brook Hill to': the one who lost held the seat (not
    'lost in Anytown', a contest there)."""
    return clause.lower(v) in words("unseating") or any(clause.lower(j) in ("seat", "his", "her") for j in range(v + 1, v + 4)) \
        or (clause.lower(v + 1) == "it" and _said_lost_it(clause, v)) \
        or (clause.kind(v + 1) == "place" and clause.lower(v + 2) == "to") or lost_division(clause, v + 1)


def _lost_by(clause: Clause, v: int) -> int | None:
    """The one a passive loss names as losing ('the seat was lost by the Conservatives', 'has been lost by Jane
    Roe'): the party or person after 'by' (not a count: 'was lost by 40 votes'), if one is."""
    return next((j for j in range(v + 1, min(len(clause.items), v + LOST_TO_REACH)) if clause.kind(j) in ("person", "party")
                 and _after_to(clause, j, ("by",)) and not _describes_next_person(clause, j)), None)


def _describes_next_person(clause: Clause, j: int) -> bool:
    """A party at j that only describes the person named right after it ("by Labour's Jane Roe")."""
    return clause.kind(j) == "party" and clause.kind(j + 1) == "person" or (
        clause.kind(j) == "party" and clause.lower(j + 1) in ("'s", "’s") and clause.kind(j + 2) == "person")


def _lost_to(clause: Clause, v: int, cues: tuple[str, ...] = ("to", "by")) -> int | None:
    """Who a loss was to: 'to X', 'by X', "to Labour's X", 'to Conservative candidate X'."""
    # 'lost his seat in the Brook Hill ward to Labour's X': a division's name may stand between; 'to' or 'by'
    # must lead to the one it was lost to
    winner = next((j for j in range(v + 1, min(len(clause.items), v + LOST_TO_REACH)) if clause.kind(j) in (
        "person", "party") and _after_to(clause, j, cues)), None)
    if winner is not None and clause.kind(winner) == "party":
        after = next((k for k in range(winner + 1, min(len(clause.items), winner + 4)) if clause.kind(k) == "person"), None)
        if after is not None and all(clause.lower(k) in words("offices", "possessive_marks") for k in range(winner + 1, after)):
            return after
    return winner


def _won_from(reader: Who, clause: Clause, v: int, st: Statement, winner: int, lost_party: str | None, held: bool) -> None:
    """The one a loss was to won; a gain from the loser's party when the loser held the seat."""
    w = clause.mention(winner)
    if w.kind == "person":
        win(reader, st, w.person, clause, v)
    else:
        st.won, st.party = True, w.party
    if lost_party and held:
        st.previous_party, st.outcome = lost_party, "gain"


def _after_to(clause: Clause, j: int, cues: tuple[str, ...] = ("to", "by")) -> bool:
    """The item j follows 'to' or 'by' (`cues`), with only a description between ('to Conservative candidate X')."""
    k = j - 1
    while k >= 0 and (clause.lower(k) in words("offices") or clause.kind(k) == "party" or clause.lower(k) in (
            "'s", "’s", "the", "former", "new", ",") or clause.lower(k) in words("relative_nouns")):
        k -= 1
    return clause.lower(k) in cues


def _lost_a_contest(clause: Clause, v: int) -> bool:
    """'lost to X', 'lost her seat', 'lost in Anytown', 'was defeated', 'lost Anytown'; not 'losing the
    whip', 'lost control', 'lost the support of'."""
    nxt = clause.lower(v + 1)
    if nxt in ("his", "her", "their", "its"):
        return any(clause.lower(j) in words("seat_words", "lost_stakes")
                   for j in range(v + 2, min(len(clause.items), v + 8)))
    if nxt in ("to", "by", "in", "out", "", ",", ".") or _said_lost_it(clause, v):
        return True
    if clause.kind(v + 1) == "place" or (clause.kind(v + 1) == "person" and clause.lower(v + 2) == "to") \
            or lost_division(clause, v + 1):
        return True  # 'lost Anytown', 'lost Brook Hill to X' (a ward named like a person, or by no gazetteer)
    if _member_lost(clause, v) is not None:
        return True
    if nxt in ("the", "a", "this"):  # 'lost the seat', 'lost the new Anytown constituency'
        for j in range(v + 2, min(len(clause.items), v + 5)):
            if clause.kind(j) == "place" or clause.lower(j) in words("seat_words"):
                return True
            if clause.kind(j) or clause.lower(j) in words("not_a_contest"):
                return False
        return False
    return clause.lower(v) in words("beaten")


def _said_lost_it(clause: Clause, v: int) -> bool:
    """'lost it to Jane Roe', 'lost it this time to Labour': the seat ('it') lost to someone (not 'lost it all')."""
    return clause.lower(v + 1) == "it" and "to" in (clause.lower(v + 2), clause.lower(v + 4))


def _member_lost(clause: Clause, v: int) -> int | None:
    """'lost council leader Jane Roe in Anytown', 'lost cabinet member Jane Roe in Anytown': the person a party
    lost in a contest (a description, then the name, then 'in'); None if the clause says no such thing."""
    for j in range(v + 1, min(len(clause.items), v + 9)):
        if clause.kind(j) == "person":
            return j if clause.lower(j + 1) == "in" else None
        if clause.kind(j) or clause.lower(j) in words("not_a_contest", "clause_breaks", "loser_stops"):
            return None
    return None
