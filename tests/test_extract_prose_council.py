"""Council contests told in prose: the division or ward a sentence names, in its several shapes (invented
names and divisions; a real council, so the article reports its election)."""

from __future__ import annotations

import pytest
from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.extract.gate import check
from elexgraph.extract.prose_results import extract
from elexgraph.facts import Candidacy, SeatResult

TITLE = "Conservatives take control of Derbyshire County Council"
LEAD = "Reform UK won most seats in the county council elections on Thursday."
DIVISIONS = ["Brook Hill", "Abbey", "Ash & Oak Vale", "Kingsmead North", "Lowfield and Harby"]
WINNERS = ["Ann Roe", "Sam Tarn", "Kim Vell"]
LOSERS = ["Bob Gray", "Ivo Brack", "Fay Quill"]
SHAPES = [
    "{w} won the {d} division for Reform UK, ousting Conservative {l}.",
    "Reform UK's {w} held {d} ward, beating Conservative {l}.",
    "In {d}, Reform UK's {w} won the seat from Conservative {l}.",
    "Reform UK's {w} was elected in {d}, ousting Conservative {l}.",
    "Conservative councillor {l}, who represents the {d} division, lost to Reform UK's {w}.",
    "Conservative councillor {l} lost his seat in the {d} ward to Reform UK's {w}.",
    "Reform UK's {w} was elected to represent {d}, ousting Conservative {l}.",
]


def facts(*paragraphs: str) -> tuple[dict[str, Candidacy], list[SeatResult]]:
    doc = document_of(LEAD, *paragraphs, title=TITLE, date="2025-05-02")
    kept = check(list(extract(doc)), doc).kept
    return ({c.person: c for c in kept if isinstance(c, Candidacy)}, [r for r in kept if isinstance(r, SeatResult)])


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(SHAPES), st.sampled_from(DIVISIONS), st.sampled_from(WINNERS), st.sampled_from(LOSERS))
def test_a_division_named_in_the_sentence_is_the_contest(shape: str, division: str, winner: str, loser: str) -> None:
    cands, results = facts(shape.format(w=winner, d=division, l=loser))
    assert [(r.area, r.winner, r.party) for r in results] == [(division, winner, "Reform UK")]
    assert cands[winner].area == division and cands[winner].rank == 1
    assert cands[loser].area == division and cands[loser].party == "Conservative"


def test_a_fact_in_a_sentence_about_another_division_is_not_the_one_before() -> None:
    cands, results = facts("Reform UK's Ann Roe won the Brook Hill division.",
                           "Bob Gray lost out in a close contest in Ash & Oak Vale, where he was beaten by Reform UK's "
                           "Sam Tarn by 45 votes.")
    assert {r.area: r.winner for r in results} == {"Brook Hill": "Ann Roe", "Ash & Oak Vale": "Sam Tarn"}
    assert cands["Sam Tarn"].area == "Ash & Oak Vale"


def test_a_win_for_someone_is_their_win_for_the_party_that_claims_it() -> None:
    _, results = facts("Reform UK's victories included a win for Ann Roe in the Brook Hill division.")
    assert [(r.area, r.winner, r.party) for r in results] == [("Brook Hill", "Ann Roe", "Reform UK")]
    _, results = facts("The Conservatives slipped to third and Labour's victorious Sam Tarn held Abbey ward.")
    assert [(r.area, r.winner) for r in results] == [("Abbey", "Sam Tarn")]
    assert results[0].party != "Conservative"  # the party of the clause before is not the winner's


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["council leader", "cabinet member for roads", "deputy leader", "the councillor"]),
       st.sampled_from(DIVISIONS), st.sampled_from(LOSERS), st.sampled_from(["Labour", "The Conservatives"]))
def test_a_party_that_lost_its_member_in_a_division(role: str, division: str, loser: str, party: str) -> None:
    cands, results = facts(f"{party} also lost {role} {loser} in {division}.")
    assert (cands[loser].area, cands[loser].party, cands[loser].rank) == (
        division, "Labour" if party == "Labour" else "Conservative", None)
    assert all(r.winner != loser for r in results)


