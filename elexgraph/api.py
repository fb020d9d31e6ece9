"""The library's verbs, the ones the command line is a thin layer over (see elexgraph/__init__.py).

Each imports what it needs when called, so that `import elexgraph` stays light.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyoxigraph import NamedNode

    from elexgraph.annotate.document import Document
    from elexgraph.build import BuildReport, Limits
    from elexgraph.check import Finding
    from elexgraph.extract.gate import Verdict
    from elexgraph.facts import Fact
    from elexgraph.store.base import GraphStore, QueryResult

# Figures that may be a fact's (votes, shares, majorities, untyped numbers); a year, an age, a sum of
# money, a time or a count of things beside a name is no sign of a fact left unread.
_FACT_FIGURES = frozenset({"votes", "share", "change", "swing", "majority", "turnout", "number"})
# The word classes that tell a change of party (lexicon/words.toml).
_CHANGE_CLASSES = ("defect_verbs", "leave_verbs", "expel_verbs", "suspend_verbs", "party_change_cues")


def build_articles(paths: Iterable[str | Path], store: GraphStore, *, base_uri: str | None = None, jobs: int = 1,
                   force: bool = False, limits: Limits | None = None,
                   progress: Callable[[Path], None] | None = None) -> BuildReport:
    """Build the graph of the article files in `paths` (files or folders) into `store`, one named graph an
    article; an article unchanged since it was stored is skipped unless `force`.

    `base_uri` is the base of the IRIs (default $ELEXGRAPH_BASE_URI or https://elexgraph.org/); `jobs`
    processes extract (the graph is the same whatever the number); `limits` bound each article's size and
    time; `progress` is called with each article's path once it is done. The report lists the articles
    built, unchanged and failed (each failure one line naming its file), with the facts and quads written.
    """
    from elexgraph.build import build
    from elexgraph.iris import Minter

    return build([Path(p) for p in paths], store, minter=Minter(base_uri), progress=progress, jobs=jobs,
                 force=force, limits=limits)


def query(store: GraphStore, name: str, params: dict[str, str | NamedNode] | None = None) -> QueryResult:
    """Run the named query (`elexgraph queries` lists them; queries/NAME.rq) or a .rq file against `store`,
    its parameters bound from `params` (QueryError on an unknown query or a missing or unknown parameter).
    The result has `variables` and `rows` (pyoxigraph terms), or `boolean` for an ASK query."""
    from elexgraph.queries import run_query

    return run_query(store, name, params)


def check_news(store: GraphStore, *, base_uri: str | None = None) -> list[Finding]:
    """Every figure or fact the news in `store` states that disagrees with the official results or with the
    news itself; the findings are also stored as the check graph (the query `discrepancies` reads it)."""
    from elexgraph.check import check, write_findings
    from elexgraph.iris import Minter

    findings = check(store)
    write_findings(store, findings, Minter(base_uri))
    return findings


@dataclass
class Extraction:
    """What the readers made of one article: the facts the precision gate kept, what it left out and why,
    and the sentences that look like facts (a person beside a figure or a change of party) and gave none."""

    document: Document
    facts: list[Fact]
    left_out: list[Verdict]
    unread: list[str]


def extract_article(path: str | Path) -> Extraction:
    """Read one article file and extract its facts, each with the sentence that states it, without a store.
    A file that cannot be read, or a reader's failure on it, is an ArticleError naming the file."""
    from elexgraph.annotate.document import Document
    from elexgraph.articles import read_article
    from elexgraph.errors import ElexgraphError, extraction_failed
    from elexgraph.extract import read_document

    path = Path(path)
    try:
        document = Document(read_article(path))
        report = read_document(document)
        return Extraction(document, report.kept, report.verdicts, unread(document, document.found))
    except ElexgraphError:
        raise
    except Exception as exc:  # a bug met on odd input: named with the article, never a traceback
        raise extraction_failed(path, exc) from None


def _tells_a_change(text: str) -> bool:
    from elexgraph.annotate.lexicon import says, words

    lower = text.lower()
    return any(says(lower, phrase) for name in _CHANGE_CLASSES for phrase in words(name))


def unread(document: Document, found: list[Fact]) -> list[str]:
    """The sentences that name a person beside a figure that may be a fact's, or beside a change of party,
    and that no fact was read from (roles apart: a title beside a name reads nothing of its figures)."""
    from elexgraph.facts import Role

    spans = [(f.evidence.start, f.evidence.end) for f in found if not isinstance(f, Role)]
    out = []
    for sentence in document.sentences:
        if not sentence.people or any(start < sentence.end and sentence.start < end for start, end in spans):
            continue
        figures = any(m.figure and m.figure.kind in _FACT_FIGURES for m in sentence.figures)
        if figures or _tells_a_change(sentence.text):
            out.append(sentence.text)
    return out
