"""A SPARQL 1.1 server as the store: queries and updates over the protocol, graphs over the Graph Store Protocol.

Endpoints default to Oxigraph's (/query, /update, /store under the URL given). Servers
that name them differently take options or environment variables, each an absolute URL
or a path resolved against the store URL; Virtuoso, for instance:

    ELEXGRAPH_QUERY_ENDPOINT=/sparql ELEXGRAPH_UPDATE_ENDPOINT=/sparql ELEXGRAPH_GSP_ENDPOINT=/sparql-graph-crud

Every failure (unreachable, an HTTP error, no answer in time) is a StoreError naming the
endpoint. Each article graph is written by one PUT, which the server applies whole or not at all.
The timeout ($ELEXGRAPH_STORE_TIMEOUT) is a deadline for each whole exchange, not for each read:
a server that trickles its answer a byte at a time is cut off when the time is up.
"""

from __future__ import annotations

import http.client
import json
import math
import os
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from typing import IO, Any

import pyoxigraph
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat
from SPARQLWrapper import INSERT, JSON, POST, SELECT, TURTLE, SPARQLWrapper

from elexgraph.errors import QueryError, StoreError, WriteError, printable
from elexgraph.resources import resource_dir
from elexgraph.settings import setting
from elexgraph.store.base import BoundQuery, GraphStore, QueryResult, Term, query_form, query_text

ENDPOINT_DEFAULTS = {"query": "query", "update": "update", "gsp": "store"}  # Oxigraph's names
ENDPOINT_ENV = {"query": "ELEXGRAPH_QUERY_ENDPOINT", "update": "ELEXGRAPH_UPDATE_ENDPOINT",
                "gsp": "ELEXGRAPH_GSP_ENDPOINT"}
