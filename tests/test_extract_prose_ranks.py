"""Places told in prose: a stated place beats a position, and the candidates 'followed by' a placed one come
next in order (sentences generated from templates; invented names, real seat names)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.document import Document
from elexgraph.articles import Article
from elexgraph.extract import read_document
from elexgraph.facts import Candidacy, SeatResult

NAMES = ["Bob Gray", "Sam Hill", "Kim Ford", "Ivo Brack", "Fay Quill", "Dev Tarn"]
PARTIES = ["Reform UK", "the Liberal Democrats", "the Green Party", "the Conservatives"]
ORDINALS = {2: "second", 3: "third", 4: "fourth"}
SEATS = ["Erewash", "Broxtowe", "Gedling", "Bolsover"]


def candidacies(body: str, date: str = "2024-07-05", title: str = "Election night") -> dict[str, Candidacy]:
    text = title + "\n\n" + body
    doc = Document(Article("t", Path("t.txt"), text, title, "0", date=date))
    return {f.person: f for f in read_document(doc).kept if isinstance(f, Candidacy)}


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=3, max_size=3, unique=True), st.sampled_from(SEATS),
       st.sampled_from(list(ORDINALS)), st.lists(st.integers(1_000, 9_000), min_size=3, max_size=3, unique=True),
       st.sampled_from(["{a} of {pa} came {o} on {va:,} votes, followed by {b} of {pb} on {vb:,} and {c} of {pc} with {vc:,}.",
                        "{a} ({pa}) finished {o} with {va:,} votes, followed by {b} ({pb}) on {vb:,} and {c} ({pc}) on {vc:,}."]),
       st.lists(st.sampled_from(PARTIES), min_size=3, max_size=3, unique=True))
def test_those_followed_by_a_placed_candidate_come_next(names: list[str], seat: str, place: int, votes: list[int],
                                                        shape: str, parties: list[str]) -> None:
    va, vb, vc = sorted(votes, reverse=True)
    lead = f"Labour's Ann Roe won {seat} with 20,117 votes."
    sentence = shape.format(a=names[0], b=names[1], c=names[2], o=ORDINALS[place], va=va, vb=vb, vc=vc,
                            pa=parties[0], pb=parties[1], pc=parties[2])
    found = candidacies(lead + "\n" + sentence)
    assert [(found[n].rank, found[n].votes) for n in names] == [(place, va), (place + 1, vb), (place + 2, vc)]
    assert found["Ann Roe"].rank == 1


def test_a_follower_out_of_order_or_after_a_party_gets_no_place() -> None:
    found = candidacies("Labour's Ann Roe won Erewash with 20,117 votes. Conservative Tom Smith was fourth.\n"
                        "Bob Gray of Reform UK came third on 3,000 votes, followed by Sam Hill of the Greens on 4,000.")
    assert found["Sam Hill"].rank is None
    found = candidacies("Labour's Ann Roe won Erewash with 20,117 votes.\n"
                        "Bob Gray of Reform UK came third on 8,000 votes, followed by the Greens on 4,000 "
                        "and Sam Hill of the Liberal Democrats with 3,000.")
    assert found["Sam Hill"].rank is None


def test_a_later_rounds_count_is_no_first_preference() -> None:
    found = candidacies("Ann Roe was elected East Midlands mayor with 150,000 first-preference votes.\n"
                        "After second preferences were counted, she had 180,000 votes to Bob Gray's 120,000.",
                        date="2024-05-04", title="New mayor elected")
    assert found["Ann Roe"].votes == 150000
    assert "Bob Gray" not in found or found["Bob Gray"].votes is None
    found = candidacies("Ann Roe was elected East Midlands mayor. She took 180,000 votes, including second "
                        "preferences, well ahead of Mr Gray's 120,000.", date="2024-05-04", title="New mayor elected")
    assert found["Ann Roe"].votes == 180000  # the only count the article gives


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["second-place", "third-placed"]), st.sampled_from(["candidate, Conservative", "Conservative candidate",
                                                                            "candidate,"]),
       st.sampled_from([("five", 5), ("six", 6), ("4", 4)]))
def test_a_compound_place_before_a_name_and_last_of_so_many(place: str, between: str, count: tuple[str, int]) -> None:
    found = candidacies("Ann Roe was re-elected Derbyshire police and crime commissioner. She polled 80,000 votes, "
                        f"well ahead of the {place} {between} Bob Gray.\n"
                        f"Kim Ford came last out of the {count[0]} candidates, polling just 7,164.",
                        date="2024-05-04", title="Commissioner re-elected")
    assert found["Bob Gray"].rank == (2 if place.startswith("second") else 3)
    assert found["Kim Ford"].rank == count[1]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["In the first round, {p} polled {n:,} votes.", "{p} polled {n:,} votes in the first round.",
                        "At the first count {p} polled {n:,} votes.", "{p} had {n:,} first-preference votes."]),
       st.integers(60_000, 99_000))
def test_a_first_rounds_count_beats_a_later_rounds_said_first(first: str, votes: int) -> None:
    """The first-round count is the candidacy's votes, however the article says it is the first round, even when
    the final count comes first (branch council)."""
    found = candidacies("Ann Roe has been re-elected as Derbyshire's police and crime commissioner.\n"
                        "She was elected with 120,543 votes after second preferences were counted.\n"
                        + first.format(p="Ms Roe", n=votes), date="2021-05-10", title="Commissioner re-elected")
    assert found["Ann Roe"].votes == votes


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["defeated", "beat", "ousted"]), st.integers(30_000, 49_000), st.integers(10_000, 29_000))
def test_he_after_a_described_winner_beat_someone_is_the_winner(verb: str, won: int, lost: int) -> None:
    """'The Conservative defeated Labour's Bob Gray. He won 39,000 …': the one beaten is no subject, so 'he' is the
    winner the sentence before named (branch council)."""
    found = candidacies("Tom Pell has been re-elected as Derbyshire's police and crime commissioner.\n"
                        f"The former detective {verb} Labour's Bob Gray to keep the post.\n"
                        f"He won {won:,} votes. Mr Gray won {lost:,}.", date="2024-05-03", title="Commissioner re-elected")
    assert (found["Tom Pell"].votes, found["Bob Gray"].votes) == (won, lost)


@pytest.mark.parametrize(("sentence", "label", "area"), [
    ("His lead is smaller than at the 2021 PCC election, when Mr Pell won by 68,000 votes.",
     "2021 Derbyshire police and crime commissioner election", "Derbyshire"),
    ("He first stood at the 2021 election, when Mr Pell won by 68,000 votes.",
     "2021 Derbyshire police and crime commissioner election", "Derbyshire"),
])
def test_a_clause_opening_on_when_after_an_earlier_election_is_about_that_election(sentence: str, label: str,
                                                                                   area: str) -> None:
    doc = Document(Article("t", Path("t.txt"), "Commissioner re-elected\n\nTom Pell has been re-elected as Derbyshire's "
                           "police and crime commissioner.\n\n" + sentence, "Commissioner re-elected", "0", date="2024-05-03"))
    results = {(r.election.label, r.area): r for r in read_document(doc).kept if isinstance(r, SeatResult)}
    assert results[(label, area)].majority == 68000 and results[(label, area)].winner == "Tom Pell"
    assert results[("2024 Derbyshire police and crime commissioner election", area)].majority is None


_PLACE_SHAPES = [
    "{name} was the runner-up with {votes:,} votes.",
    "{name} finished as runner-up on {votes:,}.",
    "{name} was {o}-placed with {votes:,} votes.",
    "{O} was {name} with {votes:,} votes.",
    "{O} came {name}, on {votes:,}.",
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(SEATS), st.sampled_from(list(ORDINALS)), st.integers(1_000, 9_000),
       st.sampled_from(_PLACE_SHAPES))
def test_a_place_told_in_words_around_the_name(name: str, seat: str, place: int, votes: int, shape: str) -> None:
    """'was the runner-up', 'finished as runner-up', 'was third-placed', 'Second was Jane Roe': the place stated."""
    place = 2 if "runner-up" in shape else place
    sentence = shape.format(name=name, o=ORDINALS[place], O=ORDINALS[place].capitalize(), votes=votes)
    found = candidacies(f"Labour's Ann Roe won {seat} with 20,117 votes.\n{sentence}")
    assert (found[name].rank, found[name].votes) == (place, votes)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True), st.sampled_from(SEATS),
       st.sampled_from(["with {a} second on {va:,}", "with {a} a distant second and {b} third",
                        "with Conservative {a} the runner-up"]))
def test_places_told_after_with(names: list[str], seat: str, tail: str) -> None:
    """'Ann Roe won, with Jane Roe second on 8,210 and Tom Smith third': the places said after 'with'."""
    a, b = names
    found = candidacies(f"Labour's Ann Roe won {seat} with 20,117 votes, " + tail.format(a=a, b=b, va=8_210) + ".")
    assert found[a].rank == 2
    assert b not in tail or found[b].rank == 3


def test_with_before_a_name_and_an_ordinal_of_something_else_gives_no_place() -> None:
    found = candidacies("Labour's Ann Roe won Erewash with 20,117 votes, with Bob Gray serving a second term as "
                        "council leader.")
    assert "Bob Gray" not in found or found["Bob Gray"].rank is None


_PARTY_SHAPES = [
    "{name} is the {party} candidate.",
    "{name} was {party}'s candidate.",
    "{party} hopeful {name} was at the count.",
    "{name}, representing {party}, was at the count.",
    "{name}, standing for {party}, was at the count.",
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(SEATS), st.sampled_from(["Reform UK", "Labour", "Green"]),
       st.sampled_from(_PARTY_SHAPES))
def test_a_party_told_as_what_the_person_stands_for(name: str, seat: str, party: str, shape: str) -> None:
    """A party the article says a person stands for, in another sentence than their result, is their party."""
    found = candidacies(f"Conservative Ann Roe won {seat} with 20,117 votes.\n{name} came second with 8,210 votes.\n"
                        + shape.format(name=name, party=party))
    assert found[name].party == party


def test_a_party_said_of_another_time_is_not_the_candidates() -> None:
    found = candidacies("Conservative Ann Roe won Erewash with 20,117 votes.\nBob Gray came second with 8,210 votes.\n"
                        "Bob Gray was a Labour candidate in 2017.\nBob Gray, formerly of Labour, was at the count.")
    assert found["Bob Gray"].party is None


_SHORT_FORMS = {"Con": "Conservative", "Lab": "Labour", "LD": "Liberal Democrats", "Ref": "Reform UK", "Ind": "Independent"}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True), st.sampled_from(SEATS),
       st.lists(st.sampled_from(list(_SHORT_FORMS)), min_size=2, max_size=2, unique=True),
       st.lists(st.integers(1_000, 9_000), min_size=2, max_size=2, unique=True))
def test_a_party_short_form_in_brackets_before_the_count(names: list[str], seat: str, forms: list[str],
                                                          votes: list[int]) -> None:
    """'Jane Roe (Con, 17,550)': the party's short form and the count in brackets after the name."""
    (a, b), (fa, fb), (va, vb) = names, forms, sorted(votes, reverse=True)
    found = candidacies(f"Green Ann Roe won {seat} with 20,117 votes.\n"
                        f"{a} ({fa}, {va:,}) came second and {b} ({fb}, {vb:,}) third.")
    assert (found[a].party, found[a].votes) == (_SHORT_FORMS[fa], va)
    assert (found[b].party, found[b].votes) == (_SHORT_FORMS[fb], vb)


