"""The annotator's faster forms read what the plainer ones read: the tokenizer's word pattern (runs of letters at
a time) against the letter-at-a-time definition, a clause's word-class lookups against the class's words looked
up one by one, tokens and items equal and hashed by value, and ``once`` working a value out once."""

from __future__ import annotations

import gc
import re
import weakref
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph import extract
from elexgraph.annotate import list_lines
from elexgraph.annotate.document import Document
from elexgraph.annotate.elections import _cues, _printed_date, kind_named
from elexgraph.annotate.gazetteer import gazetteer
from elexgraph.annotate.list_lines import _ITEMS, declarations, footer_declarations
from elexgraph.annotate.lexicon import calendar, says, says_any, word_classes, words
from elexgraph.annotate.once import once
from elexgraph.annotate.patterns import _FOLDED_APART, Item, PatternSet, encode, leading_words, lowered_for_words
from elexgraph.annotate.sentences import _LAST_WORD
from elexgraph.annotate.tokens import _TOKEN, Token, tokenize
from elexgraph.articles import Article, find_articles, read_article
from elexgraph.extract import extract_article
from elexgraph.extract.party_changes import _patterns as _change_patterns
from elexgraph.extract.prose_results.clauses import Clause, clauses
from tests.article_text import document_of

# The word as first defined: a letter, then one letter, digit, apostrophe before a letter or hyphen before a letter
# or digit at a time.
_LETTER_AT_A_TIME = re.compile(r"[^\W\d_](?:[^\W_]|['’](?=[^\W\d_])|[-‐](?=[^\W_]))*")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZé1_'’-‐ .,ü9", min_size=1, max_size=16))
def test_a_word_is_what_the_letter_at_a_time_pattern_matches(text: str) -> None:
    for m in _TOKEN.finditer(text):
        if m.lastgroup == "word":
            plain = _LETTER_AT_A_TIME.match(text, m.start())
            assert plain is not None and plain.group() == m.group()


def test_tokens_and_items_are_equal_and_hashed_by_value() -> None:
    one, other = tokenize("Jane Roe's seat"), tokenize("Jane Roe's seat")
    assert one == other and [hash(t) for t in one] == [hash(t) for t in other]
    assert [t.text for t in one] == ["Jane", "Roe", "'s", "seat"] and one[0].lower == "jane"
    assert Item(("W",), "Seat", 0, 4, one[3]) == Item(("W",), "Seat", 0, 4, one[3])
    assert Item(("W",), "Seat", 0, 4).lower == "seat" and Item(("W",), "Seat", 0, 4).ref is None
    assert len({Token("Ann", 0, 3, "w"), Token("Ann", 0, 3, "w")}) == 1


def test_once_works_a_value_out_at_first_use_only() -> None:
    calls = []

    class Counted:
        @once
        def value(self) -> int:
            calls.append(1)
            return 41 + len(calls)

    thing = Counted()
    assert (thing.value, thing.value) == (42, 42) and len(calls) == 1
    assert isinstance(Counted.__dict__["value"], once)


_SENTENCES = [
    "Labour's Jane Roe won the seat with a majority of 412, while the Conservatives held Otherton.",
    "Tom Smith, who was elected in 2019, came second and was followed by Ann Poe on 3,193 votes.",
    "The winning candidate was Jane Roe, who beat Tom Smith by 500 votes after a recount.",
    "She lost her seat last time but won it back, as were Ann Poe in Anytown and Kim Ford in Otherton.",
]
_CLASSES = ("win", "lose", "beaten", "speech", "main_verbs", "runner_up", "followed_by", "formerly_held",
            "member_verbs", "standing_cues", "respectively", "rank_verbs", "seat_words")  # the last two no reader
# asks a clause for: a clause's index is made again with them


def _looked_up_one_by_one(clause: Clause, cls: str) -> list[int]:
    lowers = [item.lower for item in clause.items]
    found = set()
    for i, lower in enumerate(lowers):
        if clause.mention(i) is not None:
            continue
        if lower in words(cls) or (i + 1 < len(lowers) and f"{lower} {lowers[i + 1]}" in words(cls)):
            found.add(i)
    return sorted(found)


def test_a_clause_finds_the_words_of_a_class_as_looking_each_up_would() -> None:
    doc = document_of(*_SENTENCES)
    cut = [clause for sentence in doc.sentences for clause in clauses(sentence)]
    assert len(cut) > len(_SENTENCES)
    for clause in cut:
        for cls in _CLASSES:
            assert clause.find(cls) == _looked_up_one_by_one(clause, cls)
            assert clause.find(cls, 2, 6) == [i for i in _looked_up_one_by_one(clause, cls) if 2 <= i < 6]
    assert any(clause.find("win") for clause in cut) and any(clause.find("followed_by") for clause in cut)


