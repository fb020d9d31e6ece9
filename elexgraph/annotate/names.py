"""People's names found by their shape: a run of capitalised words, perhaps after a title.

A name word is capitalised in any Latin letters ('Zoë', 'Łukasz', "O’Neill", 'McKay', 'Smith-Jones'); initials
('J', 'A.J.', 'JJ Lee'), particles ('de la', 'van der': lexicon/names.toml) and a family name printed in capitals
('Jane ROE', 'JANE ROE' in a sentence not itself in capitals; written 'Jane Roe') are read too.
A run stops at a word that is never part of a name (lexicon/not_names.txt, and the acronyms of names.toml), at a
party or a place read with certainty, at a possessive, and before a title ('Because Mr Roe' is Mr Roe).
Capitalised words before an office and a name describe that person ('Anytown councillor Jane Roe'): they are no
name. A name needs two words, or a title and one ('Mr Roe'); a place word may end a name ('Ann Lincoln') but not
start one ('Lincoln MP Ann Roe', "St Ann's").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from elexgraph.annotate.gazetteer import GazetteerMatch
from elexgraph.annotate.lexicon import HERE, load_toml, not_names, surnames_too, titles, words
from elexgraph.annotate.tokens import Token


@cache
def name_words(name: str) -> frozenset[str]:
    """A word class of lexicon/names.toml (particles, place_openers, capitals_never_names)."""
    return frozenset(load_toml(HERE / "names.toml")[name])


PARTICLES = frozenset(w.lower() for w in name_words("particles"))
_NEVER_IN_CAPITALS = name_words("capitals_never_names")
_PLACE_OPENERS = name_words("place_openers")
MAX_PARTICLES = 3  # 'Jane de la Roe', 'Tom van der Berg'
# A word's shape, one letter a character: U a capital, l a small letter, ' an apostrophe, - a hyphen, . any other.
_NAME_SHAPE = re.compile(r"U[l']*(?:U[l']+)*(?:-U[l']+)*")  # 'Roe', 'Zoë', "O'Neill", 'McKay', 'Smith-Jones'
_CAPITALS_SHAPE = re.compile(r"U[U']*U(?:-U[U']*U)*")  # 'ROE', "O'NEILL", 'SMITH-JONES'
_MAC = re.compile(r"Ma?c(?=[A-Z][A-Z])")  # 'McKAY', 'MacKAY': a prefix printed in small letters before capitals
_DESCRIPTIVE_PREFIX = re.compile(r"(?:Ex|Former|Anti|Pro|Non)[-‐]")
MAX_NAME_WORDS = 4
MAX_INITIALS = 3  # 'JJ Lee', 'JRR Roe': capitals run together before a name word


def _shape(text: str) -> str:
    return "".join("U" if c.isupper() else "l" if c.islower() else "'" if c in "'’" else "-" if c in "-‐" else "."
                   for c in text)


@lru_cache(maxsize=1 << 16)  # asked hundreds of times an article, mostly of the same words
def word_kind(text: str) -> str:
    """'name' for a word shaped as a name in any Latin script ('Roe', 'Łukasz', 'Seán'), 'capitals' for one printed
    in capitals ('ROE', 'McKAY'), else ''."""
    shape = _shape(text)
    if _NAME_SHAPE.fullmatch(shape):
        return "name"
    prefix = _MAC.match(text)
    return "capitals" if _CAPITALS_SHAPE.fullmatch(shape[prefix.end():] if prefix else shape) else ""


def tidy(word: str) -> str:
    """A word printed in capitals as a name is written: 'ROE' -> 'Roe', "O'NEILL" -> "O'Neill", 'MCKAY' -> 'McKay',
    'MacKAY' -> 'MacKay'; any other word as printed."""
    if word_kind(word) != "capitals":
        return word
    prefix = _MAC.match(word)
    head = prefix.group(0) if prefix else ""
    parts = re.split(r"([-‐'’])", word[len(head):].lower())
    written = head + "".join(part.capitalize() for part in parts)
    return re.sub(r"^Mc(\w)", lambda m: "Mc" + m.group(1).upper(), written)


@dataclass(frozen=True)
class NameSpan:
    start: int  # token indices within the sentence
    end: int
    title: str | None
    name: str  # the name without its title, as it is written (a word printed in capitals tidied: 'Jane Roe')
    words: tuple[str, ...]


def name_shaped(token: Token) -> bool:
    return token.kind == "w" and word_kind(token.text) == "name"


def in_capitals(token: Token) -> bool:
    """A word in capitals that may be a name printed so ('ROE', "O'NEILL"): no acronym, no word never in a name."""
    return token.kind == "w" and word_kind(token.text) == "capitals" \
        and token.text not in _NEVER_IN_CAPITALS and tidy(token.text) not in not_names()


def is_initial(token: Token) -> bool:
    return token.kind == "w" and len(token.text) == 1 and token.text.isupper()


def find_names(tokens: list[Token], gazetteer_matches: list[GazetteerMatch]) -> list[NameSpan]:
    """Every personal name in a sentence's tokens."""
    covered: dict[int, GazetteerMatch] = {}
    for m in gazetteer_matches:
        for i in range(m.start, m.end):
            covered[i] = m
    found: list[NameSpan] = []
    thing_end = -1  # where the last run read as a thing's name ends: no name is the rest of it
    i = 0
    while i < len(tokens):
        token = tokens[i]
        opens = token.kind == "w" and token.text[0].isupper() and _may_open(tokens, token)
        span, thing = _name_at(tokens, i, covered) if opens else (None, None)
        thing_end = thing if thing is not None else thing_end
        if span and not (span.end == thing_end and _rest_of_a_thing(tokens, span)):
            found.append(span)
            i = span.end
        else:
            i += 1
    return found


