"""`export`, `analyse` and `viz` show the news's neighbourhood by default: the people, parties, seats and
elections the articles name, not the official record's thousands of other candidates; `--with-official all`
shows those too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from elexgraph.views import build_graph
from elexgraph.build import build
from elexgraph.cli import cli
from elexgraph.official.load import load
from elexgraph.queries import run_query
from elexgraph.store import open_store
from tests.conftest import SEEDS
from tests.official_data import east_midlands_rows


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> str:
    tmp = tmp_path_factory.mktemp("neighbourhood")
    with open_store(tmp / "store", create=True) as store:
        build([SEEDS], store)
        load([east_midlands_rows(shared, "HoC-GE2024-results-by-candidate.csv", tmp)], store)
    return str(tmp / "store")


def test_the_graph_holds_what_the_news_names_unless_all_is_asked(store_path: str) -> None:
    with open_store(store_path, read_only=True) as store:
        named = {row[0].value for row in run_query(store, "news-nodes").rows}
        near, everything = build_graph(store), build_graph(store, "all")
    assert set(near.nodes) <= named and set(near.edges) == set(everything.edges)
    official_only = set(everything.nodes) - set(near.nodes)
    assert len(official_only) > len(near.nodes) // 2  # the other East Midlands candidates of 2024
    assert all(everything.degree(node) == 0 for node in official_only)  # no fact of the news links them


@pytest.mark.parametrize("command", [["export", "--format", "json", "-o", "{out}"], ["analyse", "--format", "json"],
                                     ["viz", "-o", "{out}"]])
def test_the_commands_default_to_the_neighbourhood(store_path: str, tmp_path: Path, command: list[str]) -> None:
    def run(*extra: str) -> str:
        """What the command wrote: its file, or what it printed."""
        args = [a.replace("{out}", str(tmp_path / "out")) for a in command]
        result = CliRunner().invoke(cli, [*args, "--store", store_path, *extra])
        assert result.exit_code == 0, result.output
        return (tmp_path / "out").read_text(encoding="utf-8") if "-o" in args else result.output

    near, everything = run(), run("--with-official", "all")
    assert len(everything) > len(near)
    if command[0] == "export":
        assert len(json.loads(everything)["nodes"]) > len(json.loads(near)["nodes"]) > 0