# -- more ways of telling a division's winner, each with the votes (branch council) ------------------------------

WON_WITH_VOTES = [
    "The {d} division went to Reform UK's {w}, who polled {n:,} votes.",
    "{d} went to Reform UK's {w}, who polled {n:,} votes.",
    "Reform UK's {w} topped the poll in {d} with {n:,} votes.",
    "Reform UK's {w} came top in {d} with {n:,} votes.",
    "In {d}, Reform UK's {w} was voted in with {n:,} votes.",
    "{w} won in {d} for Reform UK with {n:,} votes.",
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WON_WITH_VOTES), st.sampled_from(DIVISIONS), st.sampled_from(WINNERS), st.integers(300, 4000))
def test_a_division_s_winner_told_in_other_words(shape: str, division: str, winner: str, votes: int) -> None:
    cands, results = facts("Reform UK's Tom Pell won the Lowfield division.", shape.format(w=winner, d=division, n=votes))
    assert {r.area: r.winner for r in results} == {"Lowfield": "Tom Pell", division: winner}
    assert (cands[winner].area, cands[winner].votes, cands[winner].rank) == (division, votes, 1)
    assert set(cands) == {"Tom Pell", winner}  # the division's name after 'in' is no candidate


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["{p} polled {n:,} votes in {d}.", "{p} came second in {d} with {n:,} votes.",
                        "{p} finished third in {d} on {n:,} votes."]),
       st.sampled_from(DIVISIONS), st.sampled_from(LOSERS), st.integers(100, 900))
def test_a_count_in_a_division_the_sentence_names_is_not_the_one_read_before(shape: str, division: str, person: str,
                                                                             votes: int) -> None:
    cands, _ = facts("Reform UK's Tom Pell won the Lowfield division.", shape.format(p=person, d=division, n=votes))
    assert (cands[person].area, cands[person].votes) == (division, votes)


@pytest.mark.parametrize("sentence", ["Jane Roe topped the list of speakers at the hustings.",
                                      "Jane Roe voted in favour of the budget.", "The award went to Jane Roe."])
def test_words_of_topping_voting_and_going_that_tell_no_win(sentence: str) -> None:
    cands, results = facts(sentence)
    assert not results and "Jane Roe" not in cands


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["{w} won the {d} ward with {n:,} votes.", "{w} held the {d} division with {n:,} votes.",
                        "In the {d} ward, {w} polled {n:,} votes to win."]),
       st.sampled_from(["Kingsmead North", "Abbey", "Lowfield and Harby"]), st.sampled_from(WINNERS),
       st.sampled_from(LOSERS), st.integers(300, 2000))
def test_a_ward_named_in_a_council_by_election_s_report_is_the_by_election_s(
        shape: str, ward: str, winner: str, loser: str, votes: int) -> None:
    doc = document_of("The Conservatives have gained a seat on Derby City Council in a by-election.",
                      shape.format(w=winner, d=ward, n=votes),
                      f"Labour's {loser} came second with {votes - 100:,} votes.",
                      title="Conservatives win by-election", date="2024-08-02")
    kept = check(list(extract(doc)), doc).kept
    labels = {(f.election.label, f.area, getattr(f, "person", None), getattr(f, "votes", None)) for f in kept
              if isinstance(f, Candidacy)}
    assert labels == {("2024 Derby City Council by-election", ward, winner, votes),
                      ("2024 Derby City Council by-election", ward, loser, votes - 100)}


def test_a_ward_in_an_article_of_the_council_elections_and_a_by_election_stays_the_elections() -> None:
    doc = document_of("Labour gained a seat on Derby City Council in a by-election, on the day of the council "
                      "elections.", "Ann Roe won the Abbey ward with 900 votes.",
                      title="Labour win by-election", date="2024-05-03")
    kept = [f for f in check(list(extract(doc)), doc).kept if isinstance(f, Candidacy)]
    assert [f.election.kind for f in kept] == ["local"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["{w} held {d} for Reform UK with {n:,} votes.", "Reform UK's {w} won {d} with {n:,} votes.",
                        "Reform UK's {w} took {d} with {n:,} votes.", "{w} held on to {d} for Reform UK with {n:,} votes.",
                        "Reform UK's {w} held onto {d} with {n:,} votes.", "{w} holds on to {d} for Reform UK with {n:,} votes."]),
       st.sampled_from(["Kirk Vale", "Long Brook", "Belper", "Staveley"]), st.sampled_from(WINNERS),
       st.integers(300, 4000))
