"""The linked-data server, run for real (uvicorn in a subprocess on a free loopback port)."""

from __future__ import annotations

import http.client
import io
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph
import pytest
import rdflib
from rdflib.query import Result
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper

from elexgraph.queries import load_query, run_query
from elexgraph.store import open_store
from tests.conftest import headless_page
from tests.servers import elexgraph_serve, free_port
from tests.test_web_fixture import HEADLINE, PERSON, PERSON_PATH, SENTENCES, build_web_store

pytestmark = pytest.mark.server
DEFAULT_BASE = "https://elexgraph.org/"
RDF_SUFFIXES = {".ttl": "turtle", ".jsonld": "json-ld", ".nt": "nt", ".rdf": "xml"}
RDF_ACCEPT = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
              "application/rdf+xml": "xml"}
SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } "
        "GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }")


@dataclass
class Server:
    url: str
    expected: dict[str, object]


@contextmanager
def serve(store: Path, port: int, *options: str) -> Iterator[str]:
    with elexgraph_serve(store, *options, port=port) as (url, _):
        yield url


def _expected(store_path: Path) -> dict[str, object]:
    """What the store answers directly, read before the server takes the store's lock."""
    with open_store(store_path) as store:
        return {"candidacies": [tuple(t.value if t is not None else None for t in row)
                                for row in run_query(store, "candidacies").rows],
                "quads": sum(1 for _ in store.quads()),
                "triples": int(run_query(store, "void-size").rows[0][0].value)}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Built under the default base, served under the server's own address: every IRI is rewritten."""
    store = build_web_store(tmp_path_factory.mktemp("web") / "store")
    expected = _expected(store)
    port = free_port()
    with serve(store, port, "--base-uri", f"http://127.0.0.1:{port}/") as url:
        yield Server(url, expected)


def get(url: str, accept: str | None = None, **kwargs: object) -> httpx.Response:
    return httpx.get(url, headers={"Accept": accept} if accept else {}, timeout=10, **kwargs)


# ---------------------------------------------------------------- SPARQL

def test_sparqlwrapper_select_gives_the_contract_answers(server: Server) -> None:
    client = SPARQLWrapper(server.url + "sparql")
    client.setQuery(load_query("candidacies").sparql)
    client.setReturnFormat(JSON)
    answer = client.query().convert()
    variables = answer["head"]["vars"]
    rows = [tuple(b[v]["value"] if v in b else None for v in variables) for b in answer["results"]["bindings"]]
    assert rows == server.expected["candidacies"]
    assert any(row[2] == PERSON for row in rows)


def test_sparqlwrapper_construct_gives_public_iris(server: Server) -> None:
    client = SPARQLWrapper(server.url + "sparql")
    client.setQuery("PREFIX elex: <https://elexgraph.org/ontology#> "
                    "CONSTRUCT { ?c elex:candidate ?p } WHERE { GRAPH ?g { ?c elex:candidate ?p } }")
    client.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
    candidates = {str(o) for o in graph.objects()}
    assert len(graph) == len(server.expected["candidacies"])
    assert server.url + "id/" + PERSON_PATH in candidates
    assert all(c.startswith(server.url + "id/person/") for c in candidates)


def test_a_query_may_name_served_iris(server: Server) -> None:
    query = f"ASK {{ GRAPH ?g {{ <{server.url}id/{PERSON_PATH}> a ?type }} }}"
    assert httpx.post(server.url + "sparql", content=query, timeout=10,
                      headers={"Content-Type": "application/sparql-query", "Accept": "application/json"}
                      ).json()["boolean"] is True


