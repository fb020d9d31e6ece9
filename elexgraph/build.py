"""The build: article files → facts → one named graph per article → the store.

Every article is read and extracted before anything is written, and each article's
graph is replaced in one atomic step, so a failure never leaves a half-written graph
and never loses what an earlier build stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, Quad

from elexgraph.articles import Article, find_articles, read_article, read_metadata
from elexgraph.errors import ArticleError
from elexgraph.extract import extract_article
from elexgraph.iris import Minter
from elexgraph.store.base import GraphStore
from elexgraph.triples import article_quads


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)
    failed: list[ArticleError] = field(default_factory=list)
    facts: int = 0
    quads: int = 0


def graph_for(article: Article, minter: Minter) -> tuple[NamedNode, list[Quad], int]:
    """One article's named graph, its quads and how many facts they state."""
    facts = extract_article(article)
    return minter.graph(article.id), article_quads(article, facts, minter), len(facts.facts)


def build(paths: list[Path], store: GraphStore, *, minter: Minter | None = None,
          progress: Callable[[Path], None] | None = None) -> BuildReport:
    """Build the graph of every article under `paths` into `store`."""
    minter = minter or Minter()
    report = BuildReport()
    graphs: dict[NamedNode, list[Quad]] = {}
    metadata = {folder: read_metadata(folder) for folder in {p if p.is_dir() else p.parent for p in paths}}
    for path in find_articles(paths):
        try:
            folder_meta = next((m for folder, m in metadata.items() if folder in path.parents), {})
            article = read_article(path, folder_meta)
            graph, quads, count = graph_for(article, minter)
        except ArticleError as error:
            report.failed.append(error)
        else:
            graphs[graph] = quads
            report.built.append(article.id)
            report.facts += count
            report.quads += len(quads)
        if progress:
            progress(path)
    store.replace_graphs(graphs)
    return report
