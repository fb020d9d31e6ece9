"""Issues 17 and 18 against `elexgraph serve` itself: what the endpoint answers (formats, the service description,
the default graph, large answers) and what a client cannot do to it (slow checks, idle connections, unique
variants of a heavy query, javascript: links, folders left behind). Outcomes only, with generous deadlines."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import rdflib

from tests.servers import Served, descendants, elexgraph_serve, free_port, served_store, wait_until_answering
from tests.test_web_fixture import build_web_store

pytestmark = pytest.mark.server
FIXTURE_GRAPH = "https://elexgraph.org/graph/web-fixture-2024"
CONSTRUCT = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{FIXTURE_GRAPH}> {{ ?s ?p ?o }} }}"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
PER_CLIENT = 8
MAX_RESULTS = 50


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    store = build_web_store(tmp_path_factory.mktemp("hardening") / "store")
    with served_store(store, "--header-timeout", "1", "--max-client-connections", str(PER_CLIENT),
                      "--max-results", str(MAX_RESULTS), "--query-workers", "3") as serving:
        yield serving


def sparql(served: Served, query: str, accept: str = "application/sparql-results+json", **params: str) -> httpx.Response:
    return httpx.post(served.url + "sparql", data={"query": query, **params}, headers={"Accept": accept}, timeout=60)


# ---------------------------------------------------------------- issue 17: the endpoint as clients meet it

@pytest.mark.parametrize("query", [
    'SELECT ?o WHERE { ?s ?p ?o FILTER(CONTAINS(LCASE(STR(?o)), "service")) } LIMIT 5',
    "# public services\nSELECT * WHERE { ?s ?p ?o } LIMIT 5",
])
def test_the_word_service_is_not_the_keyword(served: Served, query: str) -> None:
    assert sparql(served, query).status_code == 200


@pytest.mark.parametrize("value,media,parse", [
    ("rdf+xml", "application/rdf+xml", "xml"), ("n3", "text/n3", "n3"), ("nquads", "application/n-quads", "nquads"),
    ("trig", "application/trig", "trig"), ("ttl", "text/turtle", "turtle"), ("text/turtle", "text/turtle", "turtle"),
])
def test_a_graph_answer_in_every_format_value(served: Served, value: str, media: str, parse: str) -> None:
    """format=rdf+xml and format=n3 (SPARQLWrapper's) were 400; N-Quads and TriG were 406."""
    response = httpx.get(served.url + "sparql", params={"query": CONSTRUCT, "format": value}, timeout=60)
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    graph = rdflib.Dataset().parse(data=response.content, format=parse)
    assert len(graph) > 10 or sum(1 for _ in graph.quads()) > 10


@pytest.mark.parametrize("accept,media", [("application/n-quads", "application/n-quads"),
                                          ("application/trig", "application/trig")])
def test_construct_as_a_dataset_format(served: Served, accept: str, media: str) -> None:
    response = sparql(served, CONSTRUCT, accept)
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/rdf+xml", "xml"),
                                        ("application/ld+json", "json-ld")])
def test_get_without_a_query_gives_an_rdf_client_the_service_description(served: Served, accept: str, fmt: str) -> None:
    """GET /sparql without a query answered 406 about Accept instead of a SPARQL 1.1 Service Description."""
    response = httpx.get(served.url + "sparql", headers={"Accept": accept}, timeout=30)
    assert response.status_code == 200
    graph = rdflib.Graph().parse(data=response.content, format=fmt)
    endpoint = next(graph.subjects(rdflib.RDF.type, SD.Service))
    assert (endpoint, SD.endpoint, None) in graph and (endpoint, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert len(list(graph.objects(endpoint, SD.resultFormat))) >= 8


def test_get_without_a_query_gives_a_browser_the_form(served: Served) -> None:
    response = httpx.get(served.url + "sparql", headers={"Accept": "text/html"}, timeout=30)
    assert response.status_code == 200 and "<textarea" in response.text


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt")])
def test_the_default_graph_by_the_graph_store_protocol_streams(served: Served, accept: str, fmt: str) -> None:
    """/store?default gave the whole dataset as N-Quads, 406 for Turtle, built whole in memory (177 MB)."""
    response = httpx.get(served.url + "store?default", headers={"Accept": accept}, timeout=60)
    assert response.status_code == 200
    assert "content-length" not in response.headers  # written as it is read, not built first
    graph = rdflib.Graph().parse(data=response.content, format=fmt)
    fixture = sparql(served, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{FIXTURE_GRAPH}> {{ ?s ?p ?o }} }}")
    assert len(graph) >= int(fixture.json()["results"]["bindings"][0]["n"]["value"]) > 0


