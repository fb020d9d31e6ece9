"""Roles: the offices and positions an article gives people, with the title as printed.

    Prime Minister Jane Roe              the former Anytown MP Jane Roe ('former MP for Anytown')
    Jane Roe, leader of X Council,       Jane Roe, a former chairman of the Y Party,
    Former deputy chairman of the party, Jane Roe, …                     (a title before the name)
    Jane Roe is now the MP for Anytown.       X, a party set up by Jane Roe ('founder of X')
    Jane Roe, who sits in the House of Lords        Councillors A, B and C (of the council named)
    The winner of the article's own contest, when it reports only a few: 'MP for Anytown', 'Mayor of X'

Only titles that end in an office word (lexicon/words.toml `role_heads`: MP, councillor, leader, mayor,
minister, secretary, …) count: 'farmer Jane Roe' is a description, and candidacies are facts of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from elexgraph.annotate.document import Document, Mention, Sentence
from elexgraph.annotate.lexicon import calendar, not_names, words
from elexgraph.annotate.patterns import Item
from elexgraph.extract.registry import register
from elexgraph.facts import Fact, Role, SeatResult, office_won

NAME = "roles"
FEW_CONTESTS = 3
_NUMBER_WORDS = frozenset({"Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Both", "All"})  # a round-up of many results reports winners, not the offices they now hold
_EXPANSIONS = {"CC": "County Council", "DC": "District Council", "BC": "Borough Council"}


def _is_head(item: Item) -> bool:
    return item.tags == ("W",) and item.lower in words("role_heads")


def _is_modifier(item: Item) -> bool:
    if item.tags == ("W",):
        return item.lower in words("role_modifiers") or (item.text[:1].isupper() and item.lower not in (
            "the", "a", "an", "and", "but", "or", "as", "in", "on", "at", "of", "for", "by", "with", "his", "her", "their"))
    return item.tags[0] in ("PLACE", "PARTY")


def _title(items: list[Item]) -> str:
    text = " ".join(_EXPANSIONS.get(it.text, it.text) for it in items)
    return re.sub(r"\s+'s\b|\s+’s\b", "'s", text)


def _title_before(items: list[Item], at: int) -> str | None:
    """The office printed right before the name at item `at`: modifiers, then a head word."""
    if at == 0 or not _is_head(items[at - 1]):
        return None
    start = at - 1
    while start > 0 and _is_modifier(items[start - 1]) and "PERSON" not in items[start - 1].tags:
        start -= 1
    joined = [k for k in range(start + 1, at - 1) if items[k].lower == "and" and "PARTY" in items[k - 1].tags]
    start = joined[-1] if joined else start  # 'the Liberal Democrats and party leader B': two things, not one title
    while start < at - 1 and items[start].lower == "and":
        start += 1  # 'A and Group leader B': the title starts after the 'and'
    possessive = start >= 2 and items[start - 1].lower in ("'s", "’s") and "PLACE" in items[start - 2].tags
    if possessive:  # "Gainsborough's veteran Conservative MP X": MP for Gainsborough
        return f"{_title(items[start:at])} for {items[start - 2].text}"
    placed = _office_for_place(items, start, at)
    if placed:
        return placed
    while start < at - 1 and items[start].text in _NUMBER_WORDS:
        start += 1  # 'Two Reform UK councillors, A and B': a count is no part of the office
    title = _title(items[start:at])
    return title if len(title.split()) > 1 else None  # 'leader Jane Roe', 'Secretary Tom Smith': of what, unsaid


def _office_for_place(items: list[Item], start: int, end: int) -> str | None:
    """'the former Anytown MP': former MP for Anytown (the office ends at `end`)."""
    if items[end - 1].lower not in ("mp", "mep"):
        return None
    place = next((k for k in range(start, end - 1) if "PLACE" in items[k].tags), None)
    if place is None:
        return None
    return f"{_title(items[start:place] + items[place + 1:end])} for {items[place].text}"


def _seat_named(items: list[Item], start: int) -> int | None:
    """'for the new constituency of Anytown': where the place stands, past the words that describe it."""
    j = start
    while j < len(items) and items[j].lower in words("seat_description"):
        j += 1
    return j if j > start and j < len(items) and "PLACE" in items[j].tags else None


def _complement(items: list[Item], start: int) -> int:
    """Where an office's complement ('of X Council', 'for Anytown', 'of the party', 'since 2005') ends."""
    j = start
    if j < len(items) and items[j].lower in ("of", "for", "on", "at", "in", "with"):
        j += 1
        while j < len(items) and (items[j].lower in words("role_complement_words") or items[j].tags[0] in ("PLACE", "PARTY")
                                  or items[j].tags == ("W",) and items[j].text[:1].isupper()
                                  and items[j].lower not in calendar("months")):
            j += 1
        if all(it.lower in ("the", "and", "&", "of") for it in items[start + 1:j]):
            j = start  # 'the MP in the Commons' names no body: 'MP in the', 'councillor in' end before it
    if j + 1 < len(items) and items[j].lower == "since" and "NUM.year" in items[j + 1].tags:
        j += 2  # 'MP for Anytown since 2005'
    return j


