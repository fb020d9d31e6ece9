"""elexgraph: election news → facts with evidence → RDF named graphs → SPARQL.

The library, which the `elexgraph` command line is a thin layer over:

    import elexgraph

    with elexgraph.open_store("my-store", create=True) as store:
        report = elexgraph.build_articles(["seeds"], store)     # one named graph an article
        answer = elexgraph.query(store, "party-switchers")      # queries/*.rq by name, or a .rq file
        for row in answer.rows:
            print([term.value for term in row if term is not None])
        findings = elexgraph.check_news(store)                  # the news against the official results

    extraction = elexgraph.extract_article("article.txt")       # the facts of one file, no store needed
    for fact in extraction.facts:
        print(type(fact).__name__, fact.evidence.text)

open_store       a store: a folder (embedded Oxigraph) or the URL of a SPARQL 1.1 server
build_articles   build the graph of article files and folders into a store (`elexgraph build`)
query            run a named query or a .rq file (`elexgraph query`)
check_news       the news against the official results and itself, stored as the check graph (`elexgraph check`)
extract_article  one article's facts, what the precision gate left out and why (`elexgraph explain`)

A user's mistake (a bad file, query or setting) raises an ElexgraphError (elexgraph.errors) whose message
is one line naming the input and the reason.

(The verbs are build_articles and check_news, not build and check: `elexgraph.build` and `elexgraph.check`
are the modules of those stages, and Python sets a module imported as an attribute of its package.)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Where each name of the library lives; imported on first use, so `import elexgraph.errors` (and any other
# module) does not load the store and the pipeline with it.
_LIBRARY = {"open_store": "elexgraph.store", "build_articles": "elexgraph.api", "query": "elexgraph.api",
            "check_news": "elexgraph.api", "extract_article": "elexgraph.api"}

__all__ = ["__version__", "build_articles", "check_news", "extract_article", "open_store", "query"]

if TYPE_CHECKING:
    from elexgraph.api import build_articles, check_news, extract_article, query
    from elexgraph.store import open_store


def __getattr__(name: str) -> Any:
    """A name of the library, imported the first time it is used."""
    if name in _LIBRARY:
        return getattr(importlib.import_module(_LIBRARY[name]), name)
    raise AttributeError(f"module 'elexgraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The module's names and the library's, imported or not (help() lists them)."""
    return sorted({*globals(), *_LIBRARY})
