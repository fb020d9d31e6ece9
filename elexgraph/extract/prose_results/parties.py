"""The party printed beside a name in a sentence's items: before it ('Labour's Jane Roe', 'Tory candidate Jane
Roe', 'Labour parliamentary candidate Jane Roe') or after it ('Jane Roe (Lab)', 'Jane Roe, of Labour', 'Jane Roe,
who stood for the Greens'), not a former party and not a ward in brackets."""

from __future__ import annotations

import re

from elexgraph import reference
from elexgraph.annotate.document import Mention
from elexgraph.annotate.lexicon import words
from elexgraph.annotate.patterns import Item

_DESCRIBING = frozenset({"'s", "’s", "'", "’", "former", "new", "current"})  # words between a party and its person
_STOOD_AS = frozenset({(*who, verb, "as", a) for who in ((), ("who",)) for verb in ("stood", "standing", "ran", "running")
                       for a in ("an", "a")})
# Verbs of standing between a name and its party, an aside's or the clause's own: 'X, who stood for Labour',
# 'X is standing for the Greens', 'X stood as an independent'.
_STOOD_FOR = frozenset({("who", "stood", "for"), ("who", "is", "standing", "for"), ("who", "was", "standing", "for"),
                        ("is", "standing", "for"), ("was", "standing", "for"), ("stood", "for")})
# Words between a name and the party it stands for: 'X, of Labour', 'X, standing for the Greens'.
_PARTY_LINKS = frozenset({(), ("of",), ("for",), ("from",), ("a",), ("an",), ("standing", "for"),
                          ("stood", "for"), ("running", "for"), ("representing",)})


def party_before(items: list[Item], at: int) -> str | None:
    """'Labour's X', 'Tory candidate X', 'former Labour MP X': a party with only offices between; 'Labour
    candidates A, B and C': a party named with a plural office before a list of names is each one's."""
    if at >= 2 and items[at - 1].lower in (",", "and") and _is_person(items[at - 2]):
        return _party_of_list(items, at - 2)
    if at >= 2 and items[at - 1].lower == ",":
        return _described_before(items, at - 1)
    for k in range(at - 1, max(-1, at - 6), -1):
        ref = items[k].ref
        if isinstance(ref, Mention) and ref.kind == "party":
            if k + 1 == at and k > 0 and items[k - 1].lower in words("former_words"):
                return None  # 'Former Conservative Jane Roe': a party she left ('former Labour MP Jane Roe': a past office)
            return ref.party if all(_qualifies_office(items, j) for j in range(k + 1, at)) else None
        if not _qualifies_office(items, k):
            return None
    return None


def _qualifies_office(items: list[Item], k: int) -> bool:
    """The item at k may stand between a party and its person: an office or a word describing it ('former',
    'parliamentary', 'county'), a place right before an office ('Reform UK's Anytown candidate'), 'and'
    between two offices ('candidate and councillor')."""
    word, ref = items[k].lower, items[k].ref
    office_next = k + 1 < len(items) and items[k + 1].lower in words("offices")
    if isinstance(ref, Mention):
        return ref.kind == "place" and office_next
    if word == "and":
        return office_next and k > 0 and items[k - 1].lower in words("offices")
    return word in words("offices") or word in _DESCRIBING or word in words("office_qualifiers")


def _party_of_list(items: list[Item], first: int) -> str | None:
    """The party of a list of names whose item `first` is a name: one named with a plural office before it."""
    while first >= 2 and items[first - 1].lower in (",", "and") and _is_person(items[first - 2]):
        first -= 2
    plural = first >= 2 and items[first - 1].lower in words("offices") and items[first - 1].lower.endswith("s")
    return party_before(items, first) if plural else None


def _described_before(items: list[Item], comma: int) -> str | None:
    """'The defeated Conservative candidate in Anytown, Jane Roe': an office with its party right before the
    comma that sets the name off."""
    k = comma - 1
    if k >= 2 and isinstance(items[k].ref, Mention) and items[k].ref.kind == "place" and items[k - 1].lower in ("in", "for"):
        k -= 2
    office = items[k].lower if k >= 0 else ""
    if office in words("group_words"):
        return _group_led(items, k)
    return party_before(items, k + 1) if office in words("offices") and not office.endswith("s") else None


