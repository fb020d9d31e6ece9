"""The web layer's small parts: content negotiation, the base rewrite, and paths that leave the site."""

from __future__ import annotations

import pytest
from pyoxigraph import NamedNode

from elexgraph.errors import ElexgraphError
from elexgraph.rdfio import JSONLD, RDFXML, TURTLE
from elexgraph.web.app import outside_site
from elexgraph.web.negotiation import HTML, PAGE_FORMATS, choose, negotiate
from elexgraph.web.site import Site, normalise_base, safe_link

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize("accept,expected", [
    (BROWSER, HTML), (None, HTML), ("*/*", HTML), ("text/turtle", TURTLE), ("application/json", JSONLD),
    ("application/rdf+xml;q=0.5, text/turtle;q=0.9", TURTLE), ("text/*", HTML), ("application/*;q=1, text/html;q=0.1", TURTLE),
    ("text/html;q=0, application/xml", RDFXML), ("application/ld+json, application/*;q=0.5", JSONLD), ("image/png", None), ("text/turtle;q=0", None),
])
def test_negotiate(accept: str | None, expected: object) -> None:
    assert negotiate(accept, PAGE_FORMATS) is expected


def test_a_suffix_wins() -> None:
    assert choose("person/x.ttl", "text/html", PAGE_FORMATS) == ("person/x", TURTLE, False)
    assert choose("person/x", "text/turtle", PAGE_FORMATS) == ("person/x", TURTLE, True)


def test_the_base_rewrite_goes_both_ways_and_spares_the_ontology() -> None:
    site = Site("http://127.0.0.1:8000/", "https://elexgraph.org/")
    stored = NamedNode("https://elexgraph.org/id/person/x")
    assert site.public(stored) == NamedNode("http://127.0.0.1:8000/id/person/x")
    assert site.stored_iri("http://127.0.0.1:8000/id/person/x") == stored.value
    term = NamedNode("https://elexgraph.org/ontology#Person")
    assert site.public(term) == term
    assert site.stored_query("ASK { <http://127.0.0.1:8000/graph/a> ?p ?o }") == "ASK { <https://elexgraph.org/graph/a> ?p ?o }"


def test_links_follow_the_site_root() -> None:
    served = Site("https://example.org/data/", "https://example.org/data/")
    assert served.href("https://example.org/data/id/person/x") == "/data/doc/person/x"
    static = Site("https://example.org/data/", "https://example.org/data/", static=True)
    evidence = "https://example.org/data/id/article/a/candidacy-1/evidence#quote"
    assert static.href(evidence) == "./doc/article/a/candidacy-1/evidence.html#quote"
    # a published page links relative to its own folder: the site opens from disk and under any sub-path
    assert static.at("doc/person/x.html").href(evidence) == "../../doc/article/a/candidacy-1/evidence.html#quote"
    assert static.at("doc/person/x.html").page("") == "../../index.html"
    assert static.href("http://www.wikidata.org/entity/Q9630") == "http://www.wikidata.org/entity/Q9630"


@pytest.mark.parametrize("iri", ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "vbscript:x"])
def test_only_http_and_https_become_links(iri: str) -> None:
    site = Site("https://example.org/", "https://example.org/")
    assert site.href(iri) is None and safe_link(iri) is None
    assert safe_link(" HTTPS://example.org/a") == " HTTPS://example.org/a"


def test_pages_follow_datasette_on_a_server_and_are_files_when_published() -> None:
    served = Site("https://example.org/", "https://example.org/")
    assert served.paged("people", 1) == "/people" and served.paged("people", 3, "q=roe") == "/people?q=roe&page=3"
    static = Site("https://example.org/", "https://example.org/", static=True).at("doc/party/x.html")
    assert static.paged("doc/party/x", 2) == "../../doc/party/x.page-2.html"


@pytest.mark.parametrize("base", ["ftp://x/", "elexgraph.org", "https://x.org/?a=1"])
def test_a_bad_base_is_a_user_error(base: str) -> None:
    with pytest.raises(ElexgraphError, match="--base-uri"):
        normalise_base(base)


@pytest.mark.parametrize("raw,path,refused", [
    (b"/doc/person/x", "/doc/person/x", False), (b"/doc/../x", "/doc/../x", True),
    (b"/doc/%2E%2E/x", "/doc/../x", True), (b"/doc/a%2fb", "/doc/a/b", True), (b"/doc/%252e", "/doc/%2e", True),
    (b"/doc/a%5cb", "/doc/a\\b", True),
])
def test_paths_outside_the_site(raw: bytes, path: str, refused: bool) -> None:
    assert outside_site(raw, path) is refused
