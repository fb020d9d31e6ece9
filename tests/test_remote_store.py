"""The store on real SPARQL servers started on loopback: Oxigraph's server and Virtuoso.

Each must give the contract queries the same answers as the embedded store, row for row,
and every failure (unreachable, an HTTP error, a timeout) must be a StoreError naming the
endpoint that leaves no half-written graph.
"""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator

import pyoxigraph
import pytest
from click.testing import CliRunner

from elexgraph.build import build, remove
from elexgraph.cli import cli
from elexgraph.errors import StoreError
from elexgraph.facts import CONTRACT_QUERIES
from elexgraph.queries import run_query
from elexgraph.store import open_store
from elexgraph.store.base import GraphStore
from elexgraph.store.remote import RemoteStore, query_form
from tests.cli_process import elexgraph, error_lines
from tests.conftest import SEEDS, need
from tests.servers import VIRTUOSO_ENDPOINTS, free_port, stop, wait_until_answering
from tests.test_incremental import sorted_nquads

pytestmark = pytest.mark.server

@pytest.fixture(params=["oxigraph", "virtuoso"])
def server_store(request: pytest.FixtureRequest) -> Iterator[RemoteStore]:
    """An empty store on each real server (graphs left by an earlier test are dropped)."""
    if request.param == "oxigraph":
        store = RemoteStore(request.getfixturevalue("oxigraph_server"))
    else:
        store = RemoteStore(request.getfixturevalue("virtuoso_server"), **VIRTUOSO_ENDPOINTS)
    store.remove_graphs(store.named_graphs())
    yield store


def rows(store: GraphStore, query: str) -> list[tuple[str, ...]]:
    return sorted(tuple(str(term) for term in row) for row in run_query(store, query).rows)


def headlines(store: GraphStore) -> set[str]:
    """The headlines of the articles quoted from."""
    result = run_query(store, "quotes")
    return {str(row[result.variables.index("source")]) for row in result.rows}


def test_contract_queries_answer_as_on_the_embedded_store(server_store: RemoteStore, seeds_store: GraphStore) -> None:
    report = build([SEEDS], server_store)
    assert report.built and not report.failed
    for query in CONTRACT_QUERIES:
        assert rows(server_store, query) == rows(seeds_store, query), query
    assert sorted_nquads(server_store) == sorted_nquads(seeds_store)


def test_incremental_build_and_removal_on_a_server(server_store: RemoteStore) -> None:
    first = build([SEEDS], server_store)
    again = build([SEEDS], server_store)
    assert again.built == [] and again.unchanged == first.built
    quoted = headlines(server_store)
    removed = remove([first.built[0]], server_store)
    assert len(server_store.named_graphs()) == len(first.built) - len(removed)
    assert len(headlines(server_store)) == len(quoted) - 1  # its headline is gone


def test_ask_and_construct_and_update(server_store: RemoteStore) -> None:
    server_store.update("INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"v\"@en } }")
    assert server_store.query("ASK { GRAPH <urn:test:g> { <urn:test:s> ?p ?o } }").boolean is True
    found = server_store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <urn:test:g> { ?s ?p ?o } }").triples
    assert found == [pyoxigraph.Triple(pyoxigraph.NamedNode("urn:test:s"), pyoxigraph.NamedNode("urn:test:p"),
                                       pyoxigraph.Literal("v", language="en"))]
    server_store.remove_graphs([pyoxigraph.NamedNode("urn:test:g")])
    assert server_store.query("ASK { GRAPH <urn:test:g> { ?s ?p ?o } }").boolean is False


