"""Seat results printed a seat to a line, and told of a ward a party took (invented names and wards; a real
council, so the article reports its election): generated shapes, each read with its seat, winner, party and
outcome, and lines that name an office or only a total giving nothing."""

from __future__ import annotations

from article_text import document_of
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.list_lines import footer_declarations, read_line, seat_declared
from elexgraph.extract import extract_document
from elexgraph.facts import SeatResult

TITLE = "Reform UK take control of Derbyshire County Council"
LEAD = "Here are the results of the Derbyshire County Council elections."
WARDS = ["Brook Hill", "Abbey", "Ash & Oak Vale", "Kingsmead North", "Lowfield and Harby"]
PEOPLE = ["Ann Roe", "Sam Tarn", "Kim Vell", "Bob Gray"]
PARTIES = {"Reform UK": "Reform UK", "Labour": "Labour", "Lab": "Labour", "Conservative": "Conservative",
           "Con": "Conservative", "Liberal Democrats": "Liberal Democrats", "LD": "Liberal Democrats"}
SEPARATORS = [": ", " - ", " – ", " — "]
WINNER_SHAPES = ["{w} ({p})", "{w}, {p}", "{w} - {p}", "{w} ({p}) elected"]


def results(*paragraphs: str) -> list[SeatResult]:
    doc = document_of(LEAD, *paragraphs, title=TITLE, date="2025-05-02")
    return [f for f in extract_document(doc) if isinstance(f, SeatResult)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(sorted(PARTIES))),
                min_size=2, max_size=4, unique_by=(lambda t: t[0], lambda t: t[1])),
       st.sampled_from(SEPARATORS), st.sampled_from(WINNER_SHAPES), st.booleans())
def test_a_seat_a_line_with_its_one_name_is_the_seats_winner(rows: list[tuple[str, str, str]], sep: str,
                                                              shape: str, headed: bool) -> None:
    lines = [f"{ward}{sep}{shape.format(w=who, p=party)}" for ward, who, party in rows]
    head = ["The councillors elected were:"] if headed else []
    found = {(r.area, r.winner, r.party) for r in results(*head, "\n".join(lines))}
    assert found == {(ward, who, PARTIES[party]) for ward, who, party in rows}


OUTCOMES = [("{p} gain from {q}", "gain"), ("{p} GAIN from {q}", "gain"), ("{p} hold", "hold"), ("{p} HOLD", "hold")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WARDS), st.sampled_from(sorted(PARTIES)), st.sampled_from(sorted(PARTIES)),
                          st.sampled_from(OUTCOMES)), min_size=1, max_size=4, unique_by=lambda t: t[0]),
       st.sampled_from(SEPARATORS), st.sampled_from(["", ", majority 439", ". Majority 439."]))
def test_a_seat_and_its_declared_outcome(rows: list, sep: str, tail: str) -> None:
    rows = [r for r in rows if PARTIES[r[1]] != PARTIES[r[2]]]
    lines = [f"{ward}{sep}{shape.format(p=party, q=before)}{tail}" for ward, party, before, (shape, _) in rows]
    found = {(r.area, r.winner, r.party, r.outcome, r.previous_party, r.majority)
             for r in results(*lines)}
    assert found == {(ward, None, PARTIES[party], outcome, PARTIES[before if outcome == "gain" else party],
                      439 if tail else None) for ward, party, before, (_, outcome) in rows}


def test_lines_naming_an_office_or_a_heading_are_no_seat() -> None:
    assert not results("Leader: Ann Roe (Conservative)\nDeputy leader: Sam Tarn (Conservative)")
    assert not results("Results: Labour gain")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["", "Result: ", "RESULT - "]), st.sampled_from(["Conservative", "Conservatives", "CON"]),
       st.sampled_from(["gain", "GAIN", "gains"]), st.sampled_from(["", " the seat", " this seat"]),
       st.sampled_from(["Labour", "Lab"]))
