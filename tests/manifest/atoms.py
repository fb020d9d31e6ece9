"""The dev set's gold atoms, matched one article at a time against what a store answers.

The gold stays in ../shared; the manifest (dev.json) records only which atoms of it, by gold line and
position, each article's build gets right, and how many rows it adds that match no gold. So a fact
lost in one article fails that article's test, by name, instead of hiding in an average.
"""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from pathlib import Path

from elexgraph.facts import FACT_KINDS
from elexgraph.queries import cell, run_query
from elexgraph.store.base import GraphStore

MANIFEST = Path(__file__).with_name("dev.json")
CONTRACT = {kind.key: kind.query for kind in FACT_KINDS if kind.query}


def scorer(shared: Path):  # noqa: ANN201 - the scorer module of ../shared/eval
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def gold_facts(shared: Path) -> list[dict]:
    lines = (shared / "dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [{**json.loads(line), "_line": n} for n, line in enumerate(lines) if line.strip()]


def rows_by_article(store: GraphStore) -> dict[str, dict[str, list[dict[str, str]]]]:
    """The contract queries' rows, by kind and by the article that states them."""
    out: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for kind, query in CONTRACT.items():
        result = run_query(store, query)
        for values in result.rows:
            row = {name: cell(v) for name, v in zip(result.variables, values)}
            out[row.get("article") or row["source"]][kind].append(row)
    return out


def article_score(score, facts: list[dict], rows: dict[str, list[dict[str, str]]]) -> tuple[set[str], dict[str, str], int]:  # noqa: ANN001
    """(ids of the gold atoms matched, their descriptions, rows matching no gold) for one article."""
    matched: set[str] = set()
    descriptions: dict[str, str] = {}
    extras = 0
    for kind in CONTRACT:
        kind_facts = [f for f in facts if f["kind"] == kind]
        atoms = [(f"{f['_line']}:{i}", atom) for f in kind_facts for i, atom in enumerate(score.gold_atoms(f))]
        ordered = sorted(atoms, key=lambda a: a[1][2])  # required atoms first, as score.score_kind orders them
        tp, fp, fn, misses, fps = score.score_kind(kind, [f for f in kind_facts], rows.get(kind, []))
        missed = set(misses)
        for atom_id, (_, _, optional, description) in ordered:
            descriptions[atom_id] = description
            if not optional and description not in missed:
                matched.add(atom_id)
        if kind != "role":
            extras += fp
    return matched, descriptions, extras
