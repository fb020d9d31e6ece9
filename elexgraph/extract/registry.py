"""The registry of readers: each reader registers itself with ``@register(name, version, reads=…)``, like a
plugin, and runs in the order it registered, those that build on other readers' facts after the rest."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from elexgraph.annotate.document import Document
from elexgraph.facts import Fact

ReadFn = Callable[[Document], Iterable[Fact]]


@dataclass(frozen=True)
class Extractor:
    name: str
    version: str
    run: ReadFn
    module: str
    reads: tuple[str, ...]  # fact kinds of earlier readers this one builds on


_REGISTRY: dict[str, Extractor] = {}


def register(name: str, version: str, *, reads: tuple[str, ...] = ()) -> Callable[[ReadFn], ReadFn]:
    """Decorator: make a function the reader `name` at `version`; `reads` names the fact kinds it builds on."""

    def wrap(fn: ReadFn) -> ReadFn:
        _REGISTRY[name] = Extractor(name, version, fn, fn.__module__, reads)
        return fn

    return wrap


def extractors() -> list[Extractor]:
    """Every reader, those that build on others' facts after them, else in the order they registered."""
    order = {name: i for i, name in enumerate(_REGISTRY)}
    return sorted(_REGISTRY.values(), key=lambda e: (bool(e.reads), order[e.name]))
