"""The lexicon: word lists and patterns kept as data files in ``lexicon/``, loaded once.

- titles.csv: honorifics and offices that stand before a name, with the gender they imply.
- not_names.txt: capitalised words that are never part of a person's name.
- words.toml: word classes (verbs of winning, of speech, of changing party …) that patterns
  refer to as ``@class``; each reader's patterns live in its own TOML file beside it.
"""

from __future__ import annotations

import csv
import re
import tomllib
from functools import cache, lru_cache
from pathlib import Path

from elexgraph.errors import ElexgraphError

HERE = Path(__file__).parent / "lexicon"


class LexiconError(ElexgraphError):
    """A lexicon or pattern file that is missing or malformed."""


@cache
def titles() -> dict[str, str | None]:
    """Title → the gender it implies ('m', 'f') or None."""
    with (HERE / "titles.csv").open(newline="", encoding="utf-8") as fh:
        return {row["title"]: (row["gender"] or None) for row in csv.DictReader(fh)}


@cache
def not_names() -> frozenset[str]:
    words: set[str] = set()
    for line in (HERE / "not_names.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


@cache
def surnames_too() -> frozenset[str]:
    """Words that are never a first name but may be a surname ('Ward', 'Hall')."""
    return frozenset(w for line in (HERE / "surnames_too.txt").read_text(encoding="utf-8").splitlines()
                     if not line.startswith("#") for w in line.split())


def load_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path}: cannot be read ({exc})") from None


@cache
def word_classes() -> dict[str, tuple[str, ...]]:
    """Every word class of lexicon/words.toml: name → words and phrases (lower-case)."""
    data = load_toml(HERE / "words.toml")
    return {name: tuple(w.lower() for w in words) for name, words in data.items()}


@cache
def words(*names: str) -> frozenset[str]:
    """The words and phrases of a word class, or of several together (joined once, not at every use)."""
    classes = word_classes()
    for name in names:
        if name not in classes:
            raise LexiconError(f"lexicon/words.toml has no word class {name!r}")
    return frozenset(word for name in names for word in classes[name])


def calendar(name: str) -> tuple[str, ...]:
    """A word class in its order (months, weekdays): a word's place in it is its number."""
    try:
        return word_classes()[name]
    except KeyError:
        raise LexiconError(f"lexicon/words.toml has no word class {name!r}") from None


def says(text: str, phrase: str) -> bool:
    """Whether the (lower-case) text holds the phrase as whole words: 'ex' is not the end of 'essex', and a
    phrase ending in a hyphen ('ex-') is a prefix."""
    return _whole_phrase(phrase).search(text) is not None


def says_any(text: str, phrases: frozenset[str]) -> bool:
    """Whether the (lower-case) text holds any of the phrases as whole words (as ``says`` tells of each): one search
    for a word class, not one a phrase (a class of dozens was searched phrase by phrase for every clause)."""
    regex = _any_phrase(phrases)
    return regex is not None and regex.search(text) is not None


def says_word_of(text: str, *names: str) -> bool:
    """Whether the (lower-case) text holds any word or phrase of the named word classes."""
    return says_any(text, words(*names))


@lru_cache(maxsize=4096)  # the phrases are the word classes' own: a few hundred, asked of every sentence
def _whole_phrase(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + _phrase_re(phrase))


@lru_cache(maxsize=256)  # the word classes (frozensets) asked of in one go: a few dozen
def _any_phrase(phrases: frozenset[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(_phrase_re(p) for p in sorted(phrases)) + ")")


def _phrase_re(phrase: str) -> str:
    """A phrase ending at a word's end; one ending in a hyphen ('ex-') is a prefix."""
    return re.escape(phrase) + ("" if phrase.endswith("-") else r"(?!\w)")
