"""The options the commands share, each declared once, and the helpers they share: opening the store,
the query limits, and turning the library's user errors into one line."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

from elexgraph.errors import ElexgraphError, SettingError, printable

if TYPE_CHECKING:
    from elexgraph.store import QueryLimits
    from elexgraph.store.base import GraphStore

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]

# --base-uri mints IRIs (build, remove, official load, check) or rewrites them for a public site (serve, publish).
MINTED_BASE = "Base of the graph's IRIs [default: $ELEXGRAPH_BASE_URI or https://elexgraph.org/]."


@dataclass(frozen=True)
class StoreOptions:
    """Where the store is and the limits of its queries, as --store, the endpoint options, --timeout and
    --memory gave them (store_options hands them to a command as its `store`)."""

    location: str | None
    endpoints: dict[str, str]
    timeout: float | None = None
    memory: int | None = None

    def limits(self) -> QueryLimits:
        """The limits given by --timeout and --memory, else by the environment, else the defaults."""
        from elexgraph.store import QueryLimits

        return QueryLimits.configured(self.timeout, self.memory)

    def open(self, *, create: bool = False, limited: bool = False) -> GraphStore:
        """The store to write to (made when `create`); with `limited`, each query runs in a worker process
        stopped at the limits."""
        from elexgraph.store import open_store

        return open_store(self.location, create=create, limits=self.limits() if limited else None, **self.endpoints)

    def open_for_reading(self, *, limited: bool = True) -> GraphStore:
        """The store of a command that only reads: opened read-only, so it runs beside `serve` or a `build`;
        each of its queries runs in a worker process stopped at the limits (unless not `limited`)."""
        from elexgraph.store import open_store

        limits = self.limits() if limited else None
        return open_store(self.location, read_only=True, limits=limits, **self.endpoints)


def _endpoint_option(kind: str, default: str) -> Decorator:
    return click.option(f"--{kind}-endpoint", f"{kind}_endpoint", default=None, metavar="URL|PATH",
                        help=f"With a URL --store: its {kind} endpoint, a URL or a path "
                             f"[default: $ELEXGRAPH_{kind.upper()}_ENDPOINT or {default}].")


def _limit_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option("--memory", type=click.IntRange(min=16), default=None, metavar="MB",
                      help="Memory one query may take, past it the query is stopped "
                           "[default: $ELEXGRAPH_QUERY_MEMORY or 1536].")(fn)
    return click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
                        help="Seconds one query may run, past them it is stopped "
                             "[default: $ELEXGRAPH_QUERY_TIMEOUT or 60].")(fn)


def store_options(*, writes: bool = False, limits: bool = True) -> Decorator:
    """--store and its endpoints (--query-endpoint, --gsp-endpoint, and --update-endpoint for a command that
    `writes`: for SPARQL servers that name them unlike Oxigraph), with --timeout and --memory when the command's
    queries run under `limits`; the command receives them as one StoreOptions named `store`."""
    kinds = [("query", "query"), ("gsp", "store")] + ([("update", "update")] if writes else [])

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(*args: Any, store: str | None, timeout: float | None = None, memory: int | None = None,
                    **kwargs: Any) -> Any:
            endpoints = {f"{kind}_endpoint": kwargs.pop(f"{kind}_endpoint") for kind, _ in kinds}
            given = {name: value for name, value in endpoints.items() if value}
            return fn(*args, store=StoreOptions(store, given, timeout, memory), **kwargs)

        decorated: Callable[..., Any] = _limit_options(wrapper) if limits else wrapper
        for kind, default in reversed(kinds):
            decorated = _endpoint_option(kind, default)(decorated)
        return click.option("--store", "store", default=None, metavar="PATH|URL",
                            help="Store folder or SPARQL endpoint URL "
                                 "[default: $ELEXGRAPH_STORE or ./elexgraph-store].")(decorated)

    return decorate


def base_uri_option(help: str = MINTED_BASE) -> Decorator:
    """--base-uri: the base the IRIs are minted under, or (with its own `help`) the base they are shown under."""
    return click.option("--base-uri", default=None, help=help)


def with_official_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--with-official: the news's neighbourhood (the default), or the whole official record beside it."""
    return click.option("--with-official", "with_official", type=click.Choice(["neighbourhood", "all"]),
                        default="neighbourhood", show_default=True,
                        help="neighbourhood: the people, parties, seats and elections the articles name; all: the "
                             "official record's every other candidate and seat too.")(fn)


def user_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the library's user errors into one line and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ElexgraphError as error:
            click.echo(f"error: {printable(error)}", err=True)
            sys.exit(1)

    return wrapper


def check_jobs(jobs: int) -> None:
    """A process per job, each with its own interpreter: far more than the cores would only exhaust the memory."""
    cores = os.cpu_count() or 1
    most = max(8, 4 * cores)
    if jobs > most:
        raise SettingError(f"--jobs {jobs}: more processes than this machine can use ({cores} core(s); at most {most})")
