"""Pooling: what one statement says of a contest added to what the article has said of it so far. The first value
said stays; a further winner of a ward is one of its further seats; a final count's majority replaces a first
round's lead."""

from __future__ import annotations

import re

from elexgraph.annotate.document import Sentence
from elexgraph.annotate.lexicon import says_word_of
from elexgraph.extract.prose_results.contests import Contest
from elexgraph.extract.prose_results.statements import Statement

_FURTHER_SEAT = re.compile(r"\b(?:second|third|other|another|remaining)\s+seat\b", re.I)  # a ward's seat after its first


def pool(sentence: Sentence, contest: Contest, st: Statement) -> None:
    """Add what a statement says to what the article says of a contest; the first value said stays. A winner
    the article already said lost there ('ousted in Anytown' … 'she took the seat') is no winner."""
    states_result = bool(st.won or st.majority or st.outcome or st.previous_party)
    lost = st.winner if st.winner in contest.candidates and contest.candidates[st.winner].lost else None
    _won_a_further_seat(contest, st, sentence)
    if states_result and not pool_result(contest, st, lost, sentence):
        return
    for person, facts in st.people.items():
        if facts.rank or facts.votes or facts.share or facts.lost or facts.stood or person == st.winner:
            contest.entry(person).pool(facts, sentence, person == lost)
    for party, share in st.party_shares.items():
        contest.party_shares.setdefault(party, (share, sentence))
    for party, votes in st.party_votes.items():
        contest.party_votes.setdefault(party, (votes, sentence))
    if states_result or st.people:
        contest.sentences.append(sentence)


def won_a_seat_of_several(contest: Contest, person: str, outcome: str | None) -> None:
    """A winner of one of a ward's further seats, with the gain or hold said of it."""
    if person not in contest.further:
        contest.further.append(person)
    if outcome:
        contest.further_outcomes.setdefault(person, outcome)


def _won_a_further_seat(contest: Contest, st: Statement, sentence: Sentence) -> None:
    """'… and Ann Lee gained the third seat for Reform UK', 'Tom Smith took the other seat': a winner besides the
    ward's first, of one of its further seats, with the gain or hold said of it."""
    if not (st.winner and contest.winner and st.winner != contest.winner and st.winner not in contest.further
            and _FURTHER_SEAT.search(sentence.text) and contest.election.area_kind == "division"):
        return
    won_a_seat_of_several(contest, st.winner, st.outcome)


def pool_result(contest: Contest, st: Statement, lost: str | None, sentence: Sentence) -> bool:
    """The result a statement gives, unless it names a second winner for the seat (the first is kept)."""
    if st.winner in contest.further:
        return True  # the winner of a further seat: the result said is the first seat's
    if st.winner and contest.winner and contest.winner != st.winner:
        return False
    winner = st.winner if st.winner != lost else None
    said = {"winner": winner, "party": st.party or (st.people[winner].party if winner else None),
            "outcome": st.outcome, "previous_party": st.previous_party, "majority": st.majority}
    if st.party and contest.party and st.party != contest.party and not winner:
        said["outcome"] = said["previous_party"] = None  # 'It was a Conservative hold.' of a seat Labour won: not its
    for name, value in said.items():
        if value and (not getattr(contest, name) or (name == "majority" and _final_after_first(contest, sentence))):
            setattr(contest, name, value)
            contest.told[name] = sentence
    return True


def _final_after_first(contest: Contest, sentence: Sentence) -> bool:
    """The majority kept so far is a lead told of the first round of a count ('80,000 first-choice votes, more than
    30,000 ahead') and this sentence tells one of no first round ('Overall, Jane Roe won by 33,000 votes'): the
    final count's, which is the majority."""
    told = contest.told.get("majority")
    if told is None:
        return False
    lead = told.text.lower()
    return says_word_of(lead, "first_round") and not says_word_of(lead, "later_round") \
        and not says_word_of(sentence.text.lower(), "first_round")
