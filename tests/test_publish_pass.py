"""publish reads the store in one pass, not a query a page: what it gathers for each resource is what the page
queries return for it (web-resource, web-official, web-findings), so its pages are the served pages, byte for byte."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, Triple

from elexgraph.build import build
from elexgraph.check import check, write_findings
from elexgraph.official.load import load
from elexgraph.publish import STATIC_FORMATS, gather, publish, published_summaries
from elexgraph.queries import run_query
from elexgraph.store import open_store
from elexgraph.vocab import ELEX, OA
from elexgraph.web import listing, pages
from elexgraph.web.describe import describe
from elexgraph.web.site import Site
from tests.conftest import SEEDS
from tests.official_data import east_midlands_rows

pytestmark = pytest.mark.slow  # builds the seeds with two official files: out of `make test-fast`


@pytest.fixture(scope="module")
def store_path(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pass")
    path = tmp / "store"
    with open_store(path, create=True) as store:
        build([SEEDS], store)
        seats = (b",Broxtowe,,East Midlands,", b",Ashfield,,East Midlands,")
        load([east_midlands_rows(shared, f"HoC-GE2024-results-by-{layout}.csv", tmp, seats)
              for layout in ("candidate", "constituency")], store)
        write_findings(store, check(store))
    return path


def test_one_pass_gathers_what_the_page_queries_return(store_path: Path, tmp_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        site = Site.for_store(store, static=True)
        gathering = gather(store, site, tmp_path / "spill", buckets=3)
        documented, spill = gathering.documented, gathering.spill
        assert len(documented) > 100
        kinds, summarised, paged = Counter(), 0, 0
        for bucket in range(spill.buckets):
            for iri, gathered in spill.read(bucket).items():
                path = site.doc_path(site.public(NamedNode(iri)).value)
                if path not in documented:
                    continue
                kinds[path.split("/")[0]] += 1
                assert sorted(gathered.triples, key=str) == describe(store, site, iri), path
                resource = NamedNode(iri)
                assert Counter(gathered.official(resource)) == Counter(
                    run_query(store, "web-official", {"resource": resource}).rows), path
                assert gathered.findings(resource) == run_query(store, "web-findings", {"resource": resource}).rows
                facts = gathered.facts(resource)  # what a page of a resource with many facts reads, and its counts
                assert facts == sorted(row[0].value for row in
                                       run_query(store, "web-resource-facts", {"resource": resource}).rows), path
                assert gathered.kinds(resource) == [(kind, int(count.value)) for kind, count in
                                                    run_query(store, "web-fact-kinds", {"resource": resource}).rows]
                if len(facts) > 10:
                    told, shown = gathered.told_apart(resource), tuple(NamedNode(fact) for fact in facts[:50])
                    assert told.own == set(run_query(store, "web-own", {"resource": resource}).triples), path
                    whole = told.own | set(run_query(store, "web-own", {"resource": shown}).triples)
                    assert told.page(facts[:50]) <= whole, path
                    assert _sentences_only(whole - told.page(facts[:50])), path  # a fact's line quotes none
                    paged += 1
                kind = path.split("/")[0]
                if kind in pages.SUMMARISED:  # a party's and an election's summary rows, asked of their shares
                    query, values = pages.SUMMARISED[kind], {kind: resource}
                    rows = gathered.answer(query, values).rows
                    assert Counter(rows) == Counter(run_query(store, query, values).rows), path
                    summarised += bool(rows)
        assert {"person", "constituency", "article", "election", "party"} <= set(kinds)
        assert sum(kinds.values()) == len(documented)
        assert summarised >= 2  # parties and elections with rows, not only empty answers
        assert paged >= 5


def test_one_pass_gathers_the_index_pages_entries(store_path: Path, tmp_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        site = Site.for_store(store, static=True)
        gathering = gather(store, site, tmp_path / "spill")
        for index in pages.INDEXES:
            listed = gathering.listed[index.path]
            assert listing.entries_of(listed.ordered_rows(), listed.facets, listed.counties, site, index.cls) == \
                listing.entries(store, site, index.cls), index.path


def test_published_pages_are_the_served_pages(store_path: Path, tmp_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        site = Site.for_store(store, static=True)
        gathering = gather(store, site, tmp_path / "spill", buckets=2)
        documented, spill = gathering.documented, gathering.spill
        summaries = published_summaries()
        found = {}
        for bucket in range(spill.buckets):
            found.update(spill.read(bucket))
        for path in sorted(documented):
            if not path.startswith(("person/", "constituency/", "party/", "election/", "article/")):
                continue
            iri, here = site.iri("id/" + path), site.at(f"doc/{path}.html")
            triples = describe(store, here, iri)
            doc = here.root + "doc/" + path
            served = pages.resource_page(store, here, iri, triples, doc, STATIC_FORMATS)
            published = pages.summarised_page(summaries(found[site.stored_iri(iri)], here), here, iri,
                                              sorted(found[site.stored_iri(iri)].triples, key=str), doc, STATIC_FORMATS)
            assert published == served, path


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_second_publish_redraws_only_what_changed_and_equals_a_fresh_one(store_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "store"
    shutil.copytree(store_path, copy)
    site_folder, fresh = tmp_path / "site", tmp_path / "fresh"
    with open_store(copy) as store:
        site = Site.for_store(store, static=True)
        publish(store, site_folder, site)
        before = {p: p.stat().st_ino for p in site_folder.rglob("*") if p.is_file()}
        graph = next(g for g in store.named_graphs() if "/graph/official/" not in g.value and "finding" not in g.value)
        named = {q.object.value for q in store.quads(graph) if isinstance(q.object, NamedNode)}
        store.remove_graphs([graph])
        report = publish(store, site_folder, site)
        publish(store, fresh, site)
    assert _files(site_folder) == _files(fresh)  # the same site as a publish from nothing
    after = {p: p.stat().st_ino for p in site_folder.rglob("*") if p.is_file()}
    redrawn = {p for p, ino in after.items() if before.get(p) != ino}
    assert report.unchanged > len(after) / 2
    for p in redrawn:  # only what the removed graph named, the lists, and what every publish writes
        relative = p.relative_to(site_folder).as_posix()
        if relative.startswith(("doc/", "id/")) and not relative.endswith(".page-2.html"):
            path = relative.split("/", 1)[1].rsplit(".", 1)[0].removesuffix("/index")
            assert any(iri.split("#")[0].endswith("/id/" + path) for iri in named), relative


def test_a_publish_in_worker_processes_is_the_same_site(store_path: Path, tmp_path: Path) -> None:
    """Graphs read and pages drawn in two workers (parties and elections here): the same files as in one process,
    a publish from nothing and one after a change alike."""
    copy = tmp_path / "store"
    shutil.copytree(store_path, copy)
    with open_store(copy, read_only=True) as store:
        site = Site.for_store(store, static=True)
        here = publish(store, tmp_path / "here", site)
        shared = publish(store, tmp_path / "shared", site, jobs=2)
    assert _files(tmp_path / "shared") == _files(tmp_path / "here")
    assert (shared.resources, sorted(shared.files)) == (here.resources, sorted(here.files))
    kinds = {f.split("/")[1] for f in shared.files if f.startswith("doc/")}
    assert {"person", "constituency", "party", "election"} <= kinds
    with open_store(copy) as store:
        store.remove_graphs([next(g for g in store.named_graphs() if "/graph/official/" not in g.value)])
    with open_store(copy, read_only=True) as store:
        again = publish(store, tmp_path / "shared", site, jobs=2)
        publish(store, tmp_path / "fresh", site)
    assert _files(tmp_path / "shared") == _files(tmp_path / "fresh")
    assert again.unchanged > len(again.files) / 2


def _sentences_only(triples: set[Triple]) -> bool:
    """Whether the triples are only evidence's selectors and what they select (what web-own reads of a fact's
    sentences)."""
    selectors = {t.object for t in triples if t.predicate == OA.hasSelector}
    return all(t.predicate in (OA.hasSelector, ELEX.evidenceFor) or t.subject in selectors for t in triples)
