"""The dataset described in VoID and DCAT: size, entities per class, licence, sources, endpoint, dumps."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Triple

from elexgraph.licences import DERIVED_LICENCE, dataset_rights
from elexgraph.official.graph import ATTRIBUTION
from elexgraph.queries import run_query
from elexgraph.store.base import GraphStore
from elexgraph.vocab import DCAT, DCT, ELEX_NS, RDF, VOID, XSD
from elexgraph.web.negotiation import DATASET_FORMATS
from elexgraph.web.site import Site

VOID_PATH = "void"
IANA = "https://www.iana.org/assignments/media-types/"
VOID_CLASS = getattr(VOID, "class")  # a Python keyword


def _count(value: object) -> Literal:
    return Literal(getattr(value, "value", str(value)), datatype=XSD.integer)


def void_triples(store: GraphStore, site: Site, *, endpoint: bool = True) -> list[Triple]:
    """The description; `endpoint` says whether the site has a SPARQL endpoint (a static site has none)."""
    doc = site.iri(VOID_PATH)
    dataset = NamedNode(doc + "#dataset")
    triples = [
        Triple(dataset, RDF.type, VOID.Dataset), Triple(dataset, RDF.type, DCAT.Dataset),
        Triple(dataset, DCT.title, Literal("elexgraph: East Midlands election news as linked data", language="en")),
        Triple(dataset, DCT.description, Literal("Candidacies, results, party changes, quotes and roles read from news "
                                                 "articles, each fact with the sentence it came from.", language="en")),
        # the derived facts' licence; the quoted sentences and the official rows are not the project's to
        # license: the rights statement says whose they are, and each named graph carries its own
        Triple(dataset, DCT.license, DERIVED_LICENCE),
        Triple(dataset, DCT.rights, Literal(dataset_rights(ATTRIBUTION), language="en")),
        Triple(dataset, VOID.uriSpace, Literal(site.iri("id/"))),
        Triple(dataset, VOID.vocabulary, NamedNode(ELEX_NS)),
    ]
    if endpoint:
        service, sparql = NamedNode(doc + "#sparql"), NamedNode(site.iri("sparql"))
        triples += [Triple(dataset, VOID.sparqlEndpoint, sparql), Triple(dataset, DCAT.accessService, service),
                    Triple(service, RDF.type, DCAT.DataService), Triple(service, DCAT.endpointURL, sparql)]
    for fmt in DATASET_FORMATS:
        dump, distribution = NamedNode(site.iri("dump" + fmt.suffix)), NamedNode(f"{doc}#dump-{fmt.name}")
        triples += [Triple(dataset, VOID.dataDump, dump), Triple(dataset, DCAT.distribution, distribution),
                    Triple(distribution, RDF.type, DCAT.Distribution), Triple(distribution, DCAT.downloadURL, dump),
                    Triple(distribution, DCAT.mediaType, NamedNode(IANA + fmt.media_type))]
    size = run_query(store, "void-size").rows[0]
    triples += [Triple(dataset, VOID.triples, _count(size[0])), Triple(dataset, VOID.entities, _count(size[3]))]
    classes = run_query(store, "void-classes").rows
    triples.append(Triple(dataset, VOID.classes, _count(len(classes))))
    for number, (cls, entities) in enumerate(classes, 1):
        partition = NamedNode(f"{doc}#class-{number}")
        triples += [Triple(dataset, VOID.classPartition, partition), Triple(partition, VOID_CLASS, cls),
                    Triple(partition, VOID.entities, _count(entities))]
    for article, url in run_query(store, "void-sources").rows:
        triples.append(Triple(dataset, DCT.source, _source(url) or site.public(article)))
    return triples


def _source(url: object) -> NamedNode | None:
    """The article's web address as an IRI, when it has a usable one."""
    try:
        return NamedNode(url.value) if isinstance(url, Literal) and url.value.startswith(("http://", "https://")) else None
    except ValueError:
        return None