def test_a_division_a_named_winner_took_may_be_a_town_or_read_like_a_name(shape: str, division: str, winner: str,
                                                                          votes: int) -> None:
    cands, results = facts(shape.format(w=winner, d=division, n=votes))
    assert [(r.area, r.winner) for r in results] == [(division, winner)]
    assert set(cands) == {winner} and (cands[winner].area, cands[winner].votes) == (division, votes)


def test_a_rival_beaten_is_no_division() -> None:
    cands, results = facts("In Abbey, Reform UK's Ann Roe beat Conservative Bob Gray.")
    assert {r.area: r.winner for r in results} == {"Abbey": "Ann Roe"} and cands["Bob Gray"].area == "Abbey"


def test_a_division_in_a_mayoral_report_that_tells_of_council_elections_is_a_council_contest() -> None:
    doc = document_of("Labour's Jane Roe has been elected Mayor of Mansfield, as the party also took control of "
                      "Mansfield District Council.", "Ms Roe polled 8,200 votes, beating Tom Smith, who got 7,900.",
                      "Kim Ford held Eastgate for the Conservatives with 540 votes, beating Labour's Bob Gray on 500.",
                      title="Labour's Jane Roe is Mansfield's new mayor", date="2023-05-05")
    kept = check(list(extract(doc)), doc).kept
    kinds = {getattr(f, "person", None): (f.election.kind, f.area) for f in kept if isinstance(f, Candidacy)}
    assert kinds == {"Jane Roe": ("mayoral", "Mansfield"), "Tom Smith": ("mayoral", "Mansfield"),
                     "Kim Ford": ("local", "Eastgate"), "Bob Gray": ("local", "Eastgate")}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["The winning candidate, {w}, is a local businesswoman.",
                        "The victorious Reform UK candidate, {w}, thanked her supporters.",
                        "The successful candidate, {w}, said she was delighted."]), st.sampled_from(WINNERS))
def test_a_winner_described_before_her_name_won_the_by_election(shape: str, winner: str) -> None:
    doc = document_of("Reform UK have won a Derby City Council by-election in the Abbey ward, taking the seat from "
                      "Labour.", shape.format(w=winner), title="Reform UK win by-election", date="2024-08-02")
    kept = check(list(extract(doc)), doc).kept
    assert [(r.area, r.winner, r.party, r.outcome) for r in kept if isinstance(r, SeatResult)] == [
        ("Abbey", winner, "Reform UK", "gain")]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["The Conservatives took {s}% of the vote, while Labour received {t}%.",
                        "Labour received {t}% of the vote and the Conservatives took {s}%."]),
       st.sampled_from(WINNERS), st.floats(40, 60).map(lambda x: round(x, 1)), st.floats(10, 30).map(lambda x: round(x, 1)))
def test_a_party_s_share_is_its_one_candidate_s(shape: str, winner: str, share: float, other: float) -> None:
    """A party's share with its candidate unnamed in the sentence is the share of the party's one candidate in the
    contest; a party with no candidate named gets no candidacy (branch council)."""
    doc = document_of("The Conservatives have won a Derby City Council by-election in the Abbey ward, taking the seat "
                      "from Labour.", shape.format(s=share, t=other),
                      f"The victorious Conservative candidate, {winner}, thanked voters.",
                      title="Conservatives win by-election", date="2024-08-02")
    kept = [f for f in check(list(extract(doc)), doc).kept if isinstance(f, Candidacy)]
    assert [(f.person, f.party, f.share) for f in kept] == [(winner, "Conservative", share)]