def _group_led(items: list[Item], k: int) -> str | None:
    """'The leader of the Conservative group, Jane Roe': an office of a party's group (or of the party) right before
    the comma that sets the name off is held by one of its members."""
    party = items[k - 1].ref if k >= 1 else None
    if not (isinstance(party, Mention) and party.kind == "party"):
        return None
    j = k - 2 - (k >= 2 and items[k - 2].lower == "the")
    return party.party if j >= 1 and items[j].lower == "of" and items[j - 1].lower in words("offices") else None


def _is_person(item: Item) -> bool:
    return isinstance(item.ref, Mention) and item.ref.kind == "person"


def party_after(items: list[Item], at: int) -> str | None:
    """'X (Lab)', 'X, of Labour', 'X for the Greens', 'X, a former Labour councillor' (not 'X (Anytown)')."""
    after = items[at + 1:at + 9]
    lowers = [it.lower for it in after]
    if lowers[:1] == ["("] and ")" in lowers:
        decided, party = _bracketed_party(after[1:lowers.index(")")])
        if decided:
            return party
    for j, item in enumerate(after):
        lead = tuple(w for w in lowers[:j] if w not in (",", "the"))
        if item.lower == "independent" and lead in _STOOD_AS:
            return "Independent" if not _year_follows(items, at + 2 + j) else None  # 'X stood as an independent'
        if isinstance(item.ref, Mention):
            return _linked_party(items, at, j, lead) if item.ref.kind == "party" else None
    return None


def _linked_party(items: list[Item], at: int, j: int, lead: tuple[str, ...]) -> str | None:
    """The party j items after the name at `at`, if the words `lead` between link it to the name."""
    party = items[at + 1 + j].ref.party
    if lead in _STOOD_FOR:
        return party if not _year_follows(items, at + 2 + j) else None  # not 'who stood for Labour in 2017'
    bracket_closed = items[at + 1].lower == ")"
    linked = (lead in _PARTY_LINKS or _named_candidate(list(lead), items[at + 2 + j:at + 4 + j])) and not bracket_closed
    return party if linked and (lead or items[at + 1].lower == ",") else None


def _year_follows(items: list[Item], at: int) -> bool:
    """A year in the few words from `at`: what is said there is of another election ('for Labour in 2017')."""
    return any(re.fullmatch(r"(?:19|20)\d\d", it.text) for it in items[at:at + 3])


def _named_candidate(lead: list[str], after_party: list[Item]) -> bool:
    """'X is the Labour candidate', 'X was Labour's candidate': a party told as what the person stands as."""
    heads = [it.lower for it in after_party if it.lower not in words("possessive_marks")]
    return lead in (["is"], ["was"]) and heads[:1] == ["candidate"]


def _bracketed_party(inside: list[Item]) -> tuple[bool, str | None]:
    """Whether brackets after a name say the party, and which: none for a place ('Jane Roe (Anytown)': her
    seat); undecided when they hold no label or a figure."""
    label = " ".join(it.text for it in inside)
    if any("PLACE" in it.tags for it in inside) and not any("PARTY" in it.tags for it in inside):
        return True, None
    named = {it.ref.party for it in inside if isinstance(it.ref, Mention) and it.ref.kind == "party"}
    if len(named) == 1 and any(c.isdigit() for c in label):
        return True, named.pop()  # '(Labour, 20,117 votes)': the party, beside her figures
    lead = label.split(",")[0].strip()
    known = reference.party_named(lead) if "," in label and lead and not any(c.isdigit() for c in lead) else None
    if known is not None:
        return True, reference.canonical_party(lead)  # '(Con, 17,550)': a known party's short form before figures
    if label and not any(c.isdigit() for c in label):
        return True, reference.canonical_party(label)
    return False, None