def test_a_rejected_write_leaves_the_stored_graph_whole(oxigraph_server: str, seeds_store: GraphStore,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    store = RemoteStore(oxigraph_server)
    store.remove_graphs(store.named_graphs())
    build([SEEDS], store)
    before = sorted_nquads(store)
    serialize = pyoxigraph.serialize
    # The new graph's body is cut short: the server must refuse it whole, not keep what it could read.
    monkeypatch.setattr(pyoxigraph, "serialize", lambda *a, **k: serialize(*a, **k) + b"<urn:cut")
    with pytest.raises(StoreError, match=r"/store: PUT of graph .* failed: HTTP 400"):
        build([SEEDS], store, force=True)
    monkeypatch.undo()
    assert sorted_nquads(store) == before


def test_a_build_that_fails_part_way_says_what_it_stored(oxigraph_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = RemoteStore(oxigraph_server)
    store.remove_graphs(store.named_graphs())
    serialize, bodies = pyoxigraph.serialize, []

    def second_body_cut(*args: object, **kwargs: object) -> bytes:
        bodies.append(serialize(*args, **kwargs))
        return bodies[-1] + (b"<urn:cut" if len(bodies) == 2 else b"")

    monkeypatch.setattr(pyoxigraph, "serialize", second_body_cut)
    with pytest.raises(StoreError, match=r"failed: HTTP 400 .*; this build stored 1 article graph\(s\) before that, "
                                         r"and no more: build again to store the rest$"):
        build([SEEDS], store)
    monkeypatch.undo()
    assert len(store.named_graphs()) == 1


class _Answer500(http.server.BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
        self.send_response(500)
        self.end_headers()
        self.wfile.write(b"database exploded\n")

    do_GET = do_PUT = do_POST  # noqa: N815

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture()
def failing_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answer500)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture()
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


@pytest.fixture()
def trickling_server() -> Iterator[str]:
    """Answers every request with a 200 whose body comes one byte every 0.2 s, for ever."""
    stopping = threading.Event()

    def trickle(conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                         b"Content-Length: 1000000\r\n\r\n")
            while not stopping.wait(0.2):
                try:
                    conn.sendall(b" ")
                except OSError:
                    return

    def accept(listener: socket.socket) -> None:
        while not stopping.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=trickle, args=(conn,), daemon=True).start()

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        threading.Thread(target=accept, args=(listener,), daemon=True).start()
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
        stopping.set()


def test_the_store_timeout_is_a_deadline_not_a_per_read_limit(trickling_server: str) -> None:
    started = time.monotonic()
    completed = elexgraph("stats", "--store", trickling_server, env={"ELEXGRAPH_STORE_TIMEOUT": "1"}, timeout=30)
    assert error_lines(completed) == [f"error: {trickling_server}/query: no answer within 1 s"]
    assert time.monotonic() - started < 20


def test_a_store_timeout_that_is_not_a_number_is_one_error_line() -> None:
    completed = elexgraph("build", SEEDS, "--store", "http://127.0.0.1:9", env={"ELEXGRAPH_STORE_TIMEOUT": "abc"},
                          timeout=60)
    assert error_lines(completed) == ["error: $ELEXGRAPH_STORE_TIMEOUT: 'abc' is not a number"]


def test_a_zero_store_timeout_is_refused_not_endless(silent_server: str) -> None:
    completed = elexgraph("stats", "--store", silent_server, env={"ELEXGRAPH_STORE_TIMEOUT": "0"}, timeout=30)
    assert error_lines(completed) == ["error: $ELEXGRAPH_STORE_TIMEOUT: '0' must be more than 0"]


def test_server_errors_name_the_endpoint(failing_server: str, silent_server: str, oxigraph_server: str) -> None:
    with pytest.raises(StoreError, match=rf"^{failing_server}/query: HTTP 500"):
        RemoteStore(failing_server).query("ASK {}")
    with pytest.raises(StoreError, match=rf"^{failing_server}/store: PUT of graph urn:g failed: HTTP 500 database exploded"):
        RemoteStore(failing_server).replace_graphs({pyoxigraph.NamedNode("urn:g"): []})
    with pytest.raises(StoreError, match=rf"^{silent_server}/query: no answer within 1 s"):
        RemoteStore(silent_server, timeout=1).query("ASK {}")
    with pytest.raises(StoreError, match=rf"^{oxigraph_server}/nowhere: HTTP 404"):
        RemoteStore(oxigraph_server, query_endpoint="/nowhere").query("ASK {}")


def test_unreachable_server_is_one_line_from_the_cli() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--store", url, "--query-endpoint", "sparql"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {url}/sparql: unreachable (connection refused: is the server running?)"


def test_endpoints_from_options_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ELEXGRAPH_GSP_ENDPOINT", "/sparql-graph-crud")
    store = open_store("http://127.0.0.1:8890/", query_endpoint="/sparql", update_endpoint="http://other:1/u")
    assert isinstance(store, RemoteStore)
    assert (store.query_endpoint, store.update_endpoint, store.gsp_endpoint) == (
        "http://127.0.0.1:8890/sparql", "http://other:1/u", "http://127.0.0.1:8890/sparql-graph-crud")


@pytest.mark.parametrize(("sparql", "form"), [
    ("# the literal values that describe them\nSELECT ?s WHERE { ?s ?p ?o }", "SELECT"),
    ("PREFIX ex: <http://example.org/a#describe> # ask\n# construct\nselect * {}", "SELECT"),
    ("BASE <http://example.org/#x>\nPREFIX : <http://example.org/#>\nDESCRIBE <x>", "DESCRIBE"),
    ("ASK{}", "ASK"),
    ("CONSTRUCT { ?s ?p 'describe' } WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("# drop the old graph\nDROP SILENT GRAPH <urn:g>", "DROP"),
    ("# nothing but a comment\n", ""),
])
def test_a_word_in_a_comment_does_not_decide_the_query_form(sparql: str, form: str) -> None:
    assert query_form(sparql) == form


def test_a_query_with_describe_in_a_comment_runs_on_a_server(oxigraph_server: str) -> None:
    store = RemoteStore(oxigraph_server)
    assert store.query("# what describes a thing\nSELECT ?x WHERE { VALUES ?x { 1 } }").rows == [
        (pyoxigraph.Literal("1", datatype=pyoxigraph.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),)]
