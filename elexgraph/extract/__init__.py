"""Extractors: small units behind one interface, registered like plugins.

An extractor reads a prepared ``Document`` and yields facts, each with its
evidence. ``extract_article`` runs every registered extractor and merges what
they found (the same fact found twice is kept once, with the fuller values).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from elexgraph.articles import Article
from elexgraph.extract.document import Document
from elexgraph.facts import ArticleFacts, Fact

ExtractFn = Callable[[Document], Iterable[Fact]]


@dataclass(frozen=True)
class Extractor:
    name: str
    version: str
    description: str
    run: ExtractFn
    module: str


_REGISTRY: dict[str, Extractor] = {}

# Built-in extractors, loaded like plugins: each module registers itself on import.
BUILTIN_MODULES = (
    "elexgraph.extract.result_lists",
    "elexgraph.extract.prose_results",
    "elexgraph.extract.quotes",
    "elexgraph.extract.party_changes",
    "elexgraph.extract.roles",
)


def register(name: str, version: str) -> Callable[[ExtractFn], ExtractFn]:
    """Decorator: make a function an extractor called `name` at `version`."""

    def wrap(fn: ExtractFn) -> ExtractFn:
        _REGISTRY[name] = Extractor(name, version, (fn.__doc__ or "").strip().split("\n")[0], fn, fn.__module__)
        return fn

    return wrap


def extractors() -> list[Extractor]:
    import importlib

    for module in BUILTIN_MODULES:
        importlib.import_module(module)
    # Run in the order BUILTIN_MODULES lists, whatever order imports registered them in.
    order = {module: i for i, module in enumerate(BUILTIN_MODULES)}
    return sorted(_REGISTRY.values(), key=lambda e: order.get(e.module, len(order)))


def signature() -> str:
    """What made a graph: elexgraph's version and every extractor's name and version."""
    from elexgraph import __version__

    return f"elexgraph {__version__}; " + ", ".join(f"{e.name} {e.version}" for e in extractors())


def extract_document(document: Document) -> list[Fact]:
    """Every fact the registered extractors find, in their order, merged."""
    from elexgraph.extract.merge import merge_facts

    for extractor in extractors():
        # Later extractors may build on what earlier ones found (roles: the winners' offices).
        document.found.extend(extractor.run(document))
    return merge_facts(document.found)


def extract_article(article: Article) -> ArticleFacts:
    """Every fact the registered extractors find in one article, and the people they name."""
    document = Document(article)
    facts = extract_document(document)
    people = document.people()
    mentioned = set(_people_in(facts))
    return ArticleFacts(people={k: v for k, v in people.items() if k in mentioned}, facts=facts)


def _people_in(facts: Iterable[Fact]) -> Iterator[str]:
    for fact in facts:
        for attr in ("person", "winner", "speaker"):
            value = getattr(fact, attr, None)
            if value:
                yield value
