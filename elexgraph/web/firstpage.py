"""A party's or an election's first page, kept about it in the store's answers file with the graphs it was read from,
and given again until a write touches them.

A general election's first page reads its 24,000-30,000 facts' list, its own triples, its first 50 facts and its
summary's rows, and draws them: 0.2-0.35 s at 10,000 articles with the official record on a loaded machine, and
after a build that names it 1-2 s (each of those followed through the write at the first ask); a commissioner
election's, described whole, 0.05-0.15 s. Kept, it is a lookup (a few ms, in the server's process). Everything
the page shows is read from graphs naming the resource or one of the facts it lists: a description read whole
(web-resource) and the summary's rows (web-election, web-party) read only graphs naming the resource; a page of
facts (web-own) the graphs naming those facts. So it holds while no write touches those graphs and no graph
written names one of them (store/described.py). It is kept for the code that drew it (the key holds a digest of
the package's sources, templates and queries) and for the site it was drawn for (its base and root).

Drawn ahead: by `elexgraph optimize` (every party and election), and after a small write by the command that
wrote (`build`, `remove`, `official load` of at most AT_MOST_GRAPHS graphs) for the large parties and elections
its graphs name whose page was kept before it, so that the first page of each after a build of a few articles is
a lookup too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from pyoxigraph import NamedNode

from elexgraph.errors import ElexgraphError
from elexgraph.queries import load_query, run_query
from elexgraph.rdfio import RDF_FORMATS
from elexgraph.resources import resource_dir
from elexgraph.store.answers import answer_key
from elexgraph.store.base import Dataset, GraphStore
from elexgraph.vocab import ELEX
from elexgraph.web import pages
from elexgraph.web.describe import KEPT_FACTS, Described, described_page, first_page_by_pages, kind_of
from elexgraph.web.site import Site

_PACKAGE = Path(__file__).resolve().parent.parent
# After a write of more graphs than this, the pages it touched are left to their first ask: drawing a large party's
# or election's page again costs the write 0.3-1.3 s (its lists followed, its summary and page drawn; load 5-7), and
# a build of 1,000 articles names every party and election (drawing them all took it from 164 s to 649 s at 10,000
# articles): that is `optimize`'s work.
AT_MOST_GRAPHS = 10


@lru_cache(maxsize=1)
def _code() -> str:
    """A digest of what draws a page: the package's Python sources and templates, and the queries."""
    digest = hashlib.sha256()
    files = sorted(p for p in _PACKAGE.rglob("*") if p.suffix in (".py", ".html") and p.is_file())
    for path in [*files, *sorted(resource_dir("queries").glob("*.rq"))]:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def page_key(site: Site, iri: str) -> str:
    """The key a resource's first page is kept under: its IRI, the site it is drawn for and the code drawing it."""
    return answer_key("\n".join(("first page", _code(), site.public_base, site.stored_base, site.root, iri)))


def kept_first_page(store: GraphStore, site: Site, iri: str) -> str | None:
    """The first page of the party or election with this public IRI as kept for the store's state, or None."""
    return store.kept_drawn(page_key(site, iri)) if kind_of(site, iri) in KEPT_FACTS else None


def page_html(store: GraphStore, site: Site, iri: str, found: Described, doc: str) -> str:
    """A resource's page as the server gives it (`doc`: the URL path its formats hang off); a party's or an
    election's first page kept about it and the facts it shows (those of a page of facts: a description read
    whole reads only graphs naming the resource)."""
    html = pages.resource_page(store, site, iri, found.triples, doc, RDF_FORMATS, found.page, found.total)
    if found.page == 1 and found.triples and kind_of(site, iri) in KEPT_FACTS:
        store.keep_drawn(page_key(site, iri), [site.stored_iri(iri), *found.shown], html)
    return html


def _drawn(store: GraphStore, site: Site, resource: NamedNode, after_write: bool) -> None:
    """The first page of the party or election drawn and kept, unless one kept holds. `after_write`: only a page
    kept before writes of at most AT_MOST_GRAPHS graphs in all (what it was drawn from follows them by asking
    those graphs alone; after a bigger write its lists would be asked whole, seconds each) of a resource described
    a page of facts at a time (a page described whole is quick to draw at its first ask)."""
    iri = site.public(resource).value  # type: ignore[union-attr]
    path, key = site.doc_path(iri), page_key(site, iri)
    if path is None or kind_of(site, iri) not in KEPT_FACTS or store.kept_drawn(key) is not None:
        return
    since = store.written_since_drawn(key) if after_write else 0
    if since is None or since > AT_MOST_GRAPHS:
        return
    found = first_page_by_pages(store, site, iri) if after_write else described_page(store, site, iri, 1)
    if found is not None:
        page_html(store, site, iri, found, site.path("doc/" + path))


def _each_drawn(store: GraphStore, site: Site, resources: list[NamedNode], after_write: bool = False
                ) -> Iterator[tuple[str, ElexgraphError | None]]:
    for resource in resources:
        try:
            _drawn(store, site, resource, after_write)
            yield resource.value, None
        except ElexgraphError as error:
            yield resource.value, error


def drawn_ahead(store: GraphStore) -> Iterator[tuple[str, ElexgraphError | None]]:
    """Every party's and election's first page drawn and kept (`elexgraph optimize`): each resource's IRI with the
    error its questions ended in (a query limit), or None."""
    site = Site.for_store(store)
    for cls in (ELEX.Election, ELEX.PoliticalParty):
        found = run_query(store, "web-index", {"type": cls}).rows
        yield from _each_drawn(store, site, [r for r in dict.fromkeys(row[0] for row in found)
                                             if isinstance(r, NamedNode)])


def drawn_after_write(store: GraphStore) -> Iterator[tuple[str, ElexgraphError | None]]:
    """After a write (a build), the first pages kept before it of the large parties and elections the graphs it wrote
    name drawn again and kept (their facts' lists and own triples followed on the way), so that the first page of
    each after the write is a lookup. A write not known, or of more than AT_MOST_GRAPHS graphs: nothing."""
    written = store.just_written()
    if not written or len(written) > AT_MOST_GRAPHS:
        return
    named = store.query_at_most(load_query("web-named-parties-elections").sparql, AT_MOST_GRAPHS * 100,
                                Dataset(named_graphs=tuple(NamedNode(g) for g in sorted(written))))
    resources = [r for r in dict.fromkeys(row[0] for row in named.rows) if isinstance(r, NamedNode)]
    yield from _each_drawn(store, Site.for_store(store), resources, after_write=True)