def test_a_place_in_brackets_before_a_count_is_no_party() -> None:
    found = candidacies("Green Ann Roe won Erewash with 20,117 votes.\nBob Gray (Anytown, 1,550) came fifth.")
    assert found["Bob Gray"].party is None


_STOOD_SHAPES = {
    "{name} stood as an independent.": "Independent",
    "{name}, standing as an Independent, was at the count.": "Independent",
    "{name}, who stood for {party}, was at the count.": None,
    "{name} is standing for {party}.": None,
    "{name} polled 8,210 votes for {party}.": None,
}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(SEATS), st.sampled_from(["Reform UK", "Labour", "the Greens"]),
       st.sampled_from(list(_STOOD_SHAPES)))
def test_a_party_told_by_a_verb_of_standing(name: str, seat: str, party: str, shape: str) -> None:
    """'stood as an independent', 'who stood for Labour', 'is standing for the Greens', 'polled N votes for
    Reform UK': the party the person stands for."""
    found = candidacies(f"Conservative Ann Roe won {seat} with 20,117 votes.\n{name} came second with 8,210 votes.\n"
                        + shape.format(name=name, party=party))
    assert found[name].party == (_STOOD_SHAPES[shape] or {"the Greens": "Green"}.get(party, party))


def test_a_party_left_or_told_of_another_year_is_not_the_candidates() -> None:
    found = candidacies("Conservative Ann Roe won Erewash with 20,117 votes.\nBob Gray came second with 8,210 votes.\n"
                        "Bob Gray, who stood for Labour in 2017, was at the count.\n"
                        "Sam Hill, a former Labour councillor now with Reform UK, came third with 3,100 votes.")
    assert found["Bob Gray"].party is None
    assert found["Sam Hill"].party != "Labour"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(SEATS), st.sampled_from(["Reform UK", "Labour", "Conservative"]),
       st.sampled_from(["{party} parliamentary candidate {name}", "{party} county councillor {name}",
                        "{party}'s {seat} candidate {name}", "{party} candidate and councillor {name}",
                        "{party} group leader {name}", "{party} council leader {name}"]))
