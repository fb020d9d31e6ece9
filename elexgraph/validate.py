"""SHACL validation of the graph (ontology/shapes.ttl) with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass

from elexgraph.rdfio import to_rdflib, union_triples
from elexgraph.resources import resource_dir
from elexgraph.store.base import GraphStore


@dataclass
class ValidationReport:
    conforms: bool
    text: str
    triples: int


def validate(store: GraphStore) -> ValidationReport:
    """Check the union of all article graphs against the shapes; the ontology gives the class hierarchy."""
    import pyshacl
    import rdflib

    data = to_rdflib(union_triples(store))  # pySHACL validates rdflib graphs only
    shapes = rdflib.Graph().parse(resource_dir("ontology") / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(resource_dir("ontology") / "elexgraph.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                         allow_warnings=True)
    return ValidationReport(bool(conforms), str(text), len(data))
