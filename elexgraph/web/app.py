"""The linked-data server: an ASGI app (Starlette) over a GraphStore.

Cool URIs with 303s: a thing's IRI {base}id/KIND/NAME answers 303 See Other pointing to its
document {base}doc/KIND/NAME, which is negotiated (Accept, with Vary: Accept) or chosen by a
suffix (.html .ttl .jsonld .nt .rdf), which always wins. Ontology terms are hash IRIs.
"""

from __future__ import annotations

import asyncio
import pickle
from dataclasses import asdict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager
from urllib.parse import parse_qs

import pyoxigraph
from pyoxigraph import NamedNode, Quad, RdfFormat, Triple
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from elexgraph.errors import ElexgraphError
from elexgraph.queries import load_query, whole_question
from elexgraph.rdfio import (DATASET_FORMATS, N3, NTRIPLES, RDF_FORMATS, TURTLE, Format, context_document, not_found_body,
                             serialize_triples, serialized_chunks)
from elexgraph.store.base import GraphStore
from elexgraph.vocab import ELEX_NS
from elexgraph.web import home, listing, pages
from elexgraph.web.describe import describe, described_page, known, with_topic
from elexgraph.web.firstpage import kept_first_page, page_html
from elexgraph.web.negotiation import HTML, PAGE_FORMATS, choose, negotiate
from elexgraph.web.pagejobs import Budget, PageJob, PageReply, as_response, page_job
from elexgraph.web.site import Site, safe_segments
from elexgraph.web.sparql import (FORMATS, GRAPH_FORMATS, MAX_QUERY_CHARS, SELECT_FORMATS, TRUNCATED_HEADER, Job,
                                  Limits, ProtocolError, Reply, check_query, dataset_of, effective_accept, examples,
                                  formats_for, not_acceptable_message, query_text)
from elexgraph.web.statecache import StateCache
from elexgraph.web.stream import from_thread
from elexgraph.web.void import service_description, void_triples
from elexgraph.web.workers import IDLE_REFRESH_SECONDS, WorkerPool
from elexgraph.workers import give_back_freed_memory

SUFFIX_FORMATS = PAGE_FORMATS + DATASET_FORMATS
# What the Graph Store Protocol's default graph (the union of the article graphs) streams in.
DEFAULT_GRAPH_FORMATS = (TURTLE, NTRIPLES, N3)
# What GET /sparql without a query answers: the query form, or the service description.
DESCRIPTION_FORMATS = (HTML, *RDF_FORMATS, N3)
NOT_ACCEPTABLE = "none of the formats asked for in Accept can be given; this resource comes as: "


def media(fmt: Format) -> str:
    return fmt.media_type + "; charset=utf-8"  # every format served is text in UTF-8


def answer(body: bytes | str, fmt: Format, *, status: int = 200, negotiated: bool = True,
           headers: dict[str, str] | None = None) -> Response:
    extra = {"Vary": "Accept"} if negotiated else {}
    return Response(body, status_code=status, media_type=media(fmt), headers={**extra, **(headers or {})})


def not_acceptable(offered: Sequence[Format]) -> Response:
    return PlainTextResponse(NOT_ACCEPTABLE + ", ".join(f.media_type for f in offered) + "\n", status_code=406,
                             headers={"Vary": "Accept"})


