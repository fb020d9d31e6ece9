"""The store layer: everything above it talks to a ``GraphStore``, never to a backend.

Backends: the embedded pyoxigraph store on disk (a path, the default) and, through the
same interface, any SPARQL 1.1 server (an http(s) URL). ``open_store`` picks one.
"""

from __future__ import annotations

import os
from pathlib import Path

from elexgraph.store.base import Dataset, GraphStore, QueryResult
from elexgraph.store.bounded import BoundedStore, QueryLimits

DEFAULT_STORE = "elexgraph-store"


def default_location() -> str:
    return os.environ.get("ELEXGRAPH_STORE", DEFAULT_STORE)


def open_store(location: str | Path | None = None, *, create: bool = False, read_only: bool = False,
               limits: QueryLimits | None = None, **options: str) -> GraphStore:
    """Open the store at a path or URL. `create` allows a new embedded store to be made.

    `read_only` opens an embedded store without its lock, so other commands (a build included)
    can use it at the same time, and works on a store the user may only read. With `limits`, every
    query runs in a worker process stopped at the time and memory limits (store/bounded.py).
    """
    store = _open(location, create=create, read_only=read_only, **options)
    if limits is None:
        return store
    return BoundedStore(store, limits, options)


def _open(location: str | Path | None, *, create: bool, read_only: bool, **options: str) -> GraphStore:
    where = str(location or default_location())
    if where.startswith(("http://", "https://")):
        from elexgraph.store.remote import RemoteStore

        return RemoteStore(where, **options)
    from elexgraph.store.embedded import EmbeddedStore

    return EmbeddedStore(Path(where), create=create and not read_only, read_only=read_only)


__all__ = ["Dataset", "GraphStore", "QueryLimits", "QueryResult", "open_store", "default_location"]
