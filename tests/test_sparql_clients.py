"""Issue 17: real SPARQL clients against `elexgraph serve`, each answer compared with what Oxigraph's own server
answers the same client over the same data (the dataset copied into it, queried with its union default graph)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.dom.minidom import Document

import httpx
import pyoxigraph
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from elexgraph.store import open_store
from tests.servers import elexgraph_serve, free_port, need, stop, wait_until_answering
from tests.test_web_fixture import build_web_store

pytestmark = pytest.mark.server
FIXTURE_GRAPH = "https://elexgraph.org/graph/web-fixture-2024"
# No blank nodes: the two servers name them differently.
SELECT = (f"SELECT ?s ?p ?o WHERE {{ GRAPH <{FIXTURE_GRAPH}> {{ ?s ?p ?o }} "
          "FILTER(!isBlank(?s) && !isBlank(?o)) }")
ASK = f"ASK {{ GRAPH <{FIXTURE_GRAPH}> {{ ?s ?p ?o }} }}"
CONSTRUCT = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{FIXTURE_GRAPH}> {{ ?s ?p ?o }} }}"
DESCRIBE = "DESCRIBE <https://elexgraph.org/id/person/ada-fixture>"
GRAPH_PARSERS = {TURTLE: "turtle", N3: "n3", RDFXML: "xml", XML: "xml", JSONLD: "json-ld"}


@dataclass
class Endpoints:
    ours: str  # elexgraph serve's /sparql
    oxigraph: str  # Oxigraph's /query over the same quads


def _oxigraph_copy(store: Path, folder: Path) -> None:
    """The store's quads in a fresh Oxigraph folder, for Oxigraph's server to serve."""
    copy = pyoxigraph.Store(str(folder))
    with open_store(store, read_only=True) as source:
        copy.bulk_extend(source.quads())
    copy.flush()
    del copy  # releases the folder's lock for the server


@pytest.fixture(scope="module")
def endpoints(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoints]:
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    need(binary is not None, "the oxigraph server is not installed (pip install -e '.[test]')")
    folder = tmp_path_factory.mktemp("clients")
    store = build_web_store(folder / "store")
    _oxigraph_copy(store, folder / "oxigraph")
    bind = f"127.0.0.1:{free_port()}"
    oxigraph = subprocess.Popen([binary, "serve", "--location", str(folder / "oxigraph"), "--bind", bind,
                                 "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_answering(f"http://{bind}/query?query=ASK%7B%7D", oxigraph, 30)
        with elexgraph_serve(store) as (url, _):
            yield Endpoints(url + "sparql", f"http://{bind}/query")
    finally:
        stop(oxigraph)


def wrapper_answer(endpoint: str, query: str, fmt: str) -> object:
    """What SPARQLWrapper gives its user for the query in the return format."""
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setTimeout(60)
    return client.queryAndConvert()


def as_rows(answer: object, fmt: str) -> object:
    """A SELECT or ASK answer as something to compare: a set of rows of rdflib terms, or a boolean."""
    if fmt == JSON:
        if "boolean" in answer:
            return answer["boolean"]
        return {frozenset((name, cell["value"], cell["type"].replace("typed-", ""), cell.get("datatype"))
                          for name, cell in row.items()) for row in answer["results"]["bindings"]}
    data = answer.toxml().encode() if isinstance(answer, Document) else answer
    result = Result.parse(io.BytesIO(data), format={XML: "xml", CSV: "csv", TSV: "tsv"}[fmt])
    if result.type == "ASK":
        return result.askAnswer
    return {tuple(row) for row in result}


def as_graph(answer: object, fmt: str) -> rdflib.Graph:
    if isinstance(answer, rdflib.Graph):
        return answer
    return rdflib.Graph().parse(data=answer, format=GRAPH_PARSERS[fmt])


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_as_oxigraph_answers_it(endpoints: Endpoints, fmt: str) -> None:
    ours = as_rows(wrapper_answer(endpoints.ours, SELECT, fmt), fmt)
    assert ours and ours == as_rows(wrapper_answer(endpoints.oxigraph, SELECT, fmt), fmt)


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_sparqlwrapper_ask_as_oxigraph_answers_it(endpoints: Endpoints, fmt: str) -> None:
    ours = as_rows(wrapper_answer(endpoints.ours, ASK, fmt), fmt)
    assert ours is True and ours == as_rows(wrapper_answer(endpoints.oxigraph, ASK, fmt), fmt)


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
@pytest.mark.parametrize("fmt", [TURTLE, N3, RDFXML, XML, JSONLD])
def test_sparqlwrapper_graphs_as_oxigraph_answers_them(endpoints: Endpoints, query: str, fmt: str) -> None:
    """RDF/XML and N3 were '400 unknown format' (SPARQLWrapper sends format=rdf+xml, format=n3)."""
    ours = as_graph(wrapper_answer(endpoints.ours, query, fmt), fmt)
    assert len(ours) > 0 and isomorphic(ours, as_graph(wrapper_answer(endpoints.oxigraph, query, fmt), fmt))


@pytest.mark.parametrize("query", [SELECT, ASK], ids=["select", "ask"])
def test_rdflib_sparqlstore_as_oxigraph_answers_it(endpoints: Endpoints, query: str) -> None:
    answers = []
    for endpoint in (endpoints.ours, endpoints.oxigraph):
        result = rdflib.Graph(SPARQLStore(endpoint)).query(query)
        answers.append(result.askAnswer if result.type == "ASK" else {tuple(row) for row in result})
    assert answers[0] and answers[0] == answers[1]


def test_rdflib_sparqlstore_reads_graphs_as_from_oxigraph(endpoints: Endpoints) -> None:
    graphs = [rdflib.Graph(SPARQLStore(endpoint)).query(CONSTRUCT).graph for endpoint in
              (endpoints.ours, endpoints.oxigraph)]
    assert len(graphs[0]) > 5 and isomorphic(graphs[0], graphs[1])


@pytest.mark.parametrize("request_kind", ["get", "post-form", "post-direct"])
@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml",
                                    "text/csv", "text/tab-separated-values"])
def test_the_protocol_by_hand_as_oxigraph_answers_it(endpoints: Endpoints, request_kind: str, accept: str) -> None:
    """The SPARQL 1.1 Protocol's query operation, each way it may be sent, with each results format."""
    answers = []
    for endpoint in (endpoints.ours, endpoints.oxigraph):
        headers = {"Accept": accept}
        if request_kind == "get":
            response = httpx.get(endpoint, params={"query": SELECT}, headers=headers, timeout=60)
        elif request_kind == "post-form":
            response = httpx.post(endpoint, data={"query": SELECT}, headers=headers, timeout=60)
        else:
            response = httpx.post(endpoint, content=SELECT.encode(), timeout=60,
                                  headers={**headers, "Content-Type": "application/sparql-query"})
        assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
        parser = {"application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
                  "text/csv": "csv", "text/tab-separated-values": "tsv"}[accept]
        answers.append({tuple(row) for row in Result.parse(io.BytesIO(response.content), format=parser)})
    assert answers[0] and answers[0] == answers[1]


@pytest.mark.parametrize("query", ["SELECT * WHERE { ?s ?p }", "SELECT * WHERE { ?s ?p ?o } LIMIT -1"],
                         ids=["unfinished", "bad-limit"])
def test_a_malformed_query_is_a_client_error_on_both(endpoints: Endpoints, query: str) -> None:
    statuses = [httpx.get(endpoint, params={"query": query}, timeout=60).status_code
                for endpoint in (endpoints.ours, endpoints.oxigraph)]
    assert statuses[0] == statuses[1] == 400