def test_a_party_s_share_across_the_county_is_no_division_s() -> None:
    cands, _ = facts("Reform UK's Ann Roe won the Brook Hill division.", "Reform UK took 38.2% of the vote.")
    assert cands["Ann Roe"].share is None


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["{w} took {d} for Reform UK, winning by {m} votes.",
                        "Reform UK's {w} held {d}, winning by {m} votes."]),
       st.sampled_from(DIVISIONS), st.sampled_from(WINNERS), st.integers(2, 900))
def test_winning_by_so_many_votes_is_the_majority(shape: str, division: str, winner: str, majority: int) -> None:
    _, results = facts("Reform UK's Tom Pell won the Lowfield division.", shape.format(w=winner, d=division, m=majority))
    assert {(r.area, r.winner, r.majority) for r in results} == {("Lowfield", "Tom Pell", None),
                                                                 (division, winner, majority)}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["The Green Party won its first seat on the council, with {w} taking {d} from the Conservatives.",
                        "The Greens gained a seat, with {w} winning {d}."]), st.sampled_from(DIVISIONS),
       st.sampled_from(WINNERS))
def test_a_winner_with_whom_a_party_won_won_for_it(shape: str, division: str, winner: str) -> None:
    cands, results = facts(shape.format(w=winner, d=division))
    assert [(r.area, r.winner, r.party) for r in results] == [(division, winner, "Green")]
    assert cands[winner].party == "Green"


def test_a_winner_after_a_party_s_loss_did_not_win_for_it() -> None:
    cands, results = facts("Labour lost Abbey, with Ann Roe taking the seat.")
    assert [(r.area, r.winner, r.party) for r in results] == [("Abbey", "Ann Roe", None)]


LABELLED = [
    "{d}: Reform UK's {w} won with {n:,} votes, ahead of Conservative {l} on {m:,}.",
    "{d}: {w} (Reform UK) took the seat with {n:,} votes; Conservative {l} polled {m:,}.",
    "{d}: Reform UK's {w} beat Conservative {l} by {n:,} votes to {m:,}.",
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(LABELLED), st.sampled_from(DIVISIONS), st.sampled_from(WINNERS), st.sampled_from(LOSERS),
       st.integers(1000, 4000), st.integers(100, 900))
def test_a_round_up_line_opening_on_its_division_and_a_colon_is_that_division_s(
        shape: str, division: str, winner: str, loser: str, votes: int, beaten: int) -> None:
    cands, results = facts(shape.format(d=division, w=winner, l=loser, n=votes, m=beaten))
    assert [(r.area, r.winner, r.party) for r in results] == [(division, winner, "Reform UK")]
    assert {p: (c.area, c.votes) for p, c in cands.items()} == {winner: (division, votes), loser: (division, beaten)}


@pytest.mark.parametrize("label", ["Result", "Verdict", "Elsewhere", "Meanwhile", "Analysis", "Update"])
def test_a_colon_after_a_word_that_names_no_place_makes_no_division(label: str) -> None:
    cands, results = facts(f"{label}: Reform UK's Ann Roe won with 1,500 votes, ahead of Conservative Bob Gray on 900.")
    assert not [r for r in results if r.area == label] and not [c for c in cands.values() if c.area == label]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Mill Lane", "Church Street", "Castle Road", "Elm Avenue", "Kings Court"]),
       st.sampled_from(["Reform UK's {w} won {d} with {n:,} votes.", "In {d}, Reform UK's {w} won with {n:,} votes.",
                        "Reform UK's {w} won the {d} ward with {n:,} votes.",
                        "{d}: Reform UK's {w} won with {n:,} votes."]),
       st.sampled_from(WINNERS), st.integers(300, 4000))
def test_a_division_named_after_a_street_is_a_division(division: str, shape: str, winner: str, votes: int) -> None:
    cands, results = facts(shape.format(w=winner, d=division, n=votes))
    assert [(r.area, r.winner) for r in results] == [(division, winner)]
    assert (cands[winner].area, cands[winner].votes) == (division, votes)


# -- council contests told in sentences (branch councilprose) --------------------------------------------------------

