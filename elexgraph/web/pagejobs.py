"""Pages rendered in the query workers, within a page's time and memory limits.

A page reads the store as a query does: a person's page on a large store can take tens of seconds and
hundreds of MB, and the VoID statistics read every graph. So no page is rendered in the server's
process: the server sends the request (what a handler reads of it) to a worker of the pool
(elexgraph/web/workers.py), which renders it with its own read-only store (elexgraph/web/app.py's
render_page, the same handlers) and sends the answer back.
Past the page's time limit the worker is killed; past its memory it dies. The client gets an error
page naming the limit and the `serve` flag that raises it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import Response

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


def summary_budget(timeout: float, memory_mb: int) -> Budget:
    """What is computed once per state of the store and kept (/void's statistics, the index pages' lists) may
    take more than a page: it reads every graph, once."""
    return Budget(timeout, memory_mb, "summary", "the server's --summary-timeout SECONDS raises it",
                  "the server's --summary-memory MB raises it")


@dataclass(frozen=True)
class PageJob:
    """A page for a worker: the handler's name, its arguments, the request as the handler reads it, and the
    budget it runs within (None: the worker's page allowance)."""

    handler: str
    args: tuple[object, ...]
    scope: dict[str, object] = field(default_factory=dict)
    budget: Budget | None = None

    @property
    def key(self) -> str:
        """What the pool remembers a page by: the handler and the address asked for."""
        query = bytes(self.scope.get("query_string", b"")).decode("latin-1")  # type: ignore[arg-type]
        return f"page {self.handler} {self.args} {self.scope.get('path')}?{query}"


@dataclass(frozen=True)
class PageReply:
    """A rendered page as the worker sends it back, with the state of the store it was read from (None: unknown,
    or the store changed while it was read)."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    state: object = None


def page_job(handler: str, request: Request, *args: object, budget: Budget | None = None) -> PageJob:
    scope = {key: request.scope[key] for key in _SCOPE_KEYS if key in request.scope}
    return PageJob(handler, args, scope, budget)


def as_response(reply: PageReply) -> Response:
    return Response(reply.body, status_code=reply.status, headers=dict(reply.headers))