def _rest_of_a_thing(tokens: list[Token], span: NameSpan) -> bool:
    """A name that ends where a run read as a thing's name ends is the rest of that name where a stop follows ('In
    Jane Karen Kakaka, …'), or where it is longer than a first name and a surname ('In Brook Hill Jane Roe won': not
    'Hill Jane Roe'; 'Jane Roe' won there, as in 'In Kirkby Jane Roe won')."""
    closed = span.end >= len(tokens) or tokens[span.end].kind != "w"
    return closed or len(span.words) > 2


def _may_open(tokens: list[Token], token: Token) -> bool:
    """A name starts with a title, a name-shaped word, an initial or (not in a line in capitals) a word in capitals."""
    if name_shaped(token) or is_initial(token) or token.text in titles():
        return True
    return in_capitals(token) and any(t.kind == "w" and not t.text.isupper() for t in tokens)


def _stops(tokens: list[Token], i: int, covered: dict[int, GazetteerMatch], *, has_name: bool) -> bool:
    """Whether the token at i cannot be part of a name here."""
    token = tokens[i]
    last = i + 1 >= len(tokens) or not name_shaped(tokens[i + 1])
    if token.text in not_names() and not (has_name and last and token.text in surnames_too()) \
            and not _initial_with_point(tokens, i):
        return True
    if not has_name and token.text in _PLACE_OPENERS:
        return True  # "St Ann's": a place; but 'Jane St John'
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


def _initial_with_point(tokens: list[Token], i: int) -> bool:
    """'A. J. Roe', 'A.J. Roe': a capital and a point before an initial or a name word is an initial, even 'A'."""
    return is_initial(tokens[i]) and i + 2 < len(tokens) and tokens[i + 1].text == "." \
        and (is_initial(tokens[i + 2]) or name_shaped(tokens[i + 2]))


