"""RDF out in one place (elexgraph/rdfio.py): every format says the same triples, the dump keeps or unites the
graphs as its format allows, and JSON-LD is compacted with the published context."""

from __future__ import annotations

import io
import json

import pyoxigraph
import pytest
from pyoxigraph import Quad, RdfFormat, Triple

from elexgraph.errors import OutputError
from elexgraph.rdfio import (DUMP_FORMATS, JSONLD, RDF_FORMATS, Format, dump, jsonld_context, serialize_triples,
                             to_rdflib, union_triples)
from elexgraph.store.base import GraphStore


def _dumped(store: GraphStore, name: str) -> bytes:
    output = io.BytesIO()
    dump(store, output, name)
    return output.getvalue()


def test_union_triples_holds_each_triple_once(seeds_store: GraphStore) -> None:
    union = union_triples(seeds_store)
    assert len(union) == len(set(union))
    assert set(union) == {Triple(q.subject, q.predicate, q.object) for q in seeds_store.quads()}


@pytest.mark.parametrize("name", ["turtle", "ntriples", "jsonld"])
def test_a_graph_format_dumps_the_union(seeds_store: GraphStore, name: str) -> None:
    fmt = DUMP_FORMATS[name]
    parsed = {Triple(q.subject, q.predicate, q.object)
              for q in pyoxigraph.parse(_dumped(seeds_store, name), format=fmt.rdf)}
    assert parsed == set(union_triples(seeds_store))


@pytest.mark.parametrize("name", ["nquads", "trig"])
def test_a_dataset_format_keeps_the_graphs(seeds_store: GraphStore, name: str) -> None:
    parsed = set(pyoxigraph.parse(_dumped(seeds_store, name), format=DUMP_FORMATS[name].rdf))
    assert parsed == set(seeds_store.quads())


def test_an_unknown_dump_format_is_an_output_error(seeds_store: GraphStore) -> None:
    with pytest.raises(OutputError, match="unknown dump format 'xml'"):
        dump(seeds_store, io.BytesIO(), "xml")


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.name)
def test_every_graph_format_says_the_same_triples(seeds_store: GraphStore, fmt: Format) -> None:
    triples = union_triples(seeds_store)[:200]
    written = serialize_triples(triples, fmt)
    assert set(pyoxigraph.parse(written, format=fmt.rdf)) == {Quad(t.subject, t.predicate, t.object) for t in triples}


def test_jsonld_is_compacted_with_the_published_context(seeds_store: GraphStore) -> None:
    triples = union_triples(seeds_store)[:50]
    document = json.loads(serialize_triples(triples, JSONLD))
    assert document["@context"] == jsonld_context()
    assert serialize_triples(reversed(triples), JSONLD) == serialize_triples(triples, JSONLD)  # one order


def test_to_rdflib_keeps_every_triple(seeds_store: GraphStore) -> None:
    triples = union_triples(seeds_store)
    graph = to_rdflib(triples)
    assert len(graph) == len(triples)
    again = pyoxigraph.parse(graph.serialize(format="nt").encode(), format=RdfFormat.N_TRIPLES)
    assert {Triple(q.subject, q.predicate, q.object) for q in again} == set(triples)
