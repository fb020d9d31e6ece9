"""The pattern engine's cheaper forms find what the plain ones find: an encoding made of pieces kept on the items is
the encoding worked out afresh, and a pattern set that leaves out the patterns whose needed words a sentence lacks
finds every match the whole set's regex finds, tried at each item's start."""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.lexicon import load_toml, word_classes
from elexgraph.annotate.patterns import Item, PatternSet, _escape_text, encode
from elexgraph.extract.party_changes import PATTERNS as CHANGE_PATTERNS
from elexgraph.extract.party_changes import _patterns as _change_patterns
from elexgraph.extract.prose_results.rules import PATTERNS as PROSE_PATTERNS
from elexgraph.extract.prose_results.rules import patterns

_TAGS = [("W",), ("W", "CAP"), ("PERSON",), ("PARTY",), ("PLACE",), ("NUM", "NUM.votes"), ("NUM", "NUM.year"), ("P",),
         ("QUOTE",), ("ORD",), ("START",), ("END",)]


def _plain_encode(items: list[Item]) -> tuple[str, list[int]]:
    """The encoding as first written: each item's piece worked out at every call."""
    parts, starts, at = [], [], 0
    for item in items:
        piece = f"<{','.join(item.tags)}:{_escape_text(item.text)}>"
        starts.append(at)
        parts.append(piece)
        at += len(piece)
    return "".join(parts), starts


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="aJ<>:‹,. ’É", max_size=5), st.sampled_from(_TAGS)), max_size=10))
def test_an_encoding_of_kept_pieces_is_the_one_worked_out_afresh(pieces: list[tuple[str, tuple[str, ...]]]) -> None:
    items = [Item(tags, text, i, i + 1) for i, (text, tags) in enumerate(pieces)]
    assert encode(items) == _plain_encode(items)
    assert encode(items) == _plain_encode(items)  # again, from the pieces kept
    assert encode(items[1:]) == _plain_encode(items[1:])  # a clause of the sentence's items


@cache
def _rule_sets() -> list[PatternSet]:
    """Every pattern set of the readers: each section of the prose rules, and the party changes'."""
    return [patterns(name) for name, rules in load_toml(PROSE_PATTERNS).items() if isinstance(rules, list)] + \
        [_change_patterns()[0]]


@cache
def _words_of_the_rules() -> list[str]:
    """Words the rules print and the words of the classes they use (each phrase's words), with a few others."""
    text = " ".join(rule["pattern"] for path in (PROSE_PATTERNS, CHANGE_PATTERNS)
                    for rules in load_toml(path).values() if isinstance(rules, list) for rule in rules)
    printed = set(re.findall(r"(?<![@\w])[a-z’'][\w’'-]*|[.,;:]", text))
    classes = {word for name in re.findall(r"@(\w+)", text) for phrase in word_classes()[name] for word in phrase.split()}
    return sorted(printed | classes | {"Jane", "Roe", "Abbey", "2019"})


def _found_by_the_whole_set(rules: PatternSet, items: list[Item]) -> list[tuple[int, int, int, dict]]:
    """Every match of the whole set's regex, tried at each item's start (as finditer tries), as (pattern, start,
    end, captures) in items."""
    text, starts = encode(items)
    found, end = [], 0
    for k, at in enumerate(starts):
        m = rules.regex.match(text, at) if at >= end and rules.regex is not None else None
        if m is None:
            continue
        end = m.end()
        index = int(m.lastgroup[1:])
        captures = {name.split("_", 1)[1]: (starts.index(m.start(name)), _item_ending(starts, m.end(name)))
                    for name in rules.capture_names[index] if m.group(name) is not None and m.end(name) > m.start(name)}
        found.append((index, k, _item_ending(starts, m.end()), captures))
    return found


def _item_ending(starts: list[int], offset: int) -> int:
    return starts.index(offset) if offset in starts else len(starts)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_pattern_set_tried_with_the_patterns_a_sentence_holds_the_words_of_finds_what_the_whole_set_finds(
        data: st.DataObject) -> None:
    words = _words_of_the_rules()
    rules = data.draw(st.sampled_from(_rule_sets()))
    pieces = data.draw(st.lists(st.tuples(st.sampled_from(words), st.sampled_from(_TAGS)), max_size=14))
    items = [Item(tags, text, 5 * i, 5 * i + 4) for i, (text, tags) in enumerate(pieces)]
    found = [(m.pattern, m.start, m.end, m.captures) for m in rules.finditer(items)]
    assert found == _found_by_the_whole_set(rules, items)


def test_a_pattern_needs_the_words_of_each_element_it_cannot_match_without() -> None:
    rules = PatternSet(["who=PERSON ~2 ( won|held ) PLACE? by", "the? ( quit|left ) @gone PARTY", "PARTY* won|NUM",
                        "a b | c", "x=( from|of )+ !to :"], {"gone": ["the party", "office"]})
    assert rules._needs == [[frozenset({"won", "held"}), frozenset({"by"})], [frozenset({"quit", "left"}),
                            frozenset({"the", "office"})], [], [], [frozenset({"from", "of"})]]
    items = [Item(("PERSON",), "Jane Roe", 0, 8), Item(("W",), "won", 9, 12), Item(("PLACE",), "Abbey", 13, 18)]
    assert [m.pattern for m in rules.finditer(items)] == [2]  # no 'by': the first pattern is not tried
    assert [m.pattern for m in rules.finditer([*items, Item(("W",), "by", 19, 21)])] == [0]