def _name_at(tokens: list[Token], i: int, covered: dict[int, GazetteerMatch]) -> tuple[NameSpan | None, int | None]:
    """The name opening at i, if any; else, where the run there names a thing ('in Brook Hill'), where it ends."""
    title, j = _title_at(tokens, i)
    at, kinds = _name_words(tokens, j, covered, titled=title is not None)
    while at and kinds[-1] in ("initial", "particle"):
        at.pop()  # a name ends in a full word
        kinds.pop()
    if title is None and _described_by_a_party(at, kinds, covered):
        at.pop(0)  # 'Independent Ann Tor': a party word describes the name after it
        kinds.pop(0)
        i = at[0]
    if not at or len(at) > MAX_NAME_WORDS or (title is None and len(at) < 2):
        return None, None
    end = at[-1] + 1
    if title is None and _names_a_thing(tokens, i, end):
        return None, end
    parts = tuple(tokens[k].text for k in at)
    if "capitals" in kinds:  # 'Jane ROE' is written 'Jane Roe'
        parts = tuple(tidy(part) if kind == "capitals" else part for part, kind in zip(parts, kinds))
    return NameSpan(i, end, title, " ".join(parts), parts), None


def _described_by_a_party(at: list[int], kinds: list[str], covered: dict[int, GazetteerMatch]) -> bool:
    """A party's word before a name of two words at least ('Independent Ann Tor'; not the initial 'C. B. Roe')."""
    first = covered.get(at[0]) if at else None
    return first is not None and first.kind == "party" and kinds[0] == "word" and len(at) >= 3


def _title_at(tokens: list[Token], i: int) -> tuple[str | None, int]:
    """A title at i ('Mr', 'Cllr.') and where the name after it starts."""
    if not (tokens[i].kind == "w" and tokens[i].text in titles() and i + 1 < len(tokens)):
        return None, i
    j = i + 1
    if tokens[j].text == "." and j + 1 < len(tokens):
        j += 1
    return tokens[i].text, j


def _name_words(tokens: list[Token], j: int, covered: dict[int, GazetteerMatch], *,
                titled: bool) -> tuple[list[int], list[str]]:
    """The indices of the words of a name starting at j, up to one more than a name may have, and what each is:
    a name word ('word'), an initial, a particle, or a word in capitals. Once a word in capitals is part of the
    name, the rest of it is in capitals too ('Jane Mary ROE', 'JANE ROE')."""
    at: list[int] = []
    kinds: list[str] = []
    while j < len(tokens) and len(at) < MAX_NAME_WORDS + 1:
        particles = _particles_at(tokens, j) if at and tokens[j].lower in PARTICLES else 0
        if particles:
            at.extend(range(j, j + particles))
            kinds.extend(["particle"] * particles)
            j += particles
            continue
        if at and _nickname_at(tokens, j):
            j += 3  # "Jane 'JJ' Roe": the nickname is no word of her name
            continue
        kind = _joins_as(tokens, j, covered, first=not at, titled=titled, capitals="capitals" in kinds)
        if not kind:
            break
        at.append(j)
        kinds.append(kind)
        j += 1
        if kind == "initial" and j < len(tokens) and tokens[j].text == ".":
            j += 1
    return at, kinds


def _particles_at(tokens: list[Token], j: int) -> int:
    """How many particles stand at j before the next word of a family name ('de la Roe', 'VAN DER BERG')."""
    k = j
    while k < len(tokens) and k - j < MAX_PARTICLES and tokens[k].lower in PARTICLES:
        k += 1
    follows = k < len(tokens) and (name_shaped(tokens[k]) or in_capitals(tokens[k]))
    return k - j if k > j and follows else 0


def _joins_as(tokens: list[Token], j: int, covered: dict[int, GazetteerMatch], *, first: bool, titled: bool,
              capitals: bool) -> str:
    """What the word at j would be as the next word of a name ('word', 'initial', 'capitals'), or '' if it
    cannot be one (`first`: no word of the name stands before it; `capitals`: a word in capitals does)."""
    kind = _shape_in_a_name(tokens, j, first=first, capitals=capitals)
    has_name = titled or not first
    if kind == "capitals" and not (has_name or _capitals_follow(tokens, j)):
        return ""  # one word in capitals is no name ('ROE' alone); two are ('JANE ROE')
    if not kind or _stops(tokens, j, covered, has_name=has_name):
        return ""
    return "" if not first and _title_starts_here(tokens, j) else kind  # 'Because Mr Roe': a title begins the name


