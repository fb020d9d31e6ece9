"""A line turned down at once for a word no candidate's stretch may hold (`_stray_word`) is one the full read of the
list grammar turns down too: lines made of the grammar's parts and of the words that reach it by other routes (a
seat before a colon, a slogan after a dash, brackets, a total, a majority, an elected mark, fillers, parties' words
in small letters), and every paragraph and sentence of the seeds and the test corpus, are read alike with and
without it."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate import list_lines
from elexgraph.annotate.document import Document
from elexgraph.annotate.list_lines import _stray_word, read_line
from elexgraph.articles import find_articles, read_article

_PIECES = ["Jane", "Roe", "ROE", "Tom Smith", "Lab", "Labour", "labour", "Conservative", "Reform UK", "Green",
           "(Lab)", "(", ")", "[", "]", "(Blue Sky)", "1,204", "998", "12", "48.4%", "+9.7%", "2019", "1st",
           "50 per cent", ",", ";", ":", ".", " - ", "–", "|", "\t", "  ", "*", "elected", "ELECTED", "re-elected",
           "winner", "votes", "with", "and", "the", "of", "for", "van", "de", "Dr", "cllr", "mp", "turnout",
           "Turnout", "majority", "maj", "hold", "gain", "won", "beat", "was", "into", "second", "place", "sitting",
           "councillor", "not elected", "first preferences", "candidate", "Brook Hill", "ward", "both", "all",
           "change starts here", "Change", "in", "a", "good.", "co-op", "Lab/co-op", "e.g."]


def _read_whole(text: str) -> list_lines.ReadLine | None:
    """The full read, without the cheap turn-down."""
    with mock.patch.object(list_lines, "_stray_word", lambda _: False):
        return read_line(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12), st.lists(st.sampled_from(["", " "]), max_size=12))
def test_a_line_turned_down_for_a_stray_word_is_turned_down_by_the_full_read(pieces: list[str], gaps: list[str]) -> None:
    text = "".join(piece + (gaps[k] if k < len(gaps) else " ") for k, piece in enumerate(pieces)).strip()
    if _stray_word(text):
        assert _read_whole(text) is None, text
    assert read_line(text) == _read_whole(text)


_STRAYS = ["won", "good", "beat", "into", "place", "e.g.", "was", "second", "both", "all", "wins", "hold"]
_SEATS = ["", "Brook Hill: ", "Brook Hill ward – ", "Abbey | ", "Castle (2 seats) - ", "Results: ", "1. "]
_CANDIDATES = ["Jane Roe (Lab) 1,204", "ROE, Jane – Labour – 1,204", "Labour Jane Roe 1,204 (48.4%, +9.7%)",
               "Jane Roe, Reform UK - Change starts here, 1,204", "Jane Roe (Blue Sky) 1,204 votes",
               "Jane Roe (Con) elected 1,204", "Dr Jane Roe MP (Lab) 1,204", "Jane Roe Labour", "Jane Roe (Lab)",
               "Jane Roe and Tom Smith (both Lab)", "Jane Roe, Tom Smith and Ann Lee, all Labour", "Jane Roe wins for Labour",
               "Lab hold. Jane Roe (Lab) 1,204", "ROE Jane | Labour | 1,204 | 48.4%", "Jane Roe  Labour  1,204"]
_TAILS = ["", "; Tom Smith (Con) 998", ", Tom Smith (Con) 998", ". Lab hold", ", Labour hold, majority 206",
          " with a majority of 206", "; turnout 31%", " – elected", " (re-elected)", ". Turnout was 31%", " re-elected",
          " ELECTED", " elected for the third time", ", winner", " Elected Unopposed", " Lab gain from Con",
          " (Lab gain from Con), majority 206", ":", " wins"]


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(_SEATS), st.sampled_from(_CANDIDATES), st.sampled_from(_TAILS),
       st.sampled_from(_STRAYS), st.integers(0, 40))
def test_a_list_line_with_a_stray_word_anywhere_is_read_alike(seat: str, candidate: str, tail: str, stray: str,
                                                                at: int) -> None:
    words_ = (seat + candidate + tail).split(" ")
    at = min(at, len(words_))
    text = " ".join(words_[:at] + [stray] + words_[at:])
    assert read_line(text) == _read_whole(text), text


def test_the_seeds_and_the_test_corpus_are_read_alike_with_and_without_the_turn_down() -> None:
    root = Path(__file__).parent
    turned_down = 0
    for path in find_articles([root.parent / "seeds", root / "corpus" / "articles"]):
        doc = Document(read_article(path))
        for text in [p.text for p in doc.paragraphs] + [s.text for s in doc.sentences]:
            line = text.rstrip(" .;")
            turned_down += _stray_word(line)
            assert read_line(line) == _read_whole(line), line
    assert turned_down > 100  # the test reaches the turn-down


def test_a_story_sentence_is_turned_down_and_a_list_line_is_read() -> None:
    assert _stray_word("In the Brook Hill division, Jane Roe (Lab) won with 1,204 votes")
    assert _stray_word("Jane Roe beat Tom Smith into second place with a 1,204 majority")  # 'beat' before the figure
    assert not _stray_word("Jane Roe (Lab) 1,204 votes")
    assert not _stray_word("Brook Hill ward election: Jane Roe (Lab) 1,204")  # a seat's words before its colon
    assert not _stray_word("Jane Roe (Lab) 1,204; turnout was 31%")  # a total after the candidate
    assert not _stray_word("Jane Roe (Lab) 1,204 elected for the third time")  # words after a mark
    assert _stray_word("Jane Roe was elected for Labour with a majority of 1,204")  # 'was' before the mark
    assert read_line("Jane Roe (Lab) 1,204; turnout was 31%") is not None


def _strip_fillers_one_set_at_a_time(text: str, fillers: frozenset[str]) -> str:
    """`_strip_fillers` as first written: the words of a count looked up apart from the other trailing words."""
    votes = list_lines.lexicon()["votes"]
    parts = text.split()
    while parts and parts[0].lower() in fillers:
        parts.pop(0)
    trailing = fillers | list_lines.lexicon()["name_suffixes"]
    while parts:
        if len(parts) > 1 and " ".join(parts[-2:]).lower() in votes:
            parts = parts[:-2]
        elif parts[-1].lower() in trailing or parts[-1].lower() in votes:
            parts.pop()
        else:
            break
    return " ".join(parts)


_RUN_WORDS = ["with", "polled", "Jane", "Roe", "votes", "VOTES", "first", "preferences", "MP", "obe", "not", "elected",
              "sitting", "councillor", "incumbent", "vote", "round", "the"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_RUN_WORDS), max_size=7))
def test_a_runs_fillers_and_notes_are_what_looking_each_word_class_up_apart_finds(words_: list[str]) -> None:
    from elexgraph.annotate.lexicon import words

    text, fillers, lexicon = " ".join(words_), words("list_fillers"), list_lines.lexicon()
    assert list_lines._strip_fillers(text, fillers) == _strip_fillers_one_set_at_a_time(text, fillers)
    apart = any(text.lower() in lexicon[name] for name in ("votes", "not_elected", "candidate_notes"))
    assert (text.lower() in list_lines._said_of_no_one()) == apart