TIMEOUT_ENV = "ELEXGRAPH_STORE_TIMEOUT"
DEFAULT_TIMEOUT = 60.0
# What can go wrong on the way to a server and back.
_NETWORK_ERRORS = (urllib.error.URLError, OSError, http.client.HTTPException)
# Turtle is what every Graph Store Protocol server reads and writes; N-Triples is a subset of it.
_GRAPH_MEDIA_TYPE = "text/turtle"
QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_FORMS = ("INSERT", "DELETE", "WITH", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD")
def endpoint_url(store_url: str, given: str | None, kind: str) -> str:
    """The URL of one endpoint: given (an option), else from the environment, else the default name."""
    name = given or os.environ.get(ENDPOINT_ENV[kind]) or ENDPOINT_DEFAULTS[kind]
    try:
        return urllib.parse.urljoin(store_url.rstrip("/") + "/", name)
    except ValueError as exc:  # 'http://[::1': a bracket left open
        raise StoreError(f"{printable(store_url)} with the {kind} endpoint {printable(name)!r}: "
                         f"not a valid URL ({exc})") from None


class RemoteStore(GraphStore):
    def __init__(self, url: str, *, query_endpoint: str | None = None, update_endpoint: str | None = None,
                 gsp_endpoint: str | None = None, timeout: float | str | None = None) -> None:
        self.location = url
        self.query_endpoint = endpoint_url(url, query_endpoint, "query")
        self.update_endpoint = endpoint_url(url, update_endpoint, "update")
        self.gsp_endpoint = endpoint_url(url, gsp_endpoint, "gsp")
        self.timeout = setting(timeout, "timeout", TIMEOUT_ENV, DEFAULT_TIMEOUT, float)

    # -- graphs, over the Graph Store Protocol -------------------------------------------------
    def replace_graphs(self, graphs: dict[NamedNode, list[Quad]]) -> None:
        stored: list[NamedNode] = []
        for graph, quads in graphs.items():
            body = pyoxigraph.serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES)
            try:
                self._graph_request("PUT", graph, body)
            except StoreError as exc:
                raise WriteError(str(exc), stored) from None
            stored.append(graph)

    def remove_graphs(self, graphs: Iterable[NamedNode]) -> None:
        for graph in graphs:
            self._graph_request("DELETE", graph, missing_ok=True)

    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        """The quads of one graph, or of every article graph (servers keep graphs of their own too)."""
        for name in [graph] if graph else self.named_graphs():
            data = self._graph_request("GET", name)
            for triple in pyoxigraph.parse(data, RdfFormat.TURTLE):
                yield Quad(triple.subject, triple.predicate, triple.object, name)

    def named_graphs(self) -> list[NamedNode]:
        """The article graphs: a server's own graphs (Virtuoso has several) are not the store's."""
        listed = self.query((resource_dir("queries") / "store-digests.rq").read_text(encoding="utf-8"))
        return [row[0] for row in listed.rows if isinstance(row[0], NamedNode)]

    def dump(self, output: IO[bytes], mime: str) -> None:
        fmt = RdfFormat.from_media_type(mime)
        if fmt is None:
            raise StoreError(f"unknown RDF media type {mime}")
        if fmt.supports_datasets:
            pyoxigraph.serialize(self.quads(), output, fmt)
        else:  # like the embedded store: a triples-only format holds the default graph, which is empty
            pyoxigraph.serialize([], output, fmt)

    def _graph_request(self, method: str, graph: NamedNode, body: bytes | None = None, *, missing_ok: bool = False) -> bytes:
        url = f"{self.gsp_endpoint}?{urllib.parse.urlencode({'graph': graph.value})}"
        headers = {"Content-Type": _GRAPH_MEDIA_TYPE} if body is not None else {}
        if method == "GET":
            headers["Accept"] = _GRAPH_MEDIA_TYPE
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with open_within(request, self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            if missing_ok and exc.code == 404:
                return b""
            raise StoreError(f"{self.gsp_endpoint}: {method} of graph {graph.value} failed: "
                             f"HTTP {exc.code} {_first_line(exc.read()) or exc.reason}") from None
        except _NETWORK_ERRORS as exc:
            raise StoreError(f"{self.gsp_endpoint}: {_network_reason(exc, self.timeout)}") from None

    # -- SPARQL protocol, through SPARQLWrapper ------------------------------------------------
    def query(self, query: str | BoundQuery) -> QueryResult:
        sparql = query_text(query)  # any SPARQL 1.1 server: the values go in as text
        form = query_form(sparql)
        if form in UPDATE_FORMS:
            raise QueryError(f"{self.query_endpoint}: malformed SPARQL: {form} starts an update, not a query")
        # Anything else that is not a query goes as a SELECT, for the server to say what is wrong with it.
        client = self._client(sparql, form if form in QUERY_FORMS else SELECT)
        if client.queryType in ("CONSTRUCT", "DESCRIBE"):
            client.setReturnFormat(TURTLE)
            data = self._send(client, self.query_endpoint)
            return QueryResult([], [], triples=[quad.triple for quad in pyoxigraph.parse(data, RdfFormat.TURTLE)])
        client.setReturnFormat(JSON)
        answer = self._send(client, self.query_endpoint)
        if client.queryType == "ASK":
            return QueryResult([], [], boolean=_ask_answer(answer))
        names = answer["head"].get("vars", [])
        rows = [tuple(_term(b[n]) if n in b else None for n in names) for b in answer["results"]["bindings"]]
        return QueryResult(names, rows)

    def update(self, sparql: str) -> None:
        self._send(self._client(sparql, INSERT), self.update_endpoint)  # any update form sends it as an update

    def _client(self, sparql: str, form: str) -> SPARQLWrapper:
        client = _Client(self.query_endpoint, self.update_endpoint, form, self.timeout)
        client.setMethod(POST)  # no URL-length limit, and updates need it
        client.setQuery(sparql)
        return client

    def _send(self, client: SPARQLWrapper, endpoint: str) -> Any:
        try:
            return client.query().convert()
        except urllib.error.HTTPError as exc:
            message = _first_line(exc.read())
            if exc.code == 400:
                raise QueryError(f"{endpoint}: malformed SPARQL: {message}") from None
            raise StoreError(f"{endpoint}: HTTP {exc.code} {message or exc.reason}") from None
        except _NETWORK_ERRORS as exc:
            raise StoreError(f"{endpoint}: {_network_reason(exc, self.timeout)}") from None
        except json.JSONDecodeError:
            raise StoreError(f"{endpoint}: answered with something other than SPARQL JSON results") from None


class _Client(SPARQLWrapper):
    """SPARQLWrapper told the request's form (its own guess reads words in comments: '# … describe …'),
    with each exchange opened by open_within, so its timeout is a deadline."""

    def __init__(self, endpoint: str, update_endpoint: str, form: str, seconds: float) -> None:
        self.form = form
        super().__init__(endpoint, updateEndpoint=update_endpoint)
        self.seconds = seconds

    def _parseQueryType(self, query: str) -> str:  # noqa: N802 - the name SPARQLWrapper calls
        return self.form

    def _query(self) -> tuple[Any, str]:
        # SPARQLWrapper's own _query opens with urlopen; HTTP errors are left to RemoteStore._send.
        return open_within(self._createRequest(), self.seconds), self.returnFormat


def open_within(request: urllib.request.Request, seconds: float) -> Any:
    """Open `request` with one deadline for the whole exchange: connecting, sending and every read of the answer."""
    deadline = time.monotonic() + seconds
    opener = urllib.request.build_opener(_DeadlineHTTPHandler(deadline), _DeadlineHTTPSHandler(deadline))
    return opener.open(request, timeout=seconds)


class _Deadline:
    """A socket whose reads and writes fail with TimeoutError once the deadline (time.monotonic()) has passed.
    http.client reads a response through recv_into and sends with sendall (TLS's sendall calls send)."""

    deadline = math.inf

    def _arm(self) -> None:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the deadline has passed")
        self.settimeout(left)  # type: ignore[attr-defined]

    def recv_into(self, *args: Any) -> int:
        self._arm()
        return super().recv_into(*args)  # type: ignore[misc]

    def send(self, *args: Any) -> int:
        self._arm()
        return super().send(*args)  # type: ignore[misc]

    def sendall(self, *args: Any) -> None:
        self._arm()
        return super().sendall(*args)  # type: ignore[misc]


class _DeadlineSocket(_Deadline, socket.socket):
    pass


class _DeadlineSSLSocket(_Deadline, ssl.SSLSocket):
    pass


_TLS = ssl.create_default_context()
_TLS.sslsocket_class = _DeadlineSSLSocket


class _DeadlineConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, deadline: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.deadline = deadline
        self._create_connection = self._connect_by_deadline

    def _connect_by_deadline(self, address: tuple[str, int], timeout: float, source: Any = None) -> socket.socket:
        plain = socket.create_connection(address, max(0.001, min(timeout, self.deadline - time.monotonic())), source)
        sock = _DeadlineSocket(plain.family, plain.type, plain.proto, fileno=plain.detach())
        sock.deadline = self.deadline
        return sock

    def connect(self) -> None:
        super().connect()
        self.sock.deadline = self.deadline  # over TLS, self.sock is now the _DeadlineSSLSocket wrapping it


class _DeadlineHTTPSConnection(_DeadlineConnection, http.client.HTTPSConnection):
    pass


class _DeadlineHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: float) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_DeadlineConnection, req, deadline=self.deadline)