async def read_body(request: Request, limit: int, seconds: float) -> bytes:
    """The request body, refused (413) as soon as it passes `limit` bytes and (408) when it takes over `seconds`."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ProtocolError(413, f"the request body is over {limit} bytes")
    chunks: list[bytes] = []
    size = 0

    async def collect() -> None:
        nonlocal size
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise ProtocolError(413, f"the request body is over {limit} bytes")
            chunks.append(chunk)

    try:
        await asyncio.wait_for(collect(), seconds)
    except TimeoutError:
        raise ProtocolError(408, f"the request body did not arrive within {seconds:g} s") from None
    return b"".join(chunks)


def _media(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


Handler = Callable[[Request], Awaitable[Response]]
PAGE_ERRORS = {422: "Too large", 500: "Page failed", 503: "Busy", 504: "Too slow"}
PAGES_KEPT = 256  # rendered pages kept for the store's state, the most recently asked for
MAX_KEPT_BYTES = 512 * 1024  # a larger page is not kept (so the pages kept take at most 128 MB)
SUMMARIES_KEPT = 16  # /void and the index pages' lists


class Server:
    """The handlers, sharing one store, one site and one pool of query workers. The server's process runs the
    handlers that read nothing or stream; every page that reads the store runs in a worker of the pool, within
    `pages` (a worker builds a Server of its own, with no pool, to render it). What reads every graph (/void's
    statistics, the index pages' lists) runs in a worker within `summaries`, one at a time, and is kept for the
    store's state (elexgraph/web/statecache.py), as are the pages rendered: the index pages are searched,
    filtered and paged from the kept lists in the server's process."""

    def __init__(self, store: GraphStore, site: Site, limits: Limits | None, pool: WorkerPool | None,
                 pages: Budget | None = None, summaries: Budget | None = None) -> None:
        self.store, self.site, self.pool, self.pages = store, site, pool, pages
        self.summaries = summaries or pages
        self.limits = limits or Limits()
        self.pages_kept = StateCache(PAGES_KEPT)
        self.summaries_kept = StateCache(SUMMARIES_KEPT)
        self._one_summary = asyncio.Lock()  # each may take the summary allowance: one at a time

    def bounded(self, name: str, *args: object) -> Handler:
        """The handler `name` (made with `args`), run in a worker within the page limits; a page read from the
        store's current state is kept for it, and asked for again (the same address and Accept) given as kept."""
        async def handler(request: Request) -> Response:
            reply = await self._kept_page(name, request, *args)
            if isinstance(reply, PageReply):
                return as_response(reply)
            return self._page_error(request, reply.status, reply.message)
        return handler

    async def _kept_page(self, name: str, request: Request, *args: object) -> PageReply | Reply:
        state = await asyncio.to_thread(self.store.state)
        if state is None or request.method not in ("GET", "HEAD"):
            return await self._in_worker(name, request, *args)
        key = (page_job(name, request, *args).key, request.headers.get("accept", ""))
        return await self.pages_kept.get(
            state, key, lambda: self._in_worker(name, request, *args),
            keep=lambda reply: (isinstance(reply, PageReply) and reply.status == 200 and reply.state == state
                                and len(reply.body) <= MAX_KEPT_BYTES))

    async def _in_worker(self, name: str, request: Request, *args: object,
                         budget: Budget | None = None) -> PageReply | Reply:
        assert self.pool is not None and self.pages is not None  # only the server's own Server has a pool
        try:
            return await self.pool.run(page_job(name, request, *args, budget=budget), budget or self.pages)
        except ProtocolError as error:
            return Reply(error.status, message=error.message)

    async def _summary(self, request: Request, name: str, *args: object) -> object:
        """What the handler `name` (with `args`) computes from every graph, as a worker pickles it: computed within
        the summary limits, one at a time, and kept for the store's state (a ProtocolError past a limit)."""
        state = await asyncio.to_thread(self.store.state)

        async def compute() -> tuple[object, object]:
            async with self._one_summary:
                reply = await self._in_worker(name, request, *args, budget=self.summaries)
            if not isinstance(reply, PageReply) or reply.status != 200:
                raise ProtocolError(reply.status, getattr(reply, "message", "") or bytes(reply.body).decode())
            return pickle.loads(reply.body), reply.state  # noqa: S301 - our own worker's answer

        value, _ = await self.summaries_kept.get(
            state, (name, args), compute, keep=lambda found: state is None or found[1] == state)
        return value

    def _page_error(self, request: Request, status: int, message: str) -> Response:
        fmt = negotiate(request.headers.get("accept"), PAGE_FORMATS)
        return self.error_page(status, PAGE_ERRORS.get(status, "Error"), message, fmt)

    def error_page(self, status: int, title: str, message: str, fmt: Format | None = HTML, iri: str = "") -> Response:
        if fmt is HTML or fmt is None:
            body = pages.render("error.html", self.site, status=status, title=title, message=message)
            return HTMLResponse(body, status_code=status, headers={"Vary": "Accept"})
        if fmt in RDF_FORMATS and status == 404:
            return answer(not_found_body(fmt, iri), fmt, status=404)
        return PlainTextResponse(message + "\n", status_code=status, headers={"Vary": "Accept"})

    def not_found(self, fmt: Format | None, iri: str) -> Response:
        return self.error_page(404, "Not found", f"{iri} is not described by this dataset.", fmt, iri)

    def home(self, request: Request) -> Response:
        return HTMLResponse(pages.render("home.html", self.site, home=home.overview(self.store, self.site),
                                         endpoint=self.endpoint(request)))

    def index_page(self, index: pages.Index, fmt: str = "") -> Handler:
        """An index page, searched, filtered and paged from its list as kept for the store's state; as JSON or CSV
        (suffix or ?_format=, as datasette)."""
        async def handler(request: Request) -> Response:
            try:
                found = await self._summary(request, "index_entries", index)
            except ProtocolError as error:
                return self._page_error(request, error.status, error.message)
            return await asyncio.to_thread(self._index_answer, request, index, fmt, found)  # type: ignore[arg-type]
        return handler

    def _index_answer(self, request: Request, index: pages.Index, fmt: str, found: list[listing.Entry]) -> Response:
        params = request.query_params
        filters = listing.Filters.of(params, listing.default_source(index.path))
        page = pages.page_number(params.get("page"))
        kind = fmt or params.get("_format", "")
        if kind in listing.EXPORTS:
            body, media_type = listing.export(found, filters, page if "page" in params else None, kind, index.path)
            return Response(body, media_type=media_type)
        return HTMLResponse(pages.index_html(self.site, index, found, filters, page))

    def index_entries(self, request: Request, index: pages.Index) -> Response:
        """Every entry of an index, pickled for the server to keep (in a worker)."""
        return Response(pickle.dumps(listing.entries(self.store, self.site, index.cls)))

    def document_page(self) -> Handler:
        """A resource's document, in a worker (`document`). The first page of a party or an election leads with a
        summary cut from every party's (election's) rows: on a store that keeps answers, those are asked for
        first, within the summary limits, once per state of the store, and kept by the store (its answers file),
        so each such page reads its share of them (past a limit, or on a SPARQL server, the page asks for its
        own)."""
        page = self.bounded("document")

        async def handler(request: Request) -> Response:
            whole = pages.SUMMARISED.get(request.path_params["path"].split("/", 1)[0])
            if whole and self.store.keeps_answers and pages.page_number(request.query_params.get("page")) == 1:
                kept = await asyncio.to_thread(self.kept_first_page, request)
                if kept is not None:
                    return kept
                try:
                    await self._summary(request, "whole_answer", whole)
                except ProtocolError:
                    pass
            return await page(request)
        return handler

    def kept_first_page(self, request: Request) -> Response | None:
        """A party's or an election's first page in HTML as the store keeps it for its state (web/firstpage.py),
        read here without a worker (a few ms); None: not kept, drawn in a worker (and kept)."""
        stem, fmt, negotiated = choose(request.path_params["path"], request.headers.get("accept"), PAGE_FORMATS)
        if fmt is not HTML or not safe_segments(stem):
            return None
        html = kept_first_page(self.store, self.site, self.site.iri("id/" + stem))
        if html is None:
            return None
        location = self.site.path("doc/" + stem) + HTML.suffix
        return answer(html, HTML, negotiated=negotiated, headers={"Content-Location": location})

    def whole_answer(self, request: Request, name: str) -> Response:
        """Every resource's rows of a narrowing query (web-party, web-election), asked so that the store keeps them
        for its state; its number of rows, pickled (in a worker)."""
        return Response(pickle.dumps(len(self.store.query(whole_question(load_query(name))).rows)))

    def thing(self, request: Request) -> Response:
        """{base}id/… names a thing, not a document: 303 to the document that describes it."""
        stem, fmt, _ = choose(request.path_params["path"], request.headers.get("accept"), PAGE_FORMATS)
        iri = self.site.iri("id/" + stem)
        if not safe_segments(stem) or not known(self.store, self.site, iri):
            return self.not_found(fmt, iri)
        suffix = request.path_params["path"][len(stem):]
        return RedirectResponse(self.site.path("doc/" + stem) + suffix, status_code=303, headers={"Vary": "Accept"})

    def document(self, request: Request) -> Response:
        stem, fmt, negotiated = choose(request.path_params["path"], request.headers.get("accept"), PAGE_FORMATS)
        iri = self.site.iri("id/" + stem)
        if fmt is None:
            return not_acceptable(PAGE_FORMATS)
        page = pages.page_number(request.query_params.get("page"))
        found = described_page(self.store, self.site, iri, page) if safe_segments(stem) else None
        if found is None or not found.triples:
            return self.not_found(fmt, iri)
        doc = self.site.path("doc/" + stem)
        if fmt is HTML:
            body = page_html(self.store, self.site, iri, found, doc)
        else:  # a resource described a page of facts at a time: its own triples (as published), or with the page
            # of facts asked for (?page=N)
            shown = found.own if found.own is not None and "page" not in request.query_params else found.triples
            body = serialize_triples(with_topic(self.site, iri, shown), fmt)
        return answer(body, fmt, negotiated=negotiated, headers={"Content-Location": doc + fmt.suffix})

    def graph(self, request: Request) -> Response:
        """{base}graph/ARTICLE is the article's named graph: its triples, or in HTML its description."""
        stem, fmt, negotiated = choose(request.path_params["path"], request.headers.get("accept"), PAGE_FORMATS)
        iri = self.site.iri("graph/" + stem)
        if fmt is None:
            return not_acceptable(PAGE_FORMATS)
        quads = list(self.store.quads(NamedNode(self.site.stored_iri(iri)))) if safe_segments(stem) else []
        if not quads:
            return self.not_found(fmt, iri)
        if fmt is HTML:
            page = pages.resource_html(self.site, iri, describe(self.store, self.site, iri),
                                       self.site.path("graph/" + stem), RDF_FORMATS)
            return answer(page, fmt, negotiated=negotiated)
        triples = [self.site.public(q.triple) for q in quads]
        return answer(serialize_triples(triples, fmt), fmt, negotiated=negotiated)

    def ontology(self, request: Request) -> Response:
        _, fmt, negotiated = choose(request.url.path, request.headers.get("accept"), PAGE_FORMATS)
        if fmt is None:
            return not_acceptable(PAGE_FORMATS)
        if fmt is HTML:
            return answer(pages.render("ontology.html", self.site, terms=pages.ontology_terms(), namespace=ELEX_NS),
                          fmt, negotiated=negotiated)
        return answer(serialize_triples(pages.ontology_triples(), fmt), fmt, negotiated=negotiated)

    async def void(self, request: Request) -> Response:
        """The VoID description: its statistics read every graph, so they are computed in a worker, within the
        summary limits, once per state of the store."""
        _, fmt, negotiated = choose(request.url.path, request.headers.get("accept"), RDF_FORMATS)
        if fmt is None:
            return not_acceptable(RDF_FORMATS)
        try:
            body = await self._summary(request, "void_ntriples")
        except ProtocolError as error:
            return self._page_error(request, error.status, error.message)
        triples = [q.triple for q in pyoxigraph.parse(body, RdfFormat.N_TRIPLES)]  # type: ignore[arg-type]
        return answer(serialize_triples(triples, fmt), fmt, negotiated=negotiated)

    def void_ntriples(self, request: Request) -> Response:
        """The VoID description as N-Triples, pickled, as a worker computes it for the server to keep."""
        return Response(pickle.dumps(serialize_triples(void_triples(self.store, self.site), NTRIPLES)))

    def context(self, request: Request) -> Response:
        return Response(context_document(), media_type="application/ld+json")

    def dump(self, request: Request) -> Response:
        _, fmt, negotiated = choose(request.url.path, request.headers.get("accept"), DATASET_FORMATS)
        if fmt is None:
            return not_acceptable(DATASET_FORMATS)
        return self._stream(lambda: (self.site.public_quad(q) for q in self.store.quads()), fmt, negotiated)

    def _stream(self, items: Callable[[], Iterator[Quad] | Iterator[Triple]], fmt: Format, negotiated: bool) -> Response:
        """The whole dataset (or its default graph) written as it is read: `items` is called in the writing thread."""
        body = from_thread(lambda: serialized_chunks(items(), fmt))
        return StreamingResponse(body, media_type=media(fmt), headers={"Vary": "Accept"} if negotiated else {})

    async def sparql(self, request: Request) -> Response:
        """The SPARQL 1.1 Protocol (also at /query, Oxigraph's path): checked here, run by a worker process."""
        query = ""
        try:
            body = await read_body(request, MAX_QUERY_CHARS * 4, self.limits.timeout) if request.method == "POST" else b""
            params = parse_qs(request.url.query, keep_blank_values=True)
            if _media(request) == "application/x-www-form-urlencoded":
                params = {**params, **parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)}
            query = query_text(request.method, params, request.headers.get("content-type", ""), body) or ""
            accept = effective_accept(request.headers.get("accept"), params)
            if not query and request.method == "GET" and "query" not in params:
                return self._no_query(request, accept)
            checked = await asyncio.to_thread(check_query, query)  # linear, but never on the event loop
            select_format, graph_format = formats_for(accept)
            if select_format is None and graph_format is None:
                raise ProtocolError(406, not_acceptable_message(SELECT_FORMATS + GRAPH_FORMATS))
            job = Job(self.site.stored_query(query), dataset_of(checked, params, self.site),
                      select_format and select_format.name, graph_format and graph_format.name,
                      self.limits.max_results + 1, checked.normal)
            reply = await self.pool.run(job)
        except ProtocolError as error:
            reply = Reply(error.status, message=error.message)
        return self._sparql_answer(request, query, reply)

    def _no_query(self, request: Request, accept: str | None) -> Response:
        """GET without a query: the query form for a browser, the SPARQL 1.1 Service Description for an RDF client."""
        fmt = negotiate(accept, DESCRIPTION_FORMATS)
        if fmt is None:
            return not_acceptable(DESCRIPTION_FORMATS)
        if fmt is HTML:
            return self._sparql_page(request, "", HTML)
        return answer(serialize_triples(service_description(self.site, SELECT_FORMATS + GRAPH_FORMATS), fmt), fmt)

    def _sparql_answer(self, request: Request, query: str, reply: Reply) -> Response:
        fmt = FORMATS.get(reply.format or "")
        if reply.status != 200 or fmt is HTML:
            wants_page = fmt is HTML or negotiate(request.headers.get("accept"), SELECT_FORMATS) is HTML
            if wants_page and query:  # the query stays on the page, the error beside it
                return self._sparql_page(request, query, HTML, reply)
            return PlainTextResponse(reply.message + "\n", status_code=reply.status, headers={"Vary": "Accept"})
        return answer(reply.body, fmt, headers={TRUNCATED_HEADER: str(reply.truncated)} if reply.truncated else None)

    def _sparql_page(self, request: Request, query: str, fmt: Format | None, reply: Reply | None = None) -> Response:
        if fmt is not HTML:
            return not_acceptable(SELECT_FORMATS)
        body = pages.render("sparql.html", self.site, query=query, reply=reply, limits=self.limits,
                            endpoint=self.endpoint(request), examples=[asdict(e) for e in examples()])
        headers = {"Vary": "Accept", **({TRUNCATED_HEADER: str(reply.truncated)} if reply and reply.truncated else {})}
        return HTMLResponse(body, status_code=reply.status if reply else 200, headers=headers)

    def endpoint(self, request: Request) -> str:
        """The endpoint's address as the client reached the server."""
        return str(request.url.replace(path=self.site.path("sparql"), query="", fragment=""))

    async def store_get(self, request: Request) -> Response:
        """The Graph Store Protocol, reading only: ?graph=IRI gives a graph (in a worker), no parameter the whole
        dataset, ?default the default graph (both streamed)."""
        if request.method != "GET":
            return PlainTextResponse("this store is read-only: the Graph Store Protocol may only read\n",
                                     status_code=403)
        if "default" in request.query_params:
            return self._default_graph(request)
        if not request.query_params.getlist("graph"):
            return self.dump(request)
        return await self.bounded("named_graph")(request)

    def named_graph(self, request: Request) -> Response:
        """?graph=IRI of the Graph Store Protocol."""
        graphs = request.query_params.getlist("graph")
        if len(graphs) > 1:
            return PlainTextResponse("more than one graph asked for\n", status_code=400)
        _, fmt, negotiated = choose("", request.headers.get("accept"), RDF_FORMATS)
        if fmt is None:
            return not_acceptable(RDF_FORMATS)
        try:
            quads = list(self.store.quads(NamedNode(self.site.stored_iri(graphs[0]))))
        except ValueError:
            return PlainTextResponse(f"{graphs[0]!r} is not an IRI\n", status_code=400)
        if not quads:
            return PlainTextResponse(f"no graph {graphs[0]} in this dataset\n", status_code=404)
        return answer(serialize_triples([self.site.public(q.triple) for q in quads], fmt), fmt, negotiated=negotiated)

    def _default_graph(self, request: Request) -> Response:
        """?default: the default graph the endpoint queries, the union of the article graphs, streamed as triples
        (a triple several graphs hold comes once per graph: keeping it once would take memory without bound)."""
        _, fmt, negotiated = choose("", request.headers.get("accept"), DEFAULT_GRAPH_FORMATS)
        if fmt is None:
            return not_acceptable(DEFAULT_GRAPH_FORMATS)
        return self._stream(lambda: (self.site.public(q.triple) for q in self.store.quads()), fmt, negotiated)

    def routes(self) -> list[BaseRoute]:
        index_routes = [Route(f"/{index.path}{suffix}", self.index_page(index, suffix.lstrip(".").replace("html", "")))
                        for index in pages.INDEXES for suffix in ("", ".html", ".json", ".csv")]
        suffixed = [Route(f"/{name}{suffix}", handler) for name, handler, formats in (
            ("ontology", self.ontology, PAGE_FORMATS), ("void", self.void, RDF_FORMATS),
            ("dump", self.dump, DATASET_FORMATS)) for suffix in ("", *(f.suffix for f in formats))]
        home = self.bounded("home")
        return [Route("/", home), Route("/index.html", home), *index_routes, *suffixed,
                Route("/context.jsonld", self.context), Route("/sparql", self.sparql, methods=["GET", "POST"]),
                Route("/query", self.sparql, methods=["GET", "POST"]),
                Route("/store", self.store_get, methods=["GET", "PUT", "POST", "DELETE"]),
                Mount("/static", StaticFiles(packages=[("elexgraph.web", "static")]), name="static"),
                Route("/id/{path:path}", self.bounded("thing")), Route("/doc/{path:path}", self.document_page()),
                Route("/graph/{path:path}", self.bounded("graph"))]


