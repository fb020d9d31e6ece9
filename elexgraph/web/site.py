"""Where the site lives: the base its IRIs are served under, and the base the graph was built with.

A graph built under one base can be served under another (``--base-uri``): the IRIs the
graph minted (``{base}id/…`` and ``{base}graph/…``) are rewritten on the way out and back
on the way in, so the IRIs a client sees are always the ones that resolve. Ontology terms
keep their published namespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from pyoxigraph import NamedNode, Quad, Triple

from elexgraph.errors import ElexgraphError
from elexgraph.iris import default_base
from elexgraph.queries import run_query
from elexgraph.store.base import GraphStore, Term
from elexgraph.vocab import ELEX_NS

MINTED = ("id/", "graph/")
# One path segment of a served resource: what the Minter's slugs, hashes and versions are made of.
_SEGMENT = re.compile(r"^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$")
_ARTICLE_PATH = "id/article/"


def normalise_base(base: str) -> str:
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ElexgraphError(f"--base-uri {base!r}: expected an http(s) address such as https://elexgraph.org/")
    return base if base.endswith("/") else base + "/"


def detect_base(store: GraphStore) -> str | None:
    """The base the graph was built with, read from an article's IRI; None for an empty store."""
    rows = run_query(store, "web-base").rows
    if not rows or not isinstance(rows[0][0], NamedNode) or _ARTICLE_PATH not in rows[0][0].value:
        return None
    iri = rows[0][0].value
    return iri[: iri.rindex(_ARTICLE_PATH)]


def safe_link(url: str) -> str | None:
    """The URL when a browser may follow it (http or https), else None: javascript:, data: and the like stay text."""
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def safe_segments(path: str) -> bool:
    """True when every segment of a resource path is plain: no '..', no empty or encoded parts."""
    return bool(path) and all(_SEGMENT.match(segment) for segment in path.split("/"))


@dataclass(frozen=True)
class Site:
    public_base: str  # the base IRIs are served under
    stored_base: str  # the base the graph was built with
    static: bool = False  # a static site links to files (.html), a server to negotiated paths
    depth: int = 0  # a static page's folder depth below the site's root: its links are relative to it

    def at(self, relative_file: str) -> Site:
        """The site as seen from a static file ('doc/person/x.html'): links relative to that file's folder."""
        return replace(self, depth=relative_file.count("/"))

    @classmethod
    def for_store(cls, store: GraphStore, base_uri: str | None = None, *, static: bool = False) -> Site:
        stored = detect_base(store) or normalise_base(base_uri or default_base())
        return cls(normalise_base(base_uri) if base_uri else stored, stored, static)

    @property
    def root(self) -> str:
        """The URL path the site is mounted at, e.g. '/' or '/elexgraph/'; for a static page the way back to the
        site's root ('./', '../../'), so the published folder works from disk and under any sub-path."""
        if self.static:
            return "../" * self.depth or "./"
        return urlsplit(self.public_base).path or "/"

    def _swap(self, value: str, old: str, new: str) -> str:
        if old != new and any(value.startswith(old + minted) for minted in MINTED):
            return new + value[len(old):]
        return value

    def public(self, term: Term | None) -> Term | None:
        """A term as served: stored IRIs moved to the public base."""
        if self.public_base == self.stored_base:  # nothing moves (most sites): every term as it is
            return term
        if isinstance(term, NamedNode):
            moved = self._swap(term.value, self.stored_base, self.public_base)
            return term if moved == term.value else NamedNode(moved)
        if isinstance(term, Triple):
            return Triple(self.public(term.subject), self.public(term.predicate), self.public(term.object))
        return term

    def public_quad(self, quad: Quad) -> Quad:
        return Quad(self.public(quad.subject), quad.predicate, self.public(quad.object), self.public(quad.graph_name))

    def stored_iri(self, public_iri: str) -> str:
        return self._swap(public_iri, self.public_base, self.stored_base)

    def stored_query(self, sparql: str) -> str:
        """A client's query with the public base of minted IRIs put back to the stored one."""
        for minted in MINTED:
            sparql = sparql.replace(self.public_base + minted, self.stored_base + minted)
        return sparql

    def iri(self, path: str) -> str:
        return self.public_base + path

    def path(self, path: str) -> str:
        """The URL path of a file or route of the site."""
        return self.root + path

    def page(self, path: str) -> str:
        """The link to an HTML page of the site: 'people' → '/people' served, '/people.html' static."""
        if self.static:
            return self.root + (path + ".html" if path else "index.html")
        return self.root + path

    def paged(self, path: str, page: int, query: str = "") -> str:
        """Page `page` of a paged page: '?page=2' served (datasette's way), a file of its own published
        ('people.page-2.html'); `query` (a filter, served only) is kept."""
        if self.static:
            return self.page(path + (f".page-{page}" if page > 1 else ""))
        params = "&".join(p for p in (query, f"page={page}" if page > 1 else "") if p)
        return self.page(path) + ("?" + params if params else "")

    def doc_path(self, iri: str) -> str | None:
        """'person/x' for the IRI {base}id/person/x#frag, or None when it is not one of the site's resources."""
        prefix = self.public_base + "id/"
        if not iri.startswith(prefix):
            return None
        path = iri[len(prefix):].split("#", 1)[0]
        return path if safe_segments(path) else None

    def href(self, iri: str) -> str | None:
        """Where a browser should go for an IRI: the site's page for its own resources and graphs, else the IRI
        when it is http(s), else None (shown as text)."""
        if iri.startswith(ELEX_NS):
            return self.page("ontology") + "#" + iri[len(ELEX_NS):]
        graph = iri[len(self.public_base + "graph/"):] if iri.startswith(self.public_base + "graph/") else ""
        if safe_segments(graph):
            return self.path("graph/" + graph) + ("/index.html" if self.static else "")
        path = self.doc_path(iri)
        if path is None:
            return safe_link(iri)
        fragment = iri[len(iri.split("#", 1)[0]):]
        return self.page("doc/" + path) + fragment
