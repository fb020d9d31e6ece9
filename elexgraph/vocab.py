"""Every ontology term elexgraph writes, in one place.

The ``elex:`` terms are read from ontology/elexgraph.ttl, so code and ontology cannot drift apart;
``tests/test_vocab.py`` checks each has a label.
"""

from __future__ import annotations

import pyoxigraph
from pyoxigraph import NamedNode, RdfFormat

from elexgraph.resources import resource_dir

ELEX_NS = "https://elexgraph.org/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class Vocabulary:
    """A namespace whose terms are listed: a misspelt term is an AttributeError, not a silent new IRI."""

    def __init__(self, namespace: str, terms: str) -> None:
        self.namespace = namespace
        self.terms = tuple(terms.split())
        for term in self.terms:
            setattr(self, term.replace("-", "_"), NamedNode(namespace + term))

    def __getattr__(self, name: str) -> NamedNode:  # only reached for unknown terms
        raise AttributeError(f"{name!r} is not a term of {self.namespace}")


def _defined(namespace: str, ontology: str) -> str:
    """Every term of `namespace` that the ontology file defines (gives an rdf:type)."""
    typed = pyoxigraph.parse(path=str(resource_dir("ontology") / ontology), format=RdfFormat.TURTLE)
    return " ".join(sorted({t.subject.value[len(namespace):] for t in typed if t.predicate.value == RDF_TYPE
                            and isinstance(t.subject, NamedNode) and t.subject.value.startswith(namespace)}))


# The elex: terms are those ontology/elexgraph.ttl defines: a term (a new kind of fact's class, say) is added there
# only, and one it does not define is an AttributeError here.
ELEX = Vocabulary(ELEX_NS, _defined(ELEX_NS, "elexgraph.ttl"))
RDF = Vocabulary("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type value")
RDFS = Vocabulary("http://www.w3.org/2000/01/rdf-schema#", "label comment")
SKOS = Vocabulary("http://www.w3.org/2004/02/skos/core#", "altLabel exactMatch")
OWL = Vocabulary("http://www.w3.org/2002/07/owl#", "sameAs")
SCHEMA = Vocabulary("https://schema.org/", "NewsArticle Dataset headline datePublished publisher url sameAs")
PROV = Vocabulary("http://www.w3.org/ns/prov#",
                  "wasDerivedFrom wasAttributedTo SoftwareAgent Entity Organization generatedAtTime")
OA = Vocabulary("http://www.w3.org/ns/oa#", """SpecificResource TextQuoteSelector TextPositionSelector FragmentSelector
                hasSource hasSelector exact start end""")
WD = "http://www.wikidata.org/entity/"
VOID = Vocabulary("http://rdfs.org/ns/void#", """
    Dataset triples entities classes classPartition class sparqlEndpoint dataDump uriSpace vocabulary""")
DCAT = Vocabulary("http://www.w3.org/ns/dcat#",
                  "Dataset Distribution DataService distribution downloadURL mediaType accessService endpointURL")
DCT = Vocabulary("http://purl.org/dc/terms/", "title description license rights source publisher conformsTo")
FOAF = Vocabulary("http://xmlns.com/foaf/0.1/", "primaryTopic")
SD = Vocabulary("http://www.w3.org/ns/sparql-service-description#", """
    Service Dataset endpoint supportedLanguage SPARQL11Query resultFormat feature UnionDefaultGraph defaultDataset""")
# The W3C's names for the formats an endpoint answers in (sd:resultFormat).
FORMATS = Vocabulary("http://www.w3.org/ns/formats/", """
    SPARQL_Results_JSON SPARQL_Results_XML SPARQL_Results_CSV SPARQL_Results_TSV
    Turtle N-Triples RDF_XML JSON-LD N3 N-Quads TriG""")
XSD = Vocabulary("http://www.w3.org/2001/XMLSchema#", "integer decimal boolean date dateTime gYear gYearMonth")

PREFIXES = {
    "elex": ELEX_NS, "rdf": RDF.namespace, "rdfs": RDFS.namespace, "skos": SKOS.namespace, "owl": OWL.namespace,
    "schema": SCHEMA.namespace, "prov": PROV.namespace, "oa": OA.namespace, "wd": WD,
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
