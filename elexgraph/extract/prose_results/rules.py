"""The rules of prose results as data: the sections of ``patterns/prose_results.toml``, read by the pattern
engine (annotate/patterns.py). A reader asks which rule of a section matches first from a verb, and what the
rule says that means; the readers only decide what to do with the answer."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from elexgraph.annotate.lexicon import load_toml, word_classes
from elexgraph.annotate.patterns import Item, Match, PatternSet, encode
from elexgraph.extract.prose_results.clauses import Clause

PATTERNS = Path(__file__).parent.parent / "patterns" / "prose_results.toml"
_START = Item(("START",), "", -1, -1)
_END = Item(("END",), "", -1, -1)
_NOT_CAPITALISED = frozenset({"the", "a", "an", "his", "her", "their", "its"})


@cache
def _section(name: str) -> tuple[PatternSet, tuple[str, ...]]:
    rules = load_toml(PATTERNS)[name]
    return PatternSet([rule["pattern"] for rule in rules], word_classes()), tuple(rule.get("means", "") for rule in rules)


@cache
def flagged(name: str, flag: str) -> tuple[bool, ...]:
    """Each rule's flag `flag` of a section, in order (false where a rule does not set it)."""
    return tuple(bool(rule.get(flag)) for rule in load_toml(PATTERNS)[name])


def meaning_of(name: str, match: Match) -> str:
    """What the rule of a section that made a match says it means."""
    return _section(name)[1][match.pattern]


@cache
def table(name: str) -> dict[str, str]:
    """A table of the patterns file (a word and what it stands for: 'blue' for the Conservatives)."""
    return {key.lower(): value for key, value in load_toml(PATTERNS)[name].items()}


def patterns(name: str) -> PatternSet:
    """The patterns of one section, to find every match in a sentence."""
    return _section(name)[0]


def meaning_at(name: str, clause: Clause, v: int) -> str | None:
    """What the first rule of a section that matches at the verb v says ('win', 'no' …); None if none matches.
    The rules see the item before the verb (START at the clause's opening), the rest of the clause, and END."""
    rules, meanings = _section(name)
    text, starts = _encoded(clause)
    # starts[v] is the item before v (START stands first); only the rules that can open on the verb's word are tried
    found = rules.first_at(text, starts[v], second=clause.items[v].lower)
    return meanings[found] if found is not None else None


def _encoded(clause: Clause) -> tuple[str, list[int]]:
    """The clause as the rules see it, encoded once: START, its items (capitalised words tagged CAP), END."""
    if clause.encoded_for_rules is None:
        clause.encoded_for_rules = encode([_START, *(_capped(item, clause.mention(i) is None)
                                                     for i, item in enumerate(clause.items)), _END])
    return clause.encoded_for_rules


def _capped(item: Item, unread: bool) -> Item:
    """A capitalised word is tagged CAP: a name the gazetteer does not know may stand there (so does a name the
    clause does not read as a person's: 'Ash & Oak Vale')."""
    if unread and "PERSON" in item.tags:
        return Item(("W", "CAP"), item.text, item.start, item.end, item.ref)
    if item.tags == ("W",) and item.text[:1].isupper() and item.lower not in _NOT_CAPITALISED:
        return Item(("W", "CAP"), item.text, item.start, item.end, item.ref)
    return item
