"""Exports for Gephi, Cytoscape and networkx read back with networkx into the same graph."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from elexgraph.analysis import build_graph, view
from elexgraph.cli import cli
from elexgraph.errors import OutputError
from elexgraph.export import FORMATS, export_graph
from tests.graph_sample import sample_graph, sample_store

LEE = "https://elexgraph.org/id/person/lee-anderson"


def read_back(path: Path, fmt: str) -> nx.MultiDiGraph:
    if fmt == "graphml":
        return nx.read_graphml(path, force_multigraph=True)
    if fmt == "gexf":
        return nx.read_gexf(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    return nx.cytoscape_graph(data) if fmt == "cytoscape" else nx.node_link_graph(data, edges="edges")


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return sample_graph(tmp_path_factory.mktemp("sample"))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("view_name", ["people", "seats", "full"])
def test_exports_read_back_with_the_same_nodes_and_edges(graph: nx.MultiDiGraph, fmt: str, view_name: str,
                                                         tmp_path: Path) -> None:
    part = view(graph, view_name)
    path = tmp_path / f"graph.{fmt}"
    export_graph(part, fmt, path)
    back = read_back(path, fmt)
    assert (back.number_of_nodes(), back.number_of_edges()) == (part.number_of_nodes(), part.number_of_edges())
    assert set(back.nodes) == set(part.nodes)  # IRIs kept as ids
    for node, data in part.nodes(data=True):
        assert back.nodes[node]["label"] == data["label"] and back.nodes[node]["type"] == data["type"]
        assert back.nodes[node]["colour"] == data["colour"]


def test_literals_are_attributes_and_gephi_gets_colours(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    export_graph(graph, "gexf", tmp_path / "g.gexf")
    back = nx.read_gexf(tmp_path / "g.gexf")
    reform = back.nodes["https://elexgraph.org/id/party/reform-uk"]
    assert reform["viz"]["color"] == {"r": 18, "g": 182, "b": 207, "a": 1.0}
    export_graph(graph, "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    [change] = [d for _, _, d in back.out_edges(LEE, data=True) if d["kind"] == "party-change"]
    assert change["to_party_label"] == "Reform UK" and change["date"] == "2024-03-11"
    assert not any(str(n).startswith('"') for n in back.nodes)  # no literal became a node


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("store_fixture", ["seeds_store", "dev_store"])
def test_the_built_graphs_export(fmt: str, store_fixture: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    graph = build_graph(request.getfixturevalue(store_fixture))
    export_graph(graph, fmt, tmp_path / f"graph.{fmt}")
    back = read_back(tmp_path / f"graph.{fmt}", fmt)
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(sample_store(tmp_path_factory.mktemp("cli")))


def test_export_command(store_path: str, tmp_path: Path) -> None:
    out_file = tmp_path / "people.graphml"
    code, out, err = run("export", "--store", store_path, "--format", "graphml", "--view", "people",
                         "-o", str(out_file))
    assert code == 0, err
    assert "people view" in out and nx.read_graphml(out_file).has_node(LEE)


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "pdf", "-o", "x"], "unknown format 'pdf' (known: graphml, gexf, cytoscape, json)"),
    (["--format", "json", "--view", "votes", "-o", "x"], "unknown view 'votes' (known: people, seats, full)"),
    (["--format", "json", "-o", "{tmp}/no/such/folder/g.json"], "cannot write"),
])
def test_export_mistakes_are_one_line(store_path: str, tmp_path: Path, args: list[str], message: str) -> None:
    code, out, err = run("export", "--store", store_path, *(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert code == 1 and message in err
    assert "Traceback" not in out + err and len(err.strip().splitlines()) == 1


def test_an_unwritable_path_is_an_output_error(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="cannot write"):
        export_graph(graph, "graphml", tmp_path)  # a folder, not a file
