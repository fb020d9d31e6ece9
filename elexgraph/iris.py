"""Readable, stable IRIs for everything in the graph, under one configurable base."""

from __future__ import annotations

import hashlib
import os
from urllib.parse import urlsplit

from pyoxigraph import NamedNode

from elexgraph.errors import SettingError, printable
from elexgraph.facts import AreaKind, Election
from elexgraph.reference import slug

DEFAULT_BASE = "https://elexgraph.org/"


def default_base() -> str:
    """$ELEXGRAPH_BASE_URI when set, else DEFAULT_BASE; checked."""
    given = os.environ.get("ELEXGRAPH_BASE_URI", "")
    return checked_base(given, "$ELEXGRAPH_BASE_URI") if given else DEFAULT_BASE


def checked_base(base: str, source: str = "--base-uri") -> str:
    """`base` as the base of IRIs, ending in '/', or SettingError naming `source` (the option or variable):
    an http(s) address with no query or fragment that makes valid IRIs."""
    base = base if base.endswith("/") else base + "/"
    parts = urlsplit(base)
    reason = ""
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        reason = "expected an http(s) address such as https://elexgraph.org/"
    else:
        try:
            NamedNode(base + "id/x")
        except ValueError as exc:
            reason = f"not a valid IRI ({exc})"
    if reason:
        raise SettingError(f"{source} {printable(base.rstrip('/'))!r}: {reason}")
    return base


class Minter:
    """Makes the IRIs of one build: /id/person/…, /id/party/…, /id/constituency/…, /id/election/…, /id/article/…"""

    def __init__(self, base: str | None = None) -> None:
        self.base = checked_base(base) if base else default_base()

    def _id(self, *parts: str) -> NamedNode:
        return NamedNode(self.base + "id/" + "/".join(parts))

    def person(self, name: str) -> NamedNode:
        return self._id("person", slug(name))

    def party(self, name: str) -> NamedNode:
        return self._id("party", slug(name))

    def constituency(self, name: str, boundary_set: int) -> NamedNode:
        """A constituency of one boundary set: /id/constituency/NAME-2010."""
        return self._id("constituency", f"{slug(name)}-{boundary_set}")

    def area(self, kind: AreaKind, name: str, council: str | None = None) -> NamedNode:
        """A mayoralty, a police area or a council division (constituencies: ``constituency``)."""
        if kind == "division":
            return self._id("division", slug(council), slug(name)) if council else self._id("division", slug(name))
        return self._id(kind, slug(name))

    def council(self, name: str) -> NamedNode:
        return self._id("council", slug(name))

    def election(self, election: Election) -> NamedNode:
        if election.undated_in:  # one article's election of unknown year: never merged with another's
            return self._id("election", slug(election.label), slug(election.undated_in))
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