SEVERAL_WINNERS = [
    "In {d}, {a} and {b} won both seats for Labour.",
    "Labour's {a} and {b} won {d}.",
    "{a} (Lab) and {b} (Lab) were elected in {d}.",
    "Labour candidates {a} and {b} won the two seats in the {d} ward.",
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(SEVERAL_WINNERS), st.sampled_from(DIVISIONS), st.sampled_from(WINNERS), st.sampled_from(LOSERS))
def test_several_winners_of_one_ward_each_won_a_seat_of_it(shape: str, division: str, first: str, second: str) -> None:
    cands, results = facts(shape.format(a=first, b=second, d=division))
    assert sorted(((r.area, r.winner, r.party, r.seat) for r in results), key=lambda r: r[3]) == [
        (division, first, "Labour", 0), (division, second, "Labour", 1)]
    assert {p: (c.area, c.party, c.rank) for p, c in cands.items()} == {
        first: (division, "Labour", 1), second: (division, "Labour", 1)}


def test_several_winners_in_a_general_election_s_seat_are_not_one_seat_s() -> None:
    doc = document_of("Labour's Jane Roe and Tom Smith won Lincoln.", title="Labour gains", date="2024-07-05")
    assert not [r for r in check(list(extract(doc)), doc).kept if isinstance(r, SeatResult) and r.seat]


def _towns() -> list[str]:
    """Towns of the reference data that are no council's, constituency's, police area's or mayoralty's (a division
    may be named after one)."""
    from elexgraph.annotate.gazetteer import gazetteer
    from elexgraph.annotate.tokens import tokenize
    from elexgraph.reference import places

    known = gazetteer().places
    plain = [p.name for p in places() if p.kind == "town"
             and (r := known.get(tuple(t.lower for t in tokenize(p.name)))) is not None
             and not (r.council or r.constituencies or r.police_area or r.mayoralty)]
    return sorted(plain)[:8]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Reform UK's {w} won in {t} with {n:,} votes.", "Reform UK's {w} was re-elected in {t} with "
                        "{n:,} votes.", "In {t}, Reform UK's {w} held on with {n:,} votes."]),
       st.sampled_from(_towns()), st.sampled_from(WINNERS), st.integers(300, 4000))
def test_a_town_a_named_winner_won_in_is_her_division(shape: str, town: str, winner: str, votes: int) -> None:
    cands, results = facts(shape.format(w=winner, t=town, n=votes))
    assert [(r.area, r.winner, r.party) for r in results] == [(town, winner, "Reform UK")]
    assert (cands[winner].area, cands[winner].votes) == (town, votes)


@pytest.mark.parametrize("sentence", ["Reform UK won in {t} and across the county.", "Jane Roe, who lives in {t}, "
                                      "spoke at the count.", "In {t}, Reform UK won every seat."])
def test_a_town_named_in_passing_is_no_division(sentence: str) -> None:
    for town in _towns()[:3]:
        _, results = facts(sentence.format(t=town))
        assert not [r for r in results if r.area == town]


KEPT_OR_WON = [
    "Independent {w} kept hold of her seat in {d}.",
    "Independent {w} hung on in {d}.",
    "Independent {w} clung on to her seat in {d}.",
    "Independent {w} survived in {d}.",
    "Independent {w} successfully defended her {d} seat.",
    "Independent {w} claimed victory in {d}.",
    "Independent {w} was successful in {d}.",
    "Independent {w} is the new county councillor for {d}.",
    "Independent {w} will be the new councillor for {d}.",
    "Independent {w} was voted in as councillor for {d}.",
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(KEPT_OR_WON), st.sampled_from(DIVISIONS), st.sampled_from(WINNERS))
def test_more_words_of_keeping_or_winning_a_division(shape: str, division: str, winner: str) -> None:
    cands, results = facts(shape.format(w=winner, d=division))
    assert [(r.area, r.winner, r.party) for r in results] == [(division, winner, "Independent")]
    assert (cands[winner].area, cands[winner].rank) == (division, 1)


