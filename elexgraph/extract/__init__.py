"""Readers: small units behind one interface, registered like plugins.

A reader takes an annotated ``Document`` and yields facts, each with its evidence. Readers work from
the annotations, not from each other; one that does read what earlier readers found says so
(``reads``), and runs after them. ``extract_article`` annotates an article once, runs every reader,
checks what they found against the rest of the article (``gate``) and merges it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from elexgraph.annotate.document import Document
from elexgraph.articles import Article
from elexgraph.extract.gate import GateReport, check
from elexgraph.extract.registry import _REGISTRY, Extractor, extractors, register
from elexgraph.facts import ArticleFacts, Fact, Person, people_in
from elexgraph.facts import signature as signature_of

# The built-in readers, each registering itself on import, in the order they run.
from elexgraph.extract import result_lists, prose_results, quotes, party_changes, roles  # noqa: F401, I001

__all__ = ["_REGISTRY", "Extractor", "extract_article", "extract_document", "extractors", "people_named",
           "read_document", "reader_versions", "register", "signature"]


def reader_versions() -> dict[str, str]:
    """Every reader's version by its name, in the order they run."""
    return {e.name: e.version for e in extractors()}


def signature() -> str:
    """What made a graph: elexgraph's version and every reader's name and version."""
    return signature_of(reader_versions().items())


def read_document(document: Document) -> GateReport:
    """Every fact the readers find, checked by the gate and merged, with the gate's reasons for what it dropped."""
    for extractor in extractors():
        document.found.extend(extractor.run(document))
    return check(document.found, document)


def extract_document(document: Document) -> list[Fact]:
    """Every fact the readers find that passes the gate."""
    return read_document(document).kept


def extract_article(article: Article) -> ArticleFacts:
    """Every fact read from one article, and the people they name with every form printed."""
    with _collector_paused():
        return _read_article(article)


def _read_article(article: Article) -> ArticleFacts:
    """The facts of one article; its annotated document is freed on return, before the collector runs again: the
    collector counts objects made less those freed, and a document still held when it is resumed (thousands of
    tokens, items and mentions) set off a collection at once that only moved them all to an older generation."""
    document = Document(article)
    facts = extract_document(document)
    return ArticleFacts(people=people_named(document, facts), facts=facts, readers=reader_versions())


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading an article makes no reference cycles (tests/test_annotate_cheaper.py keeps it so): all it makes is
    freed as it goes, and the cyclic collector, which its thousands of short-lived objects set off every article or
    so, would find nothing (about a twentieth of the time went there). It is paused while one article is read,
    unless something else paused it already."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def people_named(document: Document, facts: list[Fact]) -> dict[str, Person]:
    """The people the facts name, with every form the article prints."""
    named = {name for fact in facts for name in people_in(fact)}
    return {r.name: Person(r.name, tuple(sorted(f for f in r.forms if f != r.name)))
            for r in document.people.records if r.name in named}
