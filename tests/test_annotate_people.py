"""People resolved within an article: titles, surnames, short first names, pronouns. Invented text."""

from __future__ import annotations

from article_text import document_of

from elexgraph.annotate.discourse import Discourse
from elexgraph.extract import extract_article


def people(doc) -> dict[str, set[str]]:  # noqa: ANN001 - a Document
    return {r.name: r.forms for r in doc.people.records}


def test_titled_and_bare_surnames_join_the_full_name_and_stay_as_forms():
    doc = document_of("Councillor Priya Okafor won the ward.",
                      "Cllr Okafor thanked her team.",
                      '"We did it," Okafor said.')
    assert people(doc) == {"Priya Okafor": {"Councillor Priya Okafor", "Cllr Okafor", "Okafor"}}


def test_a_surname_before_the_full_name_joins_it():
    doc = document_of("Mr Bellamy celebrates", "Mr Ivor Bellamy held the seat.")
    assert list(people(doc)) == ["Ivor Bellamy"]


def test_short_first_name_joins_the_long_one_and_mentions_follow_the_fuller_name():
    doc = document_of("Labour's Sam Rudd won.", "Samuel Rudd (Lab) 12,000", "Samuel Rudd (Lab) 12,000\nAl Tor (Con) 9,000")
    assert list(people(doc)) == ["Samuel Rudd", "Al Tor"]
    first = doc.sentences[1].people[0]
    assert (first.text, first.person) == ("Sam Rudd", "Samuel Rudd")


def test_a_surname_with_a_particle_joins_its_full_name():
    doc = document_of("Ms De Vries reflects", "Anna de Vries held on in the seat.")
    assert list(people(doc)) == ["Anna de Vries"]


def test_a_knight_is_named_by_his_first_name():
    doc = document_of("Sir Tobias Wragge won again.", "Sir Tobias thanked his agent.")
    assert people(doc) == {"Tobias Wragge": {"Sir Tobias Wragge", "Sir Tobias"}}


def test_description_before_a_name_is_not_part_of_it():
    doc = document_of("Ex-Tory Dan Weir joins the Greens.", "Independent Ola Penn spoke.", "Dan Weir said he was pleased.")
    assert list(people(doc)) == ["Dan Weir", "Ola Penn"]


def test_words_that_are_also_surnames_end_a_name_but_do_not_start_one():
    doc = document_of("Labour's Gail Ward won, while Jo Hall came second.", "The Ward count was slow.")
    assert list(people(doc)) == ["Gail Ward", "Jo Hall"]


def test_places_buildings_and_bodies_are_not_people():
    doc = document_of("The count took place at the Pearson Centre in Beeston, part of the Red Wall seat.",
                      "Kirk Lane Leisure Centre and Bestwood Village voted.")
    assert people(doc) == {}


def test_a_place_word_can_end_a_name_but_not_start_one():
    doc = document_of("Anytown MP Ann Lincoln spoke to Lincoln voters.")
    assert list(people(doc)) == ["Ann Lincoln"]


def test_pronoun_goes_to_the_subject_of_the_sentence_before():
    doc = document_of("Mr Alan Pryce held the seat, beating Labour's Kit Moran.", "He said it was a good night.")
    sentence = doc.sentences[-1]
    assert Discourse(doc).resolve_pronoun(sentence, sentence.start, "m") == "Alan Pryce"


def test_pronoun_skips_a_person_of_the_other_gender():
    doc = document_of("Mr Ravi Shah is a contender, according to colleague Ms Ellen Wray.", "She said he was clever.")
    sentence = doc.sentences[-1]
    assert Discourse(doc).resolve_pronoun(sentence, sentence.start, "f") == "Ellen Wray"


def test_captions_and_bylines_are_nobody_the_story_is_about():
    doc = document_of("Mr Ian Sole spoke at the count.", "Gwen Tallis", "He said it went well.")
    discourse = Discourse(doc)
    sentence = doc.sentences[-1]
    assert discourse.subject_of(doc.sentences[-2]) is None
    assert discourse.resolve_pronoun(sentence, sentence.start, "m") == "Ian Sole"


def test_an_article_names_only_the_people_its_facts_are_about():
    facts = extract_article(document_of("Labour's Mo Sethi has won Gedling, thanking Dr Ann Poe.").article)
    assert set(facts.people) == {"Mo Sethi"}


def test_a_title_begins_a_name_whatever_capitalised_word_stands_before_it():
    doc = document_of("Because Mr Quill led at the first count, a second was needed.",
                      "Unless Dr Anwen Tarrow concedes, the count goes on.", "John Major spoke.")
    assert list(people(doc)) == ["Quill", "Anwen Tarrow", "John Major"]


def test_capitalised_words_before_an_office_and_a_name_describe_the_person():
    doc = document_of("Brook Vale councillor Ada Penrose is the latest to leave.",
                      "Upper Tarn MP Cyril Mott said nothing.")
    assert list(people(doc)) == ["Ada Penrose", "Cyril Mott"]


def test_a_ward_named_like_a_person_after_in_or_lost_to_is_no_one() -> None:
    """'won in Brook Hill', 'lost Brook Hill to Labour', 'Brook Hill was won by', 'in Abbey and Kirk Vale.': a ward whose
    name looks like a person's (she was read as a person: 'She polled 804 votes' was then hers); 'in Jane Roe's
    absence' keeps the person."""
    doc = document_of("Jane Roe won in Brook Hill. Labour lost Castle Vale to the Greens.",
                      "Kirk Dale was won by Labour. In Tom Smith's absence, the count went on.",
                      "Labour held seats in Abbey and Kirk Vale. The Kirk Dene by-election and Kirk Moor voters came next.",
                      "Kirk Lea's new councillor was cheered. Tom Smith's agent said so.",
                      "Kirk Fold fell to Labour. Kirk Mead changed hands.",
                      "Labour gained Kirk Row, where the count ran late. Kirk Top, a Labour stronghold, held firm.",
                      title="Council results")
    assert set(people(doc)) == {"Jane Roe", "Tom Smith"}


def test_wards_listed_after_in_are_no_one_but_a_person_set_off_after_a_place_is() -> None:
    """'in Fir Tree, Dale Park and Elm Grove respectively': the list's wards are no one; 'the candidate in Anytown,
    Ann Lee, said' keeps her (a place, then a person between commas, is no list)."""
    doc = document_of("Sam Tarn, Ann Roe and Bob Gray were elected in Fir Tree, Dale Park and Elm Grove respectively.",
                      "The defeated candidate in Anytown, Ann Lee, said it was a hard night.", title="Results")
    assert set(people(doc)) == {"Sam Tarn", "Ann Roe", "Bob Gray", "Ann Lee"}
