"""The build: article files → facts → one named graph per article → the store.

Incremental: the store is asked once for the content digest of each article graph it
holds and the extractors that made it; an article whose file and extractors have not
changed is skipped (``force`` rebuilds all). Extraction can run in several processes (``jobs``);
the store ends up the same whatever the number of processes. Each article's graph is replaced
in one step, so a failure never leaves a half-written graph and never loses what an earlier
build stored; graphs are written while the build goes on, so a build stopped late keeps what it did.

No one file can cost the others their graphs: a file that cannot be read, is too large, takes
longer than the per-article time limit, or trips on a bug gets an error naming it and the reason,
and the other files are built.
"""

from __future__ import annotations

import functools
import io
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import pyoxigraph
from pyoxigraph import NamedNode, Quad, RdfFormat

from elexgraph.align import align_articles
from elexgraph.articles import (ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES, Article, article_id, read_article, read_metadata,
                                scan_articles)
from elexgraph.catalog import StoreReport, stored_digests
from elexgraph.errors import ArticleError, StoreError, WriteError, extraction_failed, printable
from elexgraph.extract import extract_article, signature
from elexgraph.iris import Minter
from elexgraph.settings import setting
from elexgraph.store.base import GraphStore
from elexgraph.triples import article_quads
from elexgraph.workers import Overtime, in_workers, time_limit

# A real article takes well under a second; this only stops a runaway.
ARTICLE_TIMEOUT = 60.0
# A worker process that has not answered this long after its own time limit is killed.
_WORKER_GRACE = 10.0
# Quads written per store call: large enough to amortise the call, small enough to bound memory.
_BATCH_QUADS = 250_000
# A batch is written once it is this old, or once no article has come for _IDLE seconds.
_BATCH_AGE = 2.0
_IDLE = 0.5
# Finished articles waiting for the writer: extraction waits when it runs this far ahead.
_QUEUE = 256


@dataclass(frozen=True)
class Limits:
    """How far one article may go: the size of its text (bytes) and the time its extraction takes (seconds)."""

    max_article_bytes: int = MAX_ARTICLE_BYTES
    article_timeout: float = ARTICLE_TIMEOUT

    @classmethod
    def configured(cls, max_article_bytes: int | None = None, article_timeout: float | None = None) -> Limits:
        """The limits given, else from $ELEXGRAPH_MAX_ARTICLE_BYTES and $ELEXGRAPH_ARTICLE_TIMEOUT, else defaults."""
        size = setting(max_article_bytes, "--max-article-bytes", "ELEXGRAPH_MAX_ARTICLE_BYTES", MAX_ARTICLE_BYTES, int)
        seconds = setting(article_timeout, "--article-timeout", "ELEXGRAPH_ARTICLE_TIMEOUT", ARTICLE_TIMEOUT, float)
        return cls(size, seconds)


@dataclass
class BuildReport(StoreReport[str, ArticleError]):
    """The articles built (by id), with the facts they gave."""

    built: list[str] = field(default_factory=list)
    facts: int = 0
    notes: list[str] = field(default_factory=list)  # what reading changed in an article's text, one line each


@dataclass(frozen=True)
class _Task:
    path: Path
    metadata: dict[str, dict[str, str]]  # this article's SOURCES.tsv row, if any
    stored: tuple[str, str] | None  # (content digest, extractors) of the graph already in the store


@dataclass(frozen=True)
class _Extracted:
    article_id: str
    graph: NamedNode
    quads: list[Quad]
    facts: int
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Unchanged:
    article_id: str


@dataclass(frozen=True)
class _Built:
    article_id: str
    facts: int
    quads: int
    notes: tuple[str, ...] = ()


_Outcome = _Extracted | _Unchanged | ArticleError
_Done = _Built | _Unchanged | ArticleError


def graph_for(article: Article, minter: Minter) -> tuple[NamedNode, list[Quad], int]:
    """One article's named graph, its quads and how many facts they state."""
    facts = extract_article(article)
    return minter.graph(article.id), article_quads(article, facts, minter), len(facts.facts)


