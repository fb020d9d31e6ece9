"""A publish's spill: each resource's shares read back in the store's order of graphs, a resource at a time, and
its buckets drawn largest first."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import Literal, NamedNode, Triple

from elexgraph.publish import _largest_first
from elexgraph.vocab import RDFS
from elexgraph.web.bulk import Spill

_BASE = "https://example.org/id/person/"


def _labelled(name: str, label: str) -> Triple:
    return Triple(NamedNode(_BASE + name), RDFS.label, Literal(label))


def test_a_bucket_gives_each_resource_its_shares_in_the_stores_order(tmp_path: Path) -> None:
    first, second = Spill(tmp_path, 1, ".a"), Spill(tmp_path, 1, ".b")  # two processes' parts of one bucket
    roe = NamedNode(_BASE + "jane-roe")
    second.add(roe, 2, {_labelled("jane-roe", "Jane Roe (later)")}, set())
    first.add(roe, 0, {_labelled("jane-roe", "Jane Roe")}, {_labelled("anytown", "Anytown")})
    first.add(NamedNode(_BASE + "john-doe"), 1, {_labelled("john-doe", "John Doe")}, set())
    first.close()
    second.close()
    bucket = first.read(0)
    assert sorted(bucket) == [_BASE + "jane-roe", _BASE + "john-doe"] and len(bucket) == 2
    gathered = bucket[_BASE + "jane-roe"]
    assert [[t.object.value for t in description] for description, _ in gathered.shares] == [
        ["Jane Roe"], ["Jane Roe (later)"]]  # graph 0's share before graph 2's, whichever part held it
    assert gathered.shares[0][1] == [_labelled("anytown", "Anytown")]
    assert gathered.triples == {_labelled("jane-roe", "Jane Roe"), _labelled("jane-roe", "Jane Roe (later)")}
    assert bucket.get(_BASE + "nobody") is None


def test_the_largest_bucket_is_drawn_first(tmp_path: Path) -> None:
    spill = Spill(tmp_path, 3)
    wanted = {0: 2, 1: 30, 2: 7}  # resources a bucket
    names = (f"p{n}" for n in range(10_000))
    while any(wanted.values()):
        name = next(names)
        bucket = spill.bucket(_BASE + name)
        if wanted[bucket]:
            spill.add(NamedNode(_BASE + name), 0, {_labelled(name, "Jane Roe")}, set())
            wanted[bucket] -= 1
    spill.close()
    assert _largest_first(spill, {0: [], 1: [], 2: []}) == [1, 2, 0]
