"""The catalog of stored graphs: which article and official-results graphs the store holds, each with the
digest of the file it was made from and what made it. The build skips what is unchanged by it, `remove`
finds the articles it names in it, and `official load` skips unchanged results files by it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from pyoxigraph import NamedNode

from elexgraph.queries import run_query
from elexgraph.store.base import GraphStore


Source = TypeVar("Source")
Failure = TypeVar("Failure")


@dataclass
class StoreReport(Generic[Source, Failure]):
    """What one run that stores graphs did, whatever their sources (articles for a build, official results
    files for a load): the sources left as they were, those that failed, the quads written, and the article
    graphs whose people the align stage joined to official candidates."""

    unchanged: list[Source] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    quads: int = 0
    aligned: list[NamedNode] = field(default_factory=list)


def stored_digests(store: GraphStore) -> dict[NamedNode, tuple[str, str]]:
    """The content digest of every stored graph's source file and the extractors that made it, by graph."""
    result = run_query(store, "store-digests")
    return {graph: (digest.value, extraction.value if extraction is not None else "")
            for graph, digest, extraction in result.rows if isinstance(graph, NamedNode) and digest is not None}
