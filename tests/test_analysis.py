"""The networkx view of the graph and what `elexgraph analyse` finds in it, each finding with its facts."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from elexgraph.views import build_graph, view
from elexgraph.views.findings import analyse
from elexgraph.cli import cli
from elexgraph.errors import OutputError, StoreError
from elexgraph.queries import run_query
from elexgraph.store import open_store
from elexgraph.store.base import GraphStore
from tests.graph_sample import DEFECTION, sample_store

BASE = "https://elexgraph.org/id/"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(sample_store(tmp_path_factory.mktemp("sample")))


@pytest.fixture(scope="module")
def graph(sample: str) -> nx.MultiDiGraph:
    with open_store(sample) as store:
        return build_graph(store)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_nodes_are_iris_with_labels_types_and_colours(graph: nx.MultiDiGraph) -> None:
    assert {d["type"] for _, d in graph.nodes(data=True)} == {"person", "party", "constituency", "election"}
    for node, data in graph.nodes(data=True):
        assert node.startswith(BASE) and data["label"] and data["colour"].startswith("#")
    assert graph.nodes[BASE + "party/labour"]["colour"] == "#E4003B"
    # A person takes the colour of their latest party: Reform UK after the defection.
    assert graph.nodes[BASE + "person/lee-anderson"]["party_label"] == "Reform UK"
    assert graph.nodes[BASE + "election/2024-general-election"]["year"] == 2024


def test_every_fact_edge_names_its_sentence_and_article(graph: nx.MultiDiGraph) -> None:
    assert {d["kind"] for *_, d in graph.edges(data=True)} == {
        "candidacy", "won", "lost", "party-change", "membership", "contest"}
    for *_, data in graph.edges(data=True):
        assert data["summary"]
        if data["kind"] not in ("contest",):
            assert data["evidence"] and data["article"] and data["fact"].startswith(BASE + "article/")
    change = [d for *_, d in graph.edges(data=True) if d["kind"] == "party-change"]
    assert [(d["from_party_label"], d["to_party_label"], d["change"], d["evidence"]) for d in change] == [
        ("Conservative", "Reform UK", "defection", DEFECTION)]


def test_seat_flows_name_the_seats_and_articles(graph: nx.MultiDiGraph) -> None:
    flows = {(f.election, f.from_party, f.to_party): f for f in analyse(graph).seat_flows}
    labour = flows[("2024 general election", "Conservative", "Labour")]
    assert [(s.seat, s.winner, s.sources) for s in labour.seats] == [
        ("High Peak (2024–)", "Jon Pearce", ["east-midlands-2024"]),
        ("Tamworth", "Sarah Edwards", ["east-midlands-2024"])]
    assert labour.sentence().startswith("2024 general election: Labour gained 2 seats from Conservative: High Peak (2024–)")
    assert set(flows) == {("2024 general election", "Conservative", "Labour"),
                          ("2024 general election", "Labour", "Conservative"),
                          ("2024 general election", "Conservative", "Reform UK")}


def test_party_changes_careers_centrality_and_components(graph: nx.MultiDiGraph) -> None:
    result = analyse(graph)
    [flow] = result.party_change_flows
    assert (flow.from_party, flow.to_party) == ("Conservative", "Reform UK")
    assert [p.person for p in flow.people] == ["Lee Anderson"]
    assert flow.people[0].sources == ["ashfield-2024"] and flow.people[0].date == "2024-03-11"
    careers = {c.person: c for c in result.careers}
    assert set(careers) == {"Lee Anderson", "Robert Largan"}
    assert [(s.year, s.party, s.result) for s in careers["Lee Anderson"].steps] == [
        (2019, "Conservative", "won"), (2024, "Reform UK", "won")]
    top = result.top_by_degree[0]
    assert top.person == "Lee Anderson" and top.facts["party-change"] == 1 and "Reform UK" in top.neighbours
    assert result.top_by_betweenness[0].betweenness >= result.top_by_betweenness[-1].betweenness
    assert result.component_count == 1 and result.components[0].size == graph.number_of_nodes()


def test_places_of_one_name_are_told_apart_and_seats_take_their_winning_party(graph: nx.MultiDiGraph) -> None:
    seats = {n: d for n, d in graph.nodes(data=True) if d["type"] == "constituency"}
    assert seats[BASE + "constituency/ashfield-2010"]["label"] == "Ashfield (2010–2024)"
    assert seats[BASE + "constituency/ashfield-2024"]["label"] == "Ashfield (2024–)"
    assert seats[BASE + "constituency/tamworth-2024"]["label"] == "Tamworth"  # no other place of that name
    # A seat's party is the party that won it, never the person who did (the winner's edge is a `won` edge too).
    assert seats[BASE + "constituency/ashfield-2024"]["party_label"] == "Reform UK"
    assert seats[BASE + "constituency/leicester-east-2024"]["colour"] == graph.nodes[BASE + "party/conservative"]["colour"]
    assert all(graph.nodes[d["party"]]["type"] == "party" for d in seats.values() if "party" in d)


def test_views_keep_their_kinds_of_node_and_edge(graph: nx.MultiDiGraph) -> None:
    people = view(graph, "people")
    assert {d["type"] for _, d in people.nodes(data=True)} == {"person", "party"}
    assert {d["kind"] for *_, d in people.edges(data=True)} == {"membership", "party-change"}
    seats = view(graph, "seats")
    assert {d["type"] for _, d in seats.nodes(data=True)} == {"party", "constituency", "election"}
    assert {d["kind"] for *_, d in seats.edges(data=True)} == {"won", "lost", "contest"}
    assert view(graph, "full") is graph
    with pytest.raises(OutputError, match="unknown view 'nope'"):
        view(graph, "nope")


def test_analyse_command_prints_findings_or_json(sample: str) -> None:
    code, out, err = run("analyse", "--store", sample)
    assert code == 0, err
    assert "Labour gained 2 seats from Conservative: High Peak (2024–) (Jon Pearce)" in out
    assert "Conservative → Reform UK: 1 person: Lee Anderson (defection, 2024-03-11) [ashfield-2024]" in out
    assert ("Lee Anderson: 2019 general election, Ashfield (2010–2024) (Conservative, won) → "
            "2024 general election, Ashfield (2024–) (Reform UK, won)") in out
    code, out, _ = run("analyse", "--store", sample, "--format", "json")
    found = json.loads(out)
    assert code == 0 and found["party_change_flows"][0]["people"][0]["person"] == "Lee Anderson"


@pytest.mark.parametrize("command", [["analyse"], ["export", "--format", "json", "-o", "{tmp}/g.json"],
                                     ["viz", "-o", "{tmp}/g.html"], ["plot", "-o", "{tmp}/figures"]])
def test_an_empty_or_missing_store_is_one_line(command: list[str], tmp_path: Path) -> None:
    open_store(tmp_path / "empty", create=True).close()
    for where, message in ((tmp_path / "empty", "holds no articles"), (tmp_path / "missing", "no store here")):
        code, out, err = run(*(c.replace("{tmp}", str(tmp_path)) for c in command), "--store", str(where))
        assert code == 1 and message in err
        assert "Traceback" not in out + err and len(err.strip().splitlines()) == 1
    with open_store(tmp_path / "empty") as empty, pytest.raises(StoreError, match="holds no articles"):
        build_graph(empty)


@pytest.mark.parametrize("store_fixture", ["seeds_store", "dev_store"])
def test_the_graph_matches_the_store(store_fixture: str, request: pytest.FixtureRequest) -> None:
    """Whatever the extractors find today: one edge per fact, and every finding backed by edges."""
    store: GraphStore = request.getfixturevalue(store_fixture)
    graph = build_graph(store)
    kinds = Counter(d["kind"] for *_, d in graph.edges(data=True))
    assert kinds["candidacy"] == len(run_query(store, "candidacies").rows)
    assert kinds["party-change"] == sum(1 for r in run_query(store, "party-changes").rows if r[1] or r[2])
    results = run_query(store, "seat-results")
    assert sum(1 for u, _, d in graph.edges(data=True) if d["kind"] == "won" and graph.nodes[u]["type"] == "party") == (
        sum(1 for row in results.rows if row[results.variables.index("party")] is not None))
    result = analyse(graph)
    for flow in result.seat_flows:
        assert flow.seats and all(s.sources for s in flow.seats)
    for flow in result.party_change_flows:
        assert flow.people and all(p.sources for p in flow.people)
    assert sum(c.size for c in result.components) + len(result.isolated) <= graph.number_of_nodes()


MAYORALTY = """
PREFIX elex: <https://elexgraph.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
INSERT DATA { GRAPH <https://elexgraph.org/graph/mayor-2019> {
  <https://elexgraph.org/graph/mayor-2019> prov:wasDerivedFrom <https://elexgraph.org/id/article/mayor-2019> .
  <https://elexgraph.org/id/article/mayor-2019> a schema:NewsArticle ; elex:sourceId "mayor-2019" ;
      schema:headline "Example holds the mayoralty" ; elex:contentDigest "x" .
  <https://elexgraph.org/id/election/2019-mansfield-mayoral-election> a elex:Election, elex:MayoralElection ;
      rdfs:label "2019 Mansfield mayoral election" ; elex:year "2019"^^<http://www.w3.org/2001/XMLSchema#gYear> .
  <https://elexgraph.org/id/mayoralty/mansfield> a elex:Mayoralty ; rdfs:label "Ashfield" .
  <https://elexgraph.org/id/party/labour> a elex:PoliticalParty ; rdfs:label "Labour" .
  <https://elexgraph.org/id/article/mayor-2019/result-1> a elex:ElectionResult ;
      elex:electoralArea <https://elexgraph.org/id/mayoralty/mansfield> ;
      elex:election <https://elexgraph.org/id/election/2019-mansfield-mayoral-election> ;
      elex:winningParty <https://elexgraph.org/id/party/labour> ;
      prov:wasDerivedFrom <https://elexgraph.org/id/article/mayor-2019> ;
      elex:evidence <https://elexgraph.org/id/article/mayor-2019/result-1/evidence> .
  <https://elexgraph.org/id/article/mayor-2019/result-1/evidence> oa:hasSelector <https://elexgraph.org/id/article/mayor-2019/result-1/evidence#quote> .
  <https://elexgraph.org/id/article/mayor-2019/result-1/evidence#quote> oa:exact "Labour held the mayoralty." .
} }
"""


def test_a_place_of_another_class_is_a_seat_told_apart_by_its_kind(tmp_path: Path) -> None:
    """Mayoralties, police areas and council divisions get classes of their own: each is still a place,
    and one that shares a name with a constituency says what it is."""
    with open_store(sample_store(tmp_path), create=False) as store:
        store.update(MAYORALTY)
        graph = build_graph(store)
    place = graph.nodes[BASE + "mayoralty/mansfield"]
    assert place["type"] == "constituency" and place["label"] == "Ashfield mayoralty"
    assert place["place_kind"] == "Mayoralty" and place["party_label"] == "Labour"
    assert graph.nodes[BASE + "constituency/ashfield-2024"]["label"] == "Ashfield (2024–)"


def test_betweenness_is_among_the_linked_nodes_not_thousands_of_isolated_ones() -> None:
    """With the official files loaded, thousands of candidates no article names are nodes with no edge: counted,
    they shrank every person's betweenness to 0.000 and drew the sampled sources."""
    from elexgraph.views.findings import central_people

    graph = nx.MultiDiGraph()
    for node, kind in [("a", "constituency"), ("b", "constituency"), ("p", "person"), ("lab", "party")]:
        graph.add_node(node, type=kind, label=node.upper())
    graph.add_edge("p", "a", kind="candidacy")
    graph.add_edge("p", "b", kind="candidacy")
    graph.add_edge("p", "lab", kind="membership")
    for n in range(5000):
        graph.add_node(f"official-{n}", type="person", label=f"Official {n}")
    people, sampled = central_people(graph)
    assert not sampled
    assert [(p.person, p.betweenness) for p in people] == [("P", 1.0)]


def test_analyse_says_why_when_no_one_lies_between(tmp_path: Path) -> None:
    article = tmp_path / "one-seat.txt"
    article.write_text("Gedling result\n\nLabour's Ann Example won Gedling at the general election on 4 July 2024 "
                       "with 20,000 votes.\n")
    assert CliRunner().invoke(cli, ["build", str(article), "--store", str(tmp_path / "s")]).exit_code == 0
    out = CliRunner().invoke(cli, ["analyse", "--store", str(tmp_path / "s")]).stdout
    section = out.split("Top people by betweenness")[1].split("\n\n")[0]
    assert "no person lies on a path between two others" in section and "0.000" not in section
