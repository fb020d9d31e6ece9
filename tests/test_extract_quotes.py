"""Quotes: speakers from the attribution around the marks; one fact per opening mark. Invented text."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.extract.quotes import extract
from elexgraph.annotate.quotes import quotations


def said(*paragraphs: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract(document_of(*paragraphs))]


def test_quotation_marks_straight_curly_mixed_and_single():
    found = quotations('Mr Okoro said: "We won." It felt ‘huge’ and "right now.” Labour\'s \'red wall\' fell.')
    assert [q.text for q in found] == ["We won.", "huge", "right now.", "red wall"]


def test_apostrophes_are_not_quotation_marks():
    assert quotations("Labour’s candidate didn’t say it; the members’ vote did.") == []


def test_unclosed_quotation_runs_to_the_paragraph_end():
    (q,) = quotations('She said: "We will carry on')
    assert q.text == "We will carry on" and not q.closed


def test_speaker_before_the_quote_with_a_relative_clause():
    assert said('Priya Okoro, who beat Tom Vance to take the seat, said: "This is a new start."') == [
        ("Priya Okoro", "This is a new start.")]


def test_speaker_after_the_quote_by_pronoun_and_by_title():
    assert said("Daniel Marsh won the seat for the Greens.",
                '"We ran a positive campaign," he said.',
                '"It was close," Mr Marsh told the BBC.') == [
        ("Daniel Marsh", "We ran a positive campaign,"), ("Daniel Marsh", "It was close,")]


def test_short_fragments_in_reported_speech():
    assert said('Mr Harland Pike said he was "a hostage" of the whips.',
                'Prime Minister Ada Greaves called his comments "utterly wrong".') == [
        ("Harland Pike", "a hostage"), ("Ada Greaves", "utterly wrong")]


def test_speech_over_several_paragraphs_goes_on_with_the_speaker():
    assert said('Ms Lena Hart said: "We listened to people.',
                '"And they listened to us."') == [("Lena Hart", "We listened to people."),
                                                  ("Lena Hart", "And they listened to us.")]


def test_pronoun_goes_to_the_subject_not_the_last_name():
    assert said("Omar Bell held the seat, with Labour's Ruth Dale finishing second.",
                'He said "this town" will have a say.') == [("Omar Bell", "this town")]


def test_leading_clause_is_skipped_when_finding_the_subject():
    assert said("Ms Jane Rook spoke to the BBC on Friday.",
                'Asked if Martin Lowe would stay on, she replied: "No, not at all."') == [
        ("Jane Rook", "No, not at all.")]


def test_unnamed_spokesman_and_scare_quotes_are_skipped():
    assert said('"There is no change," a spokesman said.',
                "It was a fortress seat in the 'red wall'.") == []


def test_a_spokesman_does_not_continue_the_last_speaker():
    assert said('Cllr Rosa Kemp said: "We are ready."',
                '"Nothing changes," a spokesman said.',
                '"It is settled."') == [("Rosa Kemp", "We are ready.")]


def test_headlines_are_skipped():
    assert said("Tories 'lost traction' says expert",
                "Rishworth: 'we were robbed'published at 10:50 9 June 2017") == []


def test_speaker_named_after_the_verb_with_a_title_between():
    assert said('"We will fight on," said Labour leader Tom Marsh.',
                '"It is a disaster", according to Ms Ann Bloggs.') == [
        ("Tom Marsh", "We will fight on,"), ("Ann Bloggs", "It is a disaster")]


def test_a_pronoun_right_after_a_quote_goes_to_its_speaker():
    assert said('"We did it," Mr Abel Roth said. "I will not let you down," he added.',
                "Liberal Democrat Ivo Kane came third. He added: \"Thank you all.\"") == [
        ("Abel Roth", "We did it,"), ("Abel Roth", "I will not let you down,"), ("Abel Roth", "Thank you all.")]


def test_an_opening_curly_mark_closed_by_a_straight_one():
    assert [q.text for q in quotations("‘We are ready to serve,' said Cllr Hana Pike.")] == ["We are ready to serve,"]
    assert said("‘We are ready to serve,' said Cllr Hana Pike.") == [("Hana Pike", "We are ready to serve,")]


def test_a_colon_hands_the_words_to_the_sentences_subject():
    assert said("Ines Tovey was gracious towards her rivals: “It was a fair fight. We all enjoyed it.”") == [
        ("Ines Tovey", "It was a fair fight. We all enjoyed it.")]
    assert said("The result was: “a landslide”.") == []


def test_a_quotation_paragraph_after_reported_speech_is_the_reporters_subjects():
    assert said("Dana Ilic thanked the voters. But she said she was delighted with the count.",
                '"It was a tremendous night for us."') == [("Dana Ilic", "It was a tremendous night for us.")]
    # a paragraph of quotation after prose with no speech stays unattributed
    assert said("Dana Ilic lost her seat.", '"It was a tremendous night for us."') == []


def test_he_or_she_right_before_the_verb_speaks_after_an_opening_phrase():
    assert said("Overall, Ms Ferrow won by 4,000 votes.",
                'On winning she said: "It is a privilege."',
                'Close to tears he said: "Thank you."') == [("Ferrow", "It is a privilege.")]  # no 'he' here


def test_the_name_inside_an_aside_does_not_speak_for_its_subject():
    assert said('Ina Coyle, a fierce critic of Bram Olsen, said she was "fully aligned" with the Greens.',
                'Bram Olsen, who lost the seat to Ina Coyle, said he was "proud".') == [
        ("Ina Coyle", "fully aligned"), ("Bram Olsen", "proud")]


def test_a_described_speaker_is_the_one_the_story_gives_that_office_with_those_words():
    story = ("New Anyborough mayor Tilda Marsh won on second preferences.",
             "Conservative MP Owen Hale congratulated her.")
    assert said(*story, 'Close to tears, the new mayor said: "It feels wonderful."') == [
        ("Tilda Marsh", "It feels wonderful.")]
    # 'the newly-elected Labour MP' is not the Conservative MP the story names: no speaker, no quote.
    assert said(*story, 'The newly-elected Labour MP said it was a "damning verdict".') == []


_FIRST = ["Ann", "Bob", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana"]
_LAST = ["Roe", "Gray", "Hill", "Ford", "Tarn", "Vell", "Quill", "Brack"]
_TURNS = ["{o} said the result was a disappointment for the party.", "{o} had held the seat for a decade.",
          "Meanwhile {o} refused to comment on the count."]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_FIRST), st.sampled_from(_LAST)).map(" ".join), min_size=2, max_size=2,
                unique=True), st.sampled_from(_TURNS), st.booleans())
def test_a_speech_goes_on_only_while_the_story_stays_with_its_speaker(names: list[str], turn: str, back: bool) -> None:
    """A quotation opening a paragraph goes on with the last speaker, unless the story turned to someone else in
    the paragraphs between (a sentence about the speaker again, just before, brings it back)."""
    speaker, other = names
    between = [turn.format(o=other)] + ([f"{speaker} thanked the voters."] if back else [])
    found = said(f'{speaker} won the seat. She said: "We did it."', *between, '"This is only the start."')
    assert found[0] == (speaker, "We did it.")
    assert (speaker, "This is only the start.") in found if back else all(
        quote != "This is only the start." or who != speaker for who, quote in found)


@settings(max_examples=30, deadline=None)
@given(st.tuples(st.sampled_from(_FIRST), st.sampled_from(_LAST)).map(" ".join),
       st.sampled_from(['According to {n}, the result was "a blow for the party".',
                        'It was, said {n}, "a brilliant campaign".',
                        'The count, according to Cllr {n}, was "a long night".']))
def test_a_speaker_named_right_after_an_inverted_verb_or_according_to(name: str, shape: str) -> None:
    found = said("Ann Roe won the seat.", shape.format(n=name))
    assert [who for who, _ in found] == [name]


def test_someone_named_after_the_verb_of_a_named_speaker_is_not_the_speaker():
    found = said('Ann Roe told Bob Gray, "You fought a good campaign."')
    assert found == [("Ann Roe", "You fought a good campaign.")]


@settings(max_examples=20, deadline=None)
@given(st.tuples(st.sampled_from(_FIRST), st.sampled_from(_LAST)).map(" ".join),
       st.sampled_from(["{n}'s message was clear:", "{n} had a warning for the council:"]))
def test_a_paragraph_ending_on_a_colon_hands_the_next_quotation_to_its_subject(name: str, lead: str) -> None:
    found = said("Ann Roe won the seat.", lead.format(n=name), '"We will change this town."')
    assert found == [(name, "We will change this town.")]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_FIRST), st.sampled_from(_LAST)).map(" ".join), min_size=2, max_size=2,
                unique=True), st.sampled_from(["–", "—", "-"]))
def test_a_name_after_a_dash_signs_the_quotation(names: list[str], dash: str) -> None:
    first, second = names
    found = said(f'{first} said: "We won."', f'"This is brilliant" {dash} {second}.')
    assert found[-1] == (second, "This is brilliant")


@settings(max_examples=20, deadline=None)
@given(st.tuples(st.sampled_from(_FIRST), st.sampled_from(_LAST)).map(" ".join),
       st.sampled_from(["vowing not to", "promising to", "pledging to"]))
def test_a_verb_of_speech_with_no_subject_of_its_own_goes_to_the_one_named_before(name: str, verb: str) -> None:
    """'Mr Roe said he would stay neutral, vowing not to "take sides"': the verb's subject is the one named
    before it."""
    found = said(f'{name} won the seat.', f'After the count {name} spoke briefly, {verb} "take sides".')
    assert found == [(name, "take sides")]


_MEN = [f"Mr {last}" for last in _LAST]
_WOMEN = [f"Ms {last}" for last in _LAST]
_HARD_NIGHT = '"It was a hard night," {p} said.'


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_LAST), min_size=3, max_size=3, unique=True), st.booleans(),
       st.sampled_from(["Turnout was 61%.", "The count ran late.", ""]))
def test_he_or_she_with_no_one_of_that_gender_in_reach_speaks_for_no_one(last: list[str], female: bool,
                                                                         filler: str) -> None:
    """'He said' after a sentence about someone of the other gender, or about two who would fit, stands for no
    one the story named: the speaker is out of reach (a man named two paragraphs before is not he)."""
    one, two, three = last
    title, other, pronoun = ("Ms", "Mr", "she") if female else ("Mr", "Ms", "he")
    far = [f"{title} Ann {one} stood for the Greens.", f"{other} Bob {two} won the seat for Labour.",
           *([filler] if filler else []), _HARD_NIGHT.format(p=pronoun)]
    assert said(*far) == []
    both = [f"Labour lost the seat to {title} Ann {one}, and {title} Cara {three} came third.",
            _HARD_NIGHT.format(p=pronoun)]
    assert said(*both) == []


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_LAST), min_size=2, max_size=2, unique=True), st.booleans())
def test_he_or_she_goes_to_the_one_of_that_gender_named_just_before(last: list[str], female: bool) -> None:
    """The one of the pronoun's gender named in the sentence before (not its subject: 'X is a contender, according
    to Ms Y. She said: …'), or in the last sentence about anyone before a speech, is in reach."""
    one, two = last
    title, other, pronoun = ("Ms", "Mr", "She") if female else ("Mr", "Ms", "He")
    found = said(f"{other} Bob {one} is a possible contender, according to {title} Ann {two}.",
                 f'{pronoun} said: "It was a hard night."')
    assert found == [(f"Ann {two}", "It was a hard night.")]
    found = said(f"Labour lost its majority and the party's leader {title} Ann {two} said it was a blow.",
                 '"We will be back," she went on.'.replace("she", pronoun.lower()),
                 f'{pronoun} said the result was "a warning".')
    assert [who for who, _ in found] == [f"Ann {two}"] * 2