@pytest.mark.parametrize("accept,fmt", [("application/sparql-results+json", "json"),
                                        ("application/sparql-results+xml", "xml"),
                                        ("text/csv", "csv"), ("text/tab-separated-values", "tsv")])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_results_in_every_format(server: Server, accept: str, fmt: str, method: str) -> None:
    query = load_query("candidacies").sparql
    if method == "GET":
        response = httpx.get(server.url + "sparql", params={"query": query}, headers={"Accept": accept}, timeout=10)
    else:
        response = httpx.post(server.url + "sparql", data={"query": query}, headers={"Accept": accept}, timeout=10)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(accept)
    result = Result.parse(io.BytesIO(response.content), format=fmt)
    assert len(result) == len(server.expected["candidacies"])


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                        ("application/n-triples", "nt")])
def test_construct_and_describe_in_every_format(server: Server, accept: str, fmt: str) -> None:
    person = f"<{server.url}id/{PERSON_PATH}>"
    for query in (f"CONSTRUCT {{ {person} ?p ?o }} WHERE {{ GRAPH ?g {{ {person} ?p ?o }} }}",
                  f"DESCRIBE {person} FROM <{server.url}graph/web-fixture-2024>"):
        response = get(server.url + "sparql", accept, params={"query": query})
        assert response.status_code == 200, response.text
        graph = rdflib.Graph().parse(data=response.text, format=fmt)
        assert (rdflib.URIRef(f"{server.url}id/{PERSON_PATH}"), rdflib.RDFS.label, rdflib.Literal(PERSON)) in graph


@pytest.mark.parametrize("send", [
    lambda url: httpx.post(url, content="INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                           headers={"Content-Type": "application/sparql-update"}),
    lambda url: httpx.post(url, data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}),
    lambda url: httpx.get(url, params={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}),
    lambda url: httpx.get(url, params={"query": "DROP ALL"}),
])
def test_updates_are_refused(server: Server, send) -> None:
    response = send(server.url + "sparql")
    assert response.status_code == 403
    assert "read-only" in response.text


def test_sparqlwrapper_update_is_refused_and_nothing_changes(server: Server) -> None:
    client = SPARQLWrapper(server.url + "sparql")
    client.setMethod(POST)
    client.setQuery("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }")
    with pytest.raises(Exception, match="403"):
        client.query()
    assert get(server.url + "dump.nq").text.count("\n") == server.expected["quads"]


def test_a_malformed_query_gets_400_with_the_parser_message(server: Server) -> None:
    response = get(server.url + "sparql", params={"query": "SELECT ?s WHERE { ?s ?p"})
    assert response.status_code == 400
    assert "malformed SPARQL" in response.text and "error at" in response.text


def test_a_query_in_an_unknown_content_type_gets_415(server: Server) -> None:
    response = httpx.post(server.url + "sparql", content=b"x", headers={"Content-Type": "image/png"})
    assert response.status_code == 415


def test_the_sparql_form_in_a_browser(server: Server) -> None:
    assert "<form" in get(server.url + "sparql", "text/html").text
    table = get(server.url + "sparql", "text/html", params={"query": load_query("candidacies").sparql}).text
    assert PERSON in table


# ---------------------------------------------------------------- resources

def test_a_thing_iri_answers_303_to_its_document(server: Server) -> None:
    response = get(f"{server.url}id/{PERSON_PATH}", "text/turtle")
    assert response.status_code == 303
    assert response.headers["location"] == f"/doc/{PERSON_PATH}"
    suffixed = get(f"{server.url}id/{PERSON_PATH}.jsonld")
    assert suffixed.status_code == 303 and suffixed.headers["location"] == f"/doc/{PERSON_PATH}.jsonld"


@pytest.mark.parametrize("accept", sorted(RDF_ACCEPT))
def test_each_accept_header_gives_a_parseable_description(server: Server, accept: str) -> None:
    iri = f"{server.url}id/{PERSON_PATH}"
    response = get(iri, accept, follow_redirects=True)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    assert response.headers["vary"] == "Accept"
    graph = rdflib.Graph().parse(data=response.text, format=RDF_ACCEPT[accept])
    person = rdflib.URIRef(iri)
    assert (person, rdflib.RDFS.label, rdflib.Literal(PERSON)) in graph
    evidence = {str(o) for o in graph.objects(None, rdflib.URIRef("http://www.w3.org/ns/oa#exact"))}
    assert SENTENCES[0] in evidence


