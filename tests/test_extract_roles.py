"""Roles: titles before and after names, and stated offices. Invented text."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.extract import extract_document
from elexgraph.facts import Role


def roles(*paragraphs: str) -> list[tuple[str, str]]:
    """Roles found with every extractor run, as in a build (a winner's office needs the results)."""
    return [(f.person, f.title) for f in extract_document(document_of(*paragraphs)) if isinstance(f, Role)]


def test_title_before_the_name():
    assert roles("Shadow transport secretary Mia Crane spoke first, then the former Newtown MP Raj Bell.") == [
        ("Mia Crane", "Shadow transport secretary"), ("Raj Bell", "former Newtown MP")]


def test_plural_title_goes_to_each_person_listed():
    assert roles("Veteran MPs Ada Lowe and Tom Hirst kept their seats.") == [
        ("Ada Lowe", "Veteran MP"), ("Tom Hirst", "Veteran MP")]


def test_apposition_after_the_name_stops_at_who():
    assert roles("Nina Ford, leader of Westshire County Council, won.",
                 "Omar Hale, the former Labour MEP who stood for the Greens, came second.") == [
        ("Nina Ford", "leader of Westshire County Council"), ("Omar Hale", "former Labour MEP")]


def test_title_before_the_name_set_off_by_a_comma():
    assert roles("Former deputy chairman of the party, Lars Ekdahl, lost his seat.") == [
        ("Lars Ekdahl", "Former deputy chairman of the party")]


def test_stated_office_and_possessive_seat():
    assert roles("Jane Moss has been elected as Eastbury's MP for the third time.",
                 "Dev Rao is now the MP for Northfield and Hill.") == [
        ("Jane Moss", "MP for Eastbury"), ("Dev Rao", "MP for Northfield and Hill")]


def test_descriptions_candidacies_and_bare_titles_are_not_roles():
    assert roles("Farmer Sam Birch lost to Labour candidate Jo Lane.",
                 "The new MP Kay Hunt thanked TV presenter Lou Dane.",
                 "Lou Dane joined as leader.") == []


def test_offices_held_before_founded_parties_and_the_lords():
    assert roles("Ivo Marsh, who had been the MP for Eastbury since 2005, conceded.",
                 "The Harbour Party, a new party set up by broadcaster Ola Penn, stood in ten seats.",
                 "Ula Reed's husband Tam Reed, who also sits in the House of Lords, was there.") == [
        ("Ivo Marsh", "former MP for Eastbury since 2005"), ("Ola Penn", "founder of The Harbour Party"),
        ("Tam Reed", "member of the House of Lords")]


def test_bare_council_titles_take_the_body_the_article_names():
    assert roles("Three Westshire District councillors have left.",
                 "Council leader Pat Ash and Group leader Cal Moy spoke of the Green Valley Group.",
                 "Councillors Jo Rix and Al Bird agreed.") == [
        ("Pat Ash", "leader of Westshire District Council"), ("Cal Moy", "leader of the Green Valley Group"),
        ("Jo Rix", "Westshire District councillor"), ("Al Bird", "Westshire District councillor")]


def test_the_winner_of_the_articles_contest_holds_its_office():
    assert roles("Labour's Mo Sethi has won Gedling with a majority of 4,120.") == [("Mo Sethi", "MP for Gedling")]


def test_a_seat_named_before_the_office_or_described_after_it():
    assert roles("Tom Brack has been the Erewash MP since 2010.",
                 "Ines Pell became MP for the redrawn seat of Amber Valley.") == [
        ("Tom Brack", "MP for Erewash"), ("Ines Pell", "MP for Amber Valley")]


def test_a_plural_title_before_words_that_are_no_name_is_no_role():
    """'Councillors quit party' once raised in the roles reader and cost the article every fact."""
    facts = extract_document(document_of("Councillors Amy Cole and Ben Fisk have quit the Labour Party.",
                                         title="Councillors quit party"))
    assert [(f.person, f.title) for f in facts if isinstance(f, Role)] == [
        ("Amy Cole", "Councillor"), ("Ben Fisk", "Councillor")]


def test_founders_read_in_one_pass_over_long_words():
    """A name is looked for only where a word starts: a very long capitalised word (once seconds of
    backtracking) is read like any other, and the founder beside it is still found."""
    long_word = "A" + "b" * 200_000
    assert roles(f"{long_word} {long_word.upper()}, and Anytown Voice, a movement founded by teacher Jane Roe, stood.") == [
        ("Jane Roe", "founder of Anytown Voice")]


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(["Ann Roe", "Sam Tarn", "Kim Vell", "Bob Gray", "Ivo Brack"]), min_size=3, max_size=3,
                unique=True))
def test_an_office_goes_with_the_winner_the_gate_keeps(names: list[str]) -> None:
    """A partial list's top line is no winner when the story says another won: nor does its office go to them."""
    winner, listed_top, listed_next = names
    doc = document_of(f"{winner} of Reform UK has been elected the first Mayor of Greater Lincolnshire with 104,133 "
                      "votes.", "The other results were:", f"Lincolnshire Independents' {listed_top} - 19,911 votes",
                      f"Green Party's {listed_next} - 15,040 votes",
                      title="Reform UK wins Greater Lincolnshire mayoral election", date="2025-05-02")
    offices = {f.person: f.title for f in extract_document(doc) if isinstance(f, Role)}
    assert offices.get(listed_top) is None


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["Labour", "the Liberal Democrats", "Reform UK", "the Conservatives"]),
       st.sampled_from(["party leader", "group leader", "deputy leader"]))
def test_a_party_joined_by_and_is_no_part_of_the_next_title(party: str, title: str) -> None:
    assert roles(f"The swing was from {party} and {title} Ann Roe said the seat was close.") == [("Ann Roe", title)]


def test_a_title_of_two_portfolios_keeps_its_and() -> None:
    assert roles("Former trade and industry secretary Ann Roe spoke.") == [
        ("Ann Roe", "Former trade and industry secretary")]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["leader", "Secretary", "MP", "councillor", "chairman", "minister"]))
def test_a_head_word_alone_is_no_office(head: str) -> None:
    """'led by leader Ann Roe', 'ex-Defence Secretary Ann Roe' read as 'Secretary': the office is not said."""
    assert roles(f"The movement was led by {head} Ann Roe.") == []
