"""Party changes: who changed, from which party, to which. Invented text."""

from __future__ import annotations

from article_text import document_of

from elexgraph.extract.party_changes import extract


def changes(*paragraphs: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.person, c.kind, c.from_party, c.to_party) for c in extract(document_of(*paragraphs))]


def test_defection_by_pronoun_with_the_party_stated_earlier():
    assert changes("Ms Ada Hardy won as a Liberal Democrat in 2015 and was later suspended.",
                   "She then switched to the Greens.") == [
        ("Ada Hardy", "suspension", "Liberal Democrats", None), ("Ada Hardy", "defection", "Liberal Democrats", "Green")]


def test_expulsion_by_the_party_precedes_the_move():
    assert changes("Ex-Labour Dana Fry joins the Green Party",
                   "Dana Fry won for Labour in 2017, but was expelled by the party last year.") == [
        ("Dana Fry", "expulsion", "Labour", None), ("Dana Fry", "defection", "Labour", "Green")]


def test_explicit_from_and_to():
    assert changes("Councillor Mia Stone has defected from the Liberal Democrats to Labour.") == [
        ("Mia Stone", "defection", "Liberal Democrats", "Labour")]


def test_left_one_party_and_joined_another():
    assert changes("Conservative Raj Patel left the party and joined Reform UK on Monday.") == [
        ("Raj Patel", "defection", "Conservative", "Reform UK")]


def test_stood_as_an_independent_in_a_relative_clause():
    assert changes("Former Labour MP Nora Quill, who stood as an independent, and Ian Beck came fourth and fifth.") == [
        ("Nora Quill", "stood_as_independent", "Labour", "Independent")]
    # an independent candidate may always have been one: no party left, no change
    assert changes("Former MPs Nora Quill, who stood as an independent, and Ian Beck came fourth and fifth.",
                   "Sam Hill, standing as an independent, came last.") == []


def test_named_resignations_take_the_group_move_stated_before():
    assert changes("Two more councillors have left the Labour Party and joined the Green Party.",
                   "The leader said that Councillors Amy Cole and Ben Fisk have both resigned from the party.") == [
        ("Amy Cole", "defection", "Labour", "Green"), ("Ben Fisk", "defection", "Labour", "Green")]


def test_resigning_a_seat_or_joining_something_else_is_not_a_party_change():
    assert changes("The by-election was called after Tory Sam Vale resigned over a scandal.",
                   "Labour's Kim Rowe joined the campaign trail and joined the council in 2015.",
                   "Jo Penn joined Labour at the age of 16.") == []


def test_losing_the_whip():
    assert changes("Labour MP Tessa Grant had the whip removed in 2023.") == [
        ("Tessa Grant", "suspension", "Labour", None)]


def test_crossed_the_floor_in_a_relative_clause():
    assert changes("Former Labour councillor Dave Pitt, who crossed the floor to join the Conservatives, spoke.") == [
        ("Dave Pitt", "defection", "Labour", "Conservative")]


def test_floor_crossing_suspension_and_quitting_to_sit_as_an_independent():
    assert changes("Ena Voss, the Labour MP for Gedling, has crossed the floor of the House of Commons to join "
                   "the Liberal Democrats.",
                   "Borough councillor Rod Lane, a Conservative, had the whip suspended.",
                   "Former Labour council leader Kit Orme quit the party to sit as an independent.") == [
        ("Rod Lane", "suspension", "Conservative", None),
        ("Kit Orme", "stood_as_independent", "Labour", "Independent"),
        ("Ena Voss", "defection", "Labour", "Liberal Democrats")]


def test_leaving_the_group_is_leaving_the_group_the_story_tells_of():
    assert changes("Councillor Ravi Dunn has quit the Conservatives to join Reform UK.",
                   "Last week councillors Ola Brisk and Tam Hewer said they were leaving the group to sit as "
                   "independents.") == [
        ("Ola Brisk", "stood_as_independent", "Conservative", "Independent"),
        ("Tam Hewer", "stood_as_independent", "Conservative", "Independent"),
        ("Ravi Dunn", "defection", "Conservative", "Reform UK")]
    # two groups left in one story: 'the group' is not told apart, and an independent from no known party is no change
    assert "Ola Brisk" not in [person for person, *_ in changes(
        "Councillor Ravi Dunn has quit the Conservatives to join Reform UK.",
        "Councillor Eve Marr has quit Labour to join the Greens.",
        "Councillor Ola Brisk said she was leaving the group to sit as an independent.")]


