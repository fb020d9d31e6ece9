"""The build: article files → facts → one named graph per article → the store.

Incremental: the store is asked once for the content digest of each article graph it
holds and the extractors that made it; an article whose file and extractors have not
changed is skipped (``force`` rebuilds all). Extraction can run in several processes (``jobs``);
graphs are written in input order as they come, in batches, so the store ends up the
same whatever the number of processes. Each article's graph is replaced in one step, so
a failure never leaves a half-written graph and never loses what an earlier build stored.
"""

from __future__ import annotations

import functools
import io
import multiprocessing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
from pyoxigraph import NamedNode, Quad, RdfFormat

from elexgraph.articles import ARTICLE_SUFFIXES, Article, find_articles, read_article, read_metadata
from elexgraph.errors import ArticleError, StoreError
from elexgraph.extract import extract_article, signature
from elexgraph.iris import Minter
from elexgraph.official.people import align_articles
from elexgraph.queries import run_query
from elexgraph.store.base import GraphStore
from elexgraph.triples import article_quads

# Quads written per store call: large enough to amortise the call, small enough to bound memory.
_BATCH_QUADS = 250_000
# Articles handed to the worker processes at a time: the pool runs ahead of the writer by at most this many.
_WINDOW = 1000


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[ArticleError] = field(default_factory=list)
    facts: int = 0
    quads: int = 0


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


@dataclass(frozen=True)
class _Unchanged:
    article_id: str


_Outcome = _Extracted | _Unchanged | ArticleError


def graph_for(article: Article, minter: Minter) -> tuple[NamedNode, list[Quad], int]:
    """One article's named graph, its quads and how many facts they state."""
    facts = extract_article(article)
    return minter.graph(article.id), article_quads(article, facts, minter), len(facts.facts)


def stored_digests(store: GraphStore) -> dict[NamedNode, tuple[str, str]]:
    """The content digest of every article graph in the store and the extractors that made it, by graph."""
    result = run_query(store, "store-digests")
    return {graph: (digest.value, extraction.value if extraction is not None else "")
            for graph, digest, extraction in result.rows if isinstance(graph, NamedNode) and digest is not None}


def build(paths: list[Path], store: GraphStore, *, minter: Minter | None = None,
          progress: Callable[[Path], None] | None = None, jobs: int = 1, force: bool = False) -> BuildReport:
    """Build the graph of every article under `paths` into `store`, skipping unchanged articles unless `force`."""
    minter = minter or Minter()
    report = BuildReport()
    stored = {} if force else stored_digests(store)
    batch: dict[NamedNode, list[Quad]] = {}
    size = 0
    for task, outcome in _outcomes(_tasks(paths, minter, stored), minter, jobs):
        if isinstance(outcome, ArticleError):
            report.failed.append(outcome)
        elif isinstance(outcome, _Unchanged):
            report.unchanged.append(outcome.article_id)
        else:
            batch[outcome.graph] = outcome.quads
            size += len(outcome.quads)
            report.built.append(outcome.article_id)
            report.facts += outcome.facts
            report.quads += len(outcome.quads)
            if size >= _BATCH_QUADS:
                store.replace_graphs(batch)
                batch, size = {}, 0
        if progress:
            progress(task.path)
    if batch:
        store.replace_graphs(batch)
    align_articles(store)  # the people official results name take the official candidates' IRIs
    return report


def _tasks(paths: list[Path], minter: Minter, stored: dict[NamedNode, tuple[str, str]]) -> list[_Task]:
    metadata = {folder: read_metadata(folder) for folder in {p if p.is_dir() else p.parent for p in paths}}
    tasks = []
    for path in find_articles(paths):
        folder_meta = next((m for folder, m in metadata.items() if folder in path.parents), {})
        row = {path.stem: folder_meta[path.stem]} if path.stem in folder_meta else {}
        tasks.append(_Task(path, row, stored.get(minter.graph(path.stem))))
    return tasks


def _outcomes(tasks: list[_Task], minter: Minter, jobs: int) -> Iterator[tuple[_Task, _Outcome]]:
    """Each task with its outcome, in task order, extracted here or in `jobs` worker processes."""
    if jobs <= 1 or len(tasks) < 2:
        yield from ((task, _extract(task, minter)) for task in tasks)
        return
    work = functools.partial(_extract_for_transfer, minter=minter)
    # Workers start clean (forkserver: the parent holds a store's threads); their graphs cross as
    # N-Quads bytes, since pickling pyoxigraph terms is about 7x slower.
    with multiprocessing.get_context("forkserver").Pool(jobs) as pool:
        for start in range(0, len(tasks), _WINDOW):
            window = tasks[start:start + _WINDOW]
            for task, outcome in zip(window, pool.imap(work, window, chunksize=8)):
                yield task, _from_transfer(outcome)


def _extract(task: _Task, minter: Minter) -> _Outcome:
    try:
        article = read_article(task.path, task.metadata)
        if (article.digest, signature()) == task.stored:
            return _Unchanged(article.id)
        graph, quads, facts = graph_for(article, minter)
    except ArticleError as error:
        return error
    return _Extracted(article.id, graph, quads, facts)


def _extract_for_transfer(task: _Task, minter: Minter) -> _Outcome | tuple[str, str, bytes, int]:
    outcome = _extract(task, minter)
    if not isinstance(outcome, _Extracted):
        return outcome
    out = io.BytesIO()
    pyoxigraph.serialize(outcome.quads, out, RdfFormat.N_QUADS)
    return outcome.article_id, outcome.graph.value, out.getvalue(), outcome.facts


def _from_transfer(outcome: _Outcome | tuple[str, str, bytes, int]) -> _Outcome:
    if not isinstance(outcome, tuple):
        return outcome
    article_id, graph, nquads, facts = outcome
    return _Extracted(article_id, NamedNode(graph), list(pyoxigraph.parse(nquads, RdfFormat.N_QUADS)), facts)


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
