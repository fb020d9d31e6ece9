"""The built graph: deterministic, every fact traceable to a verbatim sentence, valid against the shapes."""

from __future__ import annotations

import io
from collections import defaultdict
from pathlib import Path

import pytest

from elexgraph.articles import find_articles, read_article, read_metadata
from elexgraph.build import build
from elexgraph.facts import CONTRACT_QUERIES
from elexgraph.queries import run_query
from elexgraph.store import open_store
from elexgraph.store.base import GraphStore
from elexgraph.validate import validate
from tests.conftest import SEEDS



def sorted_nquads(store: GraphStore) -> list[bytes]:
    out = io.BytesIO()
    store.dump(out, "application/n-quads")
    return sorted(out.getvalue().splitlines())


def test_two_builds_and_a_rebuild_give_identical_dumps(tmp_path: Path) -> None:
    dumps = []
    for name in ("one", "two"):
        with open_store(tmp_path / name, create=True) as store:
            build([SEEDS], store)
            dumps.append(sorted_nquads(store))
    with open_store(tmp_path / "one") as store:
        build([SEEDS], store)
        dumps.append(sorted_nquads(store))
    assert dumps[0] and dumps[0] == dumps[1] == dumps[2]


def _article_texts(*folders: Path) -> dict[str, list[str]]:
    """The articles' texts by headline (the `source` the queries give), as the build reads them."""
    texts: dict[str, list[str]] = defaultdict(list)
    for folder in folders:
        for path in find_articles([folder]):
            article = read_article(path, read_metadata(folder))
            texts[article.title].append(article.text)
    return texts


@pytest.mark.parametrize("query", CONTRACT_QUERIES)
def test_every_row_has_a_source_and_verbatim_evidence(dev_store: GraphStore, shared: Path, query: str) -> None:
    texts = _article_texts(SEEDS, shared / "dev" / "articles")
    result = run_query(dev_store, query)
    source, evidence = result.variables.index("source"), result.variables.index("evidence")
    for row in result.rows:
        assert row[source] is not None and row[source].value in texts
        assert row[evidence] is not None and any(row[evidence].value in text for text in texts[row[source].value])


def test_seeds_and_dev_builds_conform_to_the_shapes(seeds_store: GraphStore, dev_store: GraphStore) -> None:
    for store in (seeds_store, dev_store):
        report = validate(store)
        assert report.conforms, report.text


def test_party_switchers_on_the_seeds(seeds_store: GraphStore) -> None:
    rows = run_query(seeds_store, "party-switchers")
    cols = rows.variables
    found = [{c: (v.value if v is not None else "") for c, v in zip(cols, row)} for row in rows.rows]
    anderson = [r for r in found if r["person"] == "Lee Anderson" and r["to_party"] == "Reform UK"]
    assert anderson and anderson[0]["from_party"] == "Conservative" and anderson[0]["evidence"]
    assert any(r["person"] == "Andrew Bridgen" and r["evidence"] for r in found)


def test_an_article_that_gives_no_year_builds_an_election_without_one(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "roe-holds-on.txt").write_text(
        "Roe holds on in Broxtowe\n\nLabour's Jane Roe has held the Broxtowe seat with 20,000 votes.\n\n"
        "Conservative Tom Smith came second with 15,000 votes.\n")
    with open_store(tmp_path / "store", create=True) as store:
        build([folder], store)
        rows = run_query(store, "candidacies").rows
        assert rows and {r[0].value for r in rows} == {"general election (year not stated)"}
        assert run_query(store, "careers", {"name": "Roe"}).rows  # no year, still in the person's career
        assert validate(store).conforms