def test_a_clause_indexes_its_mentions_by_kind_as_a_scan_would() -> None:
    doc = document_of(*_SENTENCES)
    cut = [clause for sentence in doc.sentences for clause in clauses(sentence)]
    for clause in cut:
        for kind in ("person", "party", "place", "figure", "ordinal", "pronoun"):
            assert clause.where(kind) == [i for i in range(len(clause.items)) if clause.kind(i) == kind]
        assert all(clause.lower(i) in clause.lowered for i in range(len(clause.items)))
        clause.where("person").append(-1)  # a reader's own list: the clause's index is not changed by it
        clause.find("win").append(-1)
        assert -1 not in clause.where("person") and -1 not in clause.find("win")
    assert any(clause.where("person") for clause in cut) and any(clause.where("figure") for clause in cut)


def test_reading_an_article_makes_no_reference_cycles() -> None:
    """extract_article pauses the cyclic collector: all an article's reading makes must be freed without it (the
    seeds and the test corpus, read with the collector off, leave nothing for it to find), and it is on again after."""
    root = Path(__file__).parent
    articles = [read_article(p) for p in find_articles([root.parent / "seeds", root / "corpus" / "articles"])]
    extract_article(articles[0])  # the lexicons and tables loaded once
    gc.collect()
    gc.disable()
    try:
        for article in articles:
            extract_article(article)
            assert gc.collect() == 0, article.id
            assert not gc.isenabled()  # left as it found it
    finally:
        gc.enable()
    extract_article(articles[0])
    assert gc.isenabled()


