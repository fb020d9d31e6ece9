"""A list's result printed on its winner's line or in its heading's brackets (regressions of session 6)."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.extract import extract_document
from elexgraph.facts import Candidacy, SeatResult

TITLE = "Anyshire District Council election results in full"
LEAD = "Here are the results of the Anyshire District Council election."
WARDS = ["Abbey", "Castle", "Brook Hill", "Kingsmead North"]
PARTIES = {"Lab": "Labour", "Con": "Conservative", "LD": "Liberal Democrats", "Ash Ind": "Ashfield Independents",
           "Reform UK": "Reform UK"}
TAILS = [" - {p} hold", ", {p} hold", " {p} hold", " – {p} HOLD", " - {p} gain from {q}", ", {p} gain from {q}"]


def facts(*paragraphs: str) -> list:
    return list(extract_document(document_of(LEAD, *paragraphs, title=TITLE, date="2023-05-05")))


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(WARDS), st.lists(st.sampled_from(sorted(PARTIES)), min_size=2, max_size=2, unique=True),
       st.sampled_from(TAILS), st.integers(600, 2000), st.integers(100, 500))
def test_a_winners_line_ending_in_the_result(ward: str, parties: list[str], tail: str, won: int, lost: int) -> None:
    winner, loser = parties
    line = f"Jane Roe ({winner}) {won:,}" + tail.format(p=winner, q=loser)
    found = facts(ward, f"{line}\nTom Smith ({loser}) {lost:,}")
    seats = [f for f in found if isinstance(f, SeatResult)]
    assert [(s.area, s.winner, s.party) for s in seats] == [(ward, "Jane Roe", PARTIES[winner])]
    assert seats[0].outcome == ("gain" if "gain" in tail else "hold")
    assert {f.person: f.votes for f in found if isinstance(f, Candidacy)} == {"Jane Roe": won, "Tom Smith": lost}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(WARDS), st.integers(600, 2000), st.integers(100, 500))
def test_a_heading_with_its_result_and_majority_in_brackets(ward: str, won: int, lost: int) -> None:
    majority = won - lost
    found = facts(f"{ward} (Lab gain from Con, majority {majority:,})", f"Ann Lee (Lab) {won:,}\nSam Hill (Con) {lost:,}")
    seats = [f for f in found if isinstance(f, SeatResult)]
    assert [(s.area, s.winner, s.outcome, s.previous_party) for s in seats] == [(ward, "Ann Lee", "gain", "Conservative")]
    assert seats[0].majority == majority


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(sorted(PARTIES)), st.sampled_from([" (re-elected)", " - re-elected",
                                                                              " re-elected", ", Re-elected"]),
       st.integers(600, 2000), st.integers(100, 500))
def test_a_winner_marked_re_elected_held_the_seat(ward: str, party: str, mark: str, won: int, lost: int) -> None:
    found = facts(ward, f"Jane Roe ({party}) {won:,}{mark}\nTom Smith (Ind) {lost:,}")
    seats = [f for f in found if isinstance(f, SeatResult)]
    assert [(s.area, s.winner, s.party, s.outcome) for s in seats] == [(ward, "Jane Roe", PARTIES[party], "hold")]