def test_a_footer_may_say_result_and_the_seat(lead: str, party: str, verb: str, seat: str, before: str) -> None:
    [said] = footer_declarations(f"{lead}{party} {verb}{seat} from {before}")
    assert (said.outcome, said.party, said.previous) == ("gain", "Conservative", "Labour")


def test_a_footer_may_declare_outcome_majority_and_turnout_on_one_line() -> None:
    said = footer_declarations("Reform UK GAIN from Conservative. Majority 206. Turnout 31%.")
    assert [(d.outcome, d.party, d.previous, d.majority) for d in said] == [
        ("gain", "Reform UK", "Conservative", None), (None, None, None, 206)]
    assert read_line("Labour HOLD. Majority 439.") is None  # no party's count
    assert seat_declared("He said: Labour will win it") is None
    found = results("BROOK HILL\nAnn Roe, Reform UK, 1,204 (ELECTED)\nBob Gray, Conservative, 998\n"
                    "Reform UK GAIN from Conservative. Majority 206. Turnout 31%.")
    assert [(r.area.title(), r.winner, r.outcome, r.previous_party, r.majority) for r in found] == [
        ("Brook Hill", "Ann Roe", "gain", "Conservative", 206)]


PARTY_TOOK = [
    ("The Liberal Democrats held {d}, where {w} was re-elected.", "Liberal Democrats", "hold"),
    ("Reform UK gained {d} from Labour.", "Reform UK", "gain"),
    ("Labour held {d}, with {w} re-elected.", "Labour", "hold"),
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(PARTY_TOOK), st.sampled_from(["Fir Tree", "Dale Park", "Brook Hill"]), st.sampled_from(PEOPLE))
def test_a_ward_a_party_took_is_a_ward_even_when_it_reads_like_a_name(shape: tuple[str, str, str], ward: str,
                                                                     winner: str) -> None:
    text, party, outcome = shape
    found = [(r.area, r.party, r.outcome) for r in results(text.format(d=ward, w=winner))]
    assert found == [(ward, party, outcome)]


SEATS = ["Erewash", "Amber Valley", "High Peak", "Derbyshire Dales"]


@settings(max_examples=20, deadline=None)
@given(st.permutations(PEOPLE[:3]), st.permutations(SEATS[:3]), st.sampled_from(["held", "won", "took"]))
def test_respectively_pairs_each_winner_with_the_seat_in_the_same_place(people: list[str], seats: list[str],
                                                                        verb: str) -> None:
    doc = document_of("The Conservatives held three seats in Derbyshire at the 2019 general election.",
                      f"{people[0]}, {people[1]} and {people[2]} {verb} {seats[0]}, {seats[1]} and {seats[2]} "
                      "respectively for the Conservatives.",
                      title="Conservatives hold three Derbyshire seats", date="2019-12-13")
    found = {(r.area, r.winner, r.party) for r in extract_document(doc) if isinstance(r, SeatResult)}
    assert found == {(seat, who, "Conservative") for who, seat in zip(people, seats)}


def test_respectively_with_lists_of_unequal_length_gives_no_winner() -> None:
    found = results("Sam Tarn, Ann Roe and Bob Gray were elected for Reform UK in Fir Tree, Dale Park and Elm Grove "
                    "respectively.")
    assert all(r.winner is None for r in found)


WIN_TOLD_AFTER = [
    ("The Liberal Democrats held {d}, where {w} was re-elected with a {n:,}-vote majority.", "Liberal Democrats", "hold",
     True),
    ("Reform UK gained {d} from Labour, with {w} winning by {n:,} votes.", "Reform UK", "gain", True),
    ("Labour held {d}, with {w} re-elected.", "Labour", "hold", False),
    ("{w} was re-elected in {d} for Labour with a majority of {n:,}.", "Labour", "hold", True),
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WIN_TOLD_AFTER), st.sampled_from(["Fir Tree", "Brook Hill", "Abbey"]), st.sampled_from(PEOPLE),
       st.integers(min_value=12, max_value=4000))
