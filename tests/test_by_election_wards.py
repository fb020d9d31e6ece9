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
         "A by-election in {w} for {c} was won by Labour.",
         "Labour held the {w} seat on {c} in a by-election on Thursday."]
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


def test_a_day_after_a_party_is_no_ward() -> None:
    doc = document_of("Labour lost the seat to the Conservatives in Thursday's by-election.",
                      "Jane Roe won 41.2% of the vote in Brook Hill.", title="By-election", date="2024-03-08")
    assert head_ward(doc) is None  # was "in Thursday's"


PARTIES = ["Reform UK", "Labour", "Green"]
TITLES = ["{p} wins {w} by-election", "{w} by-election: {p} take the seat", "{P} Wins {W} By-Election"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(PARTIES), st.sampled_from(TITLES), st.sampled_from(LINES))
def test_a_by_election_named_after_a_place_that_is_no_constituency_is_a_ward_s(
        ward: str, party: str, title: str, line: str) -> None:
    """Every seat in Parliament is a constituency the reference data knows: 'Reform UK wins Brook Hill
    by-election', with no council or councillor in its lead, is a council ward's by-election (a title in capitals
    gives the words of the ward's name its text prints again)."""
    heading = title.format(p=party, w=ward, P=party.title(), W=ward.title())
    rows = "\n".join(line.format(n=n, p=p, v=v) for n, p, v in CANDIDATES)
    facts = _facts(heading, f"Voters in {ward} went to the polls on Thursday.", rows)
    got = {(f.election.kind, f.area, f.person, f.votes) for f in facts if isinstance(f, Candidacy)}
    assert got == {("by-election", ward, n, v) for n, _, v in CANDIDATES}
    assert all(not f.election.parliamentary for f in facts if isinstance(f, Candidacy))


@given(st.sampled_from(["Bassetlaw", "Bolsover"]))
def test_a_by_election_named_after_a_constituency_stays_parliament_s(seat: str) -> None:
    rows = "\n".join(f"{n} ({p}) {v}" for n, p, v in CANDIDATES)
    facts = _facts(f"Labour wins {seat} by-election", "Labour has won the by-election.", rows)
    assert {(f.election.kind, f.election.place, f.area) for f in facts if isinstance(f, Candidacy)} == {
        ("by-election", seat, seat)}


def test_words_before_by_election_that_name_no_ward_place_nothing() -> None:
    rows = "\n".join(f"{n} ({p}) {v}" for n, p, v in CANDIDATES)
    for title, lead in (("The by-election result means a new councillor", "The by-election was held on Thursday."),
                        ("Thursday's by-election won by Labour", "Labour won the seat on Thursday."),
                        ("Labour by-election win", "Labour won the seat on Thursday.")):
        facts = _facts(title, lead, rows)
        assert not [f for f in facts if isinstance(f, Candidacy) and f.election.council], title


GAINS = ["A council by-election brought a swing to the {w}, who gained the seat from {l}.",
         "The {w} took the seat from {l} in a council by-election on Thursday.",
         "The {w} gained the council seat from {l} on Thursday.",
         "{l} lost the seat to the {w} in Thursday's by-election."]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(COUNCILS), st.sampled_from(GAINS),
       st.sampled_from([("Conservatives", "Conservative", "Labour"), ("Greens", "Green", "the Liberal Democrats")]))
def test_a_gain_told_before_the_ward_is_named_is_the_ward_s(
        ward: str, council: str, lead: str, parties: tuple[str, str, str]) -> None:
    """A report's lead may tell the gain before it names the ward ('… who gained the seat from Labour'); the one
    ward the report goes on to name is that seat ('a council seat' is no council won)."""
    winners, party, loser = parties
    facts = _facts(f"Swing in {council} by-election", lead.format(w=winners, l=loser),
                   f"Jane Roe, the {party} candidate, won 41.2% of the vote in {ward}.",
                   'The new councillor said: "I am delighted."')
    results = [(f.area, f.winner, f.outcome, f.previous_party) for f in facts if isinstance(f, SeatResult)]
    assert results == [(ward, "Jane Roe", "gain", loser.removeprefix("the "))]


def test_a_gain_before_two_wards_are_named_is_placed_in_neither() -> None:
    facts = _facts("Swing in Anytown Borough Council by-elections",
                   "The Conservatives took the seat from Labour in a council by-election on Thursday.",
                   "Jane Roe, the Conservative candidate, won 41.2% of the vote in Abbey.",
                   "Tom Smith, the Green candidate, won 40.1% of the vote in Brook Hill.")
    assert not [f for f in facts if isinstance(f, SeatResult) and f.outcome]