def build(paths: list[Path], store: GraphStore, *, minter: Minter | None = None,
          progress: Callable[[Path], None] | None = None, jobs: int = 1, force: bool = False,
          limits: Limits | None = None) -> BuildReport:
    """Build the graph of every article under `paths` into `store`, skipping unchanged articles unless `force`."""
    minter = minter or Minter()
    limits = limits or Limits.configured()
    stored = {} if force else stored_digests(store)
    tasks, refused = _tasks(paths, minter, stored)
    done: dict[int, _Done] = {}  # by task index, so the report is in input order whatever the processes
    with _Writer(store) as writer:
        for index, outcome in _outcomes(tasks, minter, jobs, limits):
            if isinstance(outcome, _Extracted):
                writer.put(outcome)
                # the quads are the writer's now
                outcome = _Built(outcome.article_id, outcome.facts, len(outcome.quads), outcome.notes)
            done[index] = outcome
            if progress:
                progress(tasks[index].path)
    report = _report(refused + [done[i] for i in sorted(done)])
    report.aligned = align_articles(store)  # the people official results name take the official candidates' IRIs
    return report


def _report(outcomes: list[_Done]) -> BuildReport:
    report = BuildReport()
    for outcome in outcomes:
        if isinstance(outcome, ArticleError):
            report.failed.append(outcome)
        elif isinstance(outcome, _Unchanged):
            report.unchanged.append(outcome.article_id)
        else:
            report.built.append(outcome.article_id)
            report.facts += outcome.facts
            report.quads += outcome.quads
            report.notes.extend(printable(f"{outcome.article_id}: {note}") for note in outcome.notes)
    return report


def _tasks(paths: list[Path], minter: Minter,
           stored: dict[NamedNode, tuple[str, str]]) -> tuple[list[_Task], list[ArticleError]]:
    """A task per article file, and an error for each file that cannot be one. Two files whose ids
    would share a graph ('A B.txt' and 'a-b.txt', or one name in two folders): the later is refused."""
    scan = scan_articles(paths)
    found, refused = scan.found, scan.refused
    metadata = {folder: read_metadata(folder) for folder in {p if p.is_dir() else p.parent for p in paths}}
    claimed: dict[NamedNode, Path] = {}
    tasks = []
    for path in found:
        try:
            identifier = article_id(path)
        except ArticleError as error:
            refused.append(error)
            continue
        graph = minter.graph(identifier)
        if graph in claimed:
            refused.append(ArticleError(path, f"same article id as {printable(claimed[graph])} (both would be "
                                              f"graph <{graph.value}>): rename one of them"))
            continue
        claimed[graph] = path
        folder_meta = next((m for folder, m in metadata.items() if folder in path.parents), {})
        row = {identifier: folder_meta[identifier]} if identifier in folder_meta else {}
        tasks.append(_Task(path, row, stored.get(graph)))
    return tasks, refused


def _outcomes(tasks: list[_Task], minter: Minter, jobs: int, limits: Limits) -> Iterator[tuple[int, _Outcome]]:
    """(index, outcome) of each task as it finishes, extracted here or in `jobs` worker processes."""
    here = threading.current_thread() is threading.main_thread()  # the time limit needs the main thread
    if here and (jobs <= 1 or len(tasks) < 2):
        yield from ((index, _extract(task, minter, limits)) for index, task in enumerate(tasks))
        return
    work = functools.partial(_extract_for_transfer, minter=minter, limits=limits)
    # Graphs cross from the workers as N-Quads bytes, since pickling pyoxigraph terms is about 7x slower.
    for index, outcome in in_workers(work, tasks, jobs, limits.article_timeout + _WORKER_GRACE,
                                     lambda task, why: ArticleError(task.path, why)):
        yield index, _from_transfer(outcome)


def _extract(task: _Task, minter: Minter, limits: Limits) -> _Outcome:
    try:
        with time_limit(limits.article_timeout):
            article = read_article(task.path, task.metadata, max_bytes=limits.max_article_bytes)
            if (article.digest, signature()) == task.stored:
                return _Unchanged(article.id)
            graph, quads, facts = graph_for(article, minter)
    except ArticleError as error:
        return error
    except Overtime:
        return ArticleError(task.path, f"extraction took longer than {limits.article_timeout:g} s and was stopped "
                                       f"(see --article-timeout)")
    except Exception as exc:  # a bug met on odd input costs this file only, and says what it was
        return extraction_failed(task.path, exc)
    return _Extracted(article.id, graph, quads, facts, article.notes)


