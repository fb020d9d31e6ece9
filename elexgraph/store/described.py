"""Answers about one resource, kept with the graphs that name it, so that a write elsewhere leaves them good.

A query whose header says ``# @about PARAM`` reads only graphs that name PARAM's IRI (every pattern sits in a
GRAPH block that holds the IRI as a subject or an object): a seat's description (web-resource) and its official
results (web-official). Its answer for one IRI depends on those graphs alone, so it is kept with their list, and
given again at a later state of the store when the writes since (recorded by the answers file, store/answers.py)
wrote none of those graphs and none of the graphs they wrote names the IRI now. The list follows the writes (the
graphs not written are as they were; those written are looked up among themselves), so it is read whole only
when nothing is kept or the writes are not known: listing the 24,000 graphs naming a general election took
1.5-1.9 s at 10,000 articles with the official record. A CONSTRUCT's answer (a set of triples, each read from
one graph) also follows writes that only add graphs naming the IRI: those graphs alone are asked, and their
triples added (a build of new articles that name a party or an election, whose own description is gathered
from every graph naming it: 0.4-0.7 s). Anything else (a write not recorded, a graph naming the IRI rewritten
or removed) and it is asked again. So a seat's or an election's page never asked for since a write, answered
ahead by `elexgraph optimize`, is a lookup.

The answers are kept compressed: a SELECT's rows as store/answers.py packs them, a CONSTRUCT's triples as
N-Triples (the store holds no blank nodes: its terms are IRIs and literals, which N-Triples gives back
exactly).

What is drawn from such answers is kept so too (a large party's or election's first page, web/firstpage.py): a
text with the IRIs it was drawn about (the resource and the facts the page shows), kept with the graphs naming any
of them, and given again while no write touched those graphs and none written names one of those IRIs.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass

import pyoxigraph
from pyoxigraph import RdfFormat

from elexgraph.store.answers import unpacked
from elexgraph.store.base import QueryResult

_TRIPLES, _ROWS, _DRAWN = b"T", b"S", b"D"


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


def body_of_drawn(iris: list[str], text: str) -> bytes:
    """A text drawn about `iris` (a page), as kept: the IRIs on the first line, as JSON."""
    return _DRAWN + zlib.compress(json.dumps(iris).encode("utf-8") + b"\n" + text.encode("utf-8"), 1)


def drawn_of(body: bytes) -> tuple[list[str], str]:
    """The IRIs and the text a drawn body holds; ValueError if it holds none (damaged, another kind of answer)."""
    if body[:1] != _DRAWN:
        raise ValueError("not a kept drawing")
    try:
        head, _, text = zlib.decompress(body[1:]).partition(b"\n")
        iris = json.loads(head)
        return [str(iri) for iri in iris], text.decode("utf-8")
    except (zlib.error, UnicodeDecodeError, TypeError, ValueError) as exc:
        raise ValueError(f"not a kept drawing ({exc})") from None


@dataclass(frozen=True)
class Followed:
    """What a kept answer about a resource is worth at a later state (`following`)."""

    graphs: list[str]  # the graphs naming the resource now, in order of their IRIs
    good: bool  # the kept answer holds as it is
    added: list[str]  # else, when set: graphs that name the resource and did not before, no other written


def following(kept_graphs: list[str], written: set[str], naming: set[str]) -> Followed:
    """A kept answer read from `kept_graphs` (those naming its resource then), after writes that wrote `written`
    of which `naming` name the resource now. The graphs not written are as they were, so the graphs naming the
    resource now are those of the kept list not written and `naming`: nothing is listed again. Untouched (no graph
    written named it, before or now): the answer holds. Only new graphs naming it (none naming it before was
    written): a CONSTRUCT's answer is the kept one with theirs added, each graph's triples being read from that
    graph alone. Anything else: asked again."""
    before = set(kept_graphs)
    graphs = sorted((before - written) | naming)
    if written.isdisjoint(before):
        return Followed(graphs, not naming, sorted(naming))
    return Followed(graphs, False, [])


def with_added(kept: list[pyoxigraph.Triple], added: list[pyoxigraph.Triple]) -> list[pyoxigraph.Triple]:
    """A CONSTRUCT's kept triples with those read from the graphs added, each triple once."""
    known = set(kept)
    return kept + [t for t in dict.fromkeys(added) if t not in known]
