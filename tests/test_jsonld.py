"""JSON-LD written straight from the triples is the document rdflib writes, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Triple

from elexgraph import jsonld, rdfio
from elexgraph.rdfio import JSONLD, serialize_triples
from elexgraph.store import open_store
from elexgraph.web.describe import describe, with_topic
from elexgraph.web.site import Site
from tests.test_web_fixture import build_web_store

XSD = "http://www.w3.org/2001/XMLSchema#"
THING = NamedNode("https://elexgraph.org/id/person/jane-roe")
OTHER = NamedNode("https://example.org/elsewhere/thing")


def rdflib_document(triples: list[Triple]) -> bytes:
    compacted = json.loads(rdfio.to_rdflib(triples).serialize(format="json-ld", context=rdfio.jsonld_context(),
                                                              auto_compact=True))
    return json.dumps(rdfio._ordered(compacted), indent=2, ensure_ascii=False).encode()


@pytest.mark.parametrize("triples", [
    [],
    [Triple(THING, NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Jane Roe"))],
    [Triple(THING, NamedNode("https://elexgraph.org/ontology#votes"), Literal(v, datatype=NamedNode(XSD + t)))
     for v, t in (("05", "integer"), ("1200", "integer"), ("true", "boolean"), ("1.5E2", "double"),
                  ("40.890", "decimal"), ("2024-07-04", "date"), ("2024", "gYear"), ("2024-07", "gYearMonth"))],
    [Triple(THING, NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Anytown", language="en")),
     Triple(THING, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            NamedNode("https://elexgraph.org/ontology#Person")),
     Triple(THING, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), OTHER),
     Triple(OTHER, NamedNode("https://example.org/elsewhere/p"), THING),
     Triple(OTHER, NamedNode("https://schema.org/url"), Literal("javascript:alert(1)"))],
], ids=["empty", "one", "typed", "mixed"])
def test_the_same_document_as_rdflib(triples: list[Triple]) -> None:
    assert serialize_triples(triples, JSONLD) == rdflib_document(sorted(triples, key=str))


def test_every_resource_of_the_web_fixture(tmp_path: Path) -> None:
    with open_store(build_web_store(tmp_path / "store"), read_only=True) as store:
        site = Site.for_store(store, static=True)
        subjects = {q.subject.value.split("#")[0] for q in store.quads() if q.subject.value.startswith(site.iri("id/"))}
        for iri in sorted(subjects):
            triples = sorted(set(with_topic(site, iri, describe(store, site, iri))), key=str)
            assert serialize_triples(triples, JSONLD) == rdflib_document(triples), iri


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=30)


@settings(max_examples=400, deadline=None)
@given(_JSON)
def test_indented_json_is_python_s_own(document: object) -> None:
    assert jsonld.dumps(document) == json.dumps(document, indent=2, ensure_ascii=False)


def test_a_key_that_is_not_text_is_written_as_python_writes_it() -> None:
    assert jsonld.dumps({1: [True, None], 2.5: {}}) == json.dumps({1: [True, None], 2.5: {}}, indent=2)


_SUBJECTS = st.sampled_from([THING, OTHER, NamedNode("https://elexgraph.org/id/person/jane-roe#name"),
                             NamedNode("https://elexgraph.org/id/seat/anytown"),
                             NamedNode("https://elexgraph.org/id/seat/anytown-east")])
_PREDICATES = st.sampled_from([NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                               NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                               NamedNode("https://elexgraph.org/ontology#votes"),
                               NamedNode("https://example.org/elsewhere/p")])
# rdflib leaves out a false value (0, false, "") beside another value of the property: none generated here
_TYPED = st.sampled_from([("05", "integer"), ("1200", "integer"), ("-3", "integer"), ("true", "boolean"),
                          ("1.5E2", "double"), ("40.890", "decimal"), ("2024-07-04", "date"), ("2024", "gYear"),
                          ("x", "string"), ("2024", "integer")])
_OBJECTS = (_SUBJECTS | st.sampled_from([NamedNode("https://elexgraph.org/ontology#Person")])
            | st.text(min_size=1, max_size=8).map(Literal)
            | st.builds(lambda text, tag: Literal(text, language=tag), st.text(min_size=1, max_size=5),
                        st.sampled_from(["en", "cy"]))
            | _TYPED.map(lambda typed: Literal(typed[0], datatype=NamedNode(XSD + typed[1]))))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.builds(Triple, _SUBJECTS, _PREDICATES, _OBJECTS), max_size=12))
def test_any_graph_of_these_terms_is_written_as_rdflib_writes_it(triples: list[Triple]) -> None:
    ordered = sorted(set(triples), key=str)
    assert serialize_triples(triples, JSONLD) == rdflib_document(ordered)
    assert serialize_triples(triples, JSONLD) == serialize_triples(triples, JSONLD)  # remembered pieces alike
