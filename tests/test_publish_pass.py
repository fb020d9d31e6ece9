"""publish reads the store in one pass, not a query a page: what it gathers for each resource is what the page
queries return for it (web-resource, web-official, web-findings), so its pages are the served pages, byte for byte."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from elexgraph.build import build
from elexgraph.check import check, write_findings
from elexgraph.official.load import load
from elexgraph.publish import STATIC_FORMATS, gather, published_summaries
from elexgraph.queries import run_query
from elexgraph.store import open_store
from elexgraph.web import pages
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
        documented, spill = gather(store, site, tmp_path / "spill", buckets=3)
        assert len(documented) > 100
        kinds = Counter()
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
        assert {"person", "constituency", "article", "election", "party"} <= set(kinds)
        assert sum(kinds.values()) == len(documented)


def test_published_pages_are_the_served_pages(store_path: Path, tmp_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        site = Site.for_store(store, static=True)
        documented, spill = gather(store, site, tmp_path / "spill", buckets=2)
        summaries = published_summaries(store)
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
