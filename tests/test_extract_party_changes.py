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
    assert changes("Former MPs Nora Quill, who stood as an independent, and Ian Beck came fourth and fifth.") == [
        ("Nora Quill", "stood_as_independent", None, "Independent")]


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
    # two groups left in one story: 'the group' is not told apart, so it stays unnamed
    assert ("Ola Brisk", "stood_as_independent", None, "Independent") in changes(
        "Councillor Ravi Dunn has quit the Conservatives to join Reform UK.",
        "Councillor Eve Marr has quit Labour to join the Greens.",
        "Councillor Ola Brisk said she was leaving the group to sit as an independent.")


def test_the_same_move_by_someone_else():
    assert changes("Councillor Ravi Dunn has defected from the Liberal Democrats to the Greens, after a similar switch "
                   "by Bolsover councillor Ines Pell in the spring.") == [
        ("Ravi Dunn", "defection", "Liberal Democrats", "Green"), ("Ines Pell", "defection", "Liberal Democrats", "Green")]
