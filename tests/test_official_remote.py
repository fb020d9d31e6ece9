"""Official results and the check on a real Oxigraph server: the same graphs, findings and answers as embedded."""

from __future__ import annotations

from pathlib import Path

import pytest

from elexgraph.build import build
from elexgraph.check import check, write_findings
from elexgraph.official.load import load
from elexgraph.queries import run_query
from elexgraph.store import open_store
from elexgraph.store.remote import RemoteStore
from tests.conftest import SEEDS
from tests.official_data import east_midlands_rows
from tests.test_incremental import sorted_nquads

pytestmark = pytest.mark.server


def _rows(store: object) -> list[tuple[str, ...]]:
    return sorted(tuple(str(t) for t in row) for row in run_query(store, "discrepancies").rows)  # type: ignore[arg-type]


def test_official_results_and_findings_on_an_oxigraph_server(oxigraph_server: str, shared: Path,  # noqa: F811
                                                             tmp_path: Path) -> None:
    files = [east_midlands_rows(shared, f"HoC-GE{year}-results-by-{layout}.csv", tmp_path)
             for year in (2017, 2024) for layout in ("candidate", "constituency")]
    remote = RemoteStore(oxigraph_server)
    remote.remove_graphs(remote.named_graphs())
    with open_store(tmp_path / "embedded", create=True) as embedded:
        for store in (remote, embedded):
            build([SEEDS], store)
            assert len(load(files, store).loaded) == 4
            write_findings(store, check(store))
        assert _rows(remote) == _rows(embedded) and len(_rows(remote)) >= 4
        assert len(remote.named_graphs()) == len(embedded.named_graphs())  # the official and check graphs too
        before = sorted_nquads(remote)
        again = load(files, remote)
        assert again.loaded == [] and sorted_nquads(remote) == before
        cut = tmp_path / "cut" / files[0].name
        cut.parent.mkdir()
        cut.write_bytes(files[0].read_bytes()[:-30])
        assert load([cut], remote).failed and sorted_nquads(remote) == before
    remote.remove_graphs(remote.named_graphs())