@pytest.mark.parametrize("sentence", ["The council is hung after the count.", "Jane Roe survived a vote of no confidence.",
                                      "Jane Roe defended her decision to stand.", "Jane Roe picked up 900 votes in Abbey.",
                                      "Jane Roe, who was defending her seat, spoke after the count."])
def test_words_of_keeping_that_tell_no_win(sentence: str) -> None:
    _, results = facts(sentence)
    assert not [r for r in results if r.winner == "Jane Roe"]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(DIVISIONS), st.sampled_from(WINNERS), st.sampled_from(LOSERS))
def test_a_councillor_who_represented_a_division_lost_it(division: str, winner: str, loser: str) -> None:
    cands, results = facts(f"{loser}, who had represented {division} since 2017, lost to Reform UK's {winner}.")
    assert [(r.area, r.winner, r.party) for r in results] == [(division, winner, "Reform UK")]
    assert cands[loser].area == division


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Kirkby in the Dale", "Sutton on Trent", "Brook Hill"]), st.sampled_from(WINNERS),
       st.sampled_from(["on Thursday", "in May", "with 900 votes"]))
def test_small_words_inside_a_division_s_name_join_it(division: str, winner: str, after: str) -> None:
    _, results = facts(f"Reform UK's {winner} won {division} {after}.")
    assert [(r.area, r.winner) for r in results] == [(division, winner)]


def test_a_locality_after_the_is_no_division() -> None:
    cands, results = facts("The Independents Ann Roe and Sam Tarn also triumphed in the Lowlands.")
    assert not results and not [c for c in cands.values() if c.rank == 1]


CROSSHEAD_PROSE = [
    "Reform UK's {w} won with {n:,} votes, beating Conservative {l}.",
    "{w} (Reform UK) was elected with {n:,} votes, defeating Conservative {l}.",
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(CROSSHEAD_PROSE), st.sampled_from(DIVISIONS[:4]), st.sampled_from(WINNERS),
       st.sampled_from(LOSERS), st.integers(1000, 3000))
def test_a_crosshead_naming_a_division_is_the_contest_of_the_prose_under_it(
        shape: str, division: str, winner: str, loser: str, votes: int) -> None:
    cands, results = facts(division, shape.format(w=winner, l=loser, n=votes), "Other news", f"{loser} said he was sad.")
    assert [(r.area, r.winner, r.party) for r in results] == [(division, winner, "Reform UK")]
    assert (cands[winner].area, cands[winner].votes, cands[loser].area) == (division, votes, division)


@pytest.mark.parametrize("crosshead", ["Reform Surge", "Labour Hold Abbey", "Derbyshire", "Amber Valley"])
def test_a_crosshead_naming_no_division_places_nothing(crosshead: str) -> None:
    _, results = facts(crosshead, "Reform UK's Ann Roe won with 1,500 votes.")
    assert not [r for r in results if r.area == crosshead]


def test_a_party_s_gain_under_a_division_s_crosshead_is_the_division_s() -> None:
    _, results = facts("Lowfield", "Reform gain from Conservative.")
    assert [(r.area, r.party, r.outcome, r.previous_party) for r in results] == [
        ("Lowfield", "Reform UK", "gain", "Conservative")]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Labour held {a}, {b} and {c}.", "Labour held on to {a}, {b} and {c} for the party.",
                        "Labour retained {a}, {b} and {c}."]),
       st.permutations(["Abbey", "Brook Hill", "Kirk Vale", "Castle"]))
def test_the_last_of_a_list_of_divisions_is_one_even_when_it_reads_like_a_name(shape: str, names: list[str]) -> None:
    _, results = facts(shape.format(a=names[0], b=names[1], c=names[2]))
    assert sorted((r.area, r.party, r.outcome) for r in results) == sorted((n, "Labour", "hold") for n in names[:3])


def test_a_name_after_and_with_a_verb_of_its_own_is_a_person() -> None:
    cands, results = facts("Labour held Abbey and Jane Roe won Castle for Reform UK.")
    assert {r.area: r.winner for r in results} == {"Abbey": None, "Castle": "Jane Roe"}


