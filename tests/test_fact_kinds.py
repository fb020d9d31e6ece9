"""Each kind of fact describes itself whole (elexgraph/facts/): a kind that lacks a part fails here, named with
what it lacks, before any stage meets it."""

from __future__ import annotations

import dataclasses
import importlib

import pytest
import rdflib
from rdflib.namespace import RDF

from elexgraph.extract import gate
from elexgraph.facts import CONTRACT_QUERIES, FACT_KINDS, Fact, FactKind
from elexgraph.resources import resource_dir

ONTOLOGY = rdflib.Graph().parse(resource_dir("ontology") / "elexgraph.ttl")
SHAPES = rdflib.Graph().parse(resource_dir("ontology") / "shapes.ttl")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


def shape_paths(rdf_class: str) -> set[str]:
    """The properties the shapes constrain on things of one class."""
    return {str(path) for shape in SHAPES.subjects(SH.targetClass, rdflib.URIRef(rdf_class))
            for prop in SHAPES.objects(shape, SH.property) for path in SHAPES.objects(prop, SH.path)}


def missing(kind: FactKind) -> list[str]:
    """What the kind lacks, one line each."""
    lacks = []
    module = importlib.import_module(f"elexgraph.facts.{kind.key}")
    if getattr(module, "KIND", None) is not kind:
        lacks.append(f"elexgraph/facts/{kind.key}.py does not define it as KIND")
    if not (dataclasses.is_dataclass(kind.cls) and issubclass(kind.cls, Fact)):
        lacks.append(f"{kind.cls.__name__} is not a Fact dataclass")
    named = set(kind.fields)
    for part in ("identity", "people", "folded"):
        lacks += [f"its {part} names {name!r}, not a field of {kind.cls.__name__}"
                  for name in getattr(kind, part) if name not in named]
    lacks += [f"its {part} {getattr(kind, part)!r} is not a field of {kind.cls.__name__}"
              for part in ("subject", "count") if getattr(kind, part) not in (None, *named)]
    if (rdflib.URIRef(kind.rdf_class.value), RDF.type, None) not in ONTOLOGY:
        lacks.append(f"its class {kind.rdf_class.value} is not in ontology/elexgraph.ttl")
    paths = shape_paths(kind.rdf_class.value)
    if not paths:
        lacks.append(f"no shape in ontology/shapes.ttl targets {kind.rdf_class.value}")
    lacks += [f"its property {p.value} has no shape in ontology/shapes.ttl" for p in kind.properties if p.value not in paths]
    if kind.query is not None and not (resource_dir("queries") / f"{kind.query}.rq").is_file():
        lacks.append(f"its query queries/{kind.query}.rq does not exist")
    lacks += [f"its gate check {name!r} is not in extract/gate.py" for name in kind.checks
              if not callable(getattr(gate, name, None))]
    if not callable(kind.triples):
        lacks.append("it has no triples")
    return lacks


@pytest.mark.parametrize("kind", FACT_KINDS, ids=lambda k: k.key)
def test_each_kind_describes_itself(kind: FactKind) -> None:
    lacks = missing(kind)
    assert not lacks, f"the fact kind {kind.key!r} lacks:\n" + "\n".join(lacks)


def test_a_kind_that_lacks_a_part_is_named_with_what_it_lacks() -> None:
    half = dataclasses.replace(FACT_KINDS[0], query="endorsements", checks=("endorser_is_a_person",))
    lacks = missing(half)
    assert any("queries/endorsements.rq" in line for line in lacks)
    assert any("'endorser_is_a_person'" in line for line in lacks)


def test_kinds_are_told_apart() -> None:
    for part in ("key", "cls", "rdf_class", "iri_segment"):
        values = [getattr(kind, part) for kind in FACT_KINDS]
        assert len(set(values)) == len(values), f"two kinds share a {part}"
    assert set(CONTRACT_QUERIES) == {"candidacies", "seat-results", "party-changes", "quotes", "roles"}
