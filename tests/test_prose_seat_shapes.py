"""Contests told in sentence shapes the prose reader once left unread: several divisions before a plural ('won
the Abbey and Castle divisions'), an aside on a seat's past between its name and the verb ('Gedling, Labour since
1997, went to Reform UK'), a majority told without a verb of winning ('Jane Roe had a majority of 1,200', '…, where
her majority was 412'), a seat that switched from one party to another, a seat lost by the one who held it, a seat
that elected someone, and a final majority after a first round's lead. Invented names and divisions, real
constituencies and a real council so that the places and the election are known; each shape generated."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.extract.gate import check
from elexgraph.extract.prose_results import extract
from elexgraph.facts import Candidacy, SeatResult

SETTINGS = settings(max_examples=25, deadline=None)
COUNCIL_TITLE = "Conservatives take control of Derbyshire County Council"
COUNCIL_LEAD = "Reform UK won most seats in the county council elections on Thursday."
GENERAL_TITLE = "General election 2024: results across the county"
DIVISIONS = ["Brook Hill", "Abbey", "Kingsmead North", "Lowfield", "Castle", "Upton Vale"]
SEATS = ["Gedling", "Erewash", "Broxtowe", "Mansfield", "Derbyshire Dales", "Amber Valley"]
PEOPLE = ["Ann Roe", "Sam Tarn", "Kim Vell", "Bob Gray", "Ivo Brack", "Fay Quill"]
PARTIES = [("Labour", "Labour's"), ("Conservative", "Conservative"), ("Liberal Democrats", "Lib Dem"),
           ("Reform UK", "Reform UK's")]
PLURALS = ["divisions", "wards"]


def _council(*paragraphs: str) -> tuple[dict[str, Candidacy], dict[str, SeatResult]]:
    return _kept(document_of(COUNCIL_LEAD, *paragraphs, title=COUNCIL_TITLE, date="2025-05-02"))


def _general(*paragraphs: str) -> tuple[dict[str, Candidacy], dict[str, SeatResult]]:
    return _kept(document_of(*paragraphs, title=GENERAL_TITLE, date="2024-07-05"))


def _kept(doc) -> tuple[dict[str, Candidacy], dict[str, SeatResult]]:  # type: ignore[no-untyped-def]
    kept = check(list(extract(doc)), doc).kept
    return ({c.person: c for c in kept if isinstance(c, Candidacy)},
            {r.area: r for r in kept if isinstance(r, SeatResult)})


@SETTINGS
@given(st.lists(st.sampled_from(DIVISIONS), min_size=2, max_size=3, unique=True), st.sampled_from(PLURALS),
       st.sampled_from(PARTIES))
def test_divisions_listed_before_a_plural_are_each_the_party_s_seat(names: list[str], plural: str,
                                                                   party: tuple[str, str]) -> None:
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    _, results = _council(f"{party[0]} won the {listed} {plural}.")
    assert {area: r.party for area, r in results.items()} == {name: party[0] for name in names}


@SETTINGS
@given(st.sampled_from(DIVISIONS), st.sampled_from(PARTIES))
def test_a_town_s_divisions_are_no_list_of_divisions(division: str, party: tuple[str, str]) -> None:
    """'won the Anytown divisions': one name before the plural is a place holding several, none of them named."""
    _, results = _council(f"{party[0]} won the {division} {PLURALS[0]}.")
    assert results == {}


ASIDES = ["{seat}, {old} since {year}, went to {new}.",
          "{seat}, held by the {old} for {span} years, fell to {new}.",
          "{seat}, held by the {old} since {year}, fell to {new}."]


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(ASIDES), st.lists(st.sampled_from(PARTIES), min_size=2, max_size=2,
                                                                  unique=True),
       st.integers(1997, 2019), st.integers(5, 40))
def test_an_aside_on_a_seat_s_past_is_its_party_before(seat: str, shape: str, parties: list[tuple[str, str]],
                                                       year: int, span: int) -> None:
    (old, _), (new, _) = parties
    old_printed = "Conservatives" if old == "Conservative" else old
    _, results = _general(shape.format(seat=seat, old=old if "{old} since" in shape else old_printed, new=new,
                                       year=year, span=span))
    result = results[seat]
    assert (result.party, result.previous_party, result.outcome) == (new, old, "gain")


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PEOPLE), st.integers(100, 20000))
def test_one_who_had_a_majority_won_with_it(seat: str, person: str, majority: int) -> None:
    cands, results = _general(f"In {seat}, {person} had a majority of {majority:,}.")
    assert (results[seat].winner, results[seat].majority) == (person, majority)
    assert cands[person].rank == 1


@SETTINGS
@given(st.sampled_from(SEATS), st.integers(100, 20000), st.sampled_from(["defend", "overturn"]))
def test_a_majority_to_defend_is_the_last_election_s(seat: str, majority: int, verb: str) -> None:
    _, results = _general(f"In {seat}, Bob Gray had a majority of {majority:,} to {verb}.")
    assert seat not in results or results[seat].winner is None


@SETTINGS
@given(st.sampled_from(DIVISIONS), st.sampled_from([("Ann Roe", "her"), ("Bob Gray", "his")]), st.integers(10, 900))
def test_a_majority_told_after_where_is_the_winner_s(division: str, who: tuple[str, str], majority: int) -> None:
    person, pronoun = who
    _, results = _council(f"{person} won in {division}, where {pronoun} majority was {majority}.")
    assert (results[division].winner, results[division].majority) == (person, majority)


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(["switched", "swung", "went"]),
       st.lists(st.sampled_from(PARTIES), min_size=2, max_size=2, unique=True), st.sampled_from(PEOPLE))
def test_a_seat_that_switched_parties_was_gained(seat: str, verb: str, parties: list[tuple[str, str]],
                                                 person: str) -> None:
    (old, _), (new, _) = parties
    _, results = _general(f"{seat} {verb} from {old} to {new} as {person} won by 5,000 votes.")
    result = results[seat]
    assert (result.winner, result.party, result.previous_party, result.outcome) == (person, new, old, "gain")


def test_a_person_who_switched_parties_is_no_seat_s_result() -> None:
    _, results = _general("Gedling councillor Ann Roe switched from Labour to Reform UK last year.")
    assert results == {}


@SETTINGS
@given(st.sampled_from(SEATS), st.lists(st.sampled_from(PARTIES), min_size=2, max_size=2, unique=True),
       st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2, unique=True))
def test_one_who_lost_a_named_seat_to_a_rival_held_it(seat: str, parties: list[tuple[str, str]],
                                                      names: list[str]) -> None:
    (old, _), (new, new_printed) = parties
    loser, winner = names
    _, results = _general(f"{old} {loser} lost {seat} to {new_printed} {winner} by 5,000 votes.")
    result = results[seat]
    assert (result.winner, result.outcome, result.previous_party) == (winner, "gain", old)


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["elected", "re-elected", "returned"]))
def test_a_seat_that_elected_someone_was_won_by_them(seat: str, party: tuple[str, str], person: str, verb: str) -> None:
    _, results = _general(f"{seat} {verb} {party[1]} {person} with a majority of 5,000.")
    assert (results[seat].winner, results[seat].party, results[seat].majority) == (person, party[0], 5000)


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["becomes {s}'s first {p} MP since 1997", "is {s}'s new {p} MP"]))
def test_becoming_a_seat_s_mp_is_winning_it(seat: str, party: tuple[str, str], person: str, shape: str) -> None:
    _, results = _general(f"{person} {shape.format(s=seat, p=party[0])}.")
    assert (results[seat].winner, results[seat].party) == (person, party[0])
    if "since" in shape:
        assert results[seat].outcome == "gain"


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PEOPLE), st.sampled_from(["a landslide", "a comfortable victory"]),
       st.sampled_from(["9,000 plus", "9,000+"]))
def test_a_landslide_for_someone_is_their_win(seat: str, person: str, win: str, majority: str) -> None:
    _, results = _general(f"It was {win} for {person} in {seat} with a healthy {majority} majority.")
    assert (results[seat].winner, results[seat].majority) == (person, 9000)


def test_a_national_landslide_is_no_seat_s_win() -> None:
    _, results = _general("Labour won a landslide, and Gedling was counted overnight.")
    assert results == {}


@SETTINGS
@given(st.integers(20000, 40000), st.integers(1000, 9000), st.integers(10000, 19000))
def test_the_final_majority_replaces_a_first_round_lead(first: int, transfers: int, final: int) -> None:
    doc = document_of("Ann Roe has been elected police and crime commissioner for Derbyshire.",
                      f"She picked up 80,926 votes in the first-choice count, more than {first:,} votes more than "
                      "Conservative Bob Gray.",
                      f"She then received {transfers:,} more second-choice votes.",
                      f"Overall, Ann Roe won by {final:,} votes.",
                      title="Ann Roe elected crime commissioner", date="2016-05-06")
    kept = check(list(extract(doc)), doc).kept
    majorities = [r.majority for r in kept if isinstance(r, SeatResult)]
    assert majorities == [final]


@SETTINGS
@given(st.sampled_from(DIVISIONS), st.lists(st.sampled_from(PARTIES), min_size=2, max_size=2, unique=True),
       st.sampled_from(["division", "ward"]))
def test_a_party_that_lost_a_named_division_held_it(division: str, parties: list[tuple[str, str]], word: str) -> None:
    (old, _), (new, _) = parties
    _, results = _council(f"{old} lost {division} {word} to {new}.")
    result = results[division]
    assert (result.party, result.outcome, result.previous_party) == (new, "gain", old)


@SETTINGS
@given(st.sampled_from(DIVISIONS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["{d} division saw {p} {w} elected with 1,204 votes.",
                        "In {d} division, {p} {w} came out on top with 1,204 votes."]))
def test_a_winner_told_without_a_verb_of_winning(division: str, party: tuple[str, str], person: str,
                                                 shape: str) -> None:
    cands, results = _council(shape.format(d=division, p=party[1], w=person))
    assert (results[division].winner, results[division].party) == (person, party[0])
    assert (cands[person].votes, cands[person].rank) == (1204, 1)


@SETTINGS
@given(st.sampled_from(SEATS), st.lists(st.sampled_from(PARTIES), min_size=2, max_size=2, unique=True),
       st.sampled_from(PEOPLE), st.integers(5, 40))
def test_the_end_of_a_party_s_long_hold_in_a_story_of_one_seat(seat: str, parties: list[tuple[str, str]],
                                                               person: str, span: int) -> None:
    (old, _), (new, new_printed) = parties
    doc = document_of(f"{new_printed} {person} has been elected as the new MP, ending {span} years of {old} rule.",
                      f"{person} won 20,000 votes, a majority of 5,000.",
                      title=f"General election 2024: {new_printed} {person} wins {seat}", date="2024-07-05")
    _, results = _kept(doc)
    result = results[seat]
    assert (result.winner, result.previous_party, result.outcome) == (person, old, "gain")


LINES = ["{n}, {p}, {v} votes.", "{n} ({p}) {v} votes.", "{n} ({p}) {v}.", "{n}, {p}, {v}."]


@SETTINGS
@given(st.sampled_from(DIVISIONS), st.lists(st.sampled_from(PEOPLE), min_size=3, max_size=3, unique=True),
       st.lists(st.sampled_from(LINES), min_size=2, max_size=2), st.integers(300, 900), st.integers(20, 299))
def test_results_lines_told_as_sentences_are_the_contest_s_counts(division: str, names: list[str], lines: list[str],
                                                                 second: int, third: int) -> None:
    """'Jane Roe (Labour) was elected with 1,022 votes. Tom Smith (Conservative) 640 votes. Ann Lee, Green, 211.'"""
    winner, runner_up, last = names
    cands, results = _council(f"In the {division} division, {winner} (Labour) was elected with 1,022 votes. "
                              + lines[0].format(n=runner_up, p="Conservative", v=f"{second:,}") + " "
                              + lines[1].format(n=last, p="Green", v=f"{third:,}"))
    assert results[division].winner == winner
    assert {name: (c.area, c.party, c.votes) for name, c in cands.items()} == {
        winner: (division, "Labour", 1022), runner_up: (division, "Conservative", second), last: (division, "Green", third)}


def test_a_name_and_an_age_is_no_results_line() -> None:
    cands, _ = _council("In the Abbey division, Ann Roe (Labour) was elected with 1,022 votes. Bob Gray, 54, was second.")
    assert cands["Bob Gray"].votes is None


@SETTINGS
@given(st.sampled_from(DIVISIONS), st.sampled_from(PARTIES), st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2,
                                                                       unique=True), st.sampled_from(["both", "two"]))
def test_a_ward_s_seats_won_then_their_winners_named(division: str, party: tuple[str, str], names: list[str],
                                                     both: str) -> None:
    """'Reform UK won both seats in Brook Hill division, with Jane Roe and Tom Smith elected': each won a seat."""
    first, second = names
    doc = document_of(COUNCIL_LEAD, f"{party[0]} won {both} seats in {division} division, with {first} and {second} "
                                    "elected.", title=COUNCIL_TITLE, date="2025-05-02")
    kept = check(list(extract(doc)), doc).kept
    assert sorted((r.area, r.winner, r.party) for r in kept if isinstance(r, SeatResult)) == sorted(
        (division, name, party[0]) for name in names)
