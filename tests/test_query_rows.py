"""Rewriting a query for speed must not change its answer: every query's rows on the seeds and dev articles,
against digests stored when the queries were last changed on purpose (tests/expected/query_rows.json).

The digests are of the rows as a sorted multiset (N-Triples terms), so no article text is stored. The
page queries run on subjects picked from the data (the people, seats, elections, parties and articles
named most), never on names written here. After a deliberate change of answers:

    python -m tests.test_query_rows   # rewrites the digests from the store the tests build
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from elexgraph.queries import all_queries, run_query
from elexgraph.store.base import GraphStore, QueryResult

EXPECTED = Path(__file__).resolve().parent / "expected" / "query_rows.json"
ONTOLOGY = "https://elexgraph.org/ontology#"
# Text parameters: generic fragments (every name, and those holding 'an').
TEXT = {"careers": {"name": ["", "an"]}, "quotes-by": {"person": ["", "an"]}}
CLASSES = [ONTOLOGY + c for c in ("Person", "Constituency", "Election", "PoliticalParty")] + ["https://schema.org/NewsArticle"]


def digest(result: QueryResult) -> dict[str, object]:
    if result.boolean is not None:
        return {"boolean": result.boolean}
    if result.triples is not None:
        lines = sorted(f"{t.subject} {t.predicate} {t.object}" for t in result.triples)
    else:
        lines = sorted("\t".join("" if t is None else str(t) for t in row) for row in result.rows)
    return {"rows": len(lines), "sha256": hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()}


def subjects(store: GraphStore) -> dict[str, list[NamedNode]]:
    """The people, seats, elections, parties and articles that the most candidacies name, most first."""
    rows = run_query(store, "graph-candidacies")
    column = {name: i for i, name in enumerate(rows.variables)}
    picked: dict[str, list[NamedNode]] = {}
    for kind, name, count in (("person", "person", 3), ("seat", "constituency", 2), ("election", "election", 1),
                              ("party", "party", 1), ("fact", "fact", 1)):
        counted = Counter(row[column[name]] for row in rows.rows if isinstance(row[column[name]], NamedNode))
        picked[kind] = [iri for iri, _ in sorted(counted.items(), key=lambda item: (-item[1], item[0].value))[:count]]
    sources = Counter(str(row[column["source"]]) for row in rows.rows)
    top = sorted(sources.items(), key=lambda item: (-item[1], item[0]))[0][0].strip('"')
    picked["article"] = [NamedNode(picked["person"][0].value.split("/id/")[0] + f"/id/article/{top}")]
    return picked


def cases(store: GraphStore) -> dict[str, tuple[str, dict[str, str | NamedNode]]]:
    """Every query once per set of parameter values, keyed by a label without names in it."""
    found: dict[str, tuple[str, dict[str, str | NamedNode]]] = {}
    picked = subjects(store)
    base = picked["person"][0].value.split("/id/")[0] + "/"
    resources = [(f"{kind}{i}", iri) for kind in ("person", "seat", "election", "party", "article", "fact")
                 for i, iri in enumerate(picked[kind])]
    for query in all_queries():
        if not query.params:
            found[query.name] = (query.name, {})
        elif query.name in TEXT:
            (param, values), = TEXT[query.name].items()
            for value in values:
                found[f"{query.name} {value!r}"] = (query.name, {param: value})
        elif "type" in query.params:
            for cls in CLASSES:
                found[f"{query.name} {cls}"] = (query.name, {"type": NamedNode(cls)})
        elif "prefix" in query.params:
            found[query.name] = (query.name, {"prefix": base + "id/"})
        else:
            (param,) = query.params
            for label, iri in resources:
                found[f"{query.name} {label}"] = (query.name, {param: iri})
    return found


def answers(store: GraphStore) -> dict[str, dict[str, object]]:
    return {label: digest(run_query(store, name, params)) for label, (name, params) in sorted(cases(store).items())}


@pytest.fixture(scope="module")
def now(dev_store: GraphStore) -> dict[str, dict[str, object]]:
    return answers(dev_store)


def test_every_query_answers_as_it_did(now: dict[str, dict[str, object]]) -> None:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    changed = sorted(label for label in expected if label in now and now[label] != expected[label])
    assert not changed, f"answers changed: {changed}"


def test_every_query_is_compared(now: dict[str, dict[str, object]]) -> None:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert sorted(set(now) - set(expected)) == [], "new queries: python -m tests.test_query_rows"
    assert sum(1 for d in now.values() if d.get("rows")) > len(now) // 2  # the subjects are found


def _update() -> None:
    from elexgraph.build import build
    from elexgraph.store import open_store
    from tests.conftest import SEEDS, SHARED

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "store", create=True)
        build([SEEDS, SHARED / "dev" / "articles"], store)
        EXPECTED.parent.mkdir(exist_ok=True)
        EXPECTED.write_text(json.dumps(answers(store), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        store.close()
    print(f"wrote {EXPECTED}", file=sys.stderr)


if __name__ == "__main__":
    _update()
