"""The embedded backend: a pyoxigraph store in a folder on disk."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import pyoxigraph
from pyoxigraph import NamedNode, Quad, QueryBoolean, QuerySolutions, RdfFormat

from elexgraph.errors import QueryError, StoreError
from elexgraph.store.base import GraphStore, QueryResult

# Graphs written per update: large enough to amortise the call, small enough to bound memory.
_BATCH_QUADS = 200_000


class EmbeddedStore(GraphStore):
    def __init__(self, path: Path, *, create: bool = False) -> None:
        self.location = str(path)
        if not create and not path.exists():
            raise StoreError(f"{path}: no store here (build one with: elexgraph build ARTICLES --store {path})")
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path}: not a store folder")
        try:
            self._store = pyoxigraph.Store(str(path))
        except OSError as exc:
            reason = "in use by another process" if "lock" in str(exc).lower() else str(exc)
            raise StoreError(f"{path}: cannot open the store ({reason})") from None
        _remove_bulk_leftovers(path)

    def replace_graphs(self, graphs: dict[NamedNode, list[Quad]]) -> None:
        fresh = {g: quads for g, quads in graphs.items() if not self._store.contains_named_graph(g)}
        self._add_fresh_graphs(fresh)
        batch: list[str] = []
        size = 0
        for graph, quads in graphs.items():
            if graph in fresh:
                continue
            batch.append(_replace_graph_update(graph, quads))
            size += len(quads)
            if size >= _BATCH_QUADS:
                self._store.update(";\n".join(batch))
                batch, size = [], 0
        if batch:
            self._store.update(";\n".join(batch))

    def _add_fresh_graphs(self, graphs: dict[NamedNode, list[Quad]]) -> None:
        """Graphs the store lacks go in through the bulk loader, about 3x faster than a transaction.

        The bulk loader is not transactional, so on failure the graphs it was writing are dropped again.
        """
        if not graphs:
            return
        try:
            self._store.bulk_extend(quad for quads in graphs.values() for quad in quads)
        except OSError as exc:
            for graph in graphs:
                self._store.remove_graph(graph)
            raise StoreError(f"{self.location}: cannot write ({exc})") from None

    def remove_graphs(self, graphs: Iterable[NamedNode]) -> None:
        drops = [f"DROP SILENT GRAPH {g}" for g in graphs]
        if drops:
            self._store.update(";\n".join(drops))

    def query(self, sparql: str) -> QueryResult:
        try:
            answer = self._store.query(sparql)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from None
        except OSError as exc:
            raise StoreError(f"{self.location}: {exc}") from None
        if isinstance(answer, QueryBoolean):
            return QueryResult([], [], boolean=bool(answer))
        if isinstance(answer, QuerySolutions):
            names = [v.value for v in answer.variables]
            return QueryResult(names, [tuple(solution[i] for i in range(len(names))) for solution in answer])
        return QueryResult([], [], triples=list(answer))

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {exc}") from None

    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        return iter(self._store.quads_for_pattern(None, None, None, graph))

    def named_graphs(self) -> list[NamedNode]:
        return [g for g in self._store.named_graphs() if isinstance(g, NamedNode)]

    def dump(self, output: IO[bytes], mime: str) -> None:
        fmt = RdfFormat.from_media_type(mime)
        if fmt is None:
            raise StoreError(f"unknown RDF media type {mime}")
        if fmt.supports_datasets:
            self._store.dump(output, fmt)
        else:
            self._store.dump(output, fmt, from_graph=pyoxigraph.DefaultGraph())

    def close(self) -> None:
        self._store.flush()
        del self._store


def _remove_bulk_leftovers(path: Path) -> None:
    """Remove the files of a bulk load that was killed part way (they are never read, and would stay for ever).
    No live load can own them: the store is open here, and it admits one process at a time."""
    for leftover in path.glob("bulk-*.sst"):
        leftover.unlink(missing_ok=True)


def _replace_graph_update(graph: NamedNode, quads: list[Quad]) -> str:
    """One atomic step: the old graph goes and the new one comes, or neither."""
    triples = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"DROP SILENT GRAPH {graph};\nINSERT DATA {{ GRAPH {graph} {{\n{triples}\n}} }}"