def test_an_articles_document_is_freed_before_the_collector_resumes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document still held when the collector is resumed sets off a collection that finds nothing to free."""
    made: list[weakref.ref[Document]] = []
    held_at_resume: list[bool] = []

    class Watched(Document):
        def __init__(self, article: Article) -> None:
            super().__init__(article)
            made.append(weakref.ref(self))

    resume = gc.enable
    monkeypatch.setattr(extract, "Document", Watched)
    monkeypatch.setattr(gc, "enable", lambda: (held_at_resume.append(made[-1]() is not None), resume())[1])
    extract_article(read_article(Path(__file__).parent.parent / "seeds" / "000_397d9a54dd9b3fa5.txt"))
    assert held_at_resume == [False] and gc.isenabled()


def test_every_character_a_case_insensitive_letter_takes_and_lower_case_changes_is_looked_out_for() -> None:
    letter = re.compile("[a-z]", re.I)
    apart = [chr(c) for c in range(0x80, 0x110000)
             if letter.fullmatch(chr(c)) and not (chr(c).lower().isascii() and chr(c).lower().isalpha())]
    assert sorted(apart) == sorted(_FOLDED_APART)


def test_the_leading_words_of_regexes() -> None:
    assert leading_words([r"\bby-?\s?elections?\b"]) == ("by",)
    assert leading_words([r"\b(?:police|crime)\s+commissioners?\b", r"(?-i:\bPCCs?\b)"]) == ("crime", "pcc", "police")
    assert leading_words([r"(?<!\blord\s)\bmayor(?:al|alty)?\b"]) == ("mayor",)
    assert leading_words([r"\bward\b", r"[A-Z]\w+ ward"]) is None  # one starts with no word: every text is searched
    assert lowered_for_words("The POLICE") == "the police" and lowered_for_words("İstanbul") is None


_CUE_ALPHABET = "abcdeilmnoprstuwy PCMBİıſK-"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["by-election", "police", "crime commissioner", "PCC", "Mayor", "lord mayor",
                                 "council", "Ward", "MP", "general election", "Westminster", "pcc", "mp"])
                | st.text(alphabet=_CUE_ALPHABET, max_size=30), max_size=4))
def test_the_election_kind_a_text_names_is_what_searching_every_cue_finds(parts: list[str]) -> None:
    text = " and ".join(parts)
    plain = next((kind for kind in ("by-election", "pcc", "mayoral", "local", "general") if _cues()[kind].search(text)),
                 None)
    assert kind_named(text) == plain


def test_several_word_classes_together_are_their_union() -> None:
    assert words("main_verbs", "win", "lose") == words("main_verbs") | words("win") | words("lose")
    assert words("win", "lose") is words("win", "lose")  # joined once


def test_the_first_rule_that_matches_is_told_by_its_group() -> None:
    rules = PatternSet(["jane", "@win", "won"], {"win": ["won", "held"]})
    text, starts = encode([Item(("W",), "won", 0, 3), Item(("W",), "Jane", 4, 8)])
    assert rules.first_at(text, starts[0]) == 1 and rules.first_at(text, starts[1]) == 0
    assert PatternSet(["held"], {}).first_at(text, 0) is None


_PHRASES = ["ex", "ex-", "former", "first round", "first", "round", "essex", "re-elected", "re"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="exrfoundistma -,.", max_size=30), st.frozensets(st.sampled_from(_PHRASES), max_size=5))
def test_a_text_says_any_of_several_phrases_as_it_says_one_of_them(text: str, phrases: frozenset[str]) -> None:
    assert says_any(text, phrases) == any(says(text, phrase) for phrase in phrases)


_MOVES = ["Jane Roe has quit the Conservatives to join Reform UK, and Tom Smith defected to Labour in 2019.",
          "The former Labour councillor, who joined the Green Party last year, now sits as an independent.",
          "Ann Poe left the Liberal Democrats and joined the Conservatives; she was expelled by Labour.",
          "Reform UK has welcomed Kim Ford into the party after her resignation from the Conservatives."]


def test_a_pattern_set_tries_only_the_patterns_whose_anchor_a_sentence_holds_and_finds_what_all_find() -> None:
    anchored, kinds = _change_patterns()
    every = PatternSet(anchored.patterns, word_classes())  # no anchor: every pattern tried at every sentence
    doc = document_of(*_MOVES, *_SENTENCES)
    found = 0
    for sentence in doc.sentences:
        assert list(anchored.finditer(sentence.items)) == list(every.finditer(sentence.items))
        found += len(list(every.finditer(sentence.items)))
    assert found >= 4 and len(kinds) == len(anchored.patterns)



def _named_groups(pattern: str) -> dict[str, str]:
    """Each named group of a regex as written, by name (escapes and character classes passed over)."""
    found = {}
    for opening in re.finditer(r"\(\?P<(\w+)>", pattern):
        depth, k, in_class = 0, opening.start(), False
        while True:
            c = pattern[k]
            if c == "\\":
                k += 2
                continue
            if in_class or c == "[":
                in_class = c != "]" or not in_class
            elif c in "()":
                depth += 1 if c == "(" else -1
                if depth == 0:
                    break
            k += 1
        found[opening.group(1)] = pattern[opening.start():k + 1]
    return found


# The list grammar's items as first written: every alternative tried in turn at every place, in this order (the oracle
# of the regex that tries those opening on a digit only where a digit stands).
_IN_TURN = ("position", "share", "change", "decimal", "votes", "nickname", "word", "mark", "open", "close", "dash", "sep",
            "stop")
_ITEMS_IN_TURN = re.compile("|".join(_named_groups(_ITEMS.pattern)[name] for name in _IN_TURN), re.X)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="Jo1203 ,.'’%+-−–(|:stndpercent\u00a0\u2009\"“A٣&*/", max_size=40))
def test_a_lines_items_are_those_of_every_alternative_tried_in_turn(text: str) -> None:
    assert [(m.lastgroup, m.span()) for m in _ITEMS.finditer(text)] == \
        [(m.lastgroup, m.span()) for m in _ITEMS_IN_TURN.finditer(text)]



_DATE_PIECES = ["5", "31", "6th", "May", "mAY", "ſeptember", "December", "Monday", "2021", "1999", "x", ",", " ", "  "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12))
def test_a_printed_date_is_found_where_trying_every_word_finds_it(pieces: list[str]) -> None:
    months = "|".join(calendar("months"))
    every_word = re.compile(rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{months})"
                            rf"|(?P<month_first>{months})\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+"
                            rf"(?P<year>(?:19|20)\d\d)\b", re.I)
    text = " ".join(pieces)
    assert [m.groupdict() for m in _printed_date().finditer(text)] == [m.groupdict() for m in every_word.finditer(text)]


_DECLARED_PIECES = ["Lab", "Labour", "Con", "hold", "HOLDS", "gain", "from", "majority", "Maj.", "of", "306", "x2", "(2)",
                    "Turnout", "31%", "won", "Holdsworth", "the", "seat", ",", ".", " - ", ":", "|", "with", "a", "2"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_DECLARED_PIECES), max_size=9))
def test_a_line_that_prints_no_majority_nor_outcome_declares_what_reading_its_parts_finds(pieces: list[str]) -> None:
    text = " ".join(pieces)
    read = footer_declarations(text), declarations(text)
    with mock.patch.object(list_lines, "_DECLARING", re.compile("")):  # every line cut into parts and read
        assert read == (footer_declarations(text), declarations(text))

_ITEM_TEXTS = ["Jane", "Roe", "won", "held", "left", "the", "Labour", "Anytown", "1,204", ",", ".", "<", ":", "quit"]
_TAGS = [("W",), ("PERSON",), ("PARTY",), ("PLACE",), ("NUM", "NUM.votes"), ("P",)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_ITEM_TEXTS), st.sampled_from(_TAGS)), max_size=14))
def test_a_pattern_set_tried_at_each_items_start_finds_what_a_search_of_the_encoding_finds(
        pieces: list[tuple[str, tuple[str, ...]]]) -> None:
    rules = PatternSet(["who=PERSON ~2 ( won|held ) PLACE?", "( quit|left ) the? PARTY", "PARTY* ( won|held ) NUM",
                        "!PERSON PARTY ,? the?"], {})
    items = [Item(tags, text, 5 * i, 5 * i + 4) for i, (text, tags) in enumerate(pieces)]
    text, starts = encode(items)
    searched = [(m.start(), m.end(), m.lastgroup) for m in rules.regex.finditer(text)]
    found = list(rules.finditer(items))
    assert [(starts[m.start], m.end, f"p{m.pattern}") for m in found] == \
        [(start, starts.index(end) if end in starts else len(items), group) for start, end, group in searched]

@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aJ. ,é1'’-", max_size=20), st.text(alphabet="aJ. ,é1'’-", max_size=12))
def test_the_word_before_a_full_stop_searched_in_place_is_the_one_found_in_a_copy(before: str, piece: str) -> None:
    """split_sentences looks for a full stop's word in place from `begin`, which follows a space or starts the text."""
    text = (before + " " if before else "") + piece + "."
    begin = len(before) + 1 if before else 0
    in_place, copied = _LAST_WORD.search(text, begin, len(text)), _LAST_WORD.search(text[begin:])
    assert (in_place and in_place.group(1)) == (copied and copied.group(1))