def test_the_same_move_by_someone_else():
    assert changes("Councillor Ravi Dunn has defected from the Liberal Democrats to the Greens, after a similar switch "
                   "by Bolsover councillor Ines Pell in the spring.") == [
        ("Ravi Dunn", "defection", "Liberal Democrats", "Green"), ("Ines Pell", "defection", "Liberal Democrats", "Green")]


def dated(*paragraphs: str) -> list[tuple[str, str | None, bool]]:
    return [(c.person, c.date, c.date_from_article) for c in extract(document_of(*paragraphs))]


def test_a_title_and_a_time_phrase_before_a_resignation_noun():
    assert changes("Leader of Anytown Borough Council, Cllr Jane Roe, announced on Thursday (January 2) her "
                   "resignation from the Labour Party together with nine colleagues.") == [
        ("Jane Roe", "resignation", "Labour", None)]
    assert changes("Councillor Tom Reed resigned on Monday from the Green Party.",
                   "Jo Penn quit last week, the Liberal Democrats said.") == [("Tom Reed", "resignation", "Green", None)]


def test_those_who_resigned_then_form_an_independent_group():
    assert changes("Twenty councillors in Westshire have resigned from Labour.",
                   "Leader of the council, Cllr Jane Roe, announced her resignation from the Labour Party on Friday.",
                   "They are to form a group of independents on the council.",
                   "Cllr Tom Reed, her deputy, is one of the twelve members to have left.") == [
        ("Jane Roe", "resignation", "Labour", "Independent"), ("Tom Reed", "resignation", "Labour", "Independent")]


def test_several_people_in_one_statement_share_the_party_of_their_title():
    assert changes("Two Reform UK councillors, Sam Hill and Kim Ford, have resigned from the party and will sit as "
                   "independents.") == [
        ("Sam Hill", "stood_as_independent", "Reform UK", "Independent"),
        ("Kim Ford", "stood_as_independent", "Reform UK", "Independent")]
    assert changes("Conservative councillors Ann Lee and Bob Gray have both quit the party.") == [
        ("Ann Lee", "resignation", "Conservative", None), ("Bob Gray", "resignation", "Conservative", None)]


def test_earlier_moves_told_in_passing_are_the_same_move():
    assert changes("Councillor Tom Reed has quit the Conservative group.",
                   "He has become the fourth Conservative member to become independent, following Ann Lee, Bob Gray "
                   "and Di Marsh.") == [
        ("Tom Reed", "resignation", "Conservative", None),
        ("Tom Reed", "resignation", "Conservative", "Independent"),
        ("Ann Lee", "resignation", "Conservative", "Independent"),
        ("Bob Gray", "resignation", "Conservative", "Independent"),
        ("Di Marsh", "resignation", "Conservative", "Independent")]


def test_becoming_an_independent_and_a_place_before_the_title_is_no_person():
    assert changes("Brook Vale councillor Jane Roe, a Conservative, is the latest to leave - becoming an independent.",
                   "Sam Hill of Labour became an independent councillor in 2021.") == [
        ("Jane Roe", "resignation", "Conservative", "Independent"), ("Sam Hill", "resignation", "Labour", "Independent")]


def test_whip_lost_then_standing_as_an_independent():
    assert changes("Labour MP Jane Roe had the whip removed in March.",
                   "She will now stand as an independent at the next election.") == [
        ("Jane Roe", "suspension", "Labour", None), ("Jane Roe", "stood_as_independent", "Labour", "Independent")]
    # one who gives up the whip sits as an independent: one move
    assert changes("Cllr Tom Reed has resigned the Conservative whip and will continue as the member for Anytown but "
                   "as an independent.") == [("Tom Reed", "resignation", "Conservative", "Independent")]


def test_joining_a_new_local_party():
    assert changes("Councillor Ann Lee has left Labour and joined the newly formed Anytown Independents.",
                   "Cllr Bob Gray, a Conservative, has joined the Brook Vale Residents Association.") == [
        ("Ann Lee", "defection", "Labour", "Anytown Independents")]


def test_an_unnamed_mover_takes_the_party_of_the_subject():
    assert changes("A Green councillor on Anytown Council quit the party last week to join the Liberal Democrats.",
                   "Westfield ward Cllr Jane Roe made the announcement on Monday.") == [
        ("Jane Roe", "defection", "Green", "Liberal Democrats")]


def test_a_relative_clause_of_others_is_not_the_subjects_move():
    assert changes("Jane Roe, a Conservative MP since 2010, is to sit with the five MPs who quit the Green Party "
                   "on Monday.") == []


