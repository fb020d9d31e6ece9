"""Queries with a time limit and a memory limit, for the commands and the Python API.

Oxigraph cannot interrupt a query and a query can ask for memory without bound, so a limit has
to be a process: a `BoundedStore` runs every query in one worker process (elexgraph/workers.py,
as `build` runs extraction and the server runs SPARQL) that opens the store read-only and caps
its own address space. A query that passes the deadline has its worker killed; one that
outgrows the memory kills its worker (Oxigraph aborts when an allocation fails). Either way the
caller gets one line naming the limit and how to raise it, and the next query gets a new worker.
Writes, dumps and quad streams go to the store itself: they hold no query answer in memory.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import IO

from pyoxigraph import NamedNode, Quad

from elexgraph.errors import ElexgraphError, QueryLimitError, StoreError
from elexgraph.settings import setting
from elexgraph.store.base import BoundQuery, Dataset, GraphStore, QueryResult, query_text
from elexgraph.workers import Worker, limit_memory

DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY_MB = 1536  # with the interpreter and the open store, a query's process stays within 2 GB
_CONTEXT = multiprocessing.get_context("spawn")


@dataclass(frozen=True)
class QueryLimits:
    timeout: float = DEFAULT_TIMEOUT  # seconds one query may run
    memory_mb: int = DEFAULT_MEMORY_MB  # memory one query may take, beyond the open store

    @classmethod
    def configured(cls, timeout: float | None = None, memory_mb: int | None = None) -> QueryLimits:
        """The limits given, else $ELEXGRAPH_QUERY_TIMEOUT / $ELEXGRAPH_QUERY_MEMORY, else the defaults."""
        return cls(setting(timeout, "--timeout", "ELEXGRAPH_QUERY_TIMEOUT", DEFAULT_TIMEOUT, float),
                   setting(memory_mb, "--memory", "ELEXGRAPH_QUERY_MEMORY", DEFAULT_MEMORY_MB, int))

    def overtime(self) -> QueryLimitError:
        return QueryLimitError(f"the query ran longer than the {self.timeout:g} s time limit and was stopped; "
                               "raise it with --timeout SECONDS or $ELEXGRAPH_QUERY_TIMEOUT")

    def out_of_memory(self) -> QueryLimitError:
        return QueryLimitError(f"the query needed more than the {self.memory_mb} MB memory limit and was stopped; "
                               "raise it with --memory MB or $ELEXGRAPH_QUERY_MEMORY")


@dataclass(frozen=True)
class _Job:
    """One query for the worker, with what it needs to open the store the first time (or again: `reopen`)."""

    location: str
    endpoints: tuple[tuple[str, str], ...]
    limits: QueryLimits
    query: str | BoundQuery  # bound: its values go with it, for the store to bind
    at_most: int | None
    dataset: Dataset
    reopen: bool
    follow: bool = False  # only to bring its answer kept by graph to the store's state (GraphStore.follow)


class BoundedStore(GraphStore):
    """`inner`'s data, its queries run in a worker process within `limits`."""

    def __init__(self, inner: GraphStore, limits: QueryLimits, endpoints: dict[str, str] | None = None) -> None:
        self.inner = inner
        self.location = inner.location
        self.limits = limits
        self._endpoints = tuple(sorted((endpoints or {}).items()))
        self._worker: Worker[tuple[int, _Job], QueryResult | ElexgraphError] | None = None
        self._written = False  # the worker's read-only view predates a write made here

    def query(self, query: str | BoundQuery) -> QueryResult:
        """The answer kept for the store's state, read here (it needs neither limit, and is not sent between
        processes); one kept by graph for an earlier state, followed by the worker and read here; else the
        worker's."""
        kept = self.inner.kept(query) if isinstance(query, BoundQuery) and not self._written else None
        if kept is None and isinstance(query, BoundQuery) and self.follows(query):
            self.follow(query)  # in the worker, and read here: tens of thousands of rows are not sent back
            kept = self.inner.kept(query)
        return kept if kept is not None else self._ask(query, None, Dataset())

    def iris(self, query: BoundQuery) -> list[str]:
        """Read here from the answer kept by graph, followed by the worker first if need be: a party's 30,000 facts
        are neither sent between processes nor made terms (0.2-0.3 s)."""
        if self.follows(query):
            self.follow(query)
        kept = None if self._written else self.inner.kept_iris(query)
        return kept if kept is not None else super().iris(query)

    def follows(self, query: BoundQuery) -> bool:
        return not self._written and self.inner.follows(query)

    def follow(self, query: BoundQuery) -> None:
        self._ask(query, None, Dataset(), follow=True)

    def query_at_most(self, sparql: str, at_most: int, dataset: Dataset = Dataset()) -> QueryResult:
        return self._ask(sparql, at_most, dataset)

    def kept_drawn(self, key: str) -> str | None:
        return None if self._written else self.inner.kept_drawn(key)

    def keep_drawn(self, key: str, iris: list[str], text: str) -> None:
        if not self._written:
            self.inner.keep_drawn(key, iris, text)

    def just_written(self) -> set[str] | None:
        return self.inner.just_written()

    def written_since_drawn(self, key: str) -> int | None:
        return self.inner.written_since_drawn(key)

    def _ask(self, query: str | BoundQuery, at_most: int | None, dataset: Dataset, follow: bool = False
             ) -> QueryResult:
        job = _Job(self.location, self._endpoints, self.limits, query, at_most, dataset, self._written, follow)
        if self._worker is None or not self._worker.process.is_alive():
            self._worker = Worker(_CONTEXT, _answer)
        worker = self._worker
        worker.take(deque([(0, job)]))
        self._written = False
        ready = wait([worker.conn, worker.process.sentinel], timeout=self.limits.timeout)
        answer = self._answer_of(worker, overran=not ready)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def _answer_of(self, worker: Worker, *, overran: bool) -> QueryResult | ElexgraphError:
        """The worker's answer; a limit's error when it overran (it is killed) or died."""
        try:
            if not overran and worker.conn.poll():
                _, answer = worker.conn.recv()
                return answer
        except (EOFError, OSError):
            pass
        self._stop_worker()
        if overran:
            return self.limits.overtime()
        if worker.process.exitcode == -signal.SIGABRT:
            return self.limits.out_of_memory()
        return StoreError(f"{self.location}: the query process ended (exit status {worker.process.exitcode})")

    def _stop_worker(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self._worker = None

    def _wrote(self) -> None:
        self._written = True

    def replace_graphs(self, graphs: dict[NamedNode, list[Quad]]) -> None:
        self.inner.replace_graphs(graphs)
        self._wrote()

    def remove_graphs(self, graphs: Iterable[NamedNode]) -> None:
        self.inner.remove_graphs(graphs)
        self._wrote()

    def update(self, sparql: str) -> None:
        self.inner.update(sparql)
        self._wrote()

    def compact(self) -> bool:
        self._wrote()
        return self.inner.compact()

    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        return self.inner.quads(graph)

    def dump(self, output: IO[bytes], mime: str) -> None:
        self.inner.dump(output, mime)

    def named_graphs(self) -> list[NamedNode]:
        return self.inner.named_graphs()

    def close(self) -> None:
        self._stop_worker()
        self.inner.close()


# In the worker process: the store it opened, kept for the jobs that follow.
_opened: list[GraphStore] = []


def _answer(job: _Job) -> QueryResult | ElexgraphError:
    """Run one job in the worker: open the store (once, or again after a write), cap the memory, query."""
    from elexgraph.store import open_store

    try:
        if job.reopen or not _opened:
            fresh = open_store(job.location, read_only=True, **dict(job.endpoints))
            if not _opened:
                _quiet()
                limit_memory(job.limits.memory_mb)
            _opened[:] = [fresh]
        store = _opened[0]
        if job.follow and isinstance(job.query, BoundQuery):
            store.follow(job.query)
            return QueryResult([], [])
        if job.at_most is None:
            return store.query(job.query)
        return store.query_at_most(query_text(job.query), job.at_most, job.dataset)
    except MemoryError:
        return job.limits.out_of_memory()
    except ElexgraphError as error:
        return error


def _quiet() -> None:
    """Send the worker's stderr nowhere: when Oxigraph aborts at the memory limit it prints a backtrace there,
    and the caller says what happened in one line."""
    with open(os.devnull, "wb") as nowhere:
        os.dup2(nowhere.fileno(), 2)
