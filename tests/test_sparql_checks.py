"""Issues 17 and 18, the endpoint's parts that need no server: the checks made before a query is parsed (a lexer,
not a regex), the query's normal form, format= values, the internal queries, the VoID cache, log rate limits."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable

import pytest
from pyoxigraph import NamedNode

from elexgraph.queries import all_queries, user_queries
from elexgraph.rdfio import N3, NQUADS, RDFXML, TRIG, TURTLE
from elexgraph.store.base import QueryResult
from elexgraph.web.statecache import StateCache
from elexgraph.web.guard import RateLimited
from elexgraph.web.site import Site
from elexgraph.web.sparql import (SELECT_CSV, SELECT_JSON, SELECT_XML, ProtocolError, _table, check_query,
                                  effective_accept, examples, formats_for)

TARGET = "<http://127.0.0.1:1/x>"


@pytest.mark.parametrize("query", [
    'SELECT ?q WHERE { ?s ?p ?q FILTER(CONTAINS(LCASE(?q), "service")) }',
    "# public services\nSELECT * WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s <http://example.org/service> ?o }",
    "PREFIX service: <http://example.org/> SELECT * WHERE { ?s service:service ?service }",
    'SELECT * WHERE { ?s ?p "public service"@en }',
    "SELECT * WHERE { ?s ?p '''a SERVICE\nover two lines''' }",
    'SELECT * WHERE { ?s ?p "quoted \\" SERVICE <x> {}" }',
    "SELECT ?service $service WHERE { ?service ?p ?o }",
    'SELECT * WHERE { ?s ?p ?o FILTER(LANG(?o) = "service") } # SERVICE <http://x/> {}',
], ids=["string", "comment", "iri", "prefixed-names", "language-string", "long-string", "escaped-quote", "variables",
        "comment-after-code"])
def test_the_word_service_outside_code_runs(query: str) -> None:
    """Issue 17: any query holding the word (a string, a comment) was refused '400 SERVICE is refused'."""
    check_query(query)


@pytest.mark.parametrize("query", [
    f"SELECT * WHERE {{ SERVICE {TARGET} {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ ?s ?p 1 sErViCe SILENT {TARGET} {{ ?a ?b ?c }} }}",
    f"SELECT * WHERE {{ ?s ?p ?o .SERVICE{TARGET}{{ ?a ?b ?c }} }}",
    f"PREFIX ex: <http://example.org/> SELECT * WHERE {{ ?s ?p ex:a\\#b SERVICE {TARGET} {{ ?a ?b ?c }} }}",
    f"SELECT * WHERE {{ ?s ?p ?o FILTER(?a<?b) SERVICE {TARGET} {{ ?a ?b ?c }} FILTER(?c>?d) }}",
    f'SELECT * WHERE {{ ?s ?p "a" # "\nSERVICE {TARGET} {{ ?a ?b ?c }} }}',
], ids=["plain", "case-silent", "no-spaces", "escaped-hash-in-a-name", "less-than-greater-than", "comment-ends"])
def test_the_service_keyword_is_refused(query: str) -> None:
    with pytest.raises(ProtocolError) as refused:
        check_query(query)
    assert refused.value.status == 400 and "SERVICE is refused" in refused.value.message


def test_a_string_that_never_ends_is_malformed() -> None:
    with pytest.raises(ProtocolError) as refused:
        check_query('SELECT * WHERE { ?s ?p "no end }')
    assert refused.value.status == 400 and "never ends" in refused.value.message


@pytest.mark.parametrize("query", [
    "# a comment\nPREFIX ex: <http://example.org/> INSERT DATA { ex:a ex:b ex:c }",
    "BASE <http://example.org/> prefix : <x> drop all",
])
def test_updates_are_refused_after_any_prologue(query: str) -> None:
    with pytest.raises(ProtocolError) as refused:
        check_query(query)
    assert refused.value.status == 403


def test_a_query_naming_insert_in_a_string_is_a_query() -> None:
    assert not check_query('SELECT * WHERE { ?s ?p "INSERT DATA" }').names_from


def test_from_is_seen_only_as_a_keyword() -> None:
    assert check_query("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }").names_from
    assert not check_query('SELECT ?from WHERE { ?s ?p "FROM" } # FROM').names_from


def test_a_crafted_query_is_checked_in_linear_time() -> None:
    """Issue 18 N1: the regex check backtracked (a 20 kB query held the event loop 21.6 s; 100 kB for hours).
    Outcome, not time: the largest query allowed, built to make the old check quadratic, is checked at all."""
    crafted = "SELECT " + "?service " * 11_000 + "WHERE { ?service ?p ?o }"
    done = threading.Event()
    threading.Thread(target=lambda: (check_query(crafted), done.set()), daemon=True).start()
    assert done.wait(120)


def test_the_normal_form_ignores_comments_spacing_prefixes_and_variable_names() -> None:
    """Issue 18 N6: a heavy query made unique by a comment was a new query to the pool's memory."""
    plain = "SELECT ?s WHERE { ?s <http://example.org/p> ?o } ORDER BY ?o"
    variants = [
        "# unique 1\n" + plain,
        "select  ?x\nwhere {\n  ?x <http://example.org/p> ?y # again\n} order by ?y",
        "PREFIX e: <http://example.org/> SELECT ?s WHERE { ?s e:p ?o } ORDER BY ?o",
        "PREFIX zz: <http://example.org/> PREFIX unused: <http://example.com/> SELECT ?s WHERE { ?s zz:p ?o } ORDER BY ?o",
    ]
    normal = check_query(plain).normal
    assert all(check_query(variant).normal == normal for variant in variants)
    assert check_query(plain.replace("ORDER BY ?o", "ORDER BY ?s")).normal != normal
    assert check_query(plain.replace("?s <", '?s "?s" <')).normal != normal