class RefuseTraversal:
    """Refuses any path that tries to leave the site: '..' segments, encoded dots or slashes, backslashes."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and outside_site(scope.get("raw_path") or b"", scope["path"]):
            await PlainTextResponse("refused: the path leaves the site\n", status_code=400)(scope, receive, send)
            return
        await self.app(scope, receive, send)


def outside_site(raw_path: bytes, path: str) -> bool:
    raw = raw_path.decode("latin-1").lower()
    return (any(part in ("..", ".") for part in path.split("/")) or any(bad in path for bad in ("\\", "\x00", "%"))
            or any(code in raw for code in ("%2e", "%2f", "%5c", "%00")))


class Cors:
    """Cross-origin reads, as Oxigraph's --cors: every answer may be read by any page, and preflights are answered."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS":
            asked = dict(scope["headers"]).get(b"access-control-request-headers", b"Content-Type, Accept")
            await Response(status_code=204, headers={
                "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
                "Access-Control-Allow-Headers": asked.decode("latin-1"), "Access-Control-Max-Age": "86400",
                "Allow": "GET, HEAD, POST, OPTIONS"})(scope, receive, send)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Access-Control-Allow-Origin"] = "*"
                headers["Access-Control-Expose-Headers"] = TRUNCATED_HEADER
            await send(message)

        await self.app(scope, receive, send_with_cors)


