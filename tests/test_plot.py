"""Static figures: PNG and SVG of seats changing hands and of majorities, even before there is data for them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from elexgraph.cli import cli
from elexgraph.errors import OutputError
from elexgraph.views.plot import write_figures
from tests.graph_sample import sample_graph, sample_store

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _check(paths: list[Path]) -> None:
    assert sorted(p.name for p in paths) == ["majorities.png", "majorities.svg", "seat-changes.png", "seat-changes.svg"]
    for path in paths:
        if path.suffix == ".png":
            assert path.read_bytes()[:8] == PNG_MAGIC and path.stat().st_size > 5_000
        else:
            assert ET.parse(path).getroot().tag.endswith("svg")


def test_figures_of_the_sample(tmp_path: Path) -> None:
    paths = write_figures(sample_graph(tmp_path), tmp_path / "figures")
    _check(paths)
    svg = (tmp_path / "figures" / "seat-changes.svg").read_text()
    assert "High Peak" in svg and "Tamworth" in svg  # the seats behind each bar are named


def test_an_empty_graph_still_gets_figures_that_say_so(tmp_path: Path) -> None:
    paths = write_figures(nx.MultiDiGraph(), tmp_path)
    _check(paths)
    assert "No seat gains in the graph yet" in (tmp_path / "seat-changes.svg").read_text()


@pytest.mark.parametrize("store_fixture", ["seeds_store", "dev_store"])
def test_figures_of_the_built_graphs(store_fixture: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    from elexgraph.views import build_graph

    _check(write_figures(build_graph(request.getfixturevalue(store_fixture)), tmp_path))


def test_plot_command_and_an_unwritable_folder(tmp_path: Path) -> None:
    store = str(sample_store(tmp_path))
    result = CliRunner().invoke(cli, ["plot", "--store", store, "-o", str(tmp_path / "out")])
    assert result.exit_code == 0 and result.stdout.count("wrote ") == 4
    (tmp_path / "a-file").write_text("")
    result = CliRunner().invoke(cli, ["plot", "--store", store, "-o", str(tmp_path / "a-file")])
    assert result.exit_code == 1 and "cannot write" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    with pytest.raises(OutputError):
        write_figures(nx.MultiDiGraph(), tmp_path / "a-file" / "below")


def test_the_seat_changes_axis_ends_at_the_largest_bar(tmp_path: Path) -> None:
    """The axis ran to 2.2 times the largest count (22 for 10) to leave room for the seats' names."""
    from elexgraph.views.findings import seat_flows
    from elexgraph.views.plot import seat_changes_figure

    graph = sample_graph(tmp_path)
    largest = max(len(f.seats) for f in seat_flows(graph))
    assert seat_changes_figure(graph).axes[0].get_xlim()[1] <= largest + 0.5


def test_the_majorities_figure_shows_constituencies_only(tmp_path: Path) -> None:
    """A regional mayor's majority (over a region's electorate) stood beside seats' majorities."""
    from elexgraph.views.plot import majorities_figure

    graph = sample_graph(tmp_path)
    party = next(u for u, _, d in graph.edges(data=True) if d["kind"] == "won" and graph.nodes[u]["type"] == "party")
    graph.add_node("mayoralty", type="constituency", label="Example Region", place_kind="ElectoralArea")
    graph.add_edge(party, "mayoralty", kind="won", majority=51708, year=2024, election_label="2024 mayoral election",
                   party_label=graph.nodes[party]["label"])
    labels = [t.get_text() for t in majorities_figure(graph).axes[0].get_yticklabels()]
    assert labels and not any("Example Region" in label for label in labels)
    assert any("Tamworth" in label for label in labels)
