"""Name search for the index pages: whole names first, then surnames, then words, then parts of words.

"Anderson" ranks a person surnamed Anderson above "Sanderson"; "Mr Anderson" finds him too (the titles that
stand before a name, annotate/lexicon/titles.csv, are left out of the query).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from elexgraph.annotate.lexicon import titles

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# How well a name matches, best first.
WHOLE, SURNAME, WORDS, WORD_START, INSIDE = range(5)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(t.casefold().rstrip(".") for t in titles())


def words(text: str) -> list[str]:
    """The words of a name, case and accents folded: 'Zoë O’Neil' → ['zoe', "o'neil"]."""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))


@lru_cache(maxsize=1 << 17)
def _name_words(name: str) -> tuple[str, ...]:
    """A listed name's words, worked out once: every search of an index reads every name of it."""
    return tuple(words(name))


def query_words(query: str) -> list[str]:
    """The words of a search, without the titles before a name ('Mr Anderson' → ['anderson'])."""
    found = words(query)
    while len(found) > 1 and found[0] in _titles():
        found = found[1:]
    return [] if found and all(w in _titles() for w in found) else found


def match(query: list[str], name: str) -> int | None:
    """How well `name` matches the query words (WHOLE … INSIDE), or None when it does not."""
    if not query:
        return WHOLE
    wanted, name_words = tuple(query), _name_words(name)
    if name_words == wanted:
        return WHOLE
    if name_words[-len(wanted):] == wanted:
        return SURNAME
    if all(w in name_words for w in wanted):
        return WORDS
    if all(any(n.startswith(w) for n in name_words) for w in wanted):
        return WORD_START
    joined = " ".join(name_words)
    return INSIDE if " ".join(query) in joined else None