@pytest.mark.parametrize("suffix", sorted(RDF_SUFFIXES))
def test_a_suffix_wins_over_the_accept_header(server: Server, suffix: str) -> None:
    response = get(f"{server.url}doc/{PERSON_PATH}{suffix}", "text/html")
    assert response.status_code == 200
    graph = rdflib.Graph().parse(data=response.text, format=RDF_SUFFIXES[suffix])
    assert (rdflib.URIRef(f"{server.url}id/{PERSON_PATH}"), rdflib.RDFS.label, rdflib.Literal(PERSON)) in graph


def test_rdflib_dereferences_the_iri_itself(server: Server) -> None:
    iri = f"{server.url}id/{PERSON_PATH}"
    graph = rdflib.Graph().parse(iri)
    assert (rdflib.URIRef(iri), rdflib.RDF.type, rdflib.URIRef("https://elexgraph.org/ontology#Person")) in graph


def test_every_iri_in_a_description_resolves(server: Server) -> None:
    graph = rdflib.Graph().parse(data=get(f"{server.url}doc/{PERSON_PATH}.nt").text, format="nt")
    iris = {str(t) for triple in graph for t in triple if isinstance(t, rdflib.URIRef) and str(t).startswith(server.url)}
    assert any("/id/article/" in iri for iri in iris)
    for iri in iris:
        assert get(iri, "text/turtle", follow_redirects=True).status_code == 200, iri


def test_the_html_page_and_the_index_pages(server: Server) -> None:
    page = get(f"{server.url}doc/{PERSON_PATH}", "text/html")
    assert page.headers["content-type"].startswith("text/html")
    assert PERSON in page.text and HEADLINE in page.text
    for name in ("people", "parties", "constituencies", "elections", "articles"):
        index = get(server.url + name)
        assert index.status_code == 200, name
    assert f'href="/doc/{PERSON_PATH}"' in get(server.url + "people").text
    assert HEADLINE in get(server.url + "articles").text


def test_named_graph_and_ontology_iris_resolve(server: Server) -> None:
    graph = rdflib.Graph().parse(data=get(server.url + "graph/web-fixture-2024", "text/turtle").text, format="turtle")
    assert (rdflib.URIRef(f"{server.url}id/{PERSON_PATH}"), rdflib.RDFS.label, rdflib.Literal(PERSON)) in graph
    ontology = rdflib.Graph().parse(data=get(server.url + "ontology", "text/turtle").text, format="turtle")
    assert (rdflib.URIRef("https://elexgraph.org/ontology#Person"), rdflib.RDF.type, rdflib.OWL.Class) in ontology
    assert 'id="Person"' in get(server.url + "ontology", "text/html").text


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                        ("application/n-triples", "nt"), ("application/rdf+xml", "xml")])
def test_an_unknown_resource_is_a_404_in_the_asked_format(server: Server, accept: str, fmt: str) -> None:
    for path in ("id/person/nobody-at-all", "doc/person/nobody-at-all"):
        response = get(server.url + path, accept)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith(accept)
        assert len(rdflib.Graph().parse(data=response.text, format=fmt)) == 0
    html = get(server.url + "doc/person/nobody-at-all", "text/html")
    assert html.status_code == 404 and "Not found" in html.text


def test_an_unsupported_accept_is_406(server: Server) -> None:
    response = get(f"{server.url}doc/{PERSON_PATH}", "image/png")
    assert response.status_code == 406
    assert "text/turtle" in response.text


@pytest.mark.parametrize("path", ["/doc/../../etc/passwd", "/doc/%2e%2e/%2e%2e/etc/passwd",
                                  "/id/person/..%2f..%2f..%2fetc%2fpasswd", "/doc/%252e%252e/x",
                                  "/ontology/..%5c..%5cwin.ini", "/graph/x%00.ttl"])
def test_a_path_outside_the_site_is_refused(server: Server, path: str) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", int(server.url.rsplit(":", 1)[1].strip("/")), timeout=10)
    connection.request("GET", path)  # http.client sends the path as given, unlike httpx, which normalises it
    response = connection.getresponse()
    assert response.status == 400
    assert b"refused" in response.read()
    connection.close()


# ---------------------------------------------------------------- VoID and dumps

