"""Candidacies and seat results read from narrative prose (invented articles and names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_text import document_of

from elexgraph.articles import Article
from elexgraph.annotate.document import Document
from elexgraph.extract.prose_results import extract
from elexgraph.extract.prose_results.clauses import clauses
from elexgraph.facts import Candidacy, SeatResult


def read(body: str, date: str | None = "2024-07-05") -> tuple[dict[tuple[int, str, str], Candidacy],
                                                                 dict[tuple[int, str], SeatResult]]:
    text = "Election night\n\n" + body
    doc = Document(Article("t", Path("t.txt"), text, "Election night", "0", date=date))
    facts = list(extract(doc))
    for fact in facts:
        assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
    candidacies = {(f.election.year, f.area, f.person): f for f in facts if isinstance(f, Candidacy)}
    results = {(f.election.year, f.area): f for f in facts if isinstance(f, SeatResult)}
    return candidacies, results


def test_winner_from_a_named_rival_is_a_gain() -> None:
    cands, results = read("Labour's Mary Quill has won the Erewash seat from Conservative Tom Brack.")
    result = results[(2024, "Erewash")]
    assert (result.winner, result.party, result.outcome, result.previous_party) == (
        "Mary Quill", "Labour", "gain", "Conservative")
    assert cands[(2024, "Erewash", "Tom Brack")].party == "Conservative"
    assert cands[(2024, "Erewash", "Tom Brack")].rank == 2  # the one rival beaten


def test_votes_to_a_possessive_rival_and_derived_majority() -> None:
    cands, results = read("Independent candidate Omar Vell caused a shock in Gedling by beating Labour's Ann Roe.\n"
                          "Mr Vell secured 14,000 votes to Ms Roe's 13,500.")
    assert cands[(2024, "Gedling", "Omar Vell")].votes == 14000
    assert cands[(2024, "Gedling", "Ann Roe")].votes == 13500
    assert results[(2024, "Gedling")].majority == 500


def test_places_shares_and_a_printed_majority() -> None:
    cands, results = read("Dr Ivy Pell kept Broxtowe for the Conservatives on 17,500 votes (40.2%) and a 2,568 majority.\n"
                          "Sam Dore, of the Lib Dems, was second on 14,932 votes and Kit Lowe for Reform UK "
                          "was placed third on 8,009.")
    assert results[(2024, "Broxtowe")].majority == 2568
    assert results[(2024, "Broxtowe")].outcome == "hold"
    assert cands[(2024, "Broxtowe", "Ivy Pell")].share == 40.2
    assert (cands[(2024, "Broxtowe", "Sam Dore")].rank, cands[(2024, "Broxtowe", "Sam Dore")].party) == (
        2, "Liberal Democrats")
    assert (cands[(2024, "Broxtowe", "Kit Lowe")].rank, cands[(2024, "Broxtowe", "Kit Lowe")].votes) == (3, 8009)


def test_pronoun_subject_and_respectively() -> None:
    cands, _ = read("Ned Harl won Bolsover for Labour.\n"
                    "He polled 19,310 votes, with the Green Party's Lia Fenn finishing second on 12,004 votes.\n"
                    "Independent Bo Carr and Green candidate Di Moss came fourth and fifth respectively.")
    assert cands[(2024, "Bolsover", "Ned Harl")].votes == 19310
    assert (cands[(2024, "Bolsover", "Lia Fenn")].rank, cands[(2024, "Bolsover", "Lia Fenn")].party) == (2, "Green")
    assert cands[(2024, "Bolsover", "Bo Carr")].rank == 4
    assert cands[(2024, "Bolsover", "Di Moss")].rank == 5


def test_party_gain_then_candidate_in_next_sentence() -> None:
    cands, results = read("The Tories lost Rushcliffe as Labour gained it from the Conservatives.\n"
                          "Ms Jo Pike received 21,000 votes.")
    assert results[(2024, "Rushcliffe")].winner == "Jo Pike"
    assert cands[(2024, "Rushcliffe", "Jo Pike")].party == "Labour"


def test_past_election_in_passing_is_its_own_year() -> None:
    cands, results = read("Rob Hale won Ashfield for Labour, pushing Conservative Lyn Crane into second place.\n"
                          "Ms Crane, who had taken the seat from Pat Olde in 2019, polled 10,220 (24.1%).")
    assert cands[(2024, "Ashfield", "Lyn Crane")].votes == 10220
    assert cands[(2019, "Ashfield", "Lyn Crane")].rank == 1
    assert results[(2019, "Ashfield")].outcome == "gain"
    assert (2024, "Ashfield", "Pat Olde") not in cands


def test_won_by_votes_is_a_majority() -> None:
    _, results = read("Kettering stays blue.\nSupporters cheered as Lou Bram won by a massive 15,221 votes - "
                      "more than doubling his majority.", date="2019-12-13")
    assert results[(2019, "Kettering")].majority == 15221


def test_wrongly_declared_winner_is_not_the_winner() -> None:
    cands, results = read("Labour's Al Vane was wrongly announced as the victor in Mansfield.\n"
                          "Actually Conservative Bea Stott won it, by a majority of 1,212.")
    assert results[(2024, "Mansfield")].winner == "Bea Stott"
    assert results[(2024, "Mansfield")].majority == 1212
    assert cands[(2024, "Mansfield", "Al Vane")].rank == 2


def test_mayoral_result_uses_the_place() -> None:
    cands, results = read("Labour's Cy Dale was re-elected Mayor of Mansfield, taking 8,640 votes.\n"
                          "His nearest rival Conservative Em Rudd got 5,101 votes.", date="2023-05-05")
    assert results[(2023, "Mansfield")].outcome == "hold"
    assert results[(2023, "Mansfield")].election.kind == "mayoral"
    assert (cands[(2023, "Mansfield", "Em Rudd")].rank, cands[(2023, "Mansfield", "Em Rudd")].votes) == (2, 5101)


def test_council_control_and_party_only_results_are_not_facts() -> None:
    cands, results = read("Labour hold Chesterfield council.\nThe Liberal Democrats came sixth with 1,004 votes.")
    assert not cands and not results


def test_new_winner_without_a_seat_is_not_put_in_the_last_one() -> None:
    _, results = read("Labour's Ada Prim won Gedling.\n"
                      "Conservative MP Vic Lorne has retained his place in Parliament, beating Labour's Uma Fisk.")
    assert results[(2024, "Gedling")].winner == "Ada Prim"
    assert len(results) == 1


def test_a_resigned_seat_is_no_result_but_a_first_election_years_ago_is() -> None:
    cands, results = read("Tory Ray Fitch resigned his Newark seat, and was first elected in 2010.", date=None)
    assert list(results) == [(2010, "Newark")] and results[(2010, "Newark")].winner == "Ray Fitch"
    assert list(cands) == [(2010, "Newark", "Ray Fitch")]


def test_by_election_before_new_boundaries_uses_the_old_seat() -> None:
    _, results = read("Labour has gained Wellingborough from the Conservatives in a by-election held on 15 February.",
                      date="2024-02-16")
    result = results[(2024, "Wellingborough")]
    assert (result.outcome, result.party, result.previous_party) == ("gain", "Labour", "Conservative")
    assert (2024, "Wellingborough and Rushden") not in results


def test_held_on_as_mayor_is_a_hold() -> None:
    _, results = read("Tobias Wragge has held on as Mayor of Mansfield.", date="2023-05-05")
    assert (results[(2023, "Mansfield")].winner, results[(2023, "Mansfield")].outcome) == ("Tobias Wragge", "hold")


def test_first_directly_elected_mayor_with_a_share() -> None:
    cands, results = read("Labour's Harold Quenby has been elected as Leicester's first directly elected mayor "
                          "with 60.1 per cent of the vote.", date="2011-05-06")
    candidacy = cands[(2011, "Leicester", "Harold Quenby")]
    assert (candidacy.party, candidacy.share, candidacy.election.kind) == ("Labour", 60.1, "mayoral")
    assert results[(2011, "Leicester")].winner == "Harold Quenby"


def test_each_clause_of_a_but_keeps_its_own_seat() -> None:
    _, results = read("Labour held Gedling but lost Sherwood by just 214 votes.", date="2010-05-07")
    gedling, sherwood = results[(2010, "Gedling")], results[(2010, "Sherwood")]
    assert (gedling.party, gedling.outcome, gedling.majority) == ("Labour", "hold", None)
    assert (sherwood.outcome, sherwood.previous_party, sherwood.majority) == ("gain", "Labour", 214)


def test_party_returned_mps_through_people() -> None:
    cands, results = read("Labour's Ann Lee won Kettering, the first Kettering win in years.\n"
                          "Labour also returned MPs in Bolsover through Jane Roe and Erewash through Sam Poe.\n"
                          "Labour - 18,009\nConservative - 14,189")
    assert (results[(2024, "Bolsover")].winner, results[(2024, "Bolsover")].party) == ("Jane Roe", "Labour")
    assert (results[(2024, "Erewash")].winner, results[(2024, "Erewash")].party) == ("Sam Poe", "Labour")
    # the party-only list is the count of the article's own seat, not of the others it names
    assert cands[(2024, "Kettering", "Ann Lee")].votes == 18009
    assert cands[(2024, "Bolsover", "Jane Roe")].votes is None
    assert cands[(2024, "Erewash", "Sam Poe")].votes is None


def test_a_partys_seats_uncounted_are_no_one_contests_result() -> None:
    _, results = read("The Liberal Democrats have held on to their seats across Derbyshire, "
                      "but the Greens made gains in the county.\n"
                      "Labour's Ann Roe won Erewash.")
    assert set(results) == {(2024, "Erewash")}
    _, results = read("The Conservatives kept their seats in the constituencies of Erewash and Amber Valley.")
    assert {(r.area, r.party, r.outcome) for r in results.values()} == {
        ("Erewash", "Conservative", "hold"), ("Amber Valley", "Conservative", "hold")}
    _, results = read("Ann Roe (Erewash) and Tom Brack (Amber Valley) have both kept their seats.")
    assert {(r.area, r.winner) for r in results.values()} == {("Erewash", "Ann Roe"), ("Amber Valley", "Tom Brack")}


def test_a_rival_named_between_dashes_after_a_zero_relative() -> None:
    for body in ("Labour's Ann Roe, who won Erewash in 2017, lost to the woman she beat two years earlier – "
                 "Jo Pim – by 1,200 votes.",
                 "Labour's Ann Roe, who won Erewash in 2017, lost to the woman she beat two years earlier, "
                 "Jo Pim, by 1,200 votes."):
        _, results = read(body, date="2019-12-13")
        assert (results[(2019, "Erewash")].winner, results[(2019, "Erewash")].majority) == ("Jo Pim", 1200), body
        assert results[(2017, "Erewash")].majority is None


def test_to_clinch_the_seat_and_a_party_named_once_elsewhere() -> None:
    cands, results = read("Voters again put their trust in Conservative Ann Roe.\n"
                          "Mrs Roe polled 30,100 votes, twice her nearest rival's tally, to clinch the seat of Erewash.")
    assert (results[(2024, "Erewash")].winner, results[(2024, "Erewash")].party) == ("Ann Roe", "Conservative")
    assert cands[(2024, "Erewash", "Ann Roe")].votes == 30100
    # a former party is no party at this election
    _, results = read("Former Labour councillor Ann Roe stood for Reform UK this time.\n"
                      "Mrs Roe polled 30,100 votes to clinch the seat of Erewash.")
    assert results[(2024, "Erewash")].party is None


def test_divisions_listed_after_seats_previously_held() -> None:
    _, results = read("Derbyshire County Council election: the Conservatives keep control.\n"
                      "The Tories won wards that were previously held by Labour, including Bolsover North, "
                      "Heanor West and Ripley and Codnor.", date="2021-05-07")
    assert {(r.area, r.party, r.outcome, r.previous_party) for r in results.values()} == {
        (name, "Conservative", "gain", "Labour") for name in ("Bolsover North", "Heanor West", "Ripley and Codnor")}


def test_a_seat_held_since_a_past_year_is_this_contests_gain() -> None:
    _, results = read("Across the border, Ann Roe pulled off a 52-vote win for Labour in Erewash, "
                      "taking the seat that Tom Brack had held for the Tories since 2010.")
    result = results[(2024, "Erewash")]
    assert (result.winner, result.outcome, result.previous_party, result.majority) == (
        "Ann Roe", "gain", "Conservative", 52)
    assert (2010, "Erewash") not in results


def test_as_were_says_the_win_again_of_others_in_their_seats() -> None:
    _, results = read("In Erewash the sitting Labour MP Ann Roe was re-elected, as were Tom Brack in Amber Valley "
                      "and Ines Pell in Bolsover.")
    assert {(r.area, r.winner, r.party, r.outcome) for r in results.values()} == {
        ("Erewash", "Ann Roe", "Labour", "hold"), ("Amber Valley", "Tom Brack", "Labour", "hold"),
        ("Bolsover", "Ines Pell", "Labour", "hold")}
    # names without their seats: which contests is not said
    _, results = read("In Erewash Labour's Ann Roe was re-elected, as were Tom Brack and Ines Pell.")
    assert set(results) == {(2024, "Erewash")}


def test_a_description_of_the_loser_is_no_cue_and_a_new_seat_is_still_lost() -> None:
    _, results = read("Elsewhere, the leader of the county council, Tom Brack, lost his seat in Erewash to Labour's "
                      "Ann Welsh, while Jo Pim lost the new Amber Valley constituency to Labour's Ines Pell.")
    assert {(r.area, r.winner, r.party) for r in results.values()} == {
        ("Erewash", "Ann Welsh", "Labour"), ("Amber Valley", "Ines Pell", "Labour")}


def test_a_list_of_names_and_a_list_with_asides_stay_one_clause() -> None:
    sentence = document_of("The three seats have been held by Labour candidates Ann Roe, Tom Brack and Ines Pell.").sentences[1]
    assert len(clauses(sentence)) == 1
    cands, _ = read("Labour's Jo Pim won Erewash. Former MPs Ann Roe, who stood as an independent, and Tom Brack, "
                    "of the Greens, came third and fourth respectively.")
    assert (cands[(2024, "Erewash", "Ann Roe")].rank, cands[(2024, "Erewash", "Tom Brack")].rank) == (3, 4)


def test_a_majority_someone_keeps_and_one_they_lose() -> None:
    _, results = read("The defeated Conservative candidate in Erewash, Jo Pim, spoke to reporters.\n"
                      "She had more than halved Ann Roe's Labour majority to 2,104.")
    result = results[(2024, "Erewash")]
    assert (result.winner, result.party, result.majority) == ("Ann Roe", "Labour", 2104)
    _, results = read("In Erewash, Jo Pim overturned Ann Roe's majority of 2,104.")
    assert all(r.winner != "Ann Roe" for r in results.values())


def test_voters_chose_someone_to_continue_as_their_mp() -> None:
    _, results = read("Labour's Ann Roe thanked the voters who chose her to continue as their MP in Erewash.")
    assert (results[(2024, "Erewash")].winner, results[(2024, "Erewash")].outcome) == ("Ann Roe", "hold")
    _, results = read("Labour's Ann Roe, who won Erewash, will continue as leader of the group.")
    assert results[(2024, "Erewash")].outcome is None


def test_ranks_after_a_verb_said_once() -> None:
    cands, _ = read("Labour's Ann Roe won Erewash. Tom Brack took third, with Jo Pim (Green) fourth and "
                    "Ines Pell (Reform UK) fifth.")
    assert {p: (c.rank, c.party) for (_, _, p), c in cands.items() if p != "Ann Roe"} == {
        "Tom Brack": (3, None), "Jo Pim": (4, "Green"), "Ines Pell": (5, "Reform UK")}


def test_emerged_triumphant_and_the_first_to_win_was() -> None:
    _, results = read("Derbyshire County Council election results.\n"
                      "Labour's Jo Pim and Tom Brack both return to County Hall, while Conservative Ann Roe emerged "
                      "triumphant in Bolsover North.\n"
                      "The only Green candidate to win a seat was Ines Pell for Heanor West.", date="2021-05-07")
    assert {(r.area, r.winner) for r in results.values()} >= {("Bolsover North", "Ann Roe"), ("Heanor West", "Ines Pell")}


def test_a_win_beside_who_held_the_seat_before_and_comma_spliced_results() -> None:
    cands, results = read("In Amber Valley, Ann Roe romped home with 16,000 votes for Labour in a constituency which had "
                          "been held by Tom Brack.\n"
                          "The Conservatives retained their seat in Erewash with Jo Pim, in Bolsover, Ines Pell was "
                          "returned by 22,000 votes.", date="2005-05-06")
    assert (results[(2005, "Amber Valley")].winner, cands[(2005, "Amber Valley", "Ann Roe")].votes) == ("Ann Roe", 16000)
    assert results[(2005, "Erewash")].winner == "Jo Pim" and results[(2005, "Erewash")].party == "Conservative"
    assert results[(2005, "Bolsover")].winner == "Ines Pell"
    assert results[(2005, "Bolsover")].majority is None  # 'returned by N votes': the votes or the margin?


def test_a_majority_raised_from_one_figure_to_another() -> None:
    _, results = read("Conservative Ann Roe held Erewash.\n"
                      "She increased her majority from 9,100 to 10,250 with her latest victory.", date="2017-06-09")
    assert (results[(2017, "Erewash")].majority, results[(2015, "Erewash")].majority) == (10250, 9100)
    assert results[(2015, "Erewash")].winner == "Ann Roe"


def test_a_majority_that_rose_to_one_figure_from_another_dated_one() -> None:
    cands, results = read("Labour's Ann Roe held Erewash.\n"
                          "Her majority rose to a huge 6.450 votes from only 310 at the 2010 election.",
                          date="2015-05-08")
    assert (results[(2015, "Erewash")].majority, results[(2010, "Erewash")].majority) == (6450, 310)
    assert all(c.votes is None for c in cands.values())


def test_several_people_losing_their_seats_are_not_put_in_the_last_one() -> None:
    cands, _ = read("Labour's Ann Roe won Erewash from Conservative Tom Brack.\n"
                    "Conservatives Tom Brack and Jo Pim also lost their seats.")
    assert {(a, p) for (_, a, p) in cands} == {("Erewash", "Ann Roe"), ("Erewash", "Tom Brack")}  # Jo Pim's is not said


def test_a_year_before_vote_is_no_count_and_votes_by_securing_are_the_subjects() -> None:
    for shape in ("following the 2017 vote", "after the 2017 vote", "since the 2017 poll"):
        cands, _ = read("Tom Tarn held Gedling for the Conservatives.\n"
                        f"Mr Tarn was defending a narrow majority of 807 votes {shape}, but managed to see off "
                        "the challenge of Labour candidate Ann Brack by securing 21,031 votes.")
        assert cands[(2024, "Gedling", "Tom Tarn")].votes == 21031
        assert all(c.votes in (None, 21031) for c in cands.values())
        assert (2024, "Gedling", "Ann Brack") not in cands or cands[(2024, "Gedling", "Ann Brack")].votes is None


def test_a_winner_the_article_said_lost_there_is_no_winner() -> None:
    cands, results = read("Labour's two big losses were Ann Roe, who lost her seat in Erewash, and Bob Gray, "
                          "who was ousted in Broxtowe.\nBob Gray took Broxtowe with a majority of 1,800.")
    assert results[(2024, "Broxtowe")].winner is None
    assert results[(2024, "Broxtowe")].majority == 1800
    assert cands[(2024, "Broxtowe", "Bob Gray")].rank is None


def test_votes_going_to_someone_and_a_close_third_by_a_margin() -> None:
    cands, _ = read("Labour's Kit Lowe was elected in Gedling, and it was confirmed at dawn with 21,000 votes (45%) "
                    "going to Ms Lowe.")
    assert (cands[(2024, "Gedling", "Kit Lowe")].votes, cands[(2024, "Gedling", "Kit Lowe")].share) == (21000, 45.0)
    cands, _ = read("Labour's Kit Lowe won Gedling by 300 votes from Tom Brack, with the Green Party's Ivy Pell "
                    "finishing a close third by 40 votes.")
    assert cands[(2024, "Gedling", "Ivy Pell")].rank == 3


_KEPT_SHAPES = ["{seat} stayed {party}.", "{seat} remained in {party} hands.", "{seat} remained {party}, as expected.",
                "{seat} and {other} both stayed {party}.", "{seat}, {other} and Broxtowe all remained {party}."]


@pytest.mark.parametrize("shape", _KEPT_SHAPES)
@pytest.mark.parametrize("party", ["Labour", "Conservative", "Reform UK"])
def test_a_seat_that_stayed_with_a_party_is_its_hold(shape: str, party: str) -> None:
    """'Gedling stayed Labour', 'Newark remained in Conservative hands': the party after the verb kept the seat;
    'turnout stayed low', 'she remained leader' are no result."""
    _, results = read(shape.format(seat="Gedling", other="Erewash", party=party)
                      + " Turnout stayed low, and Ann Tor remained leader of the group.")
    named = {"Gedling"} | ({"Erewash"} if "{other}" in shape else set()) | ({"Broxtowe"} if "Broxtowe" in shape else set())
    assert {area for _, area in results} == named
    assert all(r.party == party and r.outcome == "hold" and r.winner is None for r in results.values())


@pytest.mark.parametrize("compared", ["was down on the {year} general election", "was larger than in {year}",
                                      "was up on {year}", "fell sharply compared with the {year} election"])
def test_a_figure_set_beside_an_earlier_elections_is_this_contests(compared: str) -> None:
    """'Her majority of 4,300 was down on the 2017 general election': the majority is the one just won; no contest of
    2017 is made of it."""
    _, results = read("Labour's Ann Tor held Gedling with 20,100 votes. "
                      f"Her majority of 4,300 {compared.format(year=2017)}.")
    assert set(results) == {(2024, "Gedling")}
    assert results[(2024, "Gedling")].majority == 4300
