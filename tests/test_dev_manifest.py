"""Per-article expected facts of the dev set, manifest-style: each article keeps the gold atoms it got
right when tests/manifest/dev.json was last written, and adds no more wrong rows than it did then."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from elexgraph.build import build
from elexgraph.store import open_store
from tests.manifest.atoms import MANIFEST, article_score, gold_facts, rows_by_article, scorer

ARTICLES = sorted(json.loads(MANIFEST.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def dev_rows(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    store = open_store(tmp_path_factory.mktemp("manifest") / "store", create=True)
    build([shared / "dev" / "articles"], store)
    rows = rows_by_article(store)
    store.close()
    return rows


@pytest.mark.parametrize("article", ARTICLES)
def test_article_keeps_its_facts(article: str, dev_rows: dict, shared: Path) -> None:
    expected = json.loads(MANIFEST.read_text(encoding="utf-8"))[article]
    facts = [f for f in gold_facts(shared) if f["doc"] == article]
    matched, descriptions, extras = article_score(scorer(shared), facts, dev_rows.get(article, {}))
    lost = [descriptions.get(atom, atom) for atom in expected["atoms"] if atom not in matched]
    assert not lost, f"{article} lost {len(lost)} fact(s): {lost}"
    assert extras <= expected["extra_rows"], f"{article}: {extras} rows match no gold (was {expected['extra_rows']})"
