"""The interactive page: self-contained, offline, and usable in headless Chromium (searched, clicked, filtered)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from elexgraph.views import build_graph
from elexgraph.cli import cli
from elexgraph.store.base import GraphStore
from elexgraph.views.viz import LIBRARY, page_data, render_page, write_page
from tests.graph_sample import DEFECTION, sample_graph, sample_store

LEE = "https://elexgraph.org/id/person/lee-anderson"
ASHFIELD_2024 = "https://elexgraph.org/id/constituency/ashfield-2024"
UNDIMMED = "window.elexgraph.cy.nodes().filter((n) => !n.hasClass('dimmed')).map((n) => n.id()).sort()"


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return sample_graph(tmp_path_factory.mktemp("sample"))


def test_the_page_is_self_contained(graph: nx.MultiDiGraph) -> None:
    html = render_page(graph)
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html), "the page must load nothing"
    assert LIBRARY.read_text(encoding="utf-8")[:200] in html
    assert (LIBRARY.parent / "LICENSE").read_text(encoding="utf-8").startswith("Copyright")
    assert html.count("</script>") == 3  # the library, the data and the app; no "</" leaks out of the data


def test_page_data_holds_every_fact_once_with_its_article(graph: nx.MultiDiGraph) -> None:
    data = page_data(graph)
    assert len(data["nodes"]) == graph.number_of_nodes() and len(data["edges"]) == graph.number_of_edges()
    [change] = [e for e in data["edges"] if e["kind"] == "party-change"]
    assert change["evidence"] == DEFECTION and data["articles"][change["article"]][0] == "ashfield-2024"
    assert data["elections"] == ["2019 general election", "2024 general election"]
    assert data["election"] == "2024 general election"  # the one with the most seat results: the overview


def test_a_seat_carries_its_winning_party_at_each_election(graph: nx.MultiDiGraph) -> None:
    seats = {n["id"]: n for n in page_data(graph)["nodes"] if n["type"] == "constituency"}
    assert seats[ASHFIELD_2024]["winners"] == {"2024 general election": "https://elexgraph.org/id/party/reform-uk"}
    assert seats[ASHFIELD_2024]["label"] == "Ashfield (2024–)"
    assert seats[ASHFIELD_2024]["details"]["boundaries"] == "2024–"


def test_viz_command_and_its_mistakes(tmp_path: Path) -> None:
    store = str(sample_store(tmp_path))
    result = CliRunner().invoke(cli, ["viz", "--store", store, "-o", str(tmp_path / "g.html")])
    assert result.exit_code == 0 and (tmp_path / "g.html").stat().st_size > 100_000
    result = CliRunner().invoke(cli, ["viz", "--store", store, "-o", str(tmp_path / "none" / "g.html")])
    assert result.exit_code == 1 and "cannot write" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def _assert_offline(requests: list[str]) -> None:
    assert requests, "no request was recorded at all"
    assert all(url.startswith(("file://", "data:", "about:")) for url in requests), requests


def _click_shows_party_change(page: object, sentence: str, shot: Path) -> None:
    """Search for Lee Anderson as a reader would, then click his node and read his facts."""
    from scripts.screenshot import find

    assert page.evaluate("window.elexgraph.cy.nodes().length") > 0
    find(page, "Lee Anderson")
    assert "Lee Anderson" in page.inner_text("#matches")
    page.evaluate("document.getElementById('details').replaceChildren()")
    box = page.locator("#graph").bounding_box()
    where = f"window.elexgraph.cy.$id({LEE!r}).renderedPosition()"
    x, y = page.evaluate(f"(() => {{ const p = {where}; return [p.x, p.y]; }})()")
    page.mouse.click(box["x"] + x, box["y"] + y)
    details = page.inner_text("#details")
    assert details.startswith("Lee Anderson") and "PARTY CHANGE" in details.upper() and sentence in details
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def overview(graph: nx.MultiDiGraph, election: str) -> set[str]:
    """What the page opens on: parties and seats linked by a fact of that election (or of none)."""
    kept = {"party", "constituency"}
    return {end for u, v, d in graph.edges(data=True) for end in (u, v)
            if graph.nodes[u]["type"] in kept and graph.nodes[v]["type"] in kept
            and d.get("election_label", election) == election}


def neighbourhood(graph: nx.MultiDiGraph, node: str) -> list[str]:
    return sorted({node, *graph.successors(node), *graph.predecessors(node)})


@pytest.mark.browser
def test_search_click_and_filter_in_chromium(graph: nx.MultiDiGraph, chromium: str, tmp_path: Path) -> None:
    from scripts.screenshot import open_page

    write_page(graph, tmp_path / "page.html")
    with open_page(tmp_path / "page.html", chromium) as (page, requests):
        drawn = set(page.evaluate("window.elexgraph.cy.nodes().map((n) => n.id())"))
        assert drawn == overview(graph, "2024 general election")
        _click_shows_party_change(page, DEFECTION, tmp_path / "viz.png")
        page.keyboard.press("Escape")
        page.select_option("#election", "2019 general election")
        page.check("#types input[value='person']")
        kinds = page.evaluate("[...new Set(window.elexgraph.cy.edges().map((e) => e.data('kind')))].sort()")
        assert "won" not in kinds  # the 2024 results are filtered out; the 2019 candidacies stay
        page.uncheck("#kinds input[value='candidacy']")
        assert page.evaluate("window.elexgraph.cy.edges('[kind = \"candidacy\"]').length") == 0
    _assert_offline(requests)


@pytest.mark.browser
def test_seeds_page_opens_readable_and_search_isolates_lee_anderson(seeds_store: GraphStore, chromium: str,
                                                                    tmp_path: Path) -> None:
    """The page opened as a hairball of every node's label; a search now isolates one neighbourhood."""
    from scripts.screenshot import find, open_page

    graph = build_graph(seeds_store)
    write_page(graph, tmp_path / "seeds.html")
    with open_page(tmp_path / "seeds.html", chromium) as (page, requests):
        election = page_data(graph)["election"]
        assert set(page.evaluate("window.elexgraph.cy.nodes().map((n) => n.id())")) == overview(graph, election)
        # Every node's label at once overlapped in 182 pairs of 119 nodes; the overview keeps to a few.
        assert page.evaluate(OVERLAPPING_LABELS) <= page.evaluate("window.elexgraph.cy.nodes().length") / 2
        find(page, "Lee Anderson")
        assert page.evaluate(UNDIMMED) == neighbourhood(graph, LEE)
        assert page.evaluate("window.elexgraph.cy.nodes('.dimmed').length") > 0
        inside = page.evaluate("""(() => { const box = window.elexgraph.cy.extent();
            return window.elexgraph.cy.nodes().filter((n) => !n.hasClass('dimmed')).every((n) => {
              const p = n.position(); return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2; }); })()""")
        assert inside, "the view does not frame the neighbourhood"
        changes = [d for _, _, d in graph.out_edges(LEE, data=True) if d["kind"] == "party-change"]
        if changes:
            _click_shows_party_change(page, changes[0]["evidence"], tmp_path / "seeds.png")
        page.keyboard.press("Escape")
        assert page.evaluate("window.elexgraph.cy.nodes('.dimmed').length") == 0
    _assert_offline(requests)