def _shape_in_a_name(tokens: list[Token], j: int, *, first: bool, capitals: bool) -> str:
    """The word at j as a word of a name by its shape: an initial before more of the name ('J', 'A.', or opening
    the name, capitals run together: 'JJ Lee'), a name word, or a word in capitals; after a word in capitals only
    another ('ROE Jane' is a ballot line's order, read by the list reader)."""
    token = tokens[j]
    more = j + 1 < len(tokens)
    shape = word_kind(token.text) if token.kind == "w" else ""
    if shape == "name":
        if capitals:
            return ""
        if is_initial(token):
            return "initial" if more else ""
        return "word"
    if shape != "capitals" or not in_capitals(token):
        return ""
    if first and more and len(token.text) <= MAX_INITIALS and name_shaped(tokens[j + 1]):
        return "initial"
    return "capitals"


def _capitals_follow(tokens: list[Token], j: int) -> bool:
    """A name wholly in capitals has two words at least ('JANE ROE'); one word in capitals is no name."""
    return j + 1 < len(tokens) and in_capitals(tokens[j + 1])


def _title_starts_here(tokens: list[Token], j: int) -> bool:
    """A title with a name after it, and not a word that may be a surname ('John Major')."""
    return (tokens[j].text in titles() and tokens[j].text not in surnames_too()
            and j + 1 < len(tokens) and name_shaped(tokens[j + 1]))


_OPENING_QUOTES = ("'", "‘", '"', "“")
_CLOSING_QUOTES = ("'", "’", '"', "”")


def _nickname_at(tokens: list[Token], j: int) -> bool:
    """A capitalised word in quotation marks between the words of a name ("Jane 'JJ' Roe", 'Tom “Tommy” Smith')."""
    return j + 3 < len(tokens) and tokens[j].text in _OPENING_QUOTES and tokens[j + 1].kind == "w" \
        and tokens[j + 1].text[:1].isupper() and tokens[j + 2].text in _CLOSING_QUOTES and name_shaped(tokens[j + 3])


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


def _listed_after_a_place(tokens: list[Token], start: int, end: int) -> bool:
    """'in Brook Hill, Castle Vale and Kirk Dale.', 'held Abbey and Castle Vale.': capitalised words in a list that
    begins right after 'in' (or a verb of taking a seat) and ends the clause ('in Abbey and Jane Roe held Castle'
    keeps the person: a verb follows)."""
    if not start or tokens[start - 1].lower not in _LIST_JOINS:
        return False  # the run opens no list's later name: most runs
    first = _list_start(tokens, start)
    last = _list_end(tokens, end)
    joined = first is not None and any(t.lower in ("and", "&") for t in tokens[first:last])  # a list: 'A, B and C'
    # (not 'the candidate in Anytown, Ann Lee, said': a place, then a person set off by commas)
    return joined and _ends_clause(tokens, last) and (
        (before := tokens[first - 1].lower if first else "") == "in" or before in words("division_taken"))


_LIST_JOINS = (",", "and", "&")


def _list_start(tokens: list[Token], start: int) -> int | None:
    """Where a list of capitalised runs joined by commas and 'and' that reaches `start` begins (None: no list)."""
    first = start
    while first > 1 and tokens[first - 1].lower in _LIST_JOINS and name_shaped(tokens[first - 2]):
        first -= 1
        while first > 0 and name_shaped(tokens[first - 1]):
            first -= 1
    return first if first < start else None


def _list_end(tokens: list[Token], end: int) -> int:
    """Where the list of capitalised runs joined by commas and 'and' that the run ending at `end` belongs to ends."""
    k = end
    while k + 1 < len(tokens) and tokens[k].lower in _LIST_JOINS and name_shaped(tokens[k + 1]):
        k += 1
        while k < len(tokens) and name_shaped(tokens[k]):
            k += 1
    return k


def _ends_clause(tokens: list[Token], k: int) -> bool:
    """The word at k ends a clause of places: a stop, a comma, 'respectively' or a word of divisions."""
    after = tokens[k].lower if k < len(tokens) else "."
    return after in (".", ",", ";", ":", ")", "respectively") or after in words("division_words", "division_plurals")