async def keep_current(store: GraphStore) -> None:
    """Look for a newer state of the store every few seconds even when no page is asked for, so that the files
    of a state a build has replaced are let go of (they may be deleted: their space comes back only then)."""
    while True:
        await asyncio.sleep(IDLE_REFRESH_SECONDS)
        try:
            await asyncio.to_thread(store.state)
        except ElexgraphError:
            continue  # the store is being written: try again later
        await asyncio.to_thread(give_back_freed_memory)  # the pages of the last seconds passed through


# In a worker: the handlers over its own store, made once.
_servers: dict[int, Server] = {}


def render_page(store: GraphStore, site: Site, job: PageJob) -> PageReply:
    """Run the page's handler in a worker of the pool, over the worker's store (see elexgraph/web/pagejobs.py)."""
    server = _servers.get(id(store))
    if server is None:
        _servers.clear()
        server = _servers[id(store)] = Server(store, site, None, None)
    handler: Callable[..., object] = getattr(server, job.handler)
    response: Response = handler(Request(dict(job.scope)), *job.args)  # type: ignore[assignment]
    headers = tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in response.raw_headers
                    if k.lower() != b"content-length")
    return PageReply(response.status_code, headers, bytes(response.body))


def create_app(store: GraphStore, site: Site, pool: WorkerPool, pages: Budget, summaries: Budget | None = None) -> ASGIApp:
    """The server over a store open read-only, with a started pool of query workers; pages within `pages`, what
    reads every graph within `summaries` (default: `pages`)."""
    server = Server(store, site, pool.limits, pool, pages, summaries)
    routes = server.routes()
    if site.root != "/":
        routes = [Mount(site.root.rstrip("/"), routes=routes)]

    async def store_failure(request: Request, exc: Exception) -> Response:
        return PlainTextResponse(f"the store failed: {exc}\n", status_code=503)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        refresh = asyncio.create_task(keep_current(store))
        yield
        refresh.cancel()

    app = Starlette(routes=routes, exception_handlers={ElexgraphError: store_failure}, lifespan=lifespan)
    return Cors(RefuseTraversal(app))
