"""Mayoral and police and crime commissioner results told in prose, in the shapes news prints them (sentences
generated from templates; invented names, real areas)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.document import Document
from elexgraph.articles import Article
from elexgraph.extract import read_document
from elexgraph.facts import Candidacy, SeatResult

NAMES = ["Jane Roe", "Tom Smith", "Ann Lee", "Kim Ford", "Sam Hill", "Bob Gray"]
PARTIES = {"Labour": "Labour", "Conservative": "Conservative", "Reform UK": "Reform UK",
           "Liberal Democrat": "Liberal Democrats", "Green": "Green"}
POLICE_AREAS = ["Derbyshire", "Leicestershire", "Lincolnshire", "Northamptonshire", "Nottinghamshire"]
MAYORALTIES = ["East Midlands", "Greater Lincolnshire", "Leicester", "Mansfield"]


def read(body: str, title: str, date: str = "2024-05-03") -> tuple[list[Candidacy], list[SeatResult]]:
    doc = Document(Article("t", Path("t.txt"), title + "\n\n" + body + "\n", title, "0", date=date))
    kept = read_document(doc).kept
    return ([f for f in kept if isinstance(f, Candidacy)], [f for f in kept if isinstance(f, SeatResult)])


def pcc_title(area: str) -> str:
    return f"New police and crime commissioner for {area} is named"


def two(names: list[str]) -> tuple[str, str]:
    return names[0], names[1]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True), st.sampled_from(POLICE_AREAS),
       st.lists(st.integers(10_000, 200_000), min_size=2, max_size=2, unique=True),
       st.sampled_from(["picked up", "pulled in", "racked up"]),
       st.sampled_from(["{a} polled {va:,} votes, with {b} {verb_ing} {vb:,}.",
                        "{a} received {va:,} votes, while {b} {verb} {vb:,}.",
                        "{a} secured {va:,} votes. {b} {verb} {vb:,}."]))
def test_verbs_of_polling_in_two_words_give_the_count(names: list[str], area: str, votes: list[int], verb: str,
                                                      shape: str) -> None:
    a, b = two(names)
    va, vb = sorted(votes, reverse=True)
    verb_ing = {"picked up": "picking up", "pulled in": "pulling in", "racked up": "racking up"}[verb]
    cands, _ = read(shape.format(a=a, b=b, va=va, vb=vb, verb=verb, verb_ing=verb_ing), pcc_title(area))
    assert {(c.person, c.votes, c.area, c.election.kind) for c in cands} == {(a, va, area, "pcc"),
                                                                             (b, vb, area, "pcc")}


def test_a_rise_is_still_no_count() -> None:
    cands, _ = read("Jane Roe was elected with 90,000 votes. Turnout was up 3,000 on last time.",
                    pcc_title("Derbyshire"))
    assert [(c.person, c.votes) for c in cands] == [("Jane Roe", 90000)]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(list(PARTIES)), st.sampled_from(MAYORALTIES),
       st.integers(10_000, 300_000), st.sampled_from(["secured", "polled", "received", "picked up"]))
def test_the_party_candidate_is_the_person_named_with_that_party(name: str, party: str, area: str, votes: int,
                                                                 verb: str) -> None:
    cands, _ = read(f"{party} {name} has been elected Mayor of {area}. The {party} candidate {verb} {votes:,} votes.",
                    f"{area} has a new mayor")
    assert [(c.person, c.party, c.votes, c.rank, c.area, c.election.kind) for c in cands] == [
        (name, PARTIES[party], votes, 1, area, "mayoral")]



def pcc_lead(area: str) -> str:
    return f"Labour's Jane Doe has been elected {area}'s police and crime commissioner with 90,000 first-preference votes."


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True),
       st.lists(st.sampled_from(["Green", "Liberal Democrat", "Reform UK"]), min_size=2, max_size=2, unique=True),
       st.sampled_from(POLICE_AREAS), st.lists(st.integers(1_000, 60_000), min_size=2, max_size=2, unique=True),
       st.sampled_from(["after the first round", "in the first count", "before second preferences were counted",
                        "and their second preferences were shared out"]),
       st.sampled_from(["{pa} {a} ({va:,}) and {pb} {b} ({vb:,}) were eliminated {when}.",
                        "{a} ({pa}, {va:,}) and {b} ({pb}, {vb:,}) were eliminated {when}.",
                        "Eliminated {when} were {pa} {a} with {va:,} votes and {pb} {b} with {vb:,}.",
                        "{pa} {a}, who polled {va:,}, was eliminated {when}. {pb} {b} was also eliminated, with {vb:,} votes.",
                        "{pa} {a} was knocked out {when} with {va:,} votes, along with {pb} {b} on {vb:,}."]))
def test_candidates_eliminated_stood_and_lost_with_their_first_round_counts(
        names: list[str], parties: list[str], area: str, votes: list[int], when: str, shape: str) -> None:
    a, b = two(names)
    va, vb = sorted(votes, reverse=True)
    sentence = shape.format(a=a, b=b, pa=parties[0], pb=parties[1], va=va, vb=vb, when=when)
    cands, results = read(pcc_lead(area) + " " + sentence, pcc_title(area))
    assert {(c.person, c.party, c.votes, c.area, c.election.kind) for c in cands} == {
        ("Jane Doe", "Labour", 90000, area, "pcc"), (a, PARTIES[parties[0]], va, area, "pcc"),
        (b, PARTIES[parties[1]], vb, area, "pcc")}
    assert [r.winner for r in results] == ["Jane Doe"]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True), st.sampled_from(MAYORALTIES),
       st.sampled_from(["{a} and {b} were eliminated.", "{a} and {b} were both knocked out after the first round.",
                        "{a} was eliminated, as was {b}.",
                        "With no candidate reaching 50 per cent of the vote, {a} and {b} were eliminated."]))
def test_candidates_eliminated_without_a_count_stood(names: list[str], area: str, shape: str) -> None:
    a, b = two(names)
    cands, _ = read(f"Labour's Jane Doe has been elected Mayor of {area}. " + shape.format(a=f"Green {a}",
                                                                                           b=f"Reform UK's {b}"),
                    f"{area} has a new mayor")
    assert {(c.person, c.party, c.votes, c.share, c.rank) for c in cands} == {
        ("Jane Doe", "Labour", None, None, 1), (a, "Green", None, None, None), (b, "Reform UK", None, None, None)}


def test_a_later_rounds_count_is_still_left_unread() -> None:
    cands, _ = read("Jane Roe topped the first round with 90,000 first-preference votes. After second preferences "
                    "were counted, Tom Smith finished with 98,000 votes.", pcc_title("Derbyshire"))
    assert ("Tom Smith", 98000) not in {(c.person, c.votes) for c in cands}


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(["the first Lincolnshire mayor", "Greater Lincolnshire's first mayor",
                                                "the first Mayor of Greater Lincolnshire"]),
       st.integers(50_000, 200_000))
def test_the_lincolnshire_mayoralty_is_greater_lincolnshires(name: str, office: str, votes: int) -> None:
    cands, _ = read(f"Reform UK's {name} has become {office}, with {votes:,} votes.", "A new mayor for the county",
                    "2025-05-02")
    assert [(c.person, c.area, c.election.kind, c.votes) for c in cands] == [
        (name, "Greater Lincolnshire", "mayoral", votes)]


def test_lincolnshire_is_still_its_police_area() -> None:
    cands, _ = read("Conservative Jane Roe has been re-elected as Lincolnshire's police and crime commissioner with "
                    "60,000 votes.", pcc_title("Lincolnshire"))
    assert [(c.area, c.election.kind) for c in cands] == [("Lincolnshire", "pcc")]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True), st.sampled_from(POLICE_AREAS),
       st.sampled_from([(2, "second"), (3, "third"), (4, "fourth")]), st.integers(1_000, 60_000),
       st.sampled_from(["In {o} place was {p} {b} with {v:,} votes.", "{O} place went to {p} {b}, on {v:,}.",
                        "In {o} place, the {p} candidate {b} polled {v:,}."]))
def test_a_place_told_before_the_name_is_that_persons(names: list[str], area: str, place: tuple[int, str],
                                                       votes: int, shape: str) -> None:
    a, b = two(names)
    rank, ordinal = place
    body = f"Labour's {a} won with 90,000 votes. " + shape.format(o=ordinal, O=ordinal.capitalize(), p="Green", b=b,
                                                                   v=votes)
    cands, _ = read(body, pcc_title(area))
    assert {(c.person, c.party, c.votes, c.rank) for c in cands} == {(a, "Labour", 90000, 1),
                                                                     (b, "Green", votes, rank)}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True), st.sampled_from(MAYORALTIES),
       st.lists(st.integers(10_000, 300_000), min_size=2, max_size=2, unique=True),
       st.sampled_from(["The first-preference count gave Labour's {a} {va:,} votes and Green {b} {vb:,}.",
                        "Labour's {a} polled {va:,}. Some {vb:,} votes went to Green candidate {b}.",
                        "Labour's {a} won, with {va:,} votes ({sa}%) going to her. Some {vb:,} votes went to the "
                        "Green Party's {b}."]))
def test_counts_given_to_people_named_after_them(names: list[str], area: str, votes: list[int], shape: str) -> None:
    a, b = two(names)
    va, vb = sorted(votes, reverse=True)
    cands, _ = read(shape.format(a=a, b=b, va=va, vb=vb, sa=41), f"{area} mayoral election results")
    assert {(c.person, c.party, c.votes) for c in cands} == {(a, "Labour", va), (b, "Green", vb)}


def test_a_share_beside_a_count_that_went_to_someone_is_theirs() -> None:
    cands, _ = read("The result was confirmed at dawn with 104,000 votes (42%) going to Ms Jane Roe.",
                    "Greater Lincolnshire mayoral election results", "2025-05-02")
    assert [(c.person, c.votes, c.share) for c in cands] == [("Jane Roe", 104000, 42)]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(POLICE_AREAS),
       st.sampled_from(["Turnout was 24.1 per cent, with 150,211 votes cast out of an electorate of 620,000.",
                        "There were 3,402 spoilt ballots and 1,200 ballots were rejected.",
                        "A total of 300,100 votes were cast across the county.",
                        "Across the county Labour polled 210,000 votes and the Conservatives 180,000.",
                        "Labour now has 34 councillors on the county council."]))
def test_totals_of_the_whole_count_are_no_ones_votes(area: str, sentence: str) -> None:
    cands, _ = read(f"Labour's Jane Roe won with 90,000 votes. Conservative Tom Smith got 70,000. {sentence}",
                    pcc_title(area))
    assert {(c.person, c.votes) for c in cands} == {("Jane Roe", 90000), ("Tom Smith", 70000)}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(POLICE_AREAS), st.sampled_from(list(PARTIES)),
       st.sampled_from(["{p} {n} is the new police and crime commissioner for {a}.",
                        "{p} {n} becomes {a}'s first police, fire and crime commissioner.",
                        "{p} {n} secured a second term as {a}'s commissioner.",
                        "{p} {n} has won a third term as police and crime commissioner."]))
def test_the_winner_told_without_a_count(name: str, area: str, party: str, shape: str) -> None:
    cands, results = read(shape.format(p=party, n=name, a=area), pcc_title(area))
    assert [(c.person, c.party, c.rank) for c in cands] == [(name, PARTIES[party], 1)]
    assert [(r.winner, r.party, r.area, r.election.kind) for r in results] == [(name, PARTIES[party], area, "pcc")]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(POLICE_AREAS),
       st.sampled_from(["{n}, who is the police and crime commissioner, said the count was slow.",
                        "{n} hopes to secure a second term next year.",
                        "{n} said a second term would be a privilege."]))
def test_an_office_held_or_hoped_for_is_no_win(name: str, area: str, shape: str) -> None:
    _, results = read(shape.format(n=name), pcc_title(area))
    assert not results


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(["Leicester", "Mansfield"]),
       st.sampled_from(["second", "third", "fourth"]),
       st.sampled_from(["{n} secured a {o} term as Mayor of {a}.", "Labour's {n} has won a {o} term as mayor.",
                        "{n} was re-elected, winning a {o} term."]))
def test_a_term_won_again_is_a_hold(name: str, area: str, ordinal: str, shape: str) -> None:
    """(Not of a first election: the gate knows there was no holder.)"""
    _, results = read(shape.format(n=name, o=ordinal, a=area), f"{area} mayoral election result")
    assert [(r.winner, r.area, r.outcome) for r in results] == [(name, area, "hold")]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True), st.integers(100_000, 300_000),
       st.sampled_from(["The region's new mayor", "The newly-elected mayor", "The mayor"]))
def test_the_new_mayor_is_the_one_the_article_said_was_elected(names: list[str], votes: int, office: str) -> None:
    a, b = two(names)
    cands, _ = read(f"Labour's {a} has been elected as the first Mayor of the East Midlands. {office} polled "
                    f"{votes:,} votes, while Conservative {b} got 90,000.", "East Midlands mayoral election result")
    assert {(c.person, c.votes) for c in cands} == {(a, votes), (b, 90000)}


def test_the_mayor_of_a_pcc_report_is_no_ones_winner() -> None:
    cands, _ = read("Labour's Jane Roe has been elected. The mayor polled 40,000 votes in the city.",
                    pcc_title("Derbyshire"))
    assert [(c.person, c.votes) for c in cands] == [("Jane Roe", None)]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True), st.sampled_from(POLICE_AREAS),
       st.integers(1_000, 60_000))
def test_an_elimination_told_in_an_aside_or_as_a_noun(names: list[str], area: str, votes: int) -> None:
    a, b = two(names)
    cands, _ = read(f"{pcc_lead(area)} Green {a}, who was eliminated after the first round with {votes:,} votes, said "
                    f"she was proud. After the elimination of Reform UK's {b}, second preferences were counted.",
                    pcc_title(area))
    assert {(c.person, c.party, c.votes) for c in cands} == {("Jane Doe", "Labour", 90000), (a, "Green", votes),
                                                             (b, "Reform UK", None)}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True), st.sampled_from(POLICE_AREAS),
       st.lists(st.integers(1_000, 60_000), min_size=2, max_size=2, unique=True), st.booleans())
def test_figures_respectively_go_to_the_people_in_turn(names: list[str], area: str, votes: list[int],
                                                       shares: bool) -> None:
    a, b = two(names)
    va, vb = sorted(votes, reverse=True)
    said = f"{va / 1000:.1f}% and {vb / 1000:.1f}%" if shares else f"{va:,} and {vb:,} votes"
    cands, _ = read(f"{pcc_lead(area)} Green {a} and Reform UK's {b} polled {said} respectively.", pcc_title(area))
    got = {(c.person, c.share if shares else c.votes) for c in cands if c.person != "Jane Doe"}
    assert got == ({(a, round(va / 1000, 1)), (b, round(vb / 1000, 1))} if shares else {(a, va), (b, vb)})


def test_figures_after_places_told_respectively_are_not_guessed() -> None:
    cands, _ = read(f"{pcc_lead('Derbyshire')} Green Jane Roe and Reform UK's Tom Smith came second and third "
                    "respectively, with 50,000 and 40,000 votes.", pcc_title("Derbyshire"))
    assert {(c.person, c.votes, c.rank) for c in cands if c.person != "Jane Doe"} == {("Jane Roe", None, 2),
                                                                                      ("Tom Smith", None, 3)}
