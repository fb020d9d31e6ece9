"""The interactive page: self-contained, offline, and usable in headless Chromium (searched, clicked, filtered)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from elexgraph.analysis import build_graph
from elexgraph.cli import cli
from elexgraph.store.base import GraphStore
from elexgraph.viz import LIBRARY, page_data, render_page, write_page
from tests.graph_sample import DEFECTION, sample_graph, sample_store

LEE = "https://elexgraph.org/id/person/lee-anderson"


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
    from elexgraph.viz.screenshot import find

    assert page.evaluate("window.elexgraph.cy.nodes().length") > 0
    find(page, "Lee Anderson")
    assert "Lee Anderson" in page.inner_text("#matches")
    page.wait_for_function("window.elexgraph.cy.animated() === false")
    page.evaluate("document.getElementById('details').replaceChildren()")
    box = page.locator("#graph").bounding_box()
    where = f"window.elexgraph.cy.$id({LEE!r}).renderedPosition()"
    x, y = page.evaluate(f"(() => {{ const p = {where}; return [p.x, p.y]; }})()")
    page.mouse.click(box["x"] + x, box["y"] + y)
    details = page.inner_text("#details")
    assert details.startswith("Lee Anderson") and "PARTY CHANGE" in details.upper() and sentence in details
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


@pytest.mark.browser
def test_search_click_and_filter_in_chromium(graph: nx.MultiDiGraph, chromium: str, tmp_path: Path) -> None:
    from elexgraph.viz.screenshot import open_page

    write_page(graph, tmp_path / "page.html")
    with open_page(tmp_path / "page.html", chromium) as (page, requests):
        assert page.evaluate("window.elexgraph.cy.nodes().length") == graph.number_of_nodes()
        _click_shows_party_change(page, DEFECTION, tmp_path / "viz.png")
        page.select_option("#election", "2019 general election")
        kinds = page.evaluate("[...new Set(window.elexgraph.cy.edges().map((e) => e.data('kind')))].sort()")
        assert "won" not in kinds  # the 2024 results are filtered out; the 2019 candidacies stay
        page.uncheck("#kinds input[value='candidacy']")
        assert page.evaluate("window.elexgraph.cy.edges('[kind = \"candidacy\"]').length") == 0
    _assert_offline(requests)


@pytest.mark.browser
def test_lee_andersons_defection_on_the_seeds_page(seeds_store: GraphStore, chromium: str, tmp_path: Path) -> None:
    from elexgraph.viz.screenshot import open_page

    graph = build_graph(seeds_store)
    changes = [d for _, _, d in graph.out_edges(LEE, data=True) if d["kind"] == "party-change"] if LEE in graph else []
    if not changes:
        pytest.skip("the seeds graph has no party change of Lee Anderson yet (party-change extraction)")
    write_page(graph, tmp_path / "seeds.html")
    with open_page(tmp_path / "seeds.html", chromium) as (page, requests):
        _click_shows_party_change(page, changes[0]["evidence"], tmp_path / "seeds.png")
    _assert_offline(requests)


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
                           source=f"article-{article}", headline=f"Headline {article}")
            graph.add_edge(person, rng.choice(parties), f"membership/{article}/{n}", kind="membership",
                           summary="member")
    return graph


@pytest.mark.browser
@pytest.mark.slow
def test_a_10000_article_graph_is_capped_and_says_so(chromium: str, tmp_path: Path) -> None:
    from elexgraph.viz.screenshot import open_page

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
