"""Merging what several readers found: one fact per thing stated, with the fullest values.

A value printed in the article wins over one worked out from other figures ('derived'), and a fact
keeps the evidence of the reader that found it first.
"""

from __future__ import annotations

from dataclasses import fields, replace

from elexgraph.facts import Fact, fact_key


def _derived(fact: Fact) -> set[str]:
    return set(getattr(fact, "derived", ()))


def combine(kept: Fact, other: Fact) -> Fact:
    """`kept` with its blanks filled from `other`, and its derived values replaced by printed ones."""
    changes: dict[str, object] = {}
    derived = _derived(kept)
    for f in fields(kept):
        if f.name in ("evidence", "extractor", "derived"):
            continue
        mine, theirs = getattr(kept, f.name), getattr(other, f.name)
        if theirs is None:
            continue
        if mine is None or (f.name in derived and f.name not in _derived(other)):
            changes[f.name] = theirs
            derived.discard(f.name)
            if f.name in _derived(other):
                derived.add(f.name)
    if not changes:
        return kept
    if hasattr(kept, "derived"):
        changes["derived"] = tuple(sorted(derived))
    return replace(kept, **changes)


def merge_facts(found: list[Fact]) -> list[Fact]:
    """Keep the first fact of each key, combined with the later ones."""
    merged: dict[tuple, Fact] = {}
    for fact in found:
        key = fact_key(fact)
        merged[key] = combine(merged[key], fact) if key in merged else fact
    return list(merged.values())