@pytest.mark.parametrize("value,select,graph", [
    ("json", SELECT_JSON, None), ("xml", SELECT_XML, RDFXML), ("rdf+xml", None, RDFXML), ("n3", None, N3),
    ("ttl", None, TURTLE), ("nquads", None, NQUADS), ("trig", None, TRIG), ("application/rdf+xml", None, RDFXML),
])
def test_format_values_as_fuseki_and_oxigraph_read_them(value: str, select: object, graph: object) -> None:
    """Issue 17: SPARQLWrapper's format=rdf+xml and format=n3 were '400 unknown format'."""
    chosen_select, chosen_graph = formats_for(effective_accept("text/html", {"format": [value]}))
    assert chosen_graph is graph or graph is None
    assert chosen_select is select or select is None


@pytest.mark.parametrize("value", ["yaml", "text/nonsense", "*/*"])
def test_an_unknown_format_value_leaves_the_choice_to_accept(value: str) -> None:
    assert effective_accept("text/csv", {"format": [value]}) == "text/csv"
    assert formats_for(effective_accept("text/csv", {"output": [value]}))[0] is SELECT_CSV


INTERNAL = ("check-elections", "check-statements", "official-people", "official-seat", "official-seats",
            "news-people", "person-graphs", "store-digests", "web-index", "void-size", "graph-nodes")


def test_the_commands_own_queries_are_kept_apart() -> None:
    """Issue 17: `elexgraph queries` and YASGUI's tabs listed seven internal queries among the user's questions."""
    by_name = {q.name: q for q in all_queries()}
    assert all(by_name[name].internal for name in INTERNAL)
    assert not {q.name for q in user_queries()} & set(INTERNAL)
    assert all("@internal" not in q.description for q in all_queries())


def test_yasgui_tabs_carry_the_questions_titles() -> None:
    titled = {e.name: e.title for e in examples()}
    assert titled["candidacies"] == "Every candidacy an article states"
    assert all(title and title != name and len(title) < 80 for name, title in titled.items())


def test_only_web_addresses_become_links_in_the_results_table() -> None:
    """Issue 18 N4: the plain results table wrote href="javascript:…" for an IRI a query builds."""
    site = Site("https://elexgraph.org/", "https://elexgraph.org/")
    rows = [(NamedNode("javascript:alert(1)"),), (NamedNode("data:text/html,x"),), (NamedNode("https://example.org/a"),)]
    cells = [row[0] for row in _table(QueryResult(["x"], rows), site).rows]
    assert [cell.href for cell in cells[:2]] == [None, None]
    assert cells[2].href == "https://example.org/a"


def test_void_is_computed_once_per_state_of_the_store() -> None:
    """Issue 18 N2: every /void request read every graph again (41 at once took the server past 23 GB)."""
    computed: list[object] = []
    cache, state = StateCache(4), [1]

    async def compute() -> list:
        computed.append(state[0])
        await asyncio.sleep(0.01)  # the crowd arrives while the first computes
        return []

    async def crowd() -> None:
        await asyncio.gather(*(cache.get(state[0], "void", compute) for _ in range(8)))
        state[0] = 2
        await cache.get(state[0], "void", compute)

    asyncio.run(crowd())
    assert computed == [1, 2]


def test_a_void_stopped_at_a_limit_is_not_computed_again_for_the_same_state() -> None:
    """Issue 18 N2: a crowd of /void requests on a store too large for the page limits gets the limit's error,
    not one computation each."""
    tried: list[int] = []
    cache = StateCache(4)

    async def compute() -> list:
        tried.append(1)
        raise ProtocolError(422, "the page needed more than the 16 MB a page may use")

    async def crowd() -> list[int]:
        outcomes = await asyncio.gather(*(cache.get("state", "void", compute) for _ in range(5)),
                                        return_exceptions=True)
        return [getattr(o, "status", 200) for o in outcomes]

    assert asyncio.run(crowd()) == [422] * 5
    assert tried == [1]


def test_logging_is_rate_limited() -> None:
    """Issue 18 N3: a flood of bad connections wrote 102 MB of log in 40 s."""
    limit = RateLimited(lines=5, window=3600)
    records = [logging.LogRecord("uvicorn.error", logging.WARNING, __file__, 1, "bad request", None, None)
               for _ in range(1000)]
    assert sum(limit.filter(record) for record in records) == 5
    limit._started -= 3600  # the next window
    record = logging.LogRecord("uvicorn.error", logging.WARNING, __file__, 1, "again", None, None)
    assert limit.filter(record) and "995 log lines dropped" in record.getMessage()


def test_the_server_keeps_the_latest_pages_of_the_current_state_only() -> None:
    """Issue 16: a page asked for again is given as kept (a party's page took 9 s each time), but only for the
    state of the store it was read from, only what `keep` allows, and only the most recently used."""
    computed: list[str] = []

    def compute(key: str) -> Callable[[], Awaitable[str]]:
        async def run() -> str:
            computed.append(key)
            return key.upper()
        return run

    async def asks() -> list[str]:
        cache = StateCache(2)
        answers = [await cache.get(1, key, compute(key)) for key in ("a", "b", "a", "c", "b")]  # "b" was let go
        answers.append(await cache.get(1, "d", compute("d"), keep=lambda _: False))
        answers.append(await cache.get(1, "d", compute("d")))
        answers.append(await cache.get(2, "a", compute("a")))  # a newer state: nothing kept
        return answers

    assert asyncio.run(asks()) == ["A", "B", "A", "C", "B", "D", "D", "A"]
    assert computed == ["a", "b", "c", "b", "d", "d", "a"]