def _longest_word_by_word(tokens: list[Token], i: int) -> tuple[int, int, str] | None:
    for key in gazetteer().by_first.get(tokens[i].lower, ()):
        end = i + len(key)
        if end <= len(tokens) and all(tokens[i + k].lower == key[k] for k in range(1, len(key))) \
                and all(tokens[k].start - tokens[k - 1].end <= 2 for k in range(i + 1, end)):
            return i, end, "party" if key in gazetteer().parties else "place"
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Labour", "Co-operative", "Party", "Reform", "UK", "North", "West", "Leicestershire",
                                 "Brexit", "The", "Green", "and", "Nottingham", "East", "South", "Derby", "Liberal",
                                 "Democrats", "Independent", "Alliance"]), min_size=1, max_size=6))
def test_the_gazetteer_finds_the_longest_form_as_comparing_word_by_word_would(words_: list[str]) -> None:
    tokens = tokenize(" ".join(words_))
    for i in range(len(tokens)):
        found = gazetteer()._longest(tokens, i)
        assert ((found.start, found.end, found.kind) if found else None) == _longest_word_by_word(tokens, i)


def _win_rule_words() -> list[str]:
    """Every word the prose rules of winning print, and the first words of the word classes they use."""
    from elexgraph.extract.prose_results.rules import patterns
    printed = re.findall(r"[a-z’'][\w’'-]*|[.,]", " ".join(patterns("win").patterns))
    classes = [phrase.split()[0] for name in re.findall(r"@(\w+)", " ".join(patterns("win").patterns))
               for phrase in word_classes()[name]]
    return sorted(set(printed) | set(classes) | {"Tom", "Jane", "Abbey", "START", "END"})


_RULE_TAGS = [("W",), ("W", "CAP"), ("PERSON",), ("PARTY",), ("PLACE",), ("NUM", "NUM.votes"), ("P",), ("START",),
              ("END",)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_win_rule_words()), st.sampled_from(_RULE_TAGS)), min_size=2, max_size=12))
def test_the_win_rules_tried_by_the_verbs_word_find_the_first_rule_all_of_them_find(
        pieces: list[tuple[str, tuple[str, ...]]]) -> None:
    from elexgraph.extract.prose_results.rules import patterns
    rules = patterns("win")
    items = [Item(tags, text, 5 * i, 5 * i + 4) for i, (text, tags) in enumerate(pieces)]
    text, starts = encode(items)
    for k in range(len(items) - 1):
        assert rules.first_at(text, starts[k], second=items[k + 1].lower) == rules.first_at(text, starts[k])


def test_a_patterns_second_item_is_told_only_where_its_first_takes_one_item() -> None:
    rules = PatternSet(["* ( won|held ) PLACE", "@many won", "( Jane | @one ) ( held | @win )", "PERSON won? held",
                        "* PARTY|won", "* ( won | PERSON )", "jane ( ( won | held ) by | kept )"],
                       {"many": ["has now", "had"], "one": ["had"], "win": ["won", "took over"]})
    assert rules._seconds == [frozenset({"won", "held"}), None, frozenset({"held", "won", "took"}), None, None, None,
                              frozenset({"won", "held", "kept"})]
    text, starts = encode([Item(("W",), w, i, i + 1) for i, w in enumerate(["had", "took", "over"])])
    assert rules.first_at(text, 0, second="took") == rules.first_at(text, 0) == 2
    assert rules.first_at(text, 0, second="over") is None
