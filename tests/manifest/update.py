"""Rewrite tests/manifest/dev.json from a fresh build of ../shared/dev/articles.

    .venv/bin/python -m tests.manifest.update

Run it when extraction gets better, and commit the result: the manifest then holds the new level.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from elexgraph.build import build
from elexgraph.store import open_store
from tests.manifest.atoms import MANIFEST, article_score, gold_facts, rows_by_article, scorer

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def main() -> None:
    score = scorer(SHARED)
    facts = gold_facts(SHARED)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "store", create=True)
        build([SHARED / "dev" / "articles"], store)
        rows = rows_by_article(store)
        store.close()
    manifest = {}
    for doc in sorted({f["doc"] for f in facts}):
        matched, _, extras = article_score(score, [f for f in facts if f["doc"] == doc], rows.get(doc, {}))
        manifest[doc] = {"atoms": sorted(matched, key=lambda a: tuple(map(int, a.split(":")))), "extra_rows": extras}
    MANIFEST.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"{MANIFEST}: {sum(len(m['atoms']) for m in manifest.values())} required atoms held, "
          f"{sum(m['extra_rows'] for m in manifest.values())} extra rows, in {len(manifest)} articles")


if __name__ == "__main__":
    main()
