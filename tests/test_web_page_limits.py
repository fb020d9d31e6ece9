"""Issue 18 N2: pages ran in the server's process with no time or memory limit (on 20,000 articles a person's
page took 35–42 s, /void added 743 MB). Now every page that reads the store is rendered in a query worker,
within --page-timeout and --page-memory: a page that needs more is stopped with an error page naming the
limit and the flag, and the server goes on. The tests assert outcomes, never elapsed times."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pyoxigraph import Literal, NamedNode, Quad

from elexgraph.iris import Minter
from elexgraph.store import open_store
from elexgraph.vocab import ELEX, RDFS
from tests.servers import Served, elexgraph_serve, served_store
from tests.test_web_fixture import PERSON_PATH, build_web_store

pytestmark = pytest.mark.server
# Facts that all point at one person, each with a long label: her page holds them all (hundreds of MB to render).
# Few enough that her page reads them whole (a resource with more is read a page of facts at a time).
CROWD = 400
LABEL = "a label long enough to weigh " * 10_000
# Far beyond what any page of these tests needs unless it is the crowded one, however busy the machine.
PATIENT_SECONDS = "60"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_web_store(tmp_path_factory.mktemp("page-limits") / "store")
    minter = Minter()
    person, graph = NamedNode(minter.base + "id/" + PERSON_PATH), NamedNode(minter.base + "graph/crowd")
    quads = [q for n in range(CROWD) for q in (
        Quad(NamedNode(f"{minter.base}id/crowd/{n}"), ELEX.candidate, person, graph),
        Quad(NamedNode(f"{minter.base}id/crowd/{n}"), RDFS.label, Literal(f"{n} {LABEL}"), graph))]
    with open_store(path) as writable:
        writable.replace_graphs({graph: quads})
    return path


@pytest.fixture(scope="module")
def small_memory(store: Path) -> Iterator[Served]:
    with served_store(store, "--page-memory", "64", "--page-timeout", PATIENT_SECONDS) as server:
        yield server


@pytest.fixture(scope="module")
def short_time(store: Path) -> Iterator[Served]:
    with served_store(store, "--page-timeout", "0.2") as server:
        yield server


def page(served: Served, path: str, accept: str = "text/html") -> httpx.Response:
    return httpx.get(served.url + path, headers={"Accept": accept}, timeout=120)


def still_serves(served: Served) -> bool:
    query = "ASK { ?s ?p ?o }"
    return httpx.post(served.url + "sparql", data={"query": query}, timeout=60).status_code == 200


def test_a_page_that_needs_too_much_memory_is_stopped(small_memory: Served) -> None:
    response = page(small_memory, "doc/" + PERSON_PATH)
    assert response.status_code == 422, response.text[:300]
    assert "64 MB" in response.text and "--page-memory" in response.text
    assert response.headers["content-type"].startswith("text/html")
    assert still_serves(small_memory)
    assert page(small_memory, "ontology").status_code == 200


def test_a_page_stopped_at_a_limit_says_so_in_plain_text_to_an_rdf_client(small_memory: Served) -> None:
    response = page(small_memory, "doc/" + PERSON_PATH, accept="text/turtle")
    assert response.status_code == 422 and "--page-memory" in response.text
    assert response.headers["content-type"].startswith("text/plain")


def test_a_page_that_runs_too_long_is_stopped(short_time: Served) -> None:
    response = page(short_time, "doc/" + PERSON_PATH)
    assert response.status_code == 504, response.text[:300]
    assert "0.2 s" in response.text and "--page-timeout" in response.text
    assert still_serves(short_time)


def test_pages_within_the_limits_are_served_from_the_workers(small_memory: Served) -> None:
    """The pages that read the store all come back from the workers as the server's own process gave them."""
    for path, status, media in (("", 200, "text/html"), ("people", 200, "text/html"),
                                ("people.json", 200, "application/json"), ("void.ttl", 200, "text/turtle"),
                                ("doc/person/nobody", 404, "text/html")):
        response = page(small_memory, path)
        assert response.status_code == status and response.headers["content-type"].startswith(media), path
    thing = httpx.get(small_memory.url + "id/" + PERSON_PATH.replace("ada-fixture", "bob-sample"), timeout=60)
    assert thing.status_code == 303 and thing.headers["location"].endswith("doc/person/bob-sample")


def test_a_server_told_to_stop_while_a_dump_streams_stops(store: Path) -> None:
    """A client reading a dump slowly (or not at all) kept a stopped server running for as long as it held on."""
    with elexgraph_serve(store) as (url, process):
        with socket.create_connection(("127.0.0.1", int(url.rsplit(":", 1)[1].strip("/"))), timeout=30) as sock:
            sock.sendall(b"GET /dump.nq HTTP/1.1\r\nHost: x\r\n\r\n")
            assert sock.recv(12) == b"HTTP/1.1 200"  # streaming now, and the client reads no more
            process.terminate()
            assert process.wait(timeout=120) is not None
