"""A clause naming several seats says of each only what it says of all (regressions of session 6)."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.extract import extract_document
from elexgraph.facts import SeatResult

TITLE = "Results of the Anyshire County Council elections"
LEAD = "Here are the results of the Anyshire County Council elections."
WARDS = ["Brook Hill", "Abbey", "Kingsmead North", "Castle", "Lowfield"]
WINNERS = ["Reform UK", "Labour", "the Liberal Democrats", "the Greens"]
HOLDS = ["held", "retained", "kept"]
GAINS = ["gained", "captured", "seized", "snatched"]


def seats(sentence: str) -> dict[str, SeatResult]:
    doc = document_of(LEAD, sentence, title=TITLE, date="2025-05-02")
    return {f.area: f for f in extract_document(doc) if isinstance(f, SeatResult)}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WARDS), min_size=2, max_size=2, unique=True), st.sampled_from(WINNERS),
       st.sampled_from(HOLDS), st.sampled_from(GAINS), st.booleans())
def test_a_hold_and_a_gain_of_one_subject_keep_their_own_outcomes(wards: list[str], winner: str, hold: str,
                                                                   gain: str, hold_first: bool) -> None:
    held, gained = wards
    said = (f"{winner.capitalize()} {hold} {held} and {gain} {gained} from the Conservatives." if hold_first else
            f"{winner.capitalize()} {gain} {gained} from the Conservatives and {hold} {held}.")
    found = seats(said)
    assert found.get(held) is None or found[held].outcome in (None, "hold")
    assert found.get(gained) is None or found[gained].outcome in (None, "gain")


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(WARDS), min_size=2, max_size=2, unique=True), st.sampled_from(WINNERS),
       st.integers(2, 4000), st.integers(2, 4000))
def test_a_seats_majority_is_only_the_one_printed_after_it(wards: list[str], winner: str, first: int, second: int) -> None:
    said = f"{winner.capitalize()} won {wards[0]} by {first:,} votes and {wards[1]} by {second:,}."
    found = seats(said)
    assert found.get(wards[0]) is None or found[wards[0]].majority in (None, first)
    assert found.get(wards[1]) is None or found[wards[1]].majority in (None, second)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(WARDS), min_size=2, max_size=2, unique=True), st.sampled_from(GAINS),
       st.permutations(["Conservatives", "Liberal Democrats", "Greens"]))
def test_each_seat_taken_from_its_own_party(wards: list[str], gain: str, losers: list[str]) -> None:
    said = f"Reform UK {gain} {wards[0]} from the {losers[0]} and {wards[1]} from the {losers[1]}."
    found = seats(said)
    expected = {"Conservatives": "Conservative", "Greens": "Green", "Liberal Democrats": "Liberal Democrats"}
    for ward, loser in zip(wards, losers):
        assert found.get(ward) is None or found[ward].previous_party in (None, expected[loser])


@settings(max_examples=30, deadline=None)
@given(st.permutations(["Abbey", "Castle", "Lowfield", "Northgate"]), st.sampled_from([("all", 3), ("both", 2)]),
       st.sampled_from(["went", "fell"]), st.sampled_from(WINNERS))
def test_seats_listed_before_all_or_both_went_to_a_party(order: list[str], quantified: tuple[str, int], verb: str,
                                                          winner: str) -> None:
    quantifier, count = quantified
    wards = order[:count]
    listed = ", ".join(wards[:-1]) + " and " + wards[-1]
    found = seats(f"{listed} {quantifier} {verb} to {winner}.")
    assert set(found) == set(wards)
    assert {result.party for result in found.values()} == {winner.replace("the ", "").replace("Greens", "Green")}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Lowfield", "Brook Hill", "Kingsmead"]), st.sampled_from(["won both seats", "won", "were elected"]))
def test_a_clause_opening_on_another_place_is_not_the_seat_being_read(place: str, said: str) -> None:
    doc = document_of("Reform UK gained Boston and Skegness from the Conservatives.",
                      f"In {place}, Labour pair Jane Roe and Tom Smith {said}.", title="Results as they happened",
                      date="2024-07-05")
    found = [f for f in extract_document(doc) if isinstance(f, SeatResult) and f.area == "Boston and Skegness"]
    assert [f.winner for f in found] == [None]
