"""Pages rendered in the query workers, within a page's time and memory limits.

A page reads the store as a query does: a person's page on a large store can take tens of seconds and
hundreds of MB, and the VoID statistics read every graph. So no page is rendered in the server's
process: the server sends the request (what a handler reads of it) to a worker of the pool
(elexgraph/web/workers.py), which renders it with its own read-only store and sends the answer back.
Past the page's time limit the worker is killed; past its memory it dies. The client gets an error
page naming the limit and the `serve` flag that raises it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import Response

from elexgraph.store.base import GraphStore
from elexgraph.web.site import Site

# What a handler reads of the request's scope; the rest (the app, the router) stays in the server.
_SCOPE_KEYS = ("type", "http_version", "method", "scheme", "server", "client", "root_path", "path", "raw_path",
               "query_string", "headers", "path_params")


@dataclass(frozen=True)
class Budget:
    """What one job may take, and the words its errors name those limits in."""

    timeout: float  # seconds
    memory_mb: int  # beyond what the worker holds with the store open
    what: str  # "query" or "page"
    raise_time: str  # how to raise each limit
    raise_memory: str

    def overtime(self) -> str:
        return f"the {self.what} ran longer than the {self.timeout:g} s time limit and was stopped; {self.raise_time}"

    def too_big(self) -> str:
        return f"the {self.what} needed more than the {self.memory_mb} MB a {self.what} may use and was stopped; " \
               f"{self.raise_memory}"


def page_budget(timeout: float, memory_mb: int) -> Budget:
    return Budget(timeout, memory_mb, "page", "the server's --page-timeout SECONDS raises it",
                  "the server's --page-memory MB raises it")


@dataclass(frozen=True)
class PageJob:
    """A page for a worker: the handler's name, its arguments, and the request as the handler reads it."""

    handler: str
    args: tuple[object, ...]
    scope: dict[str, object] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """What the pool remembers a page by: the handler and the address asked for."""
        query = bytes(self.scope.get("query_string", b"")).decode("latin-1")  # type: ignore[arg-type]
        return f"page {self.handler} {self.args} {self.scope.get('path')}?{query}"


@dataclass(frozen=True)
class PageReply:
    """A rendered page as the worker sends it back."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


def page_job(handler: str, request: Request, *args: object) -> PageJob:
    scope = {key: request.scope[key] for key in _SCOPE_KEYS if key in request.scope}
    return PageJob(handler, args, scope)


def as_response(reply: PageReply) -> Response:
    return Response(reply.body, status_code=reply.status, headers=dict(reply.headers))


# What makes the handlers' owner over a store: elexgraph.web.app registers its Server when imported (the workers
# preload it), so this module, which the app imports, does not import the app back.
_make_handlers: list[Callable[[GraphStore, Site], object]] = []
# In a worker: the handlers over its own store, made once.
_servers: dict[int, object] = {}


def handlers_from(make: Callable[[GraphStore, Site], object]) -> None:
    """Pages are rendered by the handlers `make` gives over a store."""
    _make_handlers[:] = [make]


def render(store: GraphStore, site: Site, job: PageJob) -> PageReply:
    """Run the page's handler in this worker, over its store."""
    server = _servers.get(id(store))
    if server is None:
        _servers.clear()
        server = _servers[id(store)] = _make_handlers[0](store, site)
    handler: Callable[..., object] = getattr(server, job.handler)
    if job.args:
        handler = handler(*job.args)  # type: ignore[assignment]
    response: Response = handler(Request(dict(job.scope)))  # type: ignore[operator]
    headers = tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in response.raw_headers
                    if k.lower() != b"content-length")
    return PageReply(response.status_code, headers, bytes(response.body))