def _office_at(items: list[Item], start: int) -> tuple[str, int] | None:
    """An office phrase starting at `start` ('a former deputy chairman of the X Party', "Anytown's MP"):
    its title and end."""
    j = start
    while j < len(items) and (items[j].lower in ("a", "an", "the", "now", "also", "currently") or items[j].text in _NUMBER_WORDS):
        j += 1  # 'Two Reform UK councillors, A and B': a count is no part of the office
    possessive = _possessive_office(items, j)
    if possessive:
        return possessive
    begin = j
    while j < len(items) and (_is_modifier(items[j]) or _is_head(items[j])):
        j += 1
    heads = [k for k in range(begin, j) if _is_head(items[k])]
    return _office_from(items, begin, heads[-1] + 1) if heads else None


def _possessive_office(items: list[Item], j: int) -> tuple[str, int] | None:
    """"Anytown's MP": MP for Anytown."""
    if j + 2 >= len(items) or items[j + 1].lower not in ("'s", "’s") or not _is_head(items[j + 2]):
        return None
    named = "PLACE" in items[j].tags or items[j].tags == ("W",) and items[j].text[:1].isupper()
    return (f"{items[j + 2].text} for {items[j].text}", j + 3) if named else None


def _office_from(items: list[Item], begin: int, last: int) -> tuple[str, int] | None:
    """The office whose words run from `begin` to its last head word (before `last`), with its complement."""
    placed = _office_for_place(items, begin, last)
    if placed:
        return placed, last
    if last < len(items) and items[last].lower in ("for", "of"):
        seat = _seat_named(items, last + 1)  # 'MP for the new constituency of Anytown': MP for Anytown
        if seat is not None:
            return f"{_title(items[begin:last + 1])} {items[seat].text}", seat + 1
    end = _complement(items, last)
    title = _title(items[begin:end])
    return (title, end) if len(title.split()) > 1 else None


def _stated_roles(doc: Document, sentence: Sentence) -> Iterator[tuple[str, str]]:
    items = sentence.items
    for i, item in enumerate(items):
        m = item.ref
        if not (isinstance(m, Mention) and m.kind == "person") or m.quoted:
            continue
        before = _title_before(items, i)
        if before:
            for person in _listed_from(items, i) if before.split()[-1].lower().endswith("s") else [m.person]:
                yield person, re.sub(r"(MP|MEP|councillor|leader)s\b", r"\1", before)
        if i + 1 < len(items) and items[i + 1].text == ",":
            after = _office_at(items, i + 2)
            if after and (after[1] >= len(items) or items[after[1]].text in (",", ".", ";", "and", "who")):
                yield m.person, after[0]
        stated = _stated_after(items, i)
        if stated:
            yield m.person, stated
        if i >= 2 and items[i - 1].text == ",":
            reversed_title = _reversed_before(items, i - 1)
            if reversed_title:
                yield m.person, reversed_title


def _stated_after(items: list[Item], i: int) -> str | None:
    """'X is now the MP for Y', 'X has served as deputy leader on Y Council', 'X, who is a councillor with Y'."""
    j = i + 1
    if j < len(items) and items[j].text == ",":
        j += 1
    verbs = {"who", "is", "was", "has", "have", "had", "been", "now", "also", "since", "then", "become", "became",
             "becomes", "re-elected", "elected", "appointed", "served", "serves", "serving", "as", "currently"}
    start = j
    while j < len(items) and items[j].lower in verbs:
        j += 1
    if j == start or not any(items[k].lower in ("is", "was", "been", "as", "became", "becomes", "become") for k in range(start, j)):
        return None
    office = _office_at(items, j)
    if office is None:
        return None
    past = any(items[k].lower == "had" for k in range(start, j))
    return ("former " if past and not office[0].lower().startswith("former") else "") + office[0]


def _reversed_before(items: list[Item], comma: int) -> str | None:
    """'Former deputy chairman of the party, Jane Roe': an office phrase just before the comma."""
    for start in range(max(0, comma - 10), comma):
        office = _office_at(items, start)
        if office and office[1] == comma and (start == 0 or items[start - 1].text in (",", "(")):
            return office[0]
    return None


def _titled_councillors(sentence: Sentence) -> Iterator[tuple[str, str]]:
    """'Councillors A, B and C': each a councillor (of the council the article names)."""
    items = sentence.items
    for i, item in enumerate(items):
        m = item.ref
        if not (isinstance(m, Mention) and m.kind == "person"):
            continue  # 'Councillors quit party': a plural title before words that are no name
        if m.title in ("Councillors",) or (i > 0 and items[i - 1].text in ("Councillors", "Cllrs")):
            for person in _listed_from(items, i):
                yield person, "Councillor"


