"""Parallel extraction: the graph is the same whatever the number of processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from elexgraph.build import build
from elexgraph.store import open_store
from tests.conftest import SEEDS, SHARED
from tests.test_incremental import sorted_nquads


@pytest.mark.slow  # builds the dev set twice: out of `make test-fast`; `make test` runs it
def test_one_and_two_processes_build_the_same_graph(tmp_path: Path) -> None:
    inputs = [SEEDS] + ([SHARED / "dev" / "articles"] if (SHARED / "dev" / "articles").is_dir() else [])
    dumps, reports = [], []
    for jobs in (1, 2):
        with open_store(tmp_path / f"jobs-{jobs}", create=True) as store:
            report = build(inputs, store, jobs=jobs)
            reports.append((report.built, report.facts, report.quads, [str(e) for e in report.failed]))
            dumps.append(sorted_nquads(store))
    assert dumps[0] and dumps[0] == dumps[1]
    assert reports[0] == reports[1]