def test_a_party_before_an_office_with_its_qualifiers(name: str, seat: str, party: str, shape: str) -> None:
    """'Labour parliamentary candidate Jane Roe', "Reform UK's Anytown candidate Jane Roe", 'Labour group leader
    Jane Roe': the office's qualifiers (a kind of council, a group, a seat, a second office) stand between the
    party and the person."""
    found = candidacies(f"Green Ann Roe won {seat} with 20,117 votes.\n"
                        + shape.format(name=name, party=party, seat=seat) + " came second with 8,210 votes.")
    assert found[name].party == party


def test_a_party_and_a_name_joined_by_and_are_not_one() -> None:
    found = candidacies("Green Ann Roe won Erewash with 20,117 votes.\nLabour and Bob Gray came next, Bob Gray "
                        "with 8,210 votes.")
    assert "Bob Gray" not in found or found["Bob Gray"].party is None


TWO_NAMES = st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True)
TWO_COUNTS = st.lists(st.integers(1_000, 9_000), min_size=2, max_size=2, unique=True)


@settings(max_examples=25, deadline=None)
@given(TWO_NAMES, st.sampled_from(SEATS), TWO_COUNTS,
       st.sampled_from(["ahead of {pb} {b} with {vb:,} and {pc} candidate {c} on {vc:,}",
                        "beating {pb} {b} ({vb:,}) and {pc} {c} ({vc:,})",
                        "followed by {pb} candidate {b} on {vb:,} and {pc} {c} with {vc:,}"]),
       st.lists(st.sampled_from(["Conservative", "Green Party", "Reform UK"]), min_size=2, max_size=2, unique=True))