# Pairs of drawn nodes whose label boxes overlap.
OVERLAPPING_LABELS = """(() => {
  const boxes = window.elexgraph.cy.nodes().map((n) => n.boundingBox({includeNodes: false, includeLabels: true}));
  let pairs = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs++;
  }
  return pairs; })()"""


def big_graph(articles: int = 10_000, seed: int = 0) -> nx.MultiDiGraph:
    """A graph the size 10,000 articles would give: three candidacies an article, people standing again."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    parties = [f"party/{i}" for i in range(20)]
    seats = [f"seat/{i}" for i in range(150)]
    elections = [f"election/{year}" for year in range(2010, 2025, 2)]
    for kind, names in (("party", parties), ("constituency", seats), ("election", elections)):
        graph.add_nodes_from((n, {"label": n, "type": kind, "colour": "#336699"}) for n in names)
    for article in range(articles):
        for n in range(3):
            person = f"person/{rng.randrange(articles * 2)}"
            graph.add_node(person, label=f"Person {person}", type="person", colour="#993366")
            election = rng.choice(elections)
            graph.add_edge(person, rng.choice(seats), f"fact/{article}/{n}", kind="candidacy", summary="stood",
                           election_label=election, year=int(election[-4:]), evidence=f"Sentence {article}.{n}.",
                           article=f"article-{article}", headline=f"Headline {article}")
            graph.add_edge(person, rng.choice(parties), f"membership/{article}/{n}", kind="membership",
                           summary="member")
    return graph


@pytest.mark.browser
@pytest.mark.slow
def test_a_10000_article_graph_is_capped_and_says_so(chromium: str, tmp_path: Path) -> None:
    from scripts.screenshot import open_page

    graph = big_graph()
    write_page(graph, tmp_path / "big.html", max_drawn=300)
    with open_page(tmp_path / "big.html", chromium) as (page, requests):
        drawn = page.evaluate("window.elexgraph.cy.nodes().length")
        assert 0 < drawn <= 300
        status = page.inner_text("#status")
        assert f"of {graph.number_of_nodes()} nodes" in status and "capped" in status
        page.fill("#search", "Person person/7")
        assert "Person person/7" in page.inner_text("#matches")
        page.screenshot(path=str(tmp_path / "big.png"))
    _assert_offline(requests)