def test_dumps_stream(served: Served) -> None:
    response = httpx.get(served.url + "dump.nq", timeout=60)
    assert response.status_code == 200 and "content-length" not in response.headers
    dataset = rdflib.Dataset().parse(data=response.content, format="nquads")
    assert sum(1 for _ in dataset.quads()) > 100


def test_a_large_answer_gives_its_first_rows_marked(served: Served) -> None:
    """An answer over --max-results was a 422: now the first rows, with a header (and on the page, a note)."""
    query = "SELECT * WHERE { ?s ?p ?o }"
    response = sparql(served, query)
    assert response.status_code == 200 and response.headers["elexgraph-truncated"] == str(MAX_RESULTS)
    assert len(response.json()["results"]["bindings"]) == MAX_RESULTS
    assert "elexgraph-truncated" in response.headers["access-control-expose-headers"].lower()
    page = sparql(served, query, "text/html")
    assert page.status_code == 200 and 'id="truncated"' in page.text
    graph = sparql(served, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert graph.status_code == 200 and graph.text.startswith(f"# the first {MAX_RESULTS} triples")


def test_a_small_answer_is_not_marked(served: Served) -> None:
    response = sparql(served, "SELECT * WHERE { ?s ?p ?o } LIMIT 3")
    assert response.status_code == 200 and "elexgraph-truncated" not in response.headers


# ---------------------------------------------------------------- issue 18: what a client cannot do

def test_a_crafted_query_does_not_hold_other_routes(served: Served) -> None:
    """N1: the SERVICE check backtracked on the event loop: one 20 kB query froze every route for 21.6 s.
    Sent as a cross-origin form POST (a web page can, without a preflight), while a page is asked for."""
    crafted = "SELECT " + "?service " * 11_000 + "WHERE { ?service ?p ?o } LIMIT 1"
    answers: list[int] = []
    sender = threading.Thread(target=lambda: answers.append(httpx.post(
        served.url + "sparql", data={"query": crafted}, headers={"Origin": "https://elsewhere.example"},
        timeout=300).status_code))
    sender.start()
    time.sleep(0.5)
    assert httpx.get(served.url, timeout=30).status_code == 200
    sender.join(300)
    assert answers and answers[0] in (200, 400)


def test_a_cross_origin_form_post_can_only_read(served: Served) -> None:
    """A form POST from another origin is a simple request (no preflight): it may run a query, never a write."""
    origin = {"Origin": "https://elsewhere.example", "Accept": "application/sparql-results+json"}
    update = httpx.post(served.url + "sparql", data={"update": "DROP ALL"}, headers=origin, timeout=30)
    disguised = httpx.post(served.url + "sparql", data={"query": "DROP ALL"}, headers=origin, timeout=30)
    assert update.status_code == 403 and disguised.status_code == 403
    read = httpx.post(served.url + "sparql", data={"query": "ASK { ?s ?p ?o }"}, headers=origin, timeout=30)
    assert read.status_code == 200 and read.json()["boolean"] is True


def _idle_connection(served: Served, address: str = "127.0.0.1") -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", served.port), timeout=30, source_address=(address, 0))
    sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # a head that never ends
    return sock


def test_a_connection_that_never_finishes_its_head_is_closed(served: Served) -> None:
    """N3 (slowloris): with no header timeout, idle connections were held for ever."""
    with _idle_connection(served) as sock:
        assert sock.recv(100) == b""  # closed by the server, long before the 30 s socket timeout


def test_one_address_cannot_take_every_connection(served: Served) -> None:
    """N3: ~20,000 idle connections locked out every client. One address holds at most its share; others go on."""
    held = [_idle_connection(served, "127.0.0.2") for _ in range(PER_CLIENT)]
    try:
        with socket.create_connection(("127.0.0.1", served.port), timeout=30, source_address=("127.0.0.2", 0)) as extra:
            assert extra.recv(100).startswith(b"HTTP/1.1 503")
        assert httpx.get(served.url, timeout=30).status_code == 200  # from 127.0.0.1, while they are held
    finally:
        for sock in held:
            sock.close()


def _processes_once_settled(served: Served, count: int) -> set[int]:
    """The server's processes once there are `count` again (a killed worker's replacement has started)."""
    deadline = time.monotonic() + 60
    while len(descendants(served.pid)) != count and time.monotonic() < deadline:
        time.sleep(0.2)
    return descendants(served.pid)


def test_a_query_that_killed_its_worker_is_known_under_any_disguise(served: Served) -> None:
    """N6: a heavy query made unique with a comment was new to the pool's memory, and ran (and cost) again."""
    count = len(descendants(served.pid))
    crash = "SELECT * WHERE { FILTER(" + " && ".join(["true"] * 10000) + ") }"
    assert sparql(served, crash).status_code == 500
    before = _processes_once_settled(served, count)
    for number in range(3):
        variant = f"# unique {number}\n" + crash.replace(" && ", "&&" if number % 2 else "  &&\n")
        assert sparql(served, variant).status_code == 500
    assert descendants(served.pid) == before


def test_a_javascript_iri_in_the_results_table_is_text(served: Served) -> None:
    """N4: the plain results table wrote href="javascript:…" for an IRI a query builds."""
    page = sparql(served, 'SELECT ?x WHERE { BIND(IRI("javascript:alert(1)") AS ?x) }', "text/html")
    assert page.status_code == 200 and "javascript:alert(1)" in page.text
    assert 'href="javascript:' not in page.text


def test_kill_9_of_serve_leaves_no_temporary_folder(tmp_path: Path) -> None:
    """N14: kill -9 of serve left a pymp-* folder (the fork server's socket) in the temporary folder."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    store = build_web_store(tmp_path / "store")
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "elexgraph", "serve", "--store", str(store), "--port", str(port),
                                "--query-workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, "TMPDIR": str(temporary), "PYTHONWARNINGS": "ignore"})
    try:
        wait_until_answering(f"http://127.0.0.1:{port}/", process, 30)
        assert list(temporary.glob("pymp-*"))
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    deadline = time.monotonic() + 60
    while list(temporary.glob("pymp-*")) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not list(temporary.glob("pymp-*"))


WRITER = """
import sys
from pyoxigraph import Literal, NamedNode, Quad
from elexgraph.store import open_store
round_ = int(sys.argv[2])
graph = NamedNode(f"https://elexgraph.org/graph/soak-{round_ % 2}")
with open_store(sys.argv[1]) as store:
    store.replace_graphs({graph: [Quad(NamedNode(f"https://elexgraph.org/id/thing/{i}"), NamedNode("http://example.org/p"),
                                       Literal(str(round_)), graph) for i in range(20_000)]})
"""


def deleted_store_files(pid: int, store: Path) -> list[str]:
    """The store's files that the server or its workers hold open after a writer deleted them."""
    held = []
    for process in (pid, *descendants(pid)):
        try:
            links = [os.readlink(fd) for fd in Path(f"/proc/{process}/fd").iterdir()]
        except OSError:
            continue
        held += [link for link in links if link.startswith(str(store)) and link.endswith("(deleted)")]
    return held


def test_builds_into_the_served_store_leave_no_deleted_file_open(tmp_path: Path) -> None:
    """N7: serve kept the files of replaced store states open (idle workers never looked again); and a worker that
    opened a newer state counted its memory against the next query's allowance (a simple query got 422)."""
    store = build_web_store(tmp_path / "store")
    with elexgraph_serve(store, "--query-workers", "3") as (url, process):
        for round_ in range(4):
            subprocess.run([sys.executable, "-c", WRITER, str(store), str(round_)], check=True, timeout=120)
            read_everything(url)
        deadline = time.monotonic() + 60
        while deleted_store_files(process.pid, store) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not deleted_store_files(process.pid, store)
        read_everything(url)


def read_everything(url: str) -> None:
    assert httpx.get(url + "void", timeout=60).status_code == 200
    assert httpx.get(url + "dump.nq", timeout=60).status_code == 200
    for _ in range(3):
        assert httpx.post(url + "sparql", data={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
                          timeout=60).status_code == 200
