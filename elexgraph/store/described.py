"""Answers about one resource, kept with the graphs that name it, so that a write elsewhere leaves them good.

A query whose header says ``# @about PARAM`` reads only graphs that name PARAM's IRI (every pattern sits in a
GRAPH block that holds the IRI as a subject or an object): a seat's description (web-resource) and its official
results (web-official). Its answer for one IRI depends on those graphs alone, so it is kept with their list, and
given again at a later state of the store when the graphs naming the IRI are the same ones and the writes since
(recorded by the answers file, store/answers.py) wrote none of them. Anything else (a write not recorded, a graph
naming the IRI written, removed or added) and it is asked again. Looking the graphs up is a read of the IRI's
own index entries (a seat of 2,600 triples: a few ms), against 0.1-0.5 s for the description itself at
10,000 articles with the official record; so a seat's or a small election's page never asked for since a write,
answered ahead by `elexgraph optimize`, is a lookup.

The answers are kept compressed: a SELECT's rows as store/answers.py packs them, a CONSTRUCT's triples as
N-Triples (the store holds no blank nodes: its terms are IRIs and literals, which N-Triples gives back
exactly).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import pyoxigraph
from pyoxigraph import RdfFormat

from elexgraph.store.answers import unpacked
from elexgraph.store.base import QueryResult

_TRIPLES, _ROWS = b"T", b"S"


def body_of_triples(triples: list[pyoxigraph.Triple]) -> bytes:
    """A CONSTRUCT's answer as kept."""
    return _TRIPLES + zlib.compress(pyoxigraph.serialize(triples, format=RdfFormat.N_TRIPLES) or b"", 1)


def body_of_rows(packed: bytes) -> bytes:
    """A SELECT's answer as kept, from its packed form (store/answers.py)."""
    return _ROWS + zlib.compress(packed, 1)


def result_of(body: bytes) -> QueryResult:
    """The answer a body holds; ValueError if it holds none (damaged, or of another version)."""
    try:
        inside = zlib.decompress(body[1:])
    except zlib.error as exc:
        raise ValueError(f"not a kept answer ({exc})") from None
    if body[:1] == _ROWS:
        return QueryResult(*unpacked(inside))
    if body[:1] != _TRIPLES:
        raise ValueError("not a kept answer")
    try:
        found = pyoxigraph.parse(inside, format=RdfFormat.N_TRIPLES)
        return QueryResult([], [], triples=[quad.triple for quad in found])
    except SyntaxError as exc:
        raise ValueError(f"not a kept answer ({exc})") from None


def still_good(kept_graphs: Iterable[str], graphs: list[str], written: set[str] | None) -> bool:
    """Whether an answer read from `kept_graphs` holds now that `graphs` name its resource, the writes since it
    was kept having written `written` (None: not known)."""
    return written is not None and list(kept_graphs) == graphs and not written.intersection(graphs)