class _DeadlineHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: float) -> None:
        super().__init__(context=_TLS)
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_DeadlineHTTPSConnection, req, context=_TLS, deadline=self.deadline)


def _term(binding: dict[str, str]) -> Term:
    """A SPARQL JSON results term as a pyoxigraph term."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return NamedNode(value)
    if kind == "bnode":
        return BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", value))  # server ids ('nodeID://b1') need not be valid labels
    if "xml:lang" in binding:
        return Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        return Literal(value, datatype=NamedNode(binding["datatype"]))
    return Literal(value)


def _ask_answer(answer: dict[str, Any]) -> bool:
    if "boolean" in answer:
        return bool(answer["boolean"])
    # Virtuoso 7 answers an ASK sent by POST as one row holding 1 or 0.
    bindings = answer["results"]["bindings"]
    return bool(bindings) and next(iter(bindings[0].values()))["value"] not in ("0", "false")


def _network_reason(exc: Exception, timeout: float) -> str:
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "unreachable (connection refused: is the server running?)"
    return f"unreachable ({reason})"


def _first_line(body: bytes) -> str:
    """The first line of an error body worth showing (an HTML page says nothing in its first line)."""
    lines = [line.strip() for line in body.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[0][:200] if lines and not lines[0].startswith("<") else ""


__all__ = ["RemoteStore", "endpoint_url"]