def _said_won(tokens: list[Token], end: int) -> bool:
    """'… was won by', 'was taken by', 'was retained by' after the words ending at `end`: a seat, which no one is."""
    if end + 2 >= len(tokens) or tokens[end].lower not in ("was", "were") or tokens[end + 2].lower != "by":
        return False
    return tokens[end + 1].lower in words("division_taken", "lose")


def _names_a_thing(tokens: list[Token], start: int, end: int) -> bool:
    """'the Red Wall seat', 'Redwell Leisure Centre', 'who represents Brook Hill', 'Labour hold Brook Hill': capitalised
    words after an article or a verb of representing, where a seat's words stand around them (`_a_seat_s`), or before
    a word for a place, a building or a body name a thing, not a person."""
    before = tokens[start - 1].lower if start else ""
    after = tokens[end].text if end < len(tokens) else ""
    if before == "(" and after == ")":
        return True  # a label in brackets, as a party after a candidate's name
    last = tokens[end - 1].lower
    described = after.lower() in words("offices") and end + 1 < len(tokens) and (
        name_shaped(tokens[end + 1]) or tokens[end + 1].text in titles())  # 'Anytown councillor Jane Roe'
    return before in ("the", "a", "an") or before in words("seat_holder_verbs") or _a_seat_s(tokens, start, end) \
        or after.lower() in words("thing_heads") or last in words("thing_ends") or described


def _a_seat_s(tokens: list[Token], start: int, end: int) -> bool:
    """Capitalised words a seat's words stand around: 'won (both) Brook Hill', 'in Brook Hill', 'lost Brook Hill to
    Labour', 'Labour lost Brook Hill.' (no one is lost so), 'Brook Hill was won by', 'in Abbey and Castle Vale' (not
    before a possessive: 'won Jane Roe's old seat')."""
    before = tokens[start - 1].lower if start else ""
    after = tokens[end].text if end < len(tokens) else ""
    verb = tokens[start - 2].lower if before == "both" and start > 1 else before  # 'held both Brook Hill and …'
    if (verb in words("division_taken") or verb == "in") and after not in ("'s", "’s"):
        return True
    return (verb in words("lose") and after in ("to", ".")) or _said_won(tokens, end) or _seat_s_fate(tokens, end) \
        or _described_as_a_seat(tokens, end) or _listed_after_a_place(tokens, start, end) or _its_members(tokens, end)


def _described_as_a_seat(tokens: list[Token], end: int) -> bool:
    """'Brook Hill, where Jane Roe won', 'Castle Vale, a Labour stronghold,': a place set off by a comma (no one is
    'where', nor a party's ward)."""
    following = [t.lower for t in tokens[end:end + 6]]
    if len(following) < 2 or following[0] != ",":
        return False
    if following[1] == "where":
        return True
    return following[1] in ("a", "an", "the") and any(w in words("seat_descriptions") for w in following[2:5])


def _seat_s_fate(tokens: list[Token], end: int) -> bool:
    """'Brook Hill fell to Labour', 'swung to Reform UK', 'changed hands', "elected Reform UK's Jane Roe": what only a
    seat does (not 'went to Reform', which a councillor who defects does too)."""
    following = [t.lower for t in tokens[end:end + 4]]
    if " ".join(following[:2]) in words("seat_fates"):
        return True
    possessive = next((k for k in (2, 3) if k < len(following) and following[k] in ("'s", "’s")), None)
    return bool(following) and following[0] in words("elected") and possessive is not None and all(
        tokens[end + k].text[:1].isupper() for k in range(1, possessive))  # the party's one or two words


def _its_members(tokens: list[Token], end: int) -> bool:
    """"Brook Hill's new councillor", "Castle Vale's two councillors": a place's elected members (no one has a
    councillor of their own)."""
    if end >= len(tokens) or tokens[end].lower not in ("'s", "’s"):
        return False
    following = [t.lower for t in tokens[end:end + 4]]
    office = next((w for w in following[1:] if w not in words("number_words", "outcome_modifiers") and w != "new"), "")
    return office in words("ward_members")
