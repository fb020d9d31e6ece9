"""The embedded store opened read-only beside its writer."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

from elexgraph.errors import StoreError
from elexgraph.store import open_store


def _flaky_open(failures: list[str], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """pyoxigraph's read-only open failing with `failures` first, as the store's files change under it."""
    real, seen = pyoxigraph.Store.read_only, []

    def read_only(path: str) -> pyoxigraph.Store:
        if failures:
            seen.append(failures[0])
            raise OSError(failures.pop(0))
        return real(path)

    monkeypatch.setattr(pyoxigraph.Store, "read_only", staticmethod(read_only))
    return seen


def test_a_table_file_compacted_away_during_a_read_only_open_is_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer's compaction (`official load` just done, or `check` writing while its query worker opens the
    store) can remove a table file between the open reading the file list and opening the file: regression for
    'cannot open the store (Corruption: … 000065.sst: No such file or directory)' seen after official load."""
    with open_store(tmp_path / "store", create=True):
        pass
    gone = "Corruption: IO error: No such file or directory: While open a file for random read: {}/{:06}.sst"
    seen = _flaky_open([gone.format(tmp_path, 65), gone.format(tmp_path, 66)], monkeypatch)
    with open_store(tmp_path / "store", read_only=True) as store:
        assert store.is_empty()
    assert len(seen) == 2


def test_other_failures_of_a_read_only_open_are_reported_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(tmp_path / "store", create=True):
        pass
    seen = _flaky_open(["IO error: No such file or directory: While opening a file: store/CURRENT"] * 3, monkeypatch)
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(tmp_path / "store", read_only=True)
    assert len(seen) == 1


def _write_thing(location: Path, value: str) -> None:
    graph = pyoxigraph.NamedNode("https://elexgraph.org/graph/thing")
    with open_store(location) as store:
        store.replace_graphs({graph: [pyoxigraph.Quad(pyoxigraph.NamedNode("https://elexgraph.org/id/thing/1"),
                                                      pyoxigraph.NamedNode("http://example.org/p"),
                                                      pyoxigraph.Literal(value), graph)]})


def _thing(store: object) -> str:
    return store.query("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0].value  # type: ignore[attr-defined]


def test_a_read_only_store_held_at_one_state_opens_no_newer_one_until_the_block_ends(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A query worker of `serve` opened a build's newer state in the middle of a job, inside the job's memory cap:
    the store's new threads could not get their memory and the C library ended the worker (status 127), many
    times in a soak with builds. A job reads one state; a newer one is opened after it (or when asked `now`)."""
    monkeypatch.setattr("elexgraph.store.embedded.REFRESH_SECONDS", 0.0)  # look at the files at every read
    with open_store(tmp_path / "store", create=True):
        pass
    _write_thing(tmp_path / "store", "old")
    with open_store(tmp_path / "store", read_only=True) as store:
        before = store.state()
        with store.one_state():
            _write_thing(tmp_path / "store", "new")
            assert _thing(store) == "old" and store.state() == before
        assert _thing(store) == "new" and store.state() != before
        _write_thing(tmp_path / "store", "newer")
        monkeypatch.setattr("elexgraph.store.embedded.REFRESH_SECONDS", 3600.0)
        assert store.state(now=True) != before and _thing(store) == "newer"
