"""The contract queries read rows worked out at build time (elexgraph/answers.py): they must give exactly what
joining the facts gives (queries/rows-*.rq) after every way the store changes — a build, an edit, a removal,
an official load that joins people to official candidates — on the embedded store and on a SPARQL server, and
a store built before the rows existed gets them at its next build."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import Store

from elexgraph.answers import CONTRACT, VERSION
from elexgraph.build import build, remove
from elexgraph.official.load import load
from elexgraph.queries import run_query
from elexgraph.store import open_store
from elexgraph.store.base import GraphStore, Term
from elexgraph.store.remote import RemoteStore
from tests.conftest import SEEDS
from tests.official_data import east_midlands_rows
from tests.test_incremental import ALPHA, articles  # noqa: F401 - articles: the fixture of two articles

ANSWER = "https://elexgraph.org/ontology/answer#"


def percent(fraction: Term | None) -> Term | None:
    """A share as candidacies gives it: the stored fraction times 100, by the engine's own arithmetic."""
    if fraction is None:
        return None
    return next(iter(Store().query(f"SELECT (({fraction}) * 100 AS ?share) {{}}")))["share"]


def rows(store: GraphStore, query: str) -> Counter[tuple[str, ...]]:
    """The rows of `query`, as a multiset of the named query's columns (a joining query has more: ?at, ?year;
    and it gives the stored fraction where candidacies gives the share in percent)."""
    named = run_query(store, query.removeprefix("rows-")).variables
    result = run_query(store, query)
    got = [dict(zip(result.variables, row)) for row in result.rows]
    if "fraction" in result.variables:
        got = [row | {"share": percent(row["fraction"])} for row in got]
    return Counter(tuple(str(row[column]) for column in named) for row in got)


def assert_answers_right(store: GraphStore) -> None:
    for query in CONTRACT:
        assert rows(store, query) == rows(store, f"rows-{query}"), query


def graph_rows(store: GraphStore, query: str) -> int:
    return len(store.query(f'SELECT ?row WHERE {{ GRAPH ?g {{ ?row <{ANSWER}query> "{query}" }} }}').rows)


def test_the_rows_are_the_joined_facts_on_seeds_and_dev(dev_store: GraphStore) -> None:
    assert_answers_right(dev_store)
    for query in CONTRACT:
        assert len(run_query(dev_store, query).rows) == graph_rows(dev_store, query) > 0


def test_an_edit_and_a_removal_keep_the_rows_right(tmp_path: Path, articles: Path) -> None:
    with open_store(tmp_path / "store", create=True) as store:
        build([articles], store)
        assert_answers_right(store)
        before = {q: sum(rows(store, q).values()) for q in CONTRACT}
        assert before["candidacies"] and before["quotes"]
        (articles / "alpha.txt").write_text(ALPHA.replace("17,267", "17,270"), encoding="utf-8")
        build([articles], store)
        assert_answers_right(store)
        assert any(row[4] == '"17270"^^<http://www.w3.org/2001/XMLSchema#integer>'
                   for row in rows(store, "candidacies"))
        remove(["beta"], store)
        assert_answers_right(store)
        assert not rows(store, "quotes")  # beta's quote went with its graph
        assert all(row[-1] == '"alpha"' for q in CONTRACT for row in rows(store, q))


def test_an_official_load_keeps_the_rows_right(tmp_path: Path, shared: Path) -> None:
    files = [east_midlands_rows(shared, "HoC-GE2024-results-by-candidate.csv", tmp_path)]
    with open_store(tmp_path / "store", create=True) as store:
        build([SEEDS], store)
        before = {q: rows(store, q) for q in CONTRACT}
        report = load(files, store)
        assert report.aligned  # people joined official candidates: their article graphs were rewritten
        assert {q: rows(store, q) for q in CONTRACT} == before
        assert_answers_right(store)


def joined(store: GraphStore, query: str, column: str, fragment: str) -> Counter[tuple[str, ...]]:
    """What `query` answered when it joined the facts: the distinct rows of its joining query whose `column`
    holds `fragment` (any case), in the named query's columns."""
    named = run_query(store, query.removeprefix("rows-"), {"name" if "careers" in query else "person": ""}).variables
    result = run_query(store, query)
    at, match = [result.variables.index(c) for c in named], result.variables.index(column)
    return Counter({tuple(str(row[i]) for i in at) for row in result.rows if fragment in str(row[match]).lower()})


def test_careers_and_quotes_by_read_the_news_and_official_rows(tmp_path: Path, shared: Path) -> None:
    files = [east_midlands_rows(shared, f"HoC-GE{year}-results-by-candidate.csv", tmp_path) for year in (2019, 2024)]
    with open_store(tmp_path / "store", create=True) as store:
        build([SEEDS], store)
        load(files, store)
        for fragment in ("", "an", "son"):
            careers = run_query(store, "careers", {"name": fragment})
            assert Counter(tuple(map(str, row)) for row in careers.rows) == joined(store, "rows-careers", "person",
                                                                                     fragment)
            quotes = run_query(store, "quotes-by", {"person": fragment})
            assert Counter(tuple(map(str, row)) for row in quotes.rows) == joined(store, "rows-quotes-by", "name",
                                                                                    fragment)
        sources = {str(row[-2]) for row in run_query(store, "careers", {"name": ""}).rows}
        official = {f'"General election {year} results by candidate (House of Commons Library)"' for year in (2019, 2024)}
        assert official < sources and len(sources) > len(official)  # the files and the articles


def test_a_store_built_before_the_rows_gets_them_at_the_next_build(tmp_path: Path, articles: Path) -> None:
    with open_store(tmp_path / "store", create=True) as store:
        build([articles], store)
        store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?row <{ANSWER}query> ?q ; ?p ?o }} }}; "
                     f"DELETE WHERE {{ GRAPH ?g {{ ?g <{ANSWER}version> ?v }} }}")
        assert not run_query(store, "candidacies").rows
        report = build([articles], store)
        assert len(report.built) == 2  # redone, though the files and extractors are unchanged
        assert_answers_right(store)
        assert {str(v) for _, v in run_query(store, "answers-version").rows} == {f'"{VERSION}"'}
        assert not build([articles], store).built  # and then skipped again


@pytest.mark.server
def test_the_rows_on_a_sparql_server(oxigraph_server: str) -> None:
    store = RemoteStore(oxigraph_server)
    store.remove_graphs(store.named_graphs())
    build([SEEDS], store)
    assert_answers_right(store)
    remove(["003_b1bc0e197189bc75"], store)
    assert_answers_right(store)
    assert {row[-1] for row in rows(store, "candidacies")} == {'"000_397d9a54dd9b3fa5"'}
