"""A query's parameters bound by the store: Oxigraph binds them itself where that is allowed and not slower
(queries.bound says which), a remote server gets them written into the text. Either way every query with
parameters answers as it does with its values written in, on the embedded store, in a bounded worker and on
an Oxigraph server."""

from __future__ import annotations

import pytest
from pyoxigraph import NamedNode

from elexgraph.build import build
from elexgraph.errors import QueryError
from elexgraph.queries import bound, load_query, run_query
from elexgraph.store import QueryLimits, open_store
from elexgraph.store.base import BoundQuery, GraphStore
from elexgraph.store.bounded import BoundedStore
from elexgraph.store.remote import RemoteStore
from tests.conftest import SEEDS
from tests.test_query_rows import cases, digest, subjects

# A user's query: a CONSTRUCT, which Oxigraph binds natively (its parameter need not be projected).
USER_QUERY = """# user-facts: the facts that name one resource, with the labels of what they link to
# @param resource: the resource (bound as an IRI)
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?f ?p ?o . ?o rdfs:label ?label }
WHERE { GRAPH ?g { ?f ?q ?resource . ?f ?p ?o OPTIONAL { ?o rdfs:label ?label } } }
"""


@pytest.fixture(scope="module")
def user_query(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("rq") / "user-facts.rq"
    path.write_text(USER_QUERY, encoding="utf-8")
    return str(path)


def with_params(store: GraphStore) -> dict[str, tuple[str, dict[str, str | NamedNode]]]:
    return {label: case for label, case in cases(store).items() if case[1]}


def test_every_bound_query_answers_as_its_text(seeds_store: GraphStore) -> None:
    checked = with_params(seeds_store)
    assert checked
    for label, (name, params) in checked.items():
        query = bound(load_query(name), params)
        assert digest(seeds_store.query(query)) == digest(seeds_store.query(query.text)), label


def test_the_page_construct_answers_natively_as_by_text(seeds_store: GraphStore) -> None:
    """web-resource keeps the text form for speed (queries.bound says why); natively it answers the same."""
    checked = {label: case for label, case in with_params(seeds_store).items() if case[0] == "web-resource"}
    assert checked
    for label, (name, params) in checked.items():
        text = bound(load_query(name), params).text
        natively = BoundQuery(load_query(name).sparql, tuple((k, v) for k, v in params.items()), text)
        assert digest(seeds_store.query(natively)) == digest(seeds_store.query(text)), label


def test_a_users_construct_is_bound_natively_and_answers_as_its_text(seeds_store: GraphStore, user_query: str) -> None:
    person = subjects(seeds_store)["person"][0]
    query = bound(load_query(user_query), {"resource": person})
    assert query.values == (("resource", person),) and query.sparql == USER_QUERY  # nothing spliced
    native = seeds_store.query(query)
    assert native.triples
    assert digest(native) == digest(seeds_store.query(query.text))


def test_a_bounded_worker_binds_the_values_it_is_given(seeds_store: GraphStore, user_query: str) -> None:
    person = subjects(seeds_store)["person"][0]
    with open_store(seeds_store.location, read_only=True, limits=QueryLimits()) as store:
        assert isinstance(store, BoundedStore)
        in_worker = run_query(store, user_query, {"resource": person})
        index = run_query(store, "web-index", {"type": NamedNode("https://elexgraph.org/ontology#Person")})
    assert digest(in_worker) == digest(run_query(seeds_store, user_query, {"resource": person}))
    assert digest(index) == digest(run_query(seeds_store, "web-index",
                                             {"type": NamedNode("https://elexgraph.org/ontology#Person")}))


def test_unknown_and_missing_parameters_are_refused_before_any_store(user_query: str) -> None:
    with pytest.raises(QueryError, match="has no parameter nobody"):
        bound(load_query(user_query), {"resource": "x", "nobody": "x"})
    with pytest.raises(QueryError, match="needs --param resource=VALUE"):
        bound(load_query(user_query), {})


@pytest.mark.server
def test_an_oxigraph_server_answers_every_bound_query_as_the_embedded_store(
        seeds_store: GraphStore, oxigraph_server: str, user_query: str) -> None:
    remote = RemoteStore(oxigraph_server)
    remote.remove_graphs(remote.named_graphs())
    assert build([SEEDS], remote).built
    checked = with_params(seeds_store)
    checked["user"] = (user_query, {"resource": subjects(seeds_store)["person"][0]})
    for label, (name, params) in checked.items():
        assert digest(run_query(remote, name, params)) == digest(run_query(seeds_store, name, params)), label


def test_several_resources_bound_at_once_answer_as_each_one(seeds_store: GraphStore) -> None:
    """web-own describes a page of facts in one query (its VALUES inside each graph block): the union of each
    resource's own description; a query that writes its parameter in place refuses several values."""
    found = subjects(seeds_store)
    resources = tuple(iri for kind in sorted(found) for iri in found[kind])
    each = {t for iri in resources for t in run_query(seeds_store, "web-own", {"resource": iri}).triples or []}
    assert len(resources) > 5 and each
    assert set(run_query(seeds_store, "web-own", {"resource": resources}).triples or []) == each
    with pytest.raises(QueryError, match="one value for each parameter"):
        bound(load_query("web-resource"), {"resource": resources})
