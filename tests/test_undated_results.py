"""A story that reports no election of its own (a defection, a resignation), dated away from any general election:
a result its sentences tell without a year ('who won Anytown for Labour') is of no election the article dates, so
no fact is read from it; with a year printed, or right after a sentence that printed one, it is that year's.
Sentences are generated from templates with invented names, real seat names and random counts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from article_text import document_of
from elexgraph.extract import extract_document
from elexgraph.facts import Candidacy, SeatResult

FIRST = ["Ann", "Bob", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana"]
LAST = ["Roe", "Gray", "Tarn", "Vell", "Quill", "Brack", "Pell", "Dore"]
SEATS = ["Erewash", "Broxtowe", "Gedling", "Bolsover", "Bassetlaw", "Ashfield", "Amber Valley"]
PARTIES = ["Labour", "the Conservatives", "the Liberal Democrats"]
UNDATED = ["{p}, who won {seat} for {party}, has joined Reform UK.",
           "{p} won the {seat} seat for {party} with a majority of {n:,}.",
           "{p} took {seat} for {party}, beating {q} by {n:,} votes."]
TITLES = ["MP quits party", "Councillor defects to Reform UK", "Former minister leaves the party"]
AWAY = ["2021-10-02", "2023-03-14", "2022-11-20"]  # no general election in the weeks before

names = st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)).map(" ".join), min_size=2, max_size=2,
                 unique=True)
counts = st.integers(min_value=100, max_value=20_000)


def _results(*paragraphs: str, title: str, date: str) -> list[Candidacy | SeatResult]:
    doc = document_of(*paragraphs, "The move was announced on Monday.", title=title, date=date)
    return [f for f in extract_document(doc) if isinstance(f, (Candidacy, SeatResult))]


@settings(max_examples=40, deadline=None)
@given(names, st.sampled_from(SEATS), st.sampled_from(PARTIES), counts, st.sampled_from(UNDATED),
       st.sampled_from(TITLES), st.sampled_from(AWAY))
def test_a_result_told_without_a_year_in_an_undated_story_is_not_read(people: list[str], seat: str, party: str, n: int,
                                                                      shape: str, title: str, date: str) -> None:
    p, q = people
    assert _results(shape.format(p=p, q=q, seat=seat, party=party, n=n), title=title, date=date) == []


@settings(max_examples=30, deadline=None)
@given(names, st.sampled_from(SEATS), st.sampled_from(PARTIES), counts, st.sampled_from(TITLES),
       st.sampled_from(AWAY), st.sampled_from([2015, 2017, 2019]))
def test_a_year_printed_dates_it_and_the_next_sentence(people: list[str], seat: str, party: str, n: int, title: str,
                                                      date: str, year: int) -> None:
    p, q = people
    found = _results(f"At the {year} general election {p} won {seat} for {party}.",
                     f"{p} beat {q} by {n:,} votes.", title=title, date=date)
    assert found and {f.election.year for f in found} == {year}
    assert all(f.area == seat for f in found)


@settings(max_examples=20, deadline=None)
@given(names, st.sampled_from(SEATS), st.sampled_from(PARTIES), counts)
def test_a_story_just_after_a_general_election_dates_its_results(people: list[str], seat: str, party: str,
                                                                n: int) -> None:
    p, _ = people
    found = _results(f"{p} won the {seat} seat for {party} with a majority of {n:,}.", title="MP quits party",
                     date="2024-07-10")
    assert found and {f.election.year for f in found} == {2024}