def test_void_describes_the_dataset(server: Server) -> None:
    graph = rdflib.Graph().parse(data=get(server.url + "void", "text/turtle").text, format="turtle")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    dataset = rdflib.URIRef(server.url + "void#dataset")
    assert int(graph.value(dataset, void.triples)) == server.expected["triples"]
    assert graph.value(dataset, void.sparqlEndpoint) == rdflib.URIRef(server.url + "sparql")
    assert graph.value(dataset, rdflib.URIRef("http://purl.org/dc/terms/license")) is not None
    people = next(p for p in graph.objects(dataset, void.classPartition)
                  if graph.value(p, void["class"]) == rdflib.URIRef("https://elexgraph.org/ontology#Person"))
    assert int(graph.value(people, void.entities)) >= 2
    assert {rdflib.URIRef(server.url + "dump.nq"), rdflib.URIRef(server.url + "dump.trig")} <= set(
        graph.objects(dataset, void.dataDump))


@pytest.mark.parametrize("path,fmt", [("dump.nq", pyoxigraph.RdfFormat.N_QUADS), ("dump.trig", pyoxigraph.RdfFormat.TRIG)])
def test_dumps_hold_every_quad_under_the_served_base(server: Server, path: str, fmt: pyoxigraph.RdfFormat) -> None:
    quads = list(pyoxigraph.parse(get(server.url + path).content, format=fmt))
    assert len(quads) == server.expected["quads"]
    assert all(q.graph_name.value.startswith(server.url + "graph/") for q in quads)


# ---------------------------------------------------------------- the base, limits

def test_served_without_base_uri_the_iris_are_those_the_graph_was_built_with(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    store = build_web_store(tmp_path / "store", base)
    with serve(store, port, "--max-results", "3") as url:
        assert url == base
        iri = f"{base}id/{PERSON_PATH}"
        assert (rdflib.URIRef(iri), rdflib.RDFS.label, rdflib.Literal(PERSON)) in rdflib.Graph().parse(iri)
        capped = get(url + "sparql", params={"query": load_query("candidacies").sparql})
        assert capped.status_code == 200 and capped.headers["elexgraph-truncated"] == "3"
        assert len(capped.json()["results"]["bindings"]) == 3


def test_the_default_base_is_detected_from_the_store(tmp_path: Path) -> None:
    store = build_web_store(tmp_path / "store")
    with serve(store, free_port()) as url:
        turtle = get(f"{url}doc/{PERSON_PATH}.nt").text
        assert f"<{DEFAULT_BASE}id/{PERSON_PATH}>" in turtle and url not in turtle


def test_two_runaway_queries_do_not_shut_the_endpoint(tmp_path: Path) -> None:
    """Issue 10, item 4: both slots stayed busy with queries Oxigraph cannot interrupt, and every later query got 503."""
    store = build_web_store(tmp_path / "store")
    with serve(store, free_port(), "--query-timeout", "2") as url:
        for _ in range(2):
            started = time.monotonic()
            response = get(url + "sparql", params={"query": SLOW})
            assert response.status_code == 504
            assert "time limit" in response.text
            assert time.monotonic() - started < 6
        for _ in range(3):
            assert get(url + "sparql", params={"query": "ASK { ?s ?p ?o }"}).status_code == 200
        assert get(f"{url}doc/{PERSON_PATH}.ttl").status_code == 200


# ---------------------------------------------------------------- a browser

@pytest.mark.browser
def test_a_person_page_in_headless_chromium_shows_the_facts(server: Server, chromium: str, tmp_path: Path) -> None:
    with headless_page(chromium) as page:
        page.goto(f"{server.url}id/{PERSON_PATH}")
        assert page.url == f"{server.url}doc/{PERSON_PATH}"
        assert page.locator("h1").inner_text() == PERSON
        sentences = page.locator("blockquote.sentence").all_inner_texts()
        assert SENTENCES[0] in sentences and SENTENCES[2] in sentences
        assert HEADLINE in page.locator("a.article").all_inner_texts()
        page.screenshot(path=str(tmp_path / "person.png"), full_page=True)
        page.locator("a", has_text="Leicester South").first.click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == "Leicester South"
