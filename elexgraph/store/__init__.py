"""The store layer: everything above it talks to a ``GraphStore``, never to a backend.

Backends: the embedded pyoxigraph store on disk (a path, the default) and, through the
same interface, any SPARQL 1.1 server (an http(s) URL). ``open_store`` picks one.
"""

from __future__ import annotations

import os
from pathlib import Path

from elexgraph.store.base import GraphStore, QueryResult

DEFAULT_STORE = "elexgraph-store"


def default_location() -> str:
    return os.environ.get("ELEXGRAPH_STORE", DEFAULT_STORE)


def open_store(location: str | Path | None = None, *, create: bool = False, **options: str) -> GraphStore:
    """Open the store at a path or URL. `create` allows a new embedded store to be made."""
    where = str(location or default_location())
    if where.startswith(("http://", "https://")):
        from elexgraph.store.remote import RemoteStore

        return RemoteStore(where, **options)
    from elexgraph.store.embedded import EmbeddedStore

    return EmbeddedStore(Path(where), create=create)


__all__ = ["GraphStore", "QueryResult", "open_store", "default_location"]
