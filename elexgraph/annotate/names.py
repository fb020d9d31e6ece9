"""People's names found by their shape: a run of capitalised words, perhaps after a title.

A run stops at a word that is never part of a name (lexicon/not_names.txt), at a party or a place
read with certainty, at a possessive, and before a title ('Because Mr Roe' is Mr Roe). Capitalised words
before an office and a name describe that person ('Anytown councillor Jane Roe'): they are no name. A name needs two words, or a title and one
('Mr Roe'); a place word may end a name ('Ann Lincoln') but not start one ('Lincoln MP Ann Roe').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from elexgraph.annotate.gazetteer import GazetteerMatch
from elexgraph.annotate.lexicon import not_names, surnames_too, titles, words
from elexgraph.annotate.tokens import Token

PARTICLES = frozenset({"de", "van", "von", "da", "del", "der", "den", "le", "la", "bin", "al", "di", "du"})
_NAME_WORD = re.compile(r"[A-Z][a-zà-öø-ÿ'’]*(?:[A-Z][a-zà-öø-ÿ'’]+)*(?:[-‐][A-Z][a-zà-öø-ÿ'’]+)*")
_DESCRIPTIVE_PREFIX = re.compile(r"(?:Ex|Former|Anti|Pro|Non)[-‐]")
MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class NameSpan:
    start: int  # token indices within the sentence
    end: int
    title: str | None
    name: str  # the name without its title, as printed
    words: tuple[str, ...]


def name_shaped(token: Token) -> bool:
    return token.kind == "w" and _name_word(token.text)


@lru_cache(maxsize=1 << 16)  # asked hundreds of times an article, mostly of the same words
def _name_word(text: str) -> bool:
    return bool(_NAME_WORD.fullmatch(text))


def is_initial(token: Token) -> bool:
    return token.kind == "w" and len(token.text) == 1 and token.text.isupper()


def find_names(tokens: list[Token], gazetteer_matches: list[GazetteerMatch]) -> list[NameSpan]:
    """Every personal name in a sentence's tokens."""
    covered: dict[int, GazetteerMatch] = {}
    for m in gazetteer_matches:
        for i in range(m.start, m.end):
            covered[i] = m
    found: list[NameSpan] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not (name_shaped(token) or is_initial(token) or token.text in titles()):
            i += 1  # a name starts with a title, a name-shaped word or an initial
            continue
        span = _name_at(tokens, i, covered)
        if span:
            found.append(span)
            i = span.end
        else:
            i += 1
    return found


def _stops(tokens: list[Token], i: int, covered: dict[int, GazetteerMatch], *, has_name: bool) -> bool:
    """Whether the token at i cannot be part of a name here."""
    token = tokens[i]
    last = i + 1 >= len(tokens) or not name_shaped(tokens[i + 1])
    if token.text in not_names() and not (has_name and last and token.text in surnames_too()):
        return True
    if _DESCRIPTIVE_PREFIX.match(token.text):
        return True
    match = covered.get(i)
    if match is None:
        return False
    if match.kind == "party":
        return match.party is not None and match.party.strength == "strong"
    one_word = match.end - match.start == 1
    if has_name and one_word and last:
        return False  # a surname that is also a place: 'Ann Lincoln'
    return match.strong_place


def _name_at(tokens: list[Token], i: int, covered: dict[int, GazetteerMatch]) -> NameSpan | None:
    title, j = _title_at(tokens, i)
    at = _name_words(tokens, j, covered, titled=title is not None)
    while at and (is_initial(tokens[at[-1]]) or tokens[at[-1]].lower in PARTICLES):
        at.pop()  # a name ends in a full word
    first = covered.get(at[0]) if at else None
    if first and first.kind == "party" and len(at) >= 3 and title is None:
        at.pop(0)  # 'Independent Ann Tor': a party word describes the name after it
        i = at[0]
    if not at or len(at) > MAX_NAME_WORDS or (title is None and len(at) < 2):
        return None
    end = at[-1] + 1
    if title is None and _names_a_thing(tokens, i, end):
        return None
    parts = tuple(tokens[k].text for k in at)
    return NameSpan(i, end, title, " ".join(parts), parts)


def _title_at(tokens: list[Token], i: int) -> tuple[str | None, int]:
    """A title at i ('Mr', 'Cllr.') and where the name after it starts."""
    if not (tokens[i].kind == "w" and tokens[i].text in titles() and i + 1 < len(tokens)):
        return None, i
    j = i + 1
    if tokens[j].text == "." and j + 1 < len(tokens):
        j += 1
    return tokens[i].text, j