def test_the_winner_and_majority_told_after_a_party_took_the_ward(shape: tuple[str, str, str, bool], ward: str,
                                                                  winner: str, majority: int) -> None:
    text, party, outcome, counted = shape
    found = [(r.area, r.winner, r.party, r.outcome, r.majority)
             for r in results(text.format(d=ward, w=winner, n=majority))]
    assert found == [(ward, winner, party, outcome, majority if counted else None)]


def test_respectively_after_figures_pairs_no_seats() -> None:
    doc = document_of("Labour's Ann Roe won Erewash at the 2019 general election, beating Conservative Sam Tarn, with "
                      "45% and 30% respectively.", title="Labour win Erewash", date="2019-12-13")
    found = [(r.area, r.winner) for r in extract_document(doc) if isinstance(r, SeatResult)]
    assert found == [("Erewash", "Ann Roe")]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["The seat was previously held by the Conservatives.",
                        "The ward had previously been held by the Conservatives.",
                        "The seat was formerly held by the Conservatives."]),
       st.sampled_from(["Brook Hill", "Abbey", "Kingsmead North"]), st.sampled_from(PEOPLE))
def test_the_party_that_held_a_by_elections_seat_before(before: str, ward: str, winner: str) -> None:
    doc = document_of(f"Reform UK has won the {ward} by-election for Erewash Borough Council.",
                      f"{winner} took the seat with 604 votes. Conservative Tom Smith came second with 393 votes.",
                      before, title=f"Reform UK wins {ward} by-election", date="2024-03-12")
    found = [(r.area, r.winner, r.party, r.outcome, r.previous_party)
             for r in extract_document(doc) if isinstance(r, SeatResult)]
    assert found == [(ward, winner, "Reform UK", "gain", "Conservative")]


@pytest.mark.parametrize(("before", "outcome"), [("Labour", "gain"), ("Reform UK", "hold")])
def test_the_party_before_under_a_list_gives_its_outcome(before: str, outcome: str) -> None:
    """'Previously held by Labour' under a list Reform UK tops: a gain (the party before was kept, and no outcome
    worked out from it)."""
    doc = document_of("Reform UK's Jane Roe has been elected as a councillor in Abbey, after the by-election on "
                      "Thursday, November 14, 2024.",
                      "The result was: Jane Roe (Reform UK) 612; Sam Tarn (Labour) 498; Ann Lee (Conservative) 301.",
                      f"The seat was previously held by {before}.", title="Abbey by-election result", date=None)
    found = [(r.area, r.winner, r.outcome, r.previous_party, r.derived)
             for r in extract_document(doc) if isinstance(r, SeatResult)]
    assert found == [("Abbey", "Jane Roe", outcome, before, ("majority", "outcome"))]


def test_an_article_opening_a_sentence_is_no_ward() -> None:
    doc = document_of("A by-election was held in the Abbey ward of Erewash Borough Council on Thursday.",
                      "The results were:", "Ann Roe (Labour) – 604\nSam Tarn (Conservative) – 393", "Labour hold.",
                      title="Abbey ward by-election result", date="2024-03-12")
    found = [(r.area, r.winner, r.outcome) for r in extract_document(doc) if isinstance(r, SeatResult)]
    assert found == [("Abbey", "Ann Roe", "hold")]


@pytest.mark.parametrize("label", ["Votes cast", "The tally", "The figures", "The outcome"])
def test_a_label_before_an_inline_list_names_no_seat(label: str) -> None:
    """'Votes cast: Jane Roe (Labour) 804, …': the words before the colon are a label, not the seat (the list was
    placed under a seat named 'Votes cast', which no election has, and gave nothing)."""
    doc = document_of("A by-election was held in the Abbey ward of Erewash Borough Council on Thursday, March 9, 2023.",
                      f"{label}: Ann Roe (Labour) 804, Sam Tarn (Conservative) 512, Kim Vell (Green) 130.",
                      title="Abbey by-election result", date=None)
    found = [(r.area, r.winner, r.majority) for r in extract_document(doc) if isinstance(r, SeatResult)]
    assert found == [("Abbey", "Ann Roe", 292)]
