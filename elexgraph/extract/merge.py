"""Merging what several extractors found: one fact per thing stated, with the fullest values."""

from __future__ import annotations

from dataclasses import fields, replace

from elexgraph.facts import Candidacy, Fact, PartyChange, Quote, Role, SeatResult


def fact_key(fact: Fact) -> tuple:
    """What makes two facts the same fact, whatever extra values either carries."""
    if isinstance(fact, Candidacy):
        return ("candidacy", fact.election, fact.constituency, fact.person)
    if isinstance(fact, SeatResult):
        return ("seat", fact.election, fact.constituency)
    if isinstance(fact, PartyChange):
        return ("change", fact.person, fact.kind, fact.to_party)
    if isinstance(fact, Quote):
        return ("quote", fact.speaker, fact.text)
    if isinstance(fact, Role):
        return ("role", fact.person, fact.title.lower())
    raise TypeError(f"not a fact: {fact!r}")


def merge_facts(found: list[Fact]) -> list[Fact]:
    """Keep the first fact of each key, filling its blank values from the later ones."""
    merged: dict[tuple, Fact] = {}
    for fact in found:
        key = fact_key(fact)
        if key not in merged:
            merged[key] = fact
            continue
        kept = merged[key]
        blanks = {f.name: getattr(fact, f.name) for f in fields(kept)
                  if getattr(kept, f.name) is None and getattr(fact, f.name) is not None}
        if blanks:
            merged[key] = replace(kept, **blanks)
    return list(merged.values())
