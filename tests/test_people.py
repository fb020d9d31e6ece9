"""People resolved within an article: titles, surnames, short first names, pronouns. Invented text."""

from __future__ import annotations

from article_text import document_of


def test_titled_and_bare_surnames_join_the_full_name_and_stay_as_aliases():
    doc = document_of("Councillor Priya Okafor won the ward.",
                      "Cllr Okafor thanked her team.",
                      '"We did it," Okafor said.')
    assert set(doc.people()) == {"Priya Okafor"}
    assert set(doc.people()["Priya Okafor"].aliases) == {"Councillor Priya Okafor", "Cllr Okafor", "Okafor"}


def test_short_first_name_joins_the_long_one():
    doc = document_of("Labour's Sam Rudd won.", "Samuel Rudd (Lab) 12,000")
    assert list(doc.people()) == ["Samuel Rudd"]
    assert doc.person_named("Sam Rudd") == "Samuel Rudd"


def test_description_before_a_name_is_not_part_of_it():
    doc = document_of("Ex-Tory Dan Weir joins the Greens.", "Dan Weir said he was pleased.")
    assert list(doc.people()) == ["Dan Weir"]


def test_pronoun_goes_to_the_subject_of_the_sentence_before():
    doc = document_of("Mr Alan Pryce held the seat, beating Labour's Kit Moran.", "He said it was a good night.")
    sentence = doc.sentences[-1]
    assert doc.resolve_pronoun(sentence, sentence.start, "m") == "Alan Pryce"


def test_pronoun_skips_a_person_of_the_other_gender():
    doc = document_of("Mr Ravi Shah is a contender, according to colleague Ms Ellen Wray.", "She said he was clever.")
    sentence = doc.sentences[-1]
    assert doc.resolve_pronoun(sentence, sentence.start, "f") == "Ellen Wray"


def test_captions_and_bylines_are_nobody_the_story_is_about():
    doc = document_of("Mr Ian Sole spoke at the count.", "Gwen Tallis", "He said it went well.")
    sentence = doc.sentences[-1]
    assert doc.subject_of(doc.sentences[-2]) is None
    assert doc.resolve_pronoun(sentence, sentence.start, "m") == "Ian Sole"