def _listed_from(items: list[Item], i: int) -> list[str]:
    """The people a plural title stands before: 'Veteran MPs A and B', 'Councillors A, B and C'."""
    people = [items[i].ref.person]
    j = i + 1
    while j + 1 < len(items) and items[j].lower in (",", "and") and isinstance(items[j + 1].ref, Mention) \
            and items[j + 1].ref.kind == "person":
        people.append(items[j + 1].ref.person)
        j += 2
    return people


_SITS_IN_THE_LORDS = re.compile(r",?\s+who\s+(?:now\s+|also\s+)?sits\s+in\s+the\s+(?:House\s+of\s+)?Lords\b")


def _lords(sentence: Sentence) -> Iterator[tuple[str, str]]:
    """'Jane Roe, who sits in the Lords': a member of the House of Lords."""
    for m in sentence.people:
        tail = sentence.text[m.end - sentence.start:]
        if _SITS_IN_THE_LORDS.match(tail):
            yield m.person, "member of the House of Lords"


def _bodies(doc: Document) -> tuple[str | None, str | None]:
    """The council and the council group the article names first ('Westshire District', 'the X Group')."""
    council = re.search(r"\b(?P<place>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*\s+(?:District|Borough|County|City))"
                        r"(?:\s+[Cc]ouncil|\s+councillors?)", doc.text)
    group = re.search(r"\b(?:the\s+)?(?P<group>(?:[A-Z][\w'’-]*\s+){1,4}Group)\b", doc.text)
    place = council.group("place") if council else None
    while place and place.split()[0] in not_names() | _NUMBER_WORDS:
        # 'Three Westshire District councillors': the council is Westshire District; 'The Borough Council': none named
        place = place.split(" ", 1)[1] if " " in place else None
    return place, (group.group("group") if group else None)


_BODILESS = ("council leader", "group leader", "councillor", "councillors", "cllr", "coun")


def _with_body(doc: Document, title: str) -> str:
    """'Council leader', 'Group leader', 'Councillor' name their body only through the article."""
    bare = title.lower()
    if bare not in _BODILESS:
        return title  # most titles name their body themselves: the article is not searched for one
    council, group = _bodies(doc)
    if bare == "council leader" and council:
        return f"leader of {council} Council"
    if bare == "group leader" and group:
        return f"leader of the {group}"
    if bare in ("councillor", "councillors", "cllr", "coun") and council:
        return f"{council} councillor"
    return title


# A name starts only where a word starts, and its words are never given back (possessive quantifiers): one
# pass over the text, however long its words (a backtracking name took seconds on a 16 kB word).
_FOUNDING = r"(?:set\s+up|founded|formed|launched|started)\s+by\s+"
_FOUNDED_BY = re.compile(r"(?<![\w'’-])(?P<org>[A-Z][\w'’-]*+(?:\s++[A-Z][\w'’-]*+){0,4}),\s+(?:a|the)\s+(?:\w++\s+)?"
                         r"(?:party|group|movement|campaign)\s+" + _FOUNDING)
# Its verb alone, looked for first: a search for a capitalised word at every word of every sentence naming someone
# is spared where no one is said to have founded anything (nearly every sentence).
_FOUNDING_TOLD = re.compile(_FOUNDING)


def _founders(sentence: Sentence) -> Iterator[tuple[str, str]]:
    """'X, a party set up by actor Jane Roe': founder of X."""
    if not _FOUNDING_TOLD.search(sentence.text):
        return
    for found in _FOUNDED_BY.finditer(sentence.text):
        after = next((m for m in sentence.people if m.start - sentence.start >= found.end()), None)
        if after and after.start - sentence.start - found.end() < 25:
            yield after.person, f"founder of {found.group('org')}"


def _offices_won(doc: Document) -> Iterator[Role]:
    """The office each winner of the article's own contests now holds, when it reports only a few."""
    main = doc.election.main
    won = [f for f in doc.found if isinstance(f, SeatResult) and f.winner and main and f.election == main]
    if not main or len(won) > FEW_CONTESTS or main.kind == "local":
        return
    for result in won:
        yield Role(result.evidence, NAME, result.winner, office_won(result))


@register(NAME, "4", reads=("seat_result",))
def extract(doc: Document) -> Iterator[Fact]:
    """Offices and positions given to named people."""
    seen: dict[str, list[frozenset[str]]] = {}
    stated = [Role(doc.evidence(s), NAME, person, _with_body(doc, title)) for s in doc.sentences
              if s.people  # every role is stated of a person the sentence names outside quotation marks
              for person, title in [*_stated_roles(doc, s), *_titled_councillors(s), *_founders(s), *_lords(s)]]
    for role in [*stated, *_offices_won(doc)]:
        # 'Anytown mayor' and 'Mayor of Anytown' are one role; 'MP for Anytown' is part of 'MP for Anytown since 2010'
        key = frozenset(re.findall(r"\w+", role.title.lower())) - {"of", "the", "for", "at", "in", "on"}
        if "candidate" in key or any(key <= known for known in seen.get(role.person, [])):
            continue
        seen.setdefault(role.person, []).append(key)
        yield role
