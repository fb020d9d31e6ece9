"""Merging what several readers found: one fact per thing stated, with the fullest values.

A value printed in the article wins over one worked out from other figures ('derived'), and a fact
keeps the evidence of the reader that found it first; a value taken from another fact keeps that fact's
sentence as its own evidence.
"""

from __future__ import annotations

from dataclasses import fields, replace

from elexgraph.facts import Evidence, Fact, fact_key
from elexgraph.facts.base import NOT_VALUES


def _derived(fact: Fact) -> set[str]:
    return set(getattr(fact, "derived", ()))


def combine(kept: Fact, other: Fact) -> Fact:
    """`kept` with its blanks filled from `other`, and its derived values replaced by printed ones."""
    changes: dict[str, object] = {}
    derived = _derived(kept)
    told = dict(kept.field_evidence)
    for f in fields(kept):
        if f.name in NOT_VALUES:
            continue
        mine, theirs = getattr(kept, f.name), getattr(other, f.name)
        if theirs is None:
            continue
        if mine is None or (f.name in derived and f.name not in _derived(other)):
            changes[f.name] = theirs
            _told_by(told, f.name, other.evidence_of(f.name), kept.evidence)
            derived.discard(f.name)
            if f.name in _derived(other):
                derived.add(f.name)
    if not changes:
        return kept
    if hasattr(kept, "derived"):
        changes["derived"] = tuple(sorted(derived))
    changes["field_evidence"] = tuple(sorted(told.items(), key=lambda item: item[0]))
    return replace(kept, **changes)


def _told_by(told: dict[str, Evidence], name: str, evidence: Evidence, own: Evidence) -> None:
    """The field `name` now stated by `evidence`: kept unless it is the fact's own sentence."""
    if evidence == own:
        told.pop(name, None)
    else:
        told[name] = evidence


def merge_facts(found: list[Fact]) -> list[Fact]:
    """Keep the first fact of each key, combined with the later ones."""
    merged: dict[tuple, Fact] = {}
    for fact in found:
        key = fact_key(fact)
        merged[key] = combine(merged[key], fact) if key in merged else fact
    return list(merged.values())
