"""The contract queries' answers, worked out once per article and kept in its graph as flat values.

Joined over a whole store, the contract queries (candidacies, seat-results, party-changes, quotes, roles)
cost a dozen index lookups a row: 2-40 s at 10,000 articles. Every pattern of theirs lies inside one
`GRAPH ?g` block, so an article's rows follow from its own graph alone. When the graph is made, the joining
query (queries/rows-NAME.rq) runs over that graph in memory, and each row it gives is written into the graph as
one node (`<GRAPH#NAME-N>`) holding the row's values as plain literals (`answer:COLUMN`); the named query
(queries/NAME.rq) reads those nodes, a few lookups a row.

The rows live and die with the article's graph: written with it in one step (on any store, embedded or
remote), removed with it, rebuilt with it. The join with official candidates renames people's IRIs in
article graphs, never a label, so the rows (labels only) stay right; official graphs state no news fact and
have none. A graph marks the version of its rows (`answer:version`), so a build redoes an article whose
graph predates them or holds an older kind.
"""

from __future__ import annotations

import functools

from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, Store

from elexgraph.queries import load_query
from elexgraph.store.base import GraphStore
from elexgraph.vocab import ANSWER

CONTRACT = ("candidacies", "seat-results", "party-changes", "quotes", "roles")
NEWS = CONTRACT + ("quotes-by",)  # the rows an article's graph holds
OFFICIAL = ("careers",)  # the rows an official results file's graph holds
VERSION = "2"  # of the rows' shape: a graph whose rows are of another version is built again


@functools.cache
def _joining_query(name: str) -> str:
    return load_query(f"rows-{name}").sparql


def answer_quads(graph: NamedNode, quads: list[Quad], queries: tuple[str, ...] = NEWS) -> list[Quad]:
    """The rows each of `queries` gives over this one graph (its `quads`), as quads of the graph."""
    scratch = Store()  # in memory: the article's graph alone
    scratch.extend(quads)
    found = [Quad(graph, ANSWER.version, Literal(VERSION), graph)]
    for name in queries:
        solutions = scratch.query(_joining_query(name))
        assert isinstance(solutions, QuerySolutions)
        columns = [v.value for v in solutions.variables]
        rows = sorted(([(c, solution[c]) for c in columns if solution[c] is not None] for solution in solutions),
                      key=str)  # in a stable order, so a row's IRI is the same at every build
        for n, row in enumerate(rows):
            node = NamedNode(f"{graph.value}#{name}-{n}")
            found.append(Quad(node, ANSWER.query, Literal(name), graph))
            found.extend(Quad(node, getattr(ANSWER, column), value, graph) for column, value in row)
    return found


def answered_graphs(store: GraphStore) -> set[NamedNode]:
    """The graphs whose rows are of this version."""
    rows = load_query("answers-version")
    return {graph for graph, version in store.query(rows.sparql).rows
            if isinstance(graph, NamedNode) and isinstance(version, Literal) and version.value == VERSION}