def test_rivals_the_winner_is_ahead_of_come_next_in_order(names: list[str], seat: str, votes: list[int], rivals: str,
                                                         parties: list[str]) -> None:
    """'won with 12,000 votes, ahead of Conservative X with 5,000 and Green Party candidate Y on 900': X second and Y
    third, the majority the gap to X (X's count was given to the winner, who had one, and so was lost; a party before
    a candidate's title ended the order)."""
    vb, vc = sorted(votes, reverse=True)
    sentence = f"Labour's Ann Roe won {seat} with 12,117 votes, " + rivals.format(
        b=names[0], c=names[1], vb=vb, vc=vc, pb=parties[0], pc=parties[1]) + "."
    found = candidacies(sentence)
    assert [(found[n].rank, found[n].votes) for n in ["Ann Roe", *names]] == [(1, 12117), (2, vb), (3, vc)]
    assert _majority(sentence) == (12117 - vb, ("majority",))


@settings(max_examples=25, deadline=None)
@given(TWO_NAMES, st.sampled_from(SEATS), TWO_COUNTS,
       st.sampled_from(["{b} of {pb} polled {vb:,} and the Green Party's {c} {vc:,}.",
                        "The Green Party's {c} polled {vc:,}, and {b} of {pb} took {vb:,}.",
                        "{b} ({pb}) received {vb:,} votes. {c} (Green) took {vc:,}."]),
       st.sampled_from(["the Conservatives", "Reform UK", "the Liberal Democrats"]))
