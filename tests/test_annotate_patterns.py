"""Patterns written as data, matched over a sentence's items (invented sentences)."""

from __future__ import annotations

import pytest
from article_text import document_of

from elexgraph.annotate.patterns import PatternError, PatternSet


def matches(pattern: str, sentence: str, classes: dict | None = None) -> list[dict[str, list[str]]]:
    doc = document_of(sentence)
    s = doc.sentences[1]
    found = PatternSet([pattern], classes or {"move": ("defected", "switched", "crossed the floor")}).finditer(s.items)
    return [{name: [i.text for i in m.items(s.items, name)] for name in m.captures} for m in found]


def test_captures_mentions_and_word_classes() -> None:
    assert matches("verb=@move ( from the? from=PARTY )? to the? to=PARTY",
                   "Ann Tor defected from the Conservatives to the Greens.") == [
        {"verb": ["defected"], "from": ["Conservatives"], "to": ["Greens"]}]


def test_phrases_gaps_and_alternatives() -> None:
    assert matches("verb=@move ~6 ( to|for ) to=PARTY", "Ann Tor crossed the floor of the House of Commons to Labour.") == [
        {"verb": ["crossed", "the", "floor"], "to": ["Labour"]}]
    assert matches("( from=PARTY | party ) whip", "She lost the party whip.") == [{}]


def test_speech_is_never_matched() -> None:
    assert matches("verb=@move to to=PARTY", 'Ann Tor said: "I have defected to Labour."') == []


@pytest.mark.parametrize("pattern", ["( PERSON", "PERSON )", "@missing PERSON", "PERSON? ( said )*"])
def test_a_malformed_pattern_is_a_named_error(pattern: str) -> None:
    with pytest.raises(PatternError, match="pattern"):
        PatternSet([pattern], {})


def test_an_anchor_skips_sentences_that_cannot_match() -> None:
    classes = {"move": ("defected", "crossed the floor")}
    anchored = PatternSet(["verb=@move to to=PARTY", "verb=( quit|left ) the? PARTY"], classes, anchor="verb")
    assert anchored.anchor_words == {"defected", "crossed", "quit", "left"}
    assert anchored.may_match(frozenset({"she", "crossed", "the", "floor"}))
    assert not anchored.may_match(frozenset({"she", "won", "the", "seat"}))
    # an anchor that may be any item, or a pattern without one: every sentence is tried
    assert PatternSet(["verb=PERSON said"], {}, anchor="verb").may_match(frozenset())
    assert PatternSet(["PERSON said"], {}, anchor="verb").may_match(frozenset())
