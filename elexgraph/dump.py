"""The whole dataset in one RDF format: N-Quads and TriG keep the article graphs;
Turtle and JSON-LD give the union of all graphs (each triple once)."""

from __future__ import annotations

import io
from typing import IO

import pyoxigraph
from pyoxigraph import RdfFormat

from elexgraph.errors import OutputError
from elexgraph.store.base import GraphStore
from elexgraph.vocab import PREFIXES

FORMATS = {"nquads": "application/n-quads", "trig": "application/trig", "turtle": "text/turtle",
           "jsonld": "application/ld+json", "ntriples": "application/n-triples"}


def dump(store: GraphStore, output: IO[bytes], fmt: str) -> None:
    if fmt not in FORMATS:
        raise OutputError(f"unknown dump format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt in {"nquads", "trig"}:
        store.dump(output, FORMATS[fmt])
        return
    union = {pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in store.quads()}
    triples = sorted(union, key=str)
    if fmt == "jsonld":
        import rdflib

        graph = rdflib.Graph()
        graph.parse(data=pyoxigraph.serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        output.write(graph.serialize(format="json-ld", context={k: v for k, v in PREFIXES.items()}).encode())
        return
    buffer = io.BytesIO()
    pyoxigraph.serialize(triples, buffer, RdfFormat.from_media_type(FORMATS[fmt]), prefixes=PREFIXES)
    output.write(buffer.getvalue())
