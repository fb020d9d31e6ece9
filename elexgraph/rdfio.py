"""RDF out, in one place: the formats (name, media types, file suffix, pyoxigraph's RdfFormat), the prefixes and
JSON-LD context every document is written with, and writing triples, quads, the union of a store's graphs and
the whole dataset (`elexgraph dump`, the site, the server).

pyoxigraph writes every format; rdflib is used where pyoxigraph cannot serve: compacting JSON-LD with a context
(pyoxigraph writes expanded JSON-LD only), and the graph pySHACL validates (to_rdflib).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import IO, TYPE_CHECKING

import pyoxigraph
from pyoxigraph import Quad, RdfFormat, Triple

from elexgraph import jsonld
from elexgraph.errors import OutputError
from elexgraph.vocab import DCAT, DCT, FOAF, PREFIXES as GRAPH_PREFIXES, SD, VOID

if TYPE_CHECKING:
    import rdflib

    from elexgraph.store.base import GraphStore


@dataclass(frozen=True)
class Format:
    """A format an answer or a file is written in: its name, media type (and the others that ask for it), suffix,
    and pyoxigraph's format when it is RDF."""

    name: str
    media_type: str
    suffix: str
    aliases: tuple[str, ...] = field(default=())
    rdf: RdfFormat | None = None

    @property
    def comments(self) -> bool:
        """Whether a line starting with '#' is a comment in this format."""
        return self.rdf in (RdfFormat.TURTLE, RdfFormat.N_TRIPLES, RdfFormat.N_QUADS, RdfFormat.TRIG, RdfFormat.N3)

    @property
    def media_types(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)


TURTLE = Format("turtle", "text/turtle", ".ttl", ("application/x-turtle", "application/turtle"), RdfFormat.TURTLE)
JSONLD = Format("jsonld", "application/ld+json", ".jsonld", ("application/json",), RdfFormat.JSON_LD)
NTRIPLES = Format("ntriples", "application/n-triples", ".nt", (), RdfFormat.N_TRIPLES)
RDFXML = Format("rdfxml", "application/rdf+xml", ".rdf", ("application/xml", "text/xml"), RdfFormat.RDF_XML)
NQUADS = Format("nquads", "application/n-quads", ".nq", (), RdfFormat.N_QUADS)
TRIG = Format("trig", "application/trig", ".trig", (), RdfFormat.TRIG)
# Turtle is N3: what is asked as N3 is written as Turtle under N3's media type.
N3 = Format("n3", "text/n3", ".n3", ("text/rdf+n3", "application/n3"), RdfFormat.N3)

RDF_FORMATS = (TURTLE, JSONLD, NTRIPLES, RDFXML)  # a graph
DATASET_FORMATS = (NQUADS, TRIG)  # named graphs kept
# `elexgraph dump`: a dataset format keeps the article graphs, a graph format gives their union.
DUMP_FORMATS = {fmt.name: fmt for fmt in (NQUADS, TRIG, TURTLE, JSONLD, NTRIPLES)}

# Every document is written with these prefixes, and JSON-LD with them as its @context.
PREFIXES = {**GRAPH_PREFIXES, "void": VOID.namespace, "dcat": DCAT.namespace, "dct": DCT.namespace,
            "sd": SD.namespace, "foaf": FOAF.namespace}
# Where the site publishes the context, beside its documents.
CONTEXT_PATH = "context.jsonld"
CHUNK = 5_000  # quads written at a time by serialized_chunks (about 1 MB)


def jsonld_context() -> dict[str, str]:
    """The @context published at /context.jsonld and inlined in every JSON-LD document (so none needs a fetch)."""
    return dict(PREFIXES)


def context_document() -> bytes:
    return json.dumps({"@context": jsonld_context()}, indent=2).encode()


def serialize_triples(triples: Iterable[Triple], fmt: Format) -> bytes:
    """A graph in `fmt`, each triple once, in one order (the same graph is the same bytes); JSON-LD compacted."""
    return serialize_ordered(sorted(set(triples), key=str), fmt)


def serialize_ordered(ordered: list[Triple], fmt: Format) -> bytes:
    """serialize_triples of triples given in its order, each once (a publish orders a document once for its
    formats)."""
    if fmt is JSONLD:
        return _compact_jsonld(ordered)
    return pyoxigraph.serialize(ordered, format=fmt.rdf, prefixes=PREFIXES)


def serialize_quads(quads: Iterable[Quad], fmt: Format) -> bytes:
    return pyoxigraph.serialize(quads, format=fmt.rdf, prefixes=PREFIXES)


def serialized_chunks(items: Iterable[Quad] | Iterable[Triple], fmt: Format) -> Iterator[bytes]:
    """`items` written in `fmt` a chunk at a time; the format must be one whose documents can be concatenated
    (N-Quads, N-Triples, Turtle, TriG, N3: a prefix declared again is allowed)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, CHUNK)):
        yield pyoxigraph.serialize(chunk, format=fmt.rdf, prefixes=PREFIXES)


def union_triples(store: GraphStore) -> list[Triple]:
    """The union of every graph in the store: each triple once, however many graphs state it, in one order."""
    return sorted({Triple(q.subject, q.predicate, q.object) for q in store.quads()}, key=str)


def dump(store: GraphStore, output: IO[bytes], name: str) -> None:
    """The whole dataset in the format `name` (DUMP_FORMATS): N-Quads and TriG keep the article graphs;
    Turtle, N-Triples and JSON-LD (expanded: pyoxigraph's, with no rdflib graph of the whole union) give the
    union of all graphs."""
    fmt = DUMP_FORMATS.get(name)
    if fmt is None:
        raise OutputError(f"unknown dump format {name!r} (choose from {', '.join(DUMP_FORMATS)})")
    if fmt in DATASET_FORMATS:
        store.dump(output, fmt.media_type)
        return
    output.write(pyoxigraph.serialize(union_triples(store), format=fmt.rdf, prefixes=PREFIXES))


def to_rdflib(triples: Iterable[Triple]) -> rdflib.Graph:
    """The triples as an rdflib graph, for what only rdflib does (JSON-LD compaction, pySHACL)."""
    import rdflib

    graph = rdflib.Graph()
    graph.parse(data=pyoxigraph.serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    return graph


def _compact_jsonld(triples: list[Triple]) -> bytes:
    text = jsonld.ordered_text(triples, jsonld_context())  # rdflib's document, ordered, straight from the triples
    if text is not None:
        return text.encode()
    compacted = json.loads(to_rdflib(triples).serialize(format="json-ld", context=jsonld_context(), auto_compact=True))
    return jsonld.dumps(_ordered(compacted)).encode()


def _ordered(node: object) -> object:
    """The same JSON-LD with its nodes and values in one order (rdflib's follows hashing): the same graph is
    the same bytes, so a publish leaves an unchanged document as it was. No @list is written: order is free."""
    if isinstance(node, dict):
        return {key: _ordered(value) for key, value in sorted(node.items())}
    if isinstance(node, list):
        return sorted((_ordered(item) for item in node), key=lambda item: json.dumps(item, sort_keys=True))
    return node


def not_found_body(fmt: Format, iri: str) -> bytes:
    """An empty graph in the asked format that says, where the format allows, what was not found."""
    message = f"not found: {iri} is not described by this dataset"
    if fmt is JSONLD:
        return json.dumps({"@context": jsonld_context(), "@graph": [], "error": message}).encode()
    if fmt.rdf is RdfFormat.RDF_XML:
        return (b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- ' + message.replace("--", "-").encode()
                + b' -->\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>\n')
    return f"# {message}\n".encode()
