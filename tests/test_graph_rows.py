"""Answers kept by graph follow writes (elexgraph/store/graphrows.py): after a build of more articles, an edited
article, a removal and an official load, each ``# @graph-rows`` question is answered by asking only the graphs
written, and its rows are a fresh SPARQL answer's, in its order (a question without ORDER BY: the same rows)."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
import pyoxigraph
from pyoxigraph import Literal, NamedNode

from elexgraph.build import build, remove
from elexgraph.cli import cli
from elexgraph.queries import NamedQuery, Value, all_queries, bound, load_query, whole, whole_question
from elexgraph.store import embedded, open_store
from elexgraph.store.answers import FILE_NAME, AnswerCache, answer_key, unpacked
from elexgraph.store.base import BoundQuery, QueryResult
from elexgraph.store.graphrows import Key, Unsortable, _ordered, graph_rows
from elexgraph.web.describe import described_page
from elexgraph.web.pages import INDEXES
from elexgraph.web.site import Site
from tests.official_data import load_one_seat

INTEGER = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
# Asked and kept themselves (not the rows that others are put together from: store/combined.py)
FOLLOWED = [q for q in all_queries() if graph_rows(whole(q) if q.narrows else q.sparql) and (not q.internal or q.keep)]


def rows(result: QueryResult) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in row) for row in result.rows]


def questions() -> list[BoundQuery]:
    """Each @graph-rows question as kept: whole (careers for every name, every party's summary), and the index
    lists for each index's class."""
    return [whole_question(q) if q.narrows else bound(q, values) for q in FOLLOWED for values in _values(q)]


def _values(query: NamedQuery) -> list[dict[str, Value]]:
    """The values a question is kept for: none, or (an index list) each index's class."""
    return [{"type": index.cls} for index in INDEXES] if "type" in query.params else [{}]


@pytest.fixture()
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many answers were followed from a kept one (each call appends the graphs it asked again)."""
    calls: list[int] = []
    real = embedded.followed

    def spy(rows, body, written, fresh):  # type: ignore[no-untyped-def]
        calls.append(len(written))
        return real(rows, body, written, fresh)

    monkeypatch.setattr(embedded, "followed", spy)
    return calls


def assert_as_sparql(path: Path) -> None:
    """Each question's rows are SPARQL's; as kept (with the graph and hidden keys), they are in the ORDER BY's
    order: the same keys row for row as a fresh SPARQL answer (rows tied on every key may come in either order,
    as SPARQL leaves them: two quotes of one sentence)."""
    with open_store(path, read_only=True) as store:
        for question in questions():
            assert sorted(rows(store.query(question))) == sorted(rows(store.query(question.text)))
            how = graph_rows(question.text)
            assert how is not None
            kept = AnswerCache(path).by_graph(answer_key(how.text))
            assert kept is not None
            variables, found = unpacked(kept[1])
            fresh = store.query(how.text)
            assert variables == fresh.variables and sorted(rows(QueryResult(variables, found))) == sorted(rows(fresh))
            at = [(variables.index(key.variable), key.unbound) for key in how.keys]
            assert [keys(row, at) for row in found] == [keys(row, at) for row in fresh.rows]


def keys(row: tuple[object, ...], at: list[tuple[int, bool]]) -> list[object]:
    """A row's ORDER BY keys: its value of each key's variable, or for !BOUND(?v) whether it is unbound."""
    return [row[i] is None if unbound else str(row[i]) for i, unbound in at]


def test_every_graph_rows_query_can_be_followed() -> None:
    assert {q.name for q in FOLLOWED} >= {"candidacies", "seat-results", "party-changes", "quotes", "roles",
                                          "party-switchers", "careers", "web-party", "web-election", "web-index",
                                          "web-index-facets", "web-index-counties"}


def first_built(shared: Path, tmp_path: Path) -> tuple[list[Path], Path, Path]:
    """The dev articles, the folder holding the first 30 of them, and a store built from it."""
    articles = sorted((shared / "dev" / "articles").glob("*.txt"))
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in articles[:30]:
        shutil.copy(article, folder)
    path = tmp_path / "store"
    with open_store(path, create=True) as store:
        build([folder], store)
    return articles, folder, path


def test_writes_are_followed_graph_by_graph(shared: Path, tmp_path: Path, counted: list[int]) -> None:
    articles, folder, path = first_built(shared, tmp_path)
    assert_as_sparql(path)  # asked whole, and kept
    assert counted == []
    for article in articles[30:]:
        shutil.copy(article, folder)
    with open_store(path) as store:
        build([folder], store)
    assert_as_sparql(path)
    assert len(counted) == len(questions()) and min(counted) >= len(articles) - 30
    edited = folder / articles[0].name
    edited.write_text(edited.read_text(encoding="utf-8").replace(" ", "  ", 3), encoding="utf-8")
    with open_store(path) as store:
        build([folder], store)
        remove([articles[1].stem], store)
    assert_as_sparql(path)
    load_one_seat(path, tmp_path)
    assert_as_sparql(path)
    assert len(counted) == 3 * len(questions())


def test_a_write_not_through_elexgraph_asks_whole_again(shared: Path, tmp_path: Path, counted: list[int]) -> None:
    path = tmp_path / "store"
    with open_store(path, create=True) as store:
        build([shared / "dev" / "articles"], store)
    assert_as_sparql(path)
    other = pyoxigraph.Store(str(path))  # as `oxigraph load` would write it: no record of the graphs written
    other.remove_graph(next(iter(other.named_graphs())))
    other.flush()
    del other
    assert_as_sparql(path)
    assert counted == []


def test_only_known_terms_are_ordered() -> None:
    numbers = {0: Literal("10", datatype=INTEGER), 1: Literal("9", datatype=INTEGER)}
    assert _ordered(numbers) == [1, 0]
    assert _ordered({0: Literal("b"), 1: Literal("a"), 2: Literal("Z")}) == [2, 1, 0]  # code points, as Oxigraph
    with pytest.raises(Unsortable):
        _ordered({0: Literal("a"), 1: Literal("1", datatype=INTEGER)})
    with pytest.raises(Unsortable):
        _ordered({0: Literal("a", language="en")})
    assert _ordered({0: NamedNode("https://example.org/b"), 1: NamedNode("https://example.org/a")}) == [1, 0]


def test_a_query_that_cannot_be_followed_says_so() -> None:
    flagged = "# @graph-rows\nSELECT ?a WHERE { GRAPH ?g { ?a ?b ?c } } ORDER BY DESC(?a) ?c (!BOUND(?b))"
    found = graph_rows(flagged)
    assert found is not None and found.extra == 3  # ?g, then ?c and ?b, which it orders by and does not project
    assert found.keys == (Key("a", descending=True), Key("c"), Key("b", unbound=True))
    with pytest.raises(ValueError):
        graph_rows("# @graph-rows\nSELECT ?a WHERE { GRAPH ?g { ?a ?b ?c } } ORDER BY STR(?a)")
    with pytest.raises(ValueError):
        graph_rows("# @graph-rows\nSELECT ?a WHERE { GRAPH ?g { ?a ?b ?c } } LIMIT 3")
    assert graph_rows(load_query("stats").sparql) is None


def test_a_build_follows_the_answers_kept(shared: Path, tmp_path: Path) -> None:
    """`elexgraph build` (and `remove`) follow each answer kept by graph themselves: the first ask after is kept."""
    articles = sorted((shared / "dev" / "articles").glob("*.txt"))
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in articles[:20]:
        shutil.copy(article, folder)
    store = str(tmp_path / "store")
    assert CliRunner().invoke(cli, ["build", str(folder), "--store", store]).exit_code == 0
    with open_store(store, read_only=True) as opened:
        assert all(opened.kept(question) is None for question in questions())
        for question in questions()[:3]:  # kept: these follow; the others were never asked
            opened.query(question)
    for article in articles[20:25]:
        shutil.copy(article, folder)
    assert CliRunner().invoke(cli, ["build", str(folder), "--store", store]).exit_code == 0
    assert CliRunner().invoke(cli, ["remove", articles[0].stem, "--store", store]).exit_code == 0
    with open_store(store, read_only=True) as opened:
        kept = [opened.kept(question) is not None for question in questions()]
        assert kept == [True] * 3 + [False] * (len(kept) - 3)
    assert_as_sparql(Path(store))


def test_a_long_read_of_the_answers_does_not_lose_a_writes_record(shared: Path, tmp_path: Path,
                                                                  counted: list[int]) -> None:
    """A server reading a kept answer while a build closes: the build's record of its graphs is still kept."""
    articles = sorted((shared / "dev" / "articles").glob("*.txt"))
    path = tmp_path / "store"
    with open_store(path, create=True) as store:
        build(articles[:10], store)
    assert_as_sparql(path)
    reader = sqlite3.connect(path / FILE_NAME)
    reader.execute("BEGIN")
    assert reader.execute("SELECT body FROM by_graph").fetchone()  # a read under way
    with open_store(path) as store:
        build(articles[10:14], store)
    reader.close()
    assert_as_sparql(path)
    assert len(counted) == len(questions())


COMBINED = [q for q in all_queries() if q.combined and not q.params]  # quotes-by: below


def combined_rows(result: QueryResult) -> list[tuple[object, ...]]:
    """The rows, with a GROUP_CONCAT of headlines as the set it joins (SPARQL leaves their order to the engine)."""
    at = result.variables.index("sources") if "sources" in result.variables else -1
    return sorted((*cells[:at], frozenset(cells[at].split(" | ")), *cells[at + 1:]) if at >= 0 else cells
                  for cells in rows(result))


def assert_combined_as_sparql(path: Path) -> None:
    """Each question put together from rows kept by graph (store/combined.py) gives SPARQL's rows, in order of its
    ORDER BY keys."""
    with open_store(path, read_only=True) as store:
        for query in COMBINED:
            question = bound(query, {})
            found, fresh = store.query(question), store.query(question.text)
            assert found.variables == fresh.variables
            assert combined_rows(found) == combined_rows(fresh)
            at = [found.variables.index(v) for v in ("majority", "election", "constituency") if v in found.variables]
            assert [[row[i] for i in at] for row in found.rows] == [[row[i] for i in at] for row in fresh.rows]
            assert store.kept(question) is not None


def test_combined_questions_follow_writes(shared: Path, tmp_path: Path, counted: list[int]) -> None:
    assert {q.name for q in COMBINED} == {"seat-changes", "closest-contests"}
    articles, folder, path = first_built(shared, tmp_path)
    assert_combined_as_sparql(path)  # the rows asked whole, and kept by graph
    assert counted == []
    for article in articles[30:]:
        shutil.copy(article, folder)
    store_path = str(path)
    assert CliRunner().invoke(cli, ["build", str(folder), "--store", store_path]).exit_code == 0
    with open_store(path, read_only=True) as opened:  # followed by the build itself (never asked whole by it)
        assert all(opened.kept(bound(query, {})) is not None for query in COMBINED)
    assert_combined_as_sparql(path)
    with open_store(path) as store:
        remove([articles[1].stem], store)
    load_one_seat(path, tmp_path)
    assert_combined_as_sparql(path)
    assert counted == [2] * len(COMBINED)  # the removal and the official load, followed together


def test_quotes_by_is_cut_from_the_quotes_kept_by_graph(shared: Path, tmp_path: Path) -> None:
    """quotes-by for a name: SPARQL's rows, in its order (by headline), once every quote's rows are kept (answered
    ahead by `optimize`, followed by `build`); before, SPARQL's own answer (a first ask does not pay for every
    quote)."""
    articles = sorted((shared / "dev" / "articles").glob("*.txt"))
    path = tmp_path / "store"
    with open_store(path, create=True) as store:
        build(articles[:30], store)
    quotes_by = load_query("quotes-by")
    names = ["", "an", "mr", "e"]
    with open_store(path, read_only=True) as store:
        store.query(bound(quotes_by, {"person": "an"}))
        assert AnswerCache(path).by_graph(answer_key(graph_rows(load_query("quotes-by-rows").sparql).text)) is None
        store.query(bound(load_query("quotes-by-rows"), {}))  # as `optimize` answers it ahead
    with open_store(path) as store:
        build(articles[30:], store)
    with open_store(path, read_only=True) as store:
        for name in names:
            question = bound(quotes_by, {"person": name})
            found, fresh = store.query(question), store.query(question.text)
            assert sorted(rows(found)) == sorted(rows(fresh)) and found.variables == fresh.variables
            assert [row[2] for row in found.rows] == [row[2] for row in fresh.rows]  # two quotes of a sentence tie
            assert store.kept(question) is not None


def test_an_elections_facts_are_kept_by_graph_and_follow_a_build(shared: Path, tmp_path: Path,
                                                                  counted: list[int]) -> None:
    """The list of an election's facts that its page pages through is kept by the store (web/describe.py
    KEPT_FACTS) and after a build only the graphs written are listed again: the facts a fresh SPARQL lists."""
    articles = sorted((shared / "dev" / "articles").glob("*.txt"))
    path = tmp_path / "store"
    with open_store(path, create=True) as store:
        build(articles[:30], store)
    site = Site("https://elexgraph.org/", "https://elexgraph.org/")
    election = NamedNode("https://elexgraph.org/id/election/2024-general-election")
    listing = bound(load_query("web-resource-facts"), {"resource": election})
    with open_store(path, read_only=True) as store:
        assert described_page(store, site, election.value).triples
        how = graph_rows(listing.text)
        assert how is not None and AnswerCache(path).by_graph(answer_key(how.text)) is not None
    with open_store(path) as store:
        build(articles[30:], store)
    with open_store(path, read_only=True) as store:
        assert described_page(store, site, election.value).triples
        assert counted == [len(articles) - 30]
        assert sorted(rows(store.query(replace(listing, keep=True)))) == sorted(rows(store.query(listing.text)))
