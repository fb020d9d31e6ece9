"""Named queries: every file documents itself and parses; parameters are bound, never spliced."""

from __future__ import annotations

import pyoxigraph
import pytest

from elexgraph.errors import QueryError
from elexgraph.queries import all_queries, bind, load_query, run_query, sparql_literal
from elexgraph.store.base import GraphStore

CONTRACT = {
    "candidacies": ["election", "constituency", "person", "party", "votes", "share", "rank", "source", "evidence", "article"],
    "seat-results": ["election", "constituency", "winner", "party", "outcome", "previous_party", "majority", "source", "evidence", "article"],
    "party-changes": ["person", "from_party", "to_party", "kind", "date", "source", "evidence", "article"],
    "quotes": ["speaker", "quote", "source", "evidence", "article"],
    "roles": ["person", "role", "source", "evidence", "article"],
}


@pytest.mark.parametrize("query", all_queries(), ids=lambda q: q.name)
def test_every_query_has_a_header_and_parses(query) -> None:
    assert query.sparql.startswith("# "), f"{query.path.name} must open with a comment saying what it answers"
    assert query.summary
    params = {name: "x" for name in query.params}
    pyoxigraph.Store().query(bind(query, params))  # raises SyntaxError if malformed


@pytest.mark.parametrize(("name", "columns"), CONTRACT.items())
def test_contract_queries_answer_their_columns(seeds_store: GraphStore, name: str, columns: list[str]) -> None:
    assert run_query(seeds_store, name).variables == columns


@pytest.mark.parametrize("value", [
    'x" } } DROP ALL ; SELECT * WHERE { ?s ?p "',
    "x' . ?s ?p ?o } #",
    "line\nbreak\\ and \"quotes\"",
    "}}}",
])
def test_a_parameter_value_cannot_change_the_query(seeds_store: GraphStore, value: str) -> None:
    query = load_query("quotes-by")
    bound = bind(query, {"person": value})
    assert bound.count("VALUES") == 1
    result = seeds_store.query(bound)
    assert result.rows == []
    assert len(seeds_store.named_graphs()) == 2


def test_sparql_literal_round_trips() -> None:
    store = pyoxigraph.Store()
    for value in ['a "quoted" word', "back\\slash", "tab\tnew\nline", "plain"]:
        answer = store.query(f"SELECT ?v WHERE {{ BIND ({sparql_literal(value)} AS ?v) }}")
        assert next(iter(answer))["v"].value == value


def test_bound_parameter_selects(seeds_store: GraphStore) -> None:
    everyone = run_query(seeds_store, "quotes")
    if not everyone.rows:
        pytest.skip("no quotes extracted yet")
    speaker = everyone.rows[0][0].value
    mine = run_query(seeds_store, "quotes-by", {"person": speaker.split()[-1].upper()})
    assert mine.rows and all(speaker.split()[-1].lower() in row[0].value.lower() for row in mine.rows)


def test_parameter_mistakes() -> None:
    with pytest.raises(QueryError, match="needs --param"):
        bind(load_query("careers"), {})
    with pytest.raises(QueryError, match="has no parameter"):
        bind(load_query("candidacies"), {"person": "x"})