_Transfer = tuple[str, str, bytes, int, tuple[str, ...]]


def _extract_for_transfer(task: _Task, minter: Minter, limits: Limits) -> _Outcome | _Transfer:
    outcome = _extract(task, minter, limits)
    if not isinstance(outcome, _Extracted):
        return outcome
    out = io.BytesIO()
    pyoxigraph.serialize(outcome.quads, out, RdfFormat.N_QUADS)
    return outcome.article_id, outcome.graph.value, out.getvalue(), outcome.facts, outcome.notes


def _from_transfer(outcome: _Outcome | _Transfer) -> _Outcome:
    if not isinstance(outcome, tuple):
        return outcome
    article_id, graph, nquads, facts, notes = outcome
    return _Extracted(article_id, NamedNode(graph), list(pyoxigraph.parse(nquads, RdfFormat.N_QUADS)), facts, notes)


class _Writer:
    """Writes finished graphs to the store from a thread of its own, in batches: extraction goes on
    meanwhile, and a graph is stored within about _BATCH_AGE seconds of its article being done."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self._queue: queue.Queue[_Extracted | None] = queue.Queue(maxsize=_QUEUE)
        self._stored = 0
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="elexgraph-writer", daemon=True)
        self._thread.start()

    def put(self, extracted: _Extracted) -> None:
        if self._error:
            raise self._failure()
        self._queue.put(extracted)

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._queue.put(None)  # what is queued is still written, also when the build stops on an error
        self._thread.join()
        if self._error and error is None:
            raise self._failure()

    def _failure(self) -> BaseException:
        if not isinstance(self._error, StoreError):
            return self._error
        return StoreError(f"{self._error}; this build stored {self._stored} article graph(s) before that, "
                          f"and no more: build again to store the rest")

    def _run(self) -> None:
        batch: dict[NamedNode, list[Quad]] = {}
        size, since = 0, 0.0
        while True:
            try:
                item = self._queue.get(timeout=_IDLE if batch else None)
            except queue.Empty:  # a lull, perhaps a long article: store what is done
                self._write(batch)
                batch, size = {}, 0
                continue
            if item is None:
                self._write(batch)
                return
            if not batch:
                since = time.monotonic()
            batch[item.graph] = item.quads
            size += len(item.quads)
            if size >= _BATCH_QUADS or time.monotonic() - since >= _BATCH_AGE:
                self._write(batch)
                batch, size = {}, 0

    def _write(self, batch: dict[NamedNode, list[Quad]]) -> None:
        if not batch or self._error:  # after a failure the build is stopping: nothing more is written
            return
        try:
            self._store.replace_graphs(batch)
        except WriteError as exc:
            self._stored += len(exc.stored)
            self._error = exc
        except Exception as exc:  # handed to the building thread, which raises it
            self._error = exc
        else:
            self._stored += len(batch)


def article_id_of(article: str) -> str:
    """The id of an article named by id or by the path of its file (the file name without extension)."""
    path = Path(article)
    return path.stem if path.suffix.lower() in ARTICLE_SUFFIXES or path.is_file() else article


def remove(articles: list[str], store: GraphStore, *, minter: Minter | None = None) -> list[str]:
    """Drop the graphs of the articles named (ids or paths), and with them every fact only they stated.

    Each article's facts and the descriptions they need live only in its own graph, so
    dropping the graph is enough: a person another article mentions stays, described there.
    """
    minter = minter or Minter()
    stored = stored_digests(store)
    ids = [article_id_of(a) for a in articles]
    missing = [i for i in ids if minter.graph(i) not in stored]
    if missing:
        raise StoreError(f"{store.location}: no article {', '.join(missing)} in the store")
    store.remove_graphs(minter.graph(i) for i in ids)
    return ids
