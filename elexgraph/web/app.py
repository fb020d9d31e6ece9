"""The linked-data server: an ASGI app (Starlette) over a GraphStore.

Cool URIs with 303s: a thing's IRI {base}id/KIND/NAME answers 303 See Other pointing to its
document {base}doc/KIND/NAME, which is negotiated (Accept, with Vary: Accept) or chosen by a
suffix (.html .ttl .jsonld .nt .rdf), which always wins. Ontology terms are hash IRIs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from urllib.parse import parse_qs

from pyoxigraph import NamedNode
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from elexgraph.errors import ElexgraphError, QueryError
from elexgraph.official.web import official_view
from elexgraph.store.base import GraphStore, QueryResult
from elexgraph.vocab import ELEX_NS
from elexgraph.web import pages
from elexgraph.web.describe import Value, describe
from elexgraph.web.negotiation import DATASET_FORMATS, HTML, PAGE_FORMATS, RDF_FORMATS, Format, choose
from elexgraph.web.rdf import context_document, not_found_body, serialize_quads, serialize_triples
from elexgraph.web.site import Site, safe_segments
from elexgraph.web.sparql import (GRAPH_FORMATS, SELECT_FORMATS, Limits, ProtocolError, QueryRunner, check_size,
                                  explain_query_error, read_query, serialize_results)
from elexgraph.web.void import void_triples

SUFFIX_FORMATS = PAGE_FORMATS + DATASET_FORMATS
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


class Server:
    """The handlers, sharing one store, one site and one query runner."""

    def __init__(self, store: GraphStore, site: Site, limits: Limits) -> None:
        self.store, self.site, self.limits = store, site, limits
        self.runner = QueryRunner(limits)

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
        return HTMLResponse(pages.render("home.html", self.site, counts=None))

    def index_page(self, index: pages.Index) -> Callable[[Request], Response]:
        def handler(request: Request) -> Response:
            entries = pages.index_entries(self.store, self.site, index)
            return HTMLResponse(pages.render("index.html", self.site, index=index, entries=entries))
        return handler

    def thing(self, request: Request) -> Response:
        """{base}id/… names a thing, not a document: 303 to the document that describes it."""
        stem, fmt, _ = choose(request.path_params["path"], request.headers.get("accept"), PAGE_FORMATS)
        iri = self.site.iri("id/" + stem)
        if not safe_segments(stem) or not describe(self.store, self.site, iri):
            return self.not_found(fmt, iri)
        suffix = request.path_params["path"][len(stem):]
        return RedirectResponse(self.site.path("doc/" + stem) + suffix, status_code=303, headers={"Vary": "Accept"})

    def document(self, request: Request) -> Response:
        stem, fmt, negotiated = choose(request.path_params["path"], request.headers.get("accept"), PAGE_FORMATS)
        iri = self.site.iri("id/" + stem)
        if fmt is None:
            return not_acceptable(PAGE_FORMATS)
        triples = describe(self.store, self.site, iri) if safe_segments(stem) else []
        if not triples:
            return self.not_found(fmt, iri)
        doc = self.site.path("doc/" + stem)
        if fmt is HTML:
            body = pages.resource_html(self.site, iri, triples, doc, RDF_FORMATS,
                                       official=official_view(self.store, self.site, iri))
        else:
            body = serialize_triples(triples, fmt)
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

    def void(self, request: Request) -> Response:
        _, fmt, negotiated = choose(request.url.path, request.headers.get("accept"), RDF_FORMATS)
        if fmt is None:
            return not_acceptable(RDF_FORMATS)
        return answer(serialize_triples(void_triples(self.store, self.site), fmt), fmt, negotiated=negotiated)

    def context(self, request: Request) -> Response:
        return Response(context_document(), media_type="application/ld+json")

    def dump(self, request: Request) -> Response:
        _, fmt, negotiated = choose(request.url.path, request.headers.get("accept"), DATASET_FORMATS)
        if fmt is None:
            return not_acceptable(DATASET_FORMATS)
        quads = (self.site.public_quad(q) for q in self.store.quads())
        return answer(serialize_quads(quads, fmt), fmt, negotiated=negotiated)

    async def sparql(self, request: Request) -> Response:
        try:
            body = await request.body() if request.method == "POST" else b""
            query = read_query(request.method, parse_qs(request.url.query, keep_blank_values=True),
                               request.headers.get("content-type", ""), body)
            if query is None:
                return HTMLResponse(pages.render("sparql.html", self.site, query="", result=None, limits=self.limits))
            result = await self.runner.run(lambda: self._run(query))
            return self._results(request, query, result)
        except ProtocolError as error:
            return PlainTextResponse(f"{error.message}\n", status_code=error.status)

    def _run(self, query: str) -> QueryResult:
        try:
            result = self.store.query(self.site.stored_query(query))
        except QueryError as error:
            raise explain_query_error(query, error) from None
        check_size(result, self.limits)
        return result

    def _results(self, request: Request, query: str, result: QueryResult) -> Response:
        accept = request.headers.get("accept")
        if result.triples is not None:
            _, fmt, _ = choose("", accept, GRAPH_FORMATS)
            if fmt is None:
                return not_acceptable(GRAPH_FORMATS)
            return answer(serialize_triples([self.site.public(t) for t in result.triples], fmt), fmt)
        _, fmt, _ = choose("", accept, SELECT_FORMATS)
        if fmt is None:
            return not_acceptable(SELECT_FORMATS)
        public = QueryResult(result.variables, [tuple(self.site.public(t) for t in row) for row in result.rows],
                             result.boolean)
        if fmt is HTML:
            return answer(pages.render("sparql.html", self.site, query=query, limits=self.limits,
                                       result=self._table(public)), fmt)
        return answer(serialize_results(public, fmt), fmt)

    def _table(self, result: QueryResult) -> QueryResult:
        if result.boolean is not None:
            return QueryResult(["answer"], [(Value("yes" if result.boolean else "no"),)])
        cells = [tuple(Value(t.value, self.site.href(t.value)) if isinstance(t, NamedNode) else
                       Value("" if t is None else getattr(t, "value", str(t))) for t in row) for row in result.rows]
        return QueryResult(result.variables, cells)

    def routes(self) -> list[BaseRoute]:
        index_routes = [Route(f"/{index.path}{suffix}", self.index_page(index))
                        for index in pages.INDEXES for suffix in ("", ".html")]
        suffixed = [Route(f"/{name}{suffix}", handler) for name, handler, formats in (
            ("ontology", self.ontology, PAGE_FORMATS), ("void", self.void, RDF_FORMATS),
            ("dump", self.dump, DATASET_FORMATS)) for suffix in ("", *(f.suffix for f in formats))]
        return [Route("/", self.home), Route("/index.html", self.home), *index_routes, *suffixed,
                Route("/context.jsonld", self.context), Route("/sparql", self.sparql, methods=["GET", "POST"]),
                Route("/id/{path:path}", self.thing), Route("/doc/{path:path}", self.document),
                Route("/graph/{path:path}", self.graph)]


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


def create_app(store: GraphStore, site: Site, limits: Limits | None = None) -> ASGIApp:
    server = Server(store, site, limits or Limits())
    routes = server.routes()
    if site.root != "/":
        routes = [Mount(site.root.rstrip("/"), routes=routes)]

    async def store_failure(request: Request, exc: Exception) -> Response:
        return PlainTextResponse(f"the store failed: {exc}\n", status_code=503)

    app = Starlette(routes=routes, exception_handlers={ElexgraphError: store_failure})
    return RefuseTraversal(app)