def test_the_rival_with_the_most_votes_came_second(names: list[str], seat: str, votes: list[int], rivals: str,
                                                  party: str) -> None:
    """Every other candidate named with a count and no place, the winner with more: the one with the most came second,
    and the majority is the gap (neither was read); the places below are not told, as a report may leave out one
    who polled more. 'the Green Party's Y 2,000' after 'and' is Y's count (it was lost)."""
    vb, vc = sorted(votes, reverse=True)
    text = f"Labour's Ann Roe won {seat} with 12,117 votes.\n" + rivals.format(
        b=names[0], c=names[1], vb=vb, vc=vc, pb=party)
    found = candidacies(text)
    assert [(found[n].rank, found[n].votes) for n in ["Ann Roe", *names]] == [(1, 12117), (2, vb), (None, vc)]
    assert _majority(text) == (12117 - vb, ("majority",))


def _majority(body: str) -> tuple[int | None, tuple[str, ...]]:
    doc = Document(Article("t", Path("t.txt"), "Election night\n\n" + body, "Election night", "0", date="2024-07-05"))
    result = next(f for f in read_document(doc).kept if isinstance(f, SeatResult))
    return result.majority, result.derived


def test_no_second_place_where_two_share_the_most_or_a_rival_outpolls_the_winner() -> None:
    found = candidacies("Labour's Ann Roe won Erewash with 12,117 votes.\nBob Gray polled 4,000 and Sam Hill 4,000.")
    assert (found["Bob Gray"].rank, found["Sam Hill"].rank) == (None, None)
    found = candidacies("Labour's Ann Roe won Erewash with 12,117 votes.\nBob Gray polled 14,000.")
    assert found["Bob Gray"].rank is None


def test_the_one_counted_above_a_placed_rival_came_second() -> None:
    """'Bob Gray polled 4,000 and Sam Hill, who came third, 3,000': Bob Gray was second (a stated third place
    below him left him unplaced)."""
    found = candidacies("Labour's Ann Roe won Erewash with 12,117 votes.\nBob Gray polled 4,000 and Sam Hill, who "
                        "came third, 3,000.")
    assert (found["Bob Gray"].rank, found["Sam Hill"].rank) == (2, 3)


def test_the_rival_with_the_largest_share_came_second() -> None:
    found = candidacies("Labour's Ann Roe won Erewash with 45.2% of the vote.\nConservative Bob Gray took 31.1% and "
                        "Reform UK's Sam Hill 15%.")
    assert [(found[n].rank, found[n].share) for n in ["Ann Roe", "Bob Gray", "Sam Hill"]] == [
        (1, 45.2), (2, 31.1), (None, 15)]