PARTY_SEATS = [
    ("Reform UK's gains included {a}, {b} and {c}.", "gain"),
    ("Gains for Reform UK came in {a}, {b} and {c}.", "gain"),
    ("Reform UK's holds included {a}, {b} and {c}.", "hold"),
    ("Reform UK won seats in {a}, {b} and {c}.", None),
    ("Reform UK held on to seats in {a}, {b} and {c}.", "hold"),
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(PARTY_SEATS), st.permutations(["Abbey", "Brook Hill", "Kirk Vale", "Castle", "Lowfield"]))
def test_a_party_s_seats_listed_by_division(shape: tuple[str, str | None], names: list[str]) -> None:
    text, outcome = shape
    _, results = facts(text.format(a=names[0], b=names[1], c=names[2]))
    assert sorted((r.area, r.winner, r.party, r.outcome) for r in results) == sorted(
        (n, None, "Reform UK", outcome) for n in names[:3])


@pytest.mark.parametrize("sentence", ["Labour's only win was in {d}.", "The Liberal Democrats' only seat came in {d}."])
def test_a_party_s_only_seat(sentence: str) -> None:
    _, results = facts(sentence.format(d="Lowfield"))
    assert [(r.area, r.winner) for r in results] == [("Lowfield", None)] and results[0].party in ("Labour",
                                                                                                  "Liberal Democrats")


@pytest.mark.parametrize("sentence", ["Reform UK won seats in Derbyshire and Nottinghamshire.",
                                      "Reform UK's gains included two seats in the north.",
                                      "Labour won seats in Lowfield.", "Reform UK's gains included Thursday's count."])
def test_a_party_s_seats_in_areas_that_are_no_divisions(sentence: str) -> None:
    _, results = facts(sentence)
    assert not results


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Sitting councillor {w} won {d} with 900 votes.", "{w}, the sitting councillor, won {d} with "
                        "900 votes.", "Re-elected Conservative councillor {w} won {d} with 900 votes."]),
       st.sampled_from(DIVISIONS), st.sampled_from(WINNERS))
def test_a_holder_who_won_held_the_seat(shape: str, division: str, winner: str) -> None:
    _, results = facts(shape.format(w=winner, d=division))
    assert [(r.area, r.winner, r.outcome) for r in results] == [(division, winner, "hold")]


@settings(max_examples=30, deadline=None)
@given(st.permutations(["Abbey", "Brook Hill", "Kirk Vale", "Castle"]), st.sampled_from(WINNERS), st.sampled_from(LOSERS))
def test_wards_in_brackets_beside_names_are_theirs(wards: list[str], first: str, second: str) -> None:
    cands, results = facts(f"{first} ({wards[0]}) and {second} ({wards[1]}) were both re-elected for Labour.")
    assert sorted((r.area, r.winner, r.party, r.outcome) for r in results) == sorted(
        [(wards[0], first, "Labour", "hold"), (wards[1], second, "Labour", "hold")])
    assert {p: (c.area, c.party) for p, c in cands.items()} == {first: (wards[0], "Labour"), second: (wards[1], "Labour")}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Abbey", "Brook Hill", "Kirk Vale"]), st.sampled_from(WINNERS), st.sampled_from(LOSERS))
def test_one_ward_in_brackets_places_the_whole_clause(ward: str, winner: str, loser: str) -> None:
    cands, results = facts(f"Reform UK's {winner} ({ward}) beat Conservative {loser} by 45 votes.")
    assert [(r.area, r.winner, r.party, r.majority) for r in results] == [(ward, winner, "Reform UK", 45)]
    assert {p: (c.area, c.party, c.rank) for p, c in cands.items()} == {
        winner: (ward, "Reform UK", 1), loser: (ward, "Conservative", 2)}


def test_a_bracketed_label_in_a_general_election_s_story_is_still_a_party() -> None:
    doc = document_of("Jane Roe (Elvis) polled 120 votes in Lincoln.", title="Labour win Lincoln", date="2024-07-05")
    kept = [c for c in check(list(extract(doc)), doc).kept if isinstance(c, Candidacy)]
    assert [(c.person, c.party) for c in kept] == [("Jane Roe", "Elvis")]
