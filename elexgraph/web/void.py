"""The dataset described in VoID and DCAT: size, entities per class, licence, sources, endpoint, dumps;
and the endpoint described in the SPARQL 1.1 Service Description vocabulary."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence

from pyoxigraph import Literal, NamedNode, Triple

from elexgraph.licences import DERIVED_LICENCE, dataset_rights
from elexgraph.official.graph import ATTRIBUTION
from elexgraph.queries import run_query
from elexgraph.store.base import GraphStore
from elexgraph.vocab import DCAT, DCT, ELEX_NS, FORMATS, RDF, SD, VOID, XSD
from elexgraph.rdfio import DATASET_FORMATS, Format
from elexgraph.web.site import Site
from elexgraph.web.sparql import ProtocolError

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


class VoidCache:
    """The description, computed once per state of the store (its statistics read every graph) and by one
    request at a time: a crowd of requests waits for one computation instead of running one each. A
    computation stopped at a limit is not tried again for the same state: the crowd gets its error."""

    UNKNOWN_STATE_SECONDS = 60.0  # a store that cannot say when it changed is described again after this

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._state: object = object()
        self._triples: list[Triple] = []
        self._failure: ProtocolError | None = None

    async def triples(self, state: object, compute: Callable[[], Awaitable[list[Triple]]]) -> list[Triple]:
        """The description of the store in `state` (None: one that cannot tell), computed by `compute` if new."""
        if state is None:
            state = int(time.monotonic() // self.UNKNOWN_STATE_SECONDS)
        async with self._lock:
            if state != self._state:
                try:
                    self._triples, self._failure = await compute(), None
                except ProtocolError as error:
                    if error.status == 503:
                        raise  # busy: another request may try again
                    self._triples, self._failure = [], error
                self._state = state
            if self._failure is not None:
                raise self._failure
            return self._triples


# The W3C format IRI of each format the endpoint answers in, by the format's name.
_FORMAT_IRIS = {"json": FORMATS.SPARQL_Results_JSON, "xml": FORMATS.SPARQL_Results_XML,
                "csv": FORMATS.SPARQL_Results_CSV, "tsv": FORMATS.SPARQL_Results_TSV, "turtle": FORMATS.Turtle,
                "ntriples": FORMATS.N_Triples, "rdfxml": FORMATS.RDF_XML, "jsonld": FORMATS.JSON_LD,
                "n3": FORMATS.N3, "nquads": FORMATS.N_Quads, "trig": FORMATS.TriG}


def service_description(site: Site, formats: Sequence[Format]) -> list[Triple]:
    """What GET /sparql without a query gives an RDF client: the endpoint, its language, formats and dataset."""
    endpoint = NamedNode(site.iri("sparql"))
    dataset = NamedNode(site.iri(VOID_PATH) + "#dataset")
    triples = [Triple(endpoint, RDF.type, SD.Service), Triple(endpoint, SD.endpoint, endpoint),
               Triple(endpoint, SD.supportedLanguage, SD.SPARQL11Query),
               Triple(endpoint, SD.feature, SD.UnionDefaultGraph), Triple(endpoint, SD.defaultDataset, dataset),
               Triple(dataset, RDF.type, SD.Dataset),
               Triple(endpoint, DCT.description, Literal(
                   "Read-only SPARQL 1.1 query endpoint; the default graph is the union of the article graphs. "
                   "SERVICE and updates are refused.", language="en"))]
    triples += [Triple(endpoint, SD.resultFormat, _FORMAT_IRIS[f.name]) for f in formats if f.name in _FORMAT_IRIS]
    return triples
