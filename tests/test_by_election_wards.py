"""A council by-election's ward as its lead names it ('the seat in Brook Hill', 'the Abbey by-election', 'voters
in Castle Vale') places the report's unheaded results list and its prose; a lead naming two wards, or only a day
("Thursday's by-election"), places nothing. Generated from templates (invented names, wards and councils)."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.extract import extract_document
from elexgraph.extract.places import head_ward
from elexgraph.facts import Candidacy, SeatResult

WARDS = ["Brook Hill", "Abbey", "Castle Vale North", "Ash & Oak", "Kirkby in the Dale"]
COUNCILS = ["Anytown Borough Council", "Anyshire County Council", "Anyvale District Council"]
LEADS = ["Labour has won the seat in {w} on {c} following Thursday's by-election.",
         "Labour has held the seat for {w} on {c} after a by-election.",
         "Labour won the {w} by-election for {c} on Thursday.",
         "Voters in {w} went to the polls in a by-election for {c}, which Labour won.",
         "Labour has held the {w} ward on {c} in a by-election.",
         "A by-election in {w} for {c} was won by Labour."]
CANDIDATES = [("Jane Roe", "Labour", 812), ("Tom Smith", "Conservative", 402), ("Ann Lee", "Green", 123)]
LINES = ["{n} ({p}) {v}", "{n}, {p}, {v} votes", "{n} – {p} – {v}"]


def _facts(title: str, *paragraphs: str) -> list:
    return extract_document(document_of(*paragraphs, title=title, date="2024-03-08"))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(COUNCILS), st.sampled_from(LEADS), st.sampled_from(LINES),
       st.booleans())
def test_an_unheaded_list_of_a_council_by_election_is_the_ward_its_lead_names(
        ward: str, council: str, lead: str, line: str, labelled: bool) -> None:
    rows = "\n".join(line.format(n=n, p=p, v=v) for n, p, v in CANDIDATES)
    head = ["The results were:"] if labelled else []
    facts = _facts("Council by-election result", lead.format(w=ward, c=council), *head, rows)
    got = {(f.area, f.person, f.party, f.votes, f.rank) for f in facts if isinstance(f, Candidacy)}
    assert got == {(ward, n, p, v, rank) for rank, (n, p, v) in enumerate(CANDIDATES, 1)}
    won = [(f.area, f.winner) for f in facts if isinstance(f, SeatResult) and f.winner]
    assert won == [(ward, "Jane Roe")]


@given(st.sampled_from(WARDS), st.sampled_from(COUNCILS))
def test_prose_of_the_report_is_placed_in_the_ward(ward: str, council: str) -> None:
    facts = _facts("Conservatives hold on in council by-election",
                   f"The Conservatives have held the seat in {ward} on {council} following a by-election.",
                   "Jane Roe was elected with 645 votes, with Labour's Tom Smith second on 501.")
    assert {(f.area, f.person, f.votes) for f in facts if isinstance(f, Candidacy)} == {
        (ward, "Jane Roe", 645), (ward, "Tom Smith", 501)}


@given(st.sampled_from(COUNCILS))
def test_a_lead_naming_two_wards_or_only_a_day_places_nothing(council: str) -> None:
    rows = "\n".join(f"{n} ({p}) {v}" for n, p, v in CANDIDATES)
    for lead in (f"Labour won the seat in Brook Hill and the seat in Abbey on {council} in by-elections.",
                 f"Labour won Thursday's by-election for {council}."):
        facts = _facts("Council by-elections", lead, rows)
        assert not [f for f in facts if isinstance(f, Candidacy)]  # the list is no one ward's


def test_the_ward_is_cut_before_its_council() -> None:
    doc = document_of("Labour has won the seat for Abbey on Anytown Borough Council.", title="By-election",
                      date="2024-03-08")
    assert head_ward(doc) == "Abbey"