def _name_words(tokens: list[Token], j: int, covered: dict[int, GazetteerMatch], *, titled: bool) -> list[int]:
    """The indices of the words of a name starting at j: name-shaped words, initials and particles, up to
    one more than a name may have."""
    at: list[int] = []
    while j < len(tokens) and len(at) < MAX_NAME_WORDS + 1:
        token = tokens[j]
        if at and token.lower in PARTICLES and j + 1 < len(tokens) and name_shaped(tokens[j + 1]):
            at.append(j)
            j += 1
            continue
        if at and _nickname_at(tokens, j):
            j += 3  # "Jane 'JJ' Roe": the nickname is no word of her name
            continue
        if not _may_join(tokens, j, covered, has_name=bool(at) or titled, has_word=bool(at)):
            break
        at.append(j)
        j += 1
        if is_initial(token) and j < len(tokens) and tokens[j].text == ".":
            j += 1
    return at


_OPENING_QUOTES = ("'", "‘", '"', "“")
_CLOSING_QUOTES = ("'", "’", '"', "”")


def _nickname_at(tokens: list[Token], j: int) -> bool:
    """A capitalised word in quotation marks between the words of a name ("Jane 'JJ' Roe", 'Tom “Tommy” Smith')."""
    return j + 3 < len(tokens) and tokens[j].text in _OPENING_QUOTES and tokens[j + 1].kind == "w" \
        and tokens[j + 1].text[:1].isupper() and tokens[j + 2].text in _CLOSING_QUOTES and name_shaped(tokens[j + 3])


def _may_join(tokens: list[Token], j: int, covered: dict[int, GazetteerMatch], *, has_name: bool,
              has_word: bool) -> bool:
    """Whether the word at j may be the next word of a name (`has_name`: a title or a word stands before it;
    `has_word`: a word does)."""
    token = tokens[j]
    if not (name_shaped(token) or (is_initial(token) and j + 1 < len(tokens))):
        return False
    if _stops(tokens, j, covered, has_name=has_name):
        return False
    return not (has_word and _title_starts_here(tokens, j))  # 'Because Mr Roe': a title begins the name


def _title_starts_here(tokens: list[Token], j: int) -> bool:
    """A title with a name after it, and not a word that may be a surname ('John Major')."""
    return (tokens[j].text in titles() and tokens[j].text not in surnames_too()
            and j + 1 < len(tokens) and name_shaped(tokens[j + 1]))


def in_a_things_name(tokens: list[Token], i: int, taken: set[int]) -> bool:
    """Whether the lone capitalised word at i belongs to the name of a thing: a run of capitalised words around
    it (none taken by another mention) that names a thing ('the Brook Hill ward': 'Hill' is no one's surname
    there), or the word itself before a word for a thing ('Abbey ward')."""
    start, end = i, i + 1
    while start > 0 and start - 1 not in taken and name_shaped(tokens[start - 1]):
        start -= 1
    while end < len(tokens) and end not in taken and name_shaped(tokens[end]):
        end += 1
    after = tokens[end].lower if end < len(tokens) else ""
    return after in words("thing_heads") or (end - start > 1 and _names_a_thing(tokens, start, end))


def _names_a_thing(tokens: list[Token], start: int, end: int) -> bool:
    """'the Red Wall seat', 'Redwell Leisure Centre', 'who represents Brook Hill', 'Labour hold Brook Hill':
    capitalised words after an article or a verb of representing or of taking a seat (not before a possessive:
    'won Jane Roe's old seat'), or before a word for a place, a building or a body name a thing, not a person."""
    before = tokens[start - 1].lower if start else ""
    after = tokens[end].text if end < len(tokens) else ""
    if before == "(" and after == ")":
        return True  # a label in brackets, as a party after a candidate's name
    last = tokens[end - 1].lower
    described = after.lower() in words("offices") and end + 1 < len(tokens) and (
        name_shaped(tokens[end + 1]) or tokens[end + 1].text in titles())  # 'Anytown councillor Jane Roe'
    taken = before in words("division_taken") and after not in ("'s", "’s")
    return before in ("the", "a", "an") or before in words("represent_verbs") or taken \
        or after.lower() in words("thing_heads") or last in words("thing_ends") or described
