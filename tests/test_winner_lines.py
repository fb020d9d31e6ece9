"""A ward's winner and its outcome (and majority) on one line, as council round-ups print them: 'Brook Hill – Jane
Roe (Lab), Lab hold', 'Abbey: Tom Smith (Con) hold', 'Castle – Ann Lee (Reform UK gain from Con), majority 439'.
Generated shapes (invented names and wards), each read with its seat, winner, party, outcome and majority; a
line with no seat, party totals and seat counts give no winner."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph import reference
from elexgraph.annotate.list_lines import read_line
from elexgraph.extract import extract_document
from elexgraph.facts import SeatResult

TITLE = "Reform UK take control of Anyshire County Council"
LEAD = "Here are the results of the Anyshire County Council elections."
WARDS = ["Brook Hill", "Abbey", "Ash & Oak Vale", "Kingsmead North", "Lowfield and Harby"]
PEOPLE = ["Ann Roe", "Sam Tarn", "Kim Vell", "Bob Gray"]
PARTIES = {"Reform UK": "Reform UK", "Labour": "Labour", "Lab": "Labour", "Conservative": "Conservative",
           "Con": "Conservative", "LD": "Liberal Democrats"}
SEPARATORS = [": ", " - ", " – "]
# (shape, outcome): {w} winner, {p} party, {q} the party before, {t} the tail's separator
SHAPES = [("{w} ({p}){t}{p} hold", "hold"), ("{w} ({p}) hold", "hold"), ("{w}, {p}, hold", "hold"),
          ("{w} ({p} hold)", "hold"), ("{w} ({p}){t}{p} gain from {q}", "gain"), ("{w} ({p} gain from {q})", "gain")]
TAILS = [", ", " – ", " - "]
MAJORITIES = ["", ", majority 439", ", majority of 1,204"]


def _seats(*paragraphs: str) -> list[SeatResult]:
    doc = document_of(LEAD, *paragraphs, title=TITLE, date="2025-05-02")
    return [f for f in extract_document(doc) if isinstance(f, SeatResult)]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(sorted(PARTIES)),
                          st.sampled_from(sorted(PARTIES))), min_size=1, max_size=4,
                unique_by=(lambda t: t[0], lambda t: t[1])),
       st.sampled_from(SEPARATORS), st.sampled_from(SHAPES), st.sampled_from(TAILS), st.sampled_from(MAJORITIES))
def test_a_ward_its_winner_and_its_outcome_on_one_line(rows: list[tuple[str, str, str, str]], sep: str,
                                                      shape: tuple[str, str], tail: str, majority: str) -> None:
    form, outcome = shape
    rows = [r for r in rows if PARTIES[r[2]] != PARTIES[r[3]]]
    lines = [f"{ward}{sep}{form.format(w=who, p=party, q=before, t=tail)}{majority}"
             for ward, who, party, before in rows]
    found = {(r.area, r.winner, r.party, r.outcome, r.previous_party, r.majority) for r in _seats("\n".join(lines))}
    counted = {"": None, ", majority 439": 439, ", majority of 1,204": 1204}[majority]
    assert found == {(ward, who, PARTIES[party], outcome, PARTIES[before] if outcome == "gain" else PARTIES[party],
                      counted) for ward, who, party, before in rows}


@given(st.sampled_from(PEOPLE), st.sampled_from(sorted(PARTIES)))
def test_no_seat_no_winner_and_totals_are_no_lines(who: str, party: str) -> None:
    assert read_line(f"{who} ({party}) – hold") is None  # a winner needs the seat the line names
    assert not [r for r in _seats("Reform UK 41, Conservatives 12, Labour 5", "Reform UK +16, Conservatives -21")
                if r.winner]


MULTI = ["{ward} ({n} seats): {names}", "{ward} – {names}", "{ward}: {names}"]
JOINS = [", ", "; ", " and "]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(WARDS), st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=3, unique=True),
       st.sampled_from(["Labour", "Con", "Reform UK"]), st.sampled_from(MULTI), st.sampled_from(JOINS), st.booleans())
def test_a_ward_of_several_seats_and_its_winners_on_one_line(ward: str, people: list[str], party: str, shape: str,
                                                            join: str, labelled: bool) -> None:
    names = join.join(f"{who} ({party})" for who in people)
    number = {2: "two", 3: "three"}[len(people)]
    line = f"Elected: {names}" if labelled else shape.format(ward=ward, n=number, names=names)
    seats = _seats(f"{ward} ward", line) if labelled else _seats(line)
    assert {(r.area, r.winner, r.party) for r in seats} == {(ward, who, PARTIES[party]) for who in people}


@given(st.sampled_from(WARDS), st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=3, unique=True))
def test_a_ward_and_candidates_of_several_parties_names_no_winner(ward: str, people: list[str]) -> None:
    parties = ["Labour", "Con", "Reform UK"]
    line = f"{ward}: " + ", ".join(f"{who} ({party})" for who, party in zip(people, parties))
    assert not [r for r in _seats(line) if r.winner]


@given(st.sampled_from(["Ashfield Ind", "Ashfield Ind.", "Ashfield Indep"]),
       st.sampled_from(["({p}) {v}", ", {p}, {v}"]), st.integers(100, 9999))
def test_a_local_independents_group_as_lists_shorten_it(printed: str, shape: str, votes: int) -> None:
    gap = "" if shape.startswith(",") else " "
    read = read_line(f"Jane Roe{gap}{shape.format(p=printed, v=f'{votes:,}')}")
    assert read is not None and [(c.name, reference.canonical_party(c.party), c.votes) for c in read.candidates] == [
        ("Jane Roe", "Ashfield Independents", votes)]
