"""Issue 17: a majority the build works out (the winner's votes less the runner-up's) is marked as derived in the
graph and on the pages, and one worked out from votes `check` found wrong is kept out of the closest contests
and the majorities plot (a copied line's figures gave one seat a majority no article reported)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pyoxigraph import Literal

from elexgraph.views.graph import build_graph
from elexgraph.articles import Article
from elexgraph.check import check, write_findings
from elexgraph.facts import ArticleFacts, Candidacy, Election, Evidence, Person, SeatResult
from elexgraph.iris import Minter
from elexgraph.views.plot import majorities_figure
from elexgraph.queries import bound, load_query, run_query
from elexgraph.store import open_store
from elexgraph.triples import article_quads
from elexgraph.vocab import ELEX
from elexgraph.web.describe import describe
from elexgraph.rdfio import RDF_FORMATS
from elexgraph.web.pages import resource_page
from elexgraph.web.site import Site

ELECTION = Election("general", 2024, "2024-07-04")
# Two seats whose winners are printed with the same votes and share: one line's figures copied to the other.
LINES = (
    ("Broxtowe", "Jane Roe", "Labour", 15000, 40.0, 1),
    ("Broxtowe", "Tom Poe", "Conservative", 10579, 28.0, 2),
    ("Nottingham South", "Ann Exe", "Labour", 15000, 40.0, 1),
    ("Nottingham South", "Sam Wye", "Reform UK", 11000, 29.0, 2),
)
TEXT = "Results across the county\n\n" + "\n".join(f"{p} ({party}) : {v:,}" for _, p, party, v, _, _ in LINES) + "\n"


def _evidence(line: str) -> Evidence:
    start = TEXT.index(line)
    return Evidence(line, start, start + len(line))


def _facts() -> tuple[Article, ArticleFacts]:
    article = Article(id="derived-2024", path=Path("derived-2024.txt"), text=TEXT, title="Results across the county",
                      digest=hashlib.sha256(TEXT.encode()).hexdigest(), date="2024-07-05", publisher="Anytown Post")
    facts: list = []
    for seat, person, party, votes, share, rank in LINES:
        facts.append(Candidacy(_evidence(f"{person} ({party})"), "result_lists", ELECTION, seat, person, party, votes,
                               share, rank))
    for seat, winner, runner_up in (("Broxtowe", LINES[0], LINES[1]), ("Nottingham South", LINES[2], LINES[3])):
        facts.append(SeatResult(_evidence(f"{winner[1]} ({winner[2]})"), "result_lists", ELECTION, seat, winner[1],
                                winner[2], majority=winner[3] - runner_up[3], derived=("majority",)))
    people = {line[1]: Person(line[1]) for line in LINES}
    return article, ArticleFacts(people=people, facts=facts)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path, minter = tmp_path_factory.mktemp("derived") / "store", Minter()
    article, facts = _facts()
    with open_store(path, create=True) as store:
        store.replace_graphs({minter.graph(article.id): article_quads(article, facts, minter)})
        findings = check(store)
        write_findings(store, findings, minter)
    return path


def test_a_derived_majority_says_so_in_the_graph() -> None:
    article, facts = _facts()
    quads = article_quads(article, facts, Minter())
    derived = [q for q in quads if q.predicate == ELEX.derived]
    assert len(derived) == 2 and {q.object for q in derived} == {Literal("majority")}
    printed = ArticleFacts(people=facts.people, facts=[
        SeatResult(_evidence("Jane Roe (Labour)"), "result_lists", ELECTION, "Broxtowe", "Jane Roe", "Labour", majority=4421)])
    assert not [q for q in article_quads(article, printed, Minter()) if q.predicate == ELEX.derived]


def test_a_worked_out_gain_or_hold_says_so_in_the_graph() -> None:
    article, facts = _facts()
    worked_out = ArticleFacts(people=facts.people, facts=[
        SeatResult(_evidence("Jane Roe (Labour)"), "result_lists", ELECTION, "Broxtowe", "Jane Roe", "Labour", "hold",
                   "Labour", 4421, derived=("outcome", "previous_party"))])
    derived = {q.object for q in article_quads(article, worked_out, Minter()) if q.predicate == ELEX.derived}
    assert derived == {Literal("outcome"), Literal("previous_party")}


def test_check_finds_the_copied_figures(store_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        rows = run_query(store, "discrepancies").rows
    assert rows, "the twins check found no copied line"


def test_closest_contests_leave_out_a_majority_worked_out_from_doubted_votes(store_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        result = run_query(store, "closest-contests")
    rows = [dict(zip(result.variables, (getattr(t, "value", None) for t in row))) for row in result.rows]
    # The twins check doubts one of the two seats' winners (the first by name): that seat's majority goes.
    assert [(r["constituency"], r["majority"], r["derived"]) for r in rows] == [("Nottingham South", "4000", "majority")]
    with open_store(store_path, read_only=True) as store:  # put together from the rows kept by graph: the same
        assert store.kept(bound(load_query("closest-contests"), {})) is not None
        assert run_query(store, "closest-contests").rows == result.rows


def test_the_majorities_plot_leaves_it_out_too(store_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        graph = build_graph(store)
    wins = {graph.nodes[seat]["label"]: data for _, seat, data in graph.edges(data=True) if data.get("kind") == "won"}
    assert wins["Broxtowe"]["majority_doubted"] and wins["Nottingham South"]["majority_derived"]
    assert "majority_doubted" not in wins["Nottingham South"]
    texts = [t.get_text() for t in majorities_figure(graph).axes[0].get_yticklabels()]
    assert any("Nottingham South" in t for t in texts) and not any("Broxtowe" in t for t in texts)


def test_the_pages_say_a_majority_is_derived(store_path: Path) -> None:
    site = Site("https://elexgraph.org/", "https://elexgraph.org/")
    person = site.iri("id/person/ann-exe")
    with open_store(store_path, read_only=True) as store:
        page = resource_page(store, site, person, describe(store, site, person), "/doc/person/ann-exe", RDF_FORMATS)
    assert "majority 4,000 (derived)" in page
