"""kill -9 during a rebuild: the store stays readable, every graph in it is either the old one or the new one,
and the files of a bulk load cut short do not stay behind."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from collections import defaultdict
from pathlib import Path

import pytest

from elexgraph.build import build
from elexgraph.store import open_store
from tests.cli_process import command
from tests.test_incremental import ALPHA, BETA

EDITED = 300  # articles in both versions, changed in the second
ADDED = 600  # articles only in the second: they go in through the bulk loader, first in the build's order

pytestmark = pytest.mark.slow  # out of `make test-fast`; `make test` runs it


def write_version(folder: Path, version: int) -> Path:
    folder.mkdir()
    for i in range(EDITED):
        text = (ALPHA if i % 2 else BETA).replace("17,267", f"{17_000 + 10 * i + version:,}")
        (folder / f"edited-{i:04d}.txt").write_text(text.replace("19,001", f"{19_000 + 10 * i + version:,}"))
    for i in range(ADDED if version == 2 else 0):
        (folder / f"added-{i:04d}.txt").write_text(BETA.replace("19,001", f"{20_000 + i:,}"))
    return folder


def graphs_of(store_path: Path) -> dict[str, list[bytes]]:
    """Each graph's quads, sorted, by graph name."""
    out = io.BytesIO()
    with open_store(store_path) as store:
        store.dump(out, "application/n-quads")
    found: dict[str, list[bytes]] = defaultdict(list)
    for line in out.getvalue().splitlines():
        found[line.rsplit(b" ", 2)[-2].decode()].append(line)
    return {graph: sorted(lines) for graph, lines in found.items()}


def built_store(folder: Path, store_path: Path) -> dict[str, list[bytes]]:
    with open_store(store_path, create=True) as store:
        assert not build([folder], store).failed
    return graphs_of(store_path)


def kill_during_bulk_load(folder: Path, store_path: Path) -> bool:
    """Start a build and kill -9 it as soon as a bulk load is writing; whether one was caught at it."""
    process = subprocess.Popen(command("build", folder, "--store", store_path),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while process.poll() is None and time.monotonic() < deadline:
            if any(name.startswith("bulk-") for name in os.listdir(store_path)):
                process.kill()
                process.wait()
                return any(store_path.glob("bulk-*.sst"))
            time.sleep(0.0005)
        return False
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_a_killed_rebuild_leaves_old_or_new_graphs_and_no_bulk_leftovers(tmp_path: Path) -> None:
    old = built_store(write_version(tmp_path / "v1", 1), tmp_path / "old")
    new = built_store(write_version(tmp_path / "v2", 2), tmp_path / "new")
    store = tmp_path / "store"
    for _attempt in range(5):
        shutil.rmtree(store, ignore_errors=True)
        shutil.copytree(tmp_path / "old", store)
        if kill_during_bulk_load(tmp_path / "v2", store):
            break
    else:
        raise AssertionError("no build was caught during a bulk load in 5 tries")
    after_kill = graphs_of(store)
    assert all(quads in (old.get(graph), new[graph]) for graph, quads in after_kill.items())
    assert not list(store.glob("bulk-*.sst")), "opening the store removes what the killed bulk load left"
    assert built_store(tmp_path / "v2", store) == new