def test_a_date_printed_without_its_year_is_the_last_such_day_before_the_article():
    assert dated("Councillor Jane Roe left the Labour Party in May.",
                 "Councillor Tom Reed quit the Green Party on 12 December.",
                 "Councillor Ann Lee quit the Conservative Party on 3rd March 2021.",
                 "Councillor Bob Gray quit the Liberal Democrats on 31 February.") == [
        ("Jane Roe", "2024-05", False), ("Tom Reed", "2023-12-12", False), ("Ann Lee", "2021-03-03", False),
        ("Bob Gray", None, False)]


def test_a_change_told_as_last_month_is_not_dated_as_printed():
    assert dated("Councillor Jane Roe left the Labour Party last month.",
                 "Councillor Tom Reed quit the Green Party on Tuesday.") == [
        ("Jane Roe", None, False), ("Tom Reed", "2024-07-02", False)]


def test_the_party_joined_is_the_one_the_article_gives_the_defector():
    assert changes("Reform UK's Jane Roe, who defected from the Conservatives in 2023, won by 300 votes.") == [
        ("Jane Roe", "defection", "Conservative", "Reform UK")]
    assert changes("Jane Roe defected from Labour.") == []  # to no party the article names


def test_now_standing_for_another_party_or_now_an_independent():
    assert changes("Former Conservative Jane Roe, now standing for Reform UK, came second.",
                   "Ex-Labour councillor Tom Reed, who now represents the Greens, topped the poll.",
                   "Sam Hill, elected as a Liberal Democrat in 2021 but now an independent, lost his seat.",
                   "Labour's Ann Lee, now standing for Labour in Westfield, came first.") == [
        ("Sam Hill", "resignation", "Liberal Democrats", "Independent"),
        ("Jane Roe", "defection", "Conservative", "Reform UK"), ("Tom Reed", "defection", "Labour", "Green")]


def test_a_former_party_beside_the_one_the_article_gives_now():
    assert changes("Reform UK's Jane Roe, a former Conservative councillor, won Brook Vale.",
                   "Labour's Tom Reed beat Sam Hill, a former Green councillor, by 300 votes.",
                   "Ann Lee, a former Labour MP, held the seat for Labour.") == [
        ("Jane Roe", "defection", "Conservative", "Reform UK")]


def test_a_party_that_suspends_or_expels_those_named():
    assert changes("Labour has suspended councillor Tom Reed pending an investigation.",
                   "The Conservatives expelled Ann Lee and Bob Gray on Monday.") == [
        ("Ann Lee", "expulsion", "Conservative", None), ("Bob Gray", "expulsion", "Conservative", None),
        ("Tom Reed", "suspension", "Labour", None)]


def test_the_party_left_after_the_party_joined_and_a_place_after_a_title():
    assert changes("Tom Reed, a councillor for Brook Vale, has defected to Reform UK from the Conservatives.") == [
        ("Tom Reed", "defection", "Conservative", "Reform UK")]


def test_an_unnamed_mover_is_the_titled_one_named_soon_after():
    move = "A Labour councillor has defected to the Greens on Westshire Council."
    assert changes(move, "Jane Roe won the Brook Vale seat with 1,204 votes.") == []
    assert changes(move, "Cllr Jane Roe said the time had come.") == [("Jane Roe", "defection", "Labour", "Green")]
    assert changes(move, "The council meets on Monday.", "Its budget is due.", "It will be tight.",
                   "Cllr Jane Roe said the time had come.") == []


def test_results_prose_tells_no_party_change():
    assert changes("The seat switched from Labour to Reform UK.",
                   "Jane Roe won with 12,000 votes.",
                   "Jane Roe said the count was suspended for an hour.",
                   "Jane Roe's win leaves the Conservatives with just two seats.",
                   "Tom Reed said the result left the party in a strong position.",
                   "Jane Roe, who stood as an independent, came fourth with 300 votes.",
                   "Labour's Ann Lee said voters had deserted the party over Brexit.",
                   "Bob Gray, the Conservative candidate, said many Labour voters had switched to Reform UK.",
                   "After the count, Sam Hill left the hall with the Labour group leader.",
                   "Labour's Kim Ford said she would never leave the party.",
                   "Tory Di Marsh quit the Conservative front bench in 2019 and left the Labour-run council.",
                   "Labour's Jo Penn won the seat, leaving the Conservatives in third place.",
                   "Reform's Li Ward won, which left the Conservatives with two seats.",
                   "Tom Reed, who was considering standing as an independent, has ruled out leaving Labour.") == []
