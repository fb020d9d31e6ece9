"""Exports for Gephi, Cytoscape and networkx read back with networkx into the same graph."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from elexgraph.views import build_graph, view
from elexgraph.views.graph import NEUTRAL_COLOUR
from elexgraph.cli import cli
from elexgraph.errors import OutputError
from elexgraph.views.export import FORMATS, export_graph, node_size
from elexgraph.store.base import GraphStore
from tests.graph_sample import DEFECTION, sample_graph, sample_store

LEE = "https://elexgraph.org/id/person/lee-anderson"
REFORM = "https://elexgraph.org/id/party/reform-uk"


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
    reform = back.nodes[REFORM]
    assert reform["viz"]["color"] == {"r": 18, "g": 182, "b": 207, "a": 1.0}
    export_graph(graph, "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    [change] = [d for _, _, d in back.out_edges(LEE, data=True) if d["kind"] == "party-change"]
    assert change["to_party_label"] == "Reform UK" and change["date"] == "2024-03-11"
    assert not any(str(n).startswith('"') for n in back.nodes)  # no literal became a node


def test_graphml_carries_the_colour_size_and_weight_gephi_applies(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    export_graph(graph, "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert (back.nodes[REFORM]["r"], back.nodes[REFORM]["g"], back.nodes[REFORM]["b"]) == (18, 182, 207)
    assert back.nodes[LEE]["size"] > back.nodes["https://elexgraph.org/id/person/sarah-edwards"]["size"]
    memberships = [d for _, _, d in back.out_edges(LEE, data=True) if d["kind"] == "membership"]
    assert max(d["weight"] for d in memberships) >= 2  # stood, won and joined: one edge, weighed by its facts


def test_gexf_has_viz_size_and_edge_weight_and_no_networkx_key(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    export_graph(graph, "gexf", tmp_path / "g.gexf")
    text = (tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert "networkx_key" not in text and "<viz:size" in text and 'weight="1.0"' in text
    back = nx.read_gexf(tmp_path / "g.gexf")
    assert back.nodes[LEE]["viz"]["size"] == node_size(graph.degree(LEE))
    assert set(k for *_, k in back.edges(keys=True)) == set(k for *_, k in graph.edges(keys=True))


def test_a_seat_takes_the_colour_of_its_winning_party_in_every_export(tmp_path: Path, seeds_store: GraphStore) -> None:
    """Seats were coloured by their winner, a person, and so came out grey."""
    graph = build_graph(seeds_store)
    won = {seat for party, seat, d in graph.edges(data=True) if d["kind"] == "won" and graph.nodes[party]["type"] == "party"}
    assert won
    for seat in won:
        party = graph.nodes[seat]["party"]
        assert graph.nodes[party]["type"] == "party" and graph.nodes[seat]["colour"] == graph.nodes[party]["colour"]
    export_graph(graph, "gexf", tmp_path / "g.gexf")
    back = nx.read_gexf(tmp_path / "g.gexf")
    grey = [s for s in won if back.nodes[s]["colour"] == NEUTRAL_COLOUR and
            graph.nodes[graph.nodes[s]["party"]]["colour"] != NEUTRAL_COLOUR]
    assert not grey


def test_cytoscape_keeps_the_article_of_each_edge(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    """The export overwrote each edge's article (`source`) with the id of its first node."""
    export_graph(graph, "cytoscape", tmp_path / "g.cyjs")
    edges = json.loads((tmp_path / "g.cyjs").read_text(encoding="utf-8"))["elements"]["edges"]
    [change] = [e["data"] for e in edges if e["data"]["kind"] == "party-change"]
    assert change["source"] == LEE and change["article"] == "ashfield-2024" and change["evidence"] == DEFECTION
    assert change["id"].startswith("https://elexgraph.org/id/article/ashfield-2024/")
    assert len({e["data"]["id"] for e in edges}) == len(edges)


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


@pytest.mark.browser
def test_cytoscape_js_loads_the_exported_file(seeds_store: GraphStore, chromium: str, tmp_path: Path) -> None:
    from elexgraph.views.viz import LIBRARY
    from scripts.screenshot import open_page

    graph = build_graph(seeds_store)
    export_graph(graph, "cytoscape", tmp_path / "seeds.cyjs")
    elements = json.loads((tmp_path / "seeds.cyjs").read_text(encoding="utf-8"))["elements"]
    (tmp_path / "load.html").write_text(f'<!doctype html><script src="{LIBRARY.as_uri()}"></script>', encoding="utf-8")
    with open_page(tmp_path / "load.html", chromium, ready="window.cytoscape !== undefined") as (page, _):
        loaded = page.evaluate("""(elements) => {
            const cy = cytoscape({headless: true, elements});
            return {nodes: cy.nodes().length, edges: cy.edges().length,
                    cited: cy.edges().filter((e) => e.data('article') && e.data('evidence')).length,
                    joined: cy.edges().every((e) => e.source().nonempty() && e.target().nonempty())}; }""", elements)
    cited = sum(1 for *_, d in graph.edges(data=True) if "evidence" in d)
    assert loaded == {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "cited": cited, "joined": True}
