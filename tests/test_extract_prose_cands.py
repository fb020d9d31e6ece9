"""Candidacies told in prose in shapes news prints (sentences generated from templates; invented names and
wards, real seat names)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.document import Document
from elexgraph.articles import Article
from elexgraph.extract import read_document
from elexgraph.facts import Candidacy, SeatResult

NAMES = ["Jane Roe", "Tom Smith", "Ann Lee", "Kim Ford", "Sam Hill", "Bob Gray"]
SEATS = ["Erewash", "Broxtowe", "Gedling", "Bolsover", "Mansfield"]
WARDS = ["Brook Hill", "Abbey", "Oak Vale", "Kingsmead", "Ashgrove"]
PARTIES = {"Labour": "Labour", "Reform UK": "Reform UK", "the Conservatives": "Conservative",
           "the Liberal Democrats": "Liberal Democrats"}
COUNCIL = ("Reform UK take control of Anyshire County Council", "2025-05-03")
GENERAL = ("Election night in the county", "2024-07-05")


def read(body: str, headline: tuple[str, str]) -> tuple[list[Candidacy], list[SeatResult]]:
    title, date = headline
    doc = Document(Article("t", Path("t.txt"), title + "\n\n" + body + "\n", title, "0", date=date))
    kept = read_document(doc).kept
    return ([f for f in kept if isinstance(f, Candidacy)], [f for f in kept if isinstance(f, SeatResult)])


def _listed(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1]


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 3).flatmap(lambda n: st.tuples(
           st.lists(st.sampled_from(NAMES), min_size=n, max_size=n, unique=True),
           st.lists(st.sampled_from(WARDS), min_size=n, max_size=n, unique=True))),
       st.sampled_from(list(PARTIES)), st.booleans(), st.sampled_from(["won", "held", "took", "gained"]))
def test_people_and_wards_respectively_pair_in_turn(pairs: tuple[list[str], list[str]], party: str, before: bool,
                                                    verb: str) -> None:
    names, wards = pairs
    sentence = (f"{party}'s {_listed(names)} {verb} {_listed(wards)} respectively." if before and party == "Labour"
                else f"{_listed(names)} {verb} {_listed(wards)} respectively for {party}.")
    cands, results = read(sentence, COUNCIL)
    assert sorted((c.person, c.area, c.rank, c.party, c.election.kind) for c in cands) == sorted(
        (n, w, 1, PARTIES[party], "local") for n, w in zip(names, wards))
    assert {(r.area, r.winner) for r in results} == set(zip(wards, names))


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True),
       st.lists(st.sampled_from(SEATS), min_size=2, max_size=2, unique=True))
def test_people_and_constituencies_respectively_each_with_their_own_party(names: list[str], seats: list[str]) -> None:
    cands, _ = read(f"Labour's {names[0]} and Conservative {names[1]} won {seats[0]} and {seats[1]} respectively.",
                    GENERAL)
    assert sorted((c.person, c.area, c.party, c.rank) for c in cands) == sorted(
        [(names[0], seats[0], "Labour", 1), (names[1], seats[1], "Conservative", 1)])


def test_respectively_with_more_people_than_places_is_not_guessed() -> None:
    cands, results = read("Jane Roe, Tom Smith and Ann Lee won Brook Hill and Abbey respectively.", COUNCIL)
    assert not any(c.rank == 1 for c in cands) and not results


def test_the_party_the_seats_were_taken_from_is_not_the_winners() -> None:
    cands, _ = read("Jane Roe and Tom Smith took Brook Hill and Abbey respectively from Reform UK.", COUNCIL)
    assert sorted((c.person, c.area, c.party) for c in cands) == [("Jane Roe", "Brook Hill", None),
                                                                  ("Tom Smith", "Abbey", None)]


def test_places_respectively_after_a_seat_held_before_are_no_seats_taken() -> None:
    cands, _ = read("Labour's Ann Lee won Erewash with 20,117 votes. Independent Jane Roe and Tom Smith of Reform UK, "
                    "who held the seat for ten years, came fourth and fifth respectively.", GENERAL)
    assert sorted((c.person, c.area, c.party, c.rank) for c in cands) == [
        ("Ann Lee", "Erewash", "Labour", 1), ("Jane Roe", "Erewash", "Independent", 4),
        ("Tom Smith", "Erewash", "Reform UK", 5)]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(WARDS), st.sampled_from(["for", "in"]), st.integers(100, 9_000),
       st.sampled_from(["{n}, the Green Party candidate {p} {w}, received {v:,} votes.",
                        "{n}, Green Party candidate {p} {w}, polled {v:,} votes."]))
def test_a_candidate_for_a_ward_stood_there(name: str, ward: str, prep: str, votes: int, shape: str) -> None:
    cands, _ = read(shape.format(n=name, p=prep, w=ward, v=votes), COUNCIL)
    assert [(c.person, c.area, c.party, c.votes) for c in cands] == [(name, ward, "Green", votes)]


def test_the_description_before_a_name_names_the_ward_not_a_candidate() -> None:
    cands, _ = read("The Green Party candidate for Brook Hill, Jane Roe, received 402 votes.", COUNCIL)
    assert all(c.person != "Brook Hill" for c in cands)


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=3, max_size=3, unique=True),
       st.lists(st.integers(1_000, 30_000), min_size=3, max_size=3, unique=True), st.sampled_from(SEATS))
def test_counts_in_brackets_after_names_are_their_votes(names: list[str], votes: list[int], seat: str) -> None:
    a, b, c = sorted(votes, reverse=True)
    cands, _ = read(f"{names[0]} won {seat} for Labour with {a:,} votes, ahead of {names[1]} ({b:,}) and {names[2]} "
                    f"({c:,}).", GENERAL)
    assert {(x.person, x.votes) for x in cands} == {(names[0], a), (names[1], b), (names[2], c)}


def test_an_age_in_brackets_is_no_count_and_a_party_beside_figures_is_the_party() -> None:
    cands, _ = read("Jane Roe (54) won Erewash for Labour with 20,117 votes.", GENERAL)
    assert [(c.person, c.votes) for c in cands] == [("Jane Roe", 20117)]
    cands, _ = read("Jane Roe (Labour, 20,117 votes) beat Tom Smith (Conservative, 15,433 votes) in Erewash.", GENERAL)
    assert {(c.person, c.party, c.votes) for c in cands} == {("Jane Roe", "Labour", 20117),
                                                             ("Tom Smith", "Conservative", 15433)}


MAYORAL = ("Jane Roe elected East Midlands mayor", "2024-05-04")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=3, max_size=3, unique=True),
       st.lists(st.integers(10_000, 300_000), min_size=3, max_size=3, unique=True),
       st.sampled_from(["{a} received {va:,} votes, {b} {vb:,} and {c} {vc:,}.",
                        "Labour's {a} took {va:,} first preferences, Conservative {b} {vb:,} and Reform UK's {c} {vc:,}.",
                        "In the first round {a} (Labour) got {va:,}, {b} (Conservative) {vb:,} and {c} (Reform UK) {vc:,}.",
                        "{a} polled {va:,} votes and {b} {vb:,}, with {c} on {vc:,}.",
                        "The first round saw Labour's {a} take {va:,}, Conservative {b} {vb:,} and Reform UK's {c} {vc:,}."]))
def test_counts_with_the_verb_left_out_after_and_are_each_ones(names: list[str], votes: list[int], shape: str) -> None:
    va, vb, vc = sorted(votes, reverse=True)
    cands, _ = read(shape.format(a=names[0], b=names[1], c=names[2], va=va, vb=vb, vc=vc), MAYORAL)
    assert {(c.person, c.votes) for c in cands} == {(names[0], va), (names[1], vb), (names[2], vc)}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=3, max_size=3, unique=True),
       st.sampled_from(["The candidates for the East Midlands mayoral election on May 2 are Labour's {a}, "
                        "Conservative {b} and Reform UK's {c}.",
                        "Labour's {a}, Conservative {b} and Reform UK's {c} are standing in the election on May 2.",
                        "{a} (Labour), {b} (Conservative) and {c} (Reform UK) are the candidates.",
                        "Three candidates are standing: {a} (Labour), {b} (Conservative) and {c} (Reform UK).",
                        "{a} (Labour), {b} (Conservative) and {c} (Reform UK) also stood.",
                        "Labour's {a}, Conservative {b} and Reform UK's {c} were also candidates."]))
def test_sentences_naming_who_stands_give_each_ones_candidacy(names: list[str], shape: str) -> None:
    cands, _ = read(shape.format(a=names[0], b=names[1], c=names[2]),
                    ("East Midlands mayoral election: who is standing", "2024-04-10"))
    assert {(c.person, c.party, c.area, c.election.kind) for c in cands} == {
        (names[0], "Labour", "East Midlands", "mayoral"), (names[1], "Conservative", "East Midlands", "mayoral"),
        (names[2], "Reform UK", "East Midlands", "mayoral")}


@pytest.mark.parametrize("said", ["Conservative Tom Smith also stood.", "Tom Smith (Conservative) was also a candidate."])
def test_one_named_as_having_stood_is_a_candidate(said: str) -> None:
    """One person said to have stood, with their party (only several named together were read)."""
    cands, _ = read("Labour's Jane Roe won the East Midlands mayoralty. " + said,
                    ("East Midlands mayoral election result", "2024-05-04"))
    assert ("Tom Smith", "Conservative") in {(c.person, c.party) for c in cands}


def test_people_who_stood_outside_or_down_are_no_candidates() -> None:
    """'… also stood' names candidates (it was not read); 'stood outside the count' does not; 'Former Labour
    councillor X also stood' does not say for which party."""
    cands, _ = read("Labour's Jane Roe and Conservative Tom Smith stood outside the count on May 2.",
                    ("East Midlands mayoral election: who is standing", "2024-04-10"))
    assert not cands
    cands, _ = read("Former Labour councillor Tom Smith also stood.", ("East Midlands mayoral election result", "2024-05-04"))
    assert ("Tom Smith", "Labour") not in {(c.person, c.party) for c in cands}  # a party he left


def test_people_standing_down_are_no_candidates() -> None:
    cands, _ = read("Labour's Jane Roe, Conservative Tom Smith and Reform UK's Ann Lee are standing down at the "
                    "election on May 2.", ("East Midlands mayoral election: who is standing", "2024-04-10"))
    assert not cands
