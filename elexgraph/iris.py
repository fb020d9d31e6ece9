"""Readable, stable IRIs for everything in the graph, under one configurable base."""

from __future__ import annotations

import hashlib
import os

from pyoxigraph import NamedNode

from elexgraph import reference
from elexgraph.facts import Election
from elexgraph.reference import slug

DEFAULT_BASE = "https://elexgraph.org/"


def default_base() -> str:
    base = os.environ.get("ELEXGRAPH_BASE_URI", DEFAULT_BASE)
    return base if base.endswith("/") else base + "/"


class Minter:
    """Makes the IRIs of one build: /id/person/…, /id/party/…, /id/constituency/…, /id/election/…, /id/article/…"""

    def __init__(self, base: str | None = None) -> None:
        self.base = base or default_base()

    def _id(self, *parts: str) -> NamedNode:
        return NamedNode(self.base + "id/" + "/".join(parts))

    def person(self, name: str) -> NamedNode:
        return self._id("person", slug(name))

    def party(self, name: str) -> NamedNode:
        return self._id("party", slug(name))

    def constituency(self, name: str, year: int) -> NamedNode:
        seat = reference.constituency_named(name, year)
        return self._id("constituency", f"{slug(seat.name)}-{seat.boundary_set}" if seat else slug(name))

    def election(self, election: Election) -> NamedNode:
        return self._id("election", slug(election.label))

    def article(self, article_id: str) -> NamedNode:
        return self._id("article", slug(article_id))

    def graph(self, article_id: str) -> NamedNode:
        return NamedNode(f"{self.base}graph/{slug(article_id)}")

    def fact(self, article_id: str, kind: str, key: tuple) -> NamedNode:
        digest = hashlib.sha1(repr(key).encode()).hexdigest()[:12]
        return self._id("article", slug(article_id), f"{kind}-{digest}")

    def extractor(self, name: str, version: str) -> NamedNode:
        return self._id("extractor", f"{name}-{version}")
