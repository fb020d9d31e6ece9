"""Code and ontology cannot drift: every elex: term the code writes is defined in ontology/elexgraph.ttl."""

from __future__ import annotations

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from elexgraph.resources import resource_dir
from elexgraph.vocab import ELEX

ONTOLOGY = rdflib.Graph().parse(resource_dir("ontology") / "elexgraph.ttl")
SHAPES = rdflib.Graph().parse(resource_dir("ontology") / "shapes.ttl")


def test_every_term_is_defined_with_a_label() -> None:
    for term in ELEX.terms:
        iri = rdflib.URIRef(ELEX.namespace + term)
        assert (iri, RDF.type, None) in ONTOLOGY, f"elex:{term} is not defined in the ontology"
        assert (iri, RDFS.label, None) in ONTOLOGY, f"elex:{term} has no rdfs:label"


def test_every_defined_term_is_used_by_the_code() -> None:
    defined = {str(s)[len(ELEX.namespace):] for s in ONTOLOGY.subjects(RDF.type, None)
               if str(s).startswith(ELEX.namespace)}
    assert defined <= set(ELEX.terms), f"defined but unknown to vocab.py: {sorted(defined - set(ELEX.terms))}"


def test_classes_are_aligned_with_an_external_vocabulary() -> None:
    for cls in ONTOLOGY.subjects(RDF.type, OWL.Class):
        links = [o for p, o in ONTOLOGY.predicate_objects(cls)
                 if p in (RDFS.subClassOf, OWL.equivalentClass) or "skos" in str(p)]
        assert any(not str(o).startswith(ELEX.namespace) for o in links), f"{cls} is not aligned"


def test_shapes_use_only_known_terms() -> None:
    used = {str(o) for o in SHAPES.objects() if str(o).startswith(ELEX.namespace)}
    used |= {str(s) for s in SHAPES.subjects() if str(s).startswith(ELEX.namespace)}
    assert {u[len(ELEX.namespace):] for u in used} <= set(ELEX.terms)
