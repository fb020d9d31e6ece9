"""The graph as networkx sees it: people, parties, seats and elections as nodes, facts as edges.

Read only through the store layer and queries/graph-*.rq, so it works on any backend.
Node ids and fact keys are the graph's IRIs; literal values become attributes.

Edges (a MultiDiGraph, keyed so that each fact is one edge):
  candidacy     person → seat       one per Candidacy fact (election, party, votes, share, rank, elected)
  won           party → seat        one per ElectionResult fact (election, outcome, winner, majority, and
                                    majority_derived / majority_doubted when the build worked it out),
                person → seat       and another from its winner
  lost          party → seat        the previous party of a result that was a gain
  party-change  person → party      one per PartyChange fact, to the party joined (or the one left)
  membership    person → party      one per person and party: stood or won for it, joined or left it
  contest       seat → election     one per seat and election some fact puts together

Fact edges are keyed by the fact's IRI; the derived ones (membership, contest) by their kind and ends.
A fact edge names its article in `article` (the article's id), `headline`, `url`, `published` and
`publisher`, and its sentence in `evidence`. A seat (any place a contest is held in) is coloured by the
party that won it last, a person by their latest party; places that share a name are told apart in
their `label` ("Ashfield (2010–2024)").
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from pyoxigraph import Literal, NamedNode

from elexgraph.errors import OutputError, StoreError
from elexgraph.facts import CHANGE_KINDS as FACT_CHANGES
from elexgraph.labels import Place, majority_words, told_apart
from elexgraph.queries import run_query
from elexgraph.store.base import GraphStore, QueryResult, Term
from elexgraph.vocab import ELEX

NODE_TYPES = {ELEX.Person.value: "person", ELEX.PoliticalParty.value: "party",
              ELEX.Constituency.value: "constituency", ELEX.Election.value: "election"}
EDGE_KINDS = ("candidacy", "won", "lost", "party-change", "membership", "contest")
VIEWS = {
    "people": ({"person", "party"}, {"party-change", "membership"}),
    "seats": ({"party", "constituency", "election"}, {"won", "lost", "contest"}),
    "full": (set(NODE_TYPES.values()), set(EDGE_KINDS)),
}
# Colours of what has no party colour of its own.
NEUTRAL_COLOUR = "#9E9E9E"
ELECTION_COLOUR = "#5C6B7A"
# elex:ChangeKind terms as elexgraph.facts names them, and as a sentence says them.
CHANGE_KINDS = {change.term_name: change.key for change in FACT_CHANGES.values()}
_CHANGE_WORDS = {change.key: change.words for change in FACT_CHANGES.values()}


def build_graph(store: GraphStore) -> nx.MultiDiGraph:
    """The networkx view of everything in the store. An empty store is a user mistake."""
    if store.is_empty():
        raise StoreError(f"{store.location}: the store holds no articles (build it first: elexgraph build ARTICLES)")
    graph = nx.MultiDiGraph()
    nodes = list(_rows(run_query(store, "graph-nodes")))
    labels = told_apart((row["node"], _place(row)) for row in nodes if NODE_TYPES[row["type"]] == "constituency")
    for row in nodes:
        _add_node(graph, row, labels.get(row["node"], row["label"]))
    for row in _rows(run_query(store, "graph-candidacies")):
        _add_candidacy(graph, row)
    for row in _rows(run_query(store, "graph-results")):
        _add_result(graph, row)
    for row in _rows(run_query(store, "graph-party-changes")):
        _add_party_change(graph, row)
    _colour_people_and_seats(graph)
    return graph


def check_view(name: str) -> None:
    if name not in VIEWS:
        raise OutputError(f"unknown view {name!r} (known: {', '.join(VIEWS)})")


def view(graph: nx.MultiDiGraph, name: str) -> nx.MultiDiGraph:
    """The part of the graph one view shows: its kinds of node, joined by its kinds of edge."""
    check_view(name)
    node_types, edge_kinds = VIEWS[name]
    if name == "full":
        return graph
    keep = nx.MultiDiGraph()
    keep.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if d["type"] in node_types)
    keep.add_edges_from((u, v, key, data) for u, v, key, data in graph.edges(keys=True, data=True)
                        if data["kind"] in edge_kinds and u in keep and v in keep)
    return keep


def label(graph: nx.MultiDiGraph, node: str | None) -> str:
    return graph.nodes[node]["label"] if node in graph else ""


def _rows(result: QueryResult) -> Iterable[dict[str, str | int | float | bool]]:
    for row in result.rows:
        yield {name: python_value(term) for name, term in zip(result.variables, row, strict=True) if term is not None}


def python_value(term: Term) -> str | int | float | bool:
    """A term as a plain value: IRIs as strings, numbers and booleans typed, so every format can hold it."""
    if isinstance(term, NamedNode):
        return term.value
    if isinstance(term, Literal):
        datatype = term.datatype.value.rsplit("#", 1)[-1]
        try:
            if datatype in ("integer", "int", "long", "gYear"):
                return int(term.value)
            if datatype in ("decimal", "double", "float"):
                return float(term.value)
        except ValueError:  # an ill-typed literal ('2010-05' as a year) stays as it is written
            return term.value
        if datatype == "boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)


def _place(row: dict) -> Place:
    return Place(str(row["label"]), row.get("boundary_set"), str(row["kind"]) if "kind" in row else None)


def _add_node(graph: nx.MultiDiGraph, row: dict, shown_label: str) -> None:
    """A node with its label as readers see it: a place that shares its name with another is told apart."""
    node_type = NODE_TYPES[row["type"]]
    attrs = {"label": shown_label, "type": node_type,
             "colour": row.get("colour") or (ELECTION_COLOUR if node_type == "election" else NEUTRAL_COLOUR)}
    for name in ("gss", "county", "boundary_set", "year", "date"):
        if name in row:
            attrs[name] = row[name]
    if row.get("aliases"):
        attrs["aliases"] = row["aliases"]
    if "kind" in row:
        attrs["election_kind" if node_type == "election" else "place_kind"] = _local_name(str(row["kind"]))
    graph.add_node(row["node"], **attrs)


def _evidence(row: dict) -> dict[str, str]:
    """Where a fact comes from: its IRI, the article (id, headline, address, date, publisher) and the sentence."""
    found = {name: row[name] for name in ("fact", "headline", "url", "publisher", "evidence") if row.get(name)}
    if row.get("published"):
        found["published"] = str(row["published"])
    return found | {"article": row["source"]}


def _election_attrs(graph: nx.MultiDiGraph, election: str) -> dict[str, str | int]:
    attrs: dict[str, str | int] = {"election": election, "election_label": label(graph, election)}
    if "year" in graph.nodes.get(election, {}):
        attrs["year"] = graph.nodes[election]["year"]
    return attrs


def _add_candidacy(graph: nx.MultiDiGraph, row: dict) -> None:
    person, seat, election, party = row["person"], row["constituency"], row["election"], row.get("party")
    won = {True: "won", False: "lost"}.get(row.get("elected"), "stood")
    summary = (f"{label(graph, person)} stood in {label(graph, seat)} at the {label(graph, election)}"
               + (f" for {label(graph, party)}" if party else "") + (f" and {won}" if won != "stood" else ""))
    attrs = {"kind": "candidacy", "summary": summary, **_election_attrs(graph, election), **_evidence(row)}
    if party:
        attrs |= {"party": party, "party_label": label(graph, party)}
    for name in ("votes", "share", "rank", "elected"):
        if name in row:
            attrs[name] = row[name]
    graph.add_edge(person, seat, row["fact"], **attrs)
    _contest(graph, seat, election)
    if party:
        _membership(graph, person, party, f"stood for it in {label(graph, seat)} at the {label(graph, election)}",
                    row, graph.nodes[election].get("year"))


def _add_result(graph: nx.MultiDiGraph, row: dict) -> None:
    seat, election = row["constituency"], row["election"]
    party, previous, winner = row.get("party"), row.get("previous_party"), row.get("winner")
    outcome = _local_name(str(row.get("outcome", ""))).lower()
    common = {**_election_attrs(graph, election), **_evidence(row)}
    if outcome:
        common["outcome"] = outcome
    if winner:
        common |= {"winner": winner, "winner_label": label(graph, winner)}
    if "majority" in row:
        common["majority"] = row["majority"]
        # worked out by the build, not printed; doubted when `check` found the votes it comes from wrong
        common |= {name: True for name in ("majority_derived", "majority_doubted") if row.get(name)}
    if previous:
        common |= {"previous_party": previous, "previous_party_label": label(graph, previous)}
    if party:
        common |= {"party": party, "party_label": label(graph, party)}
    how = {"gain": f"gained it from {label(graph, previous) or 'another party'}", "hold": "held it"}
    summary = (f"{label(graph, winner) or label(graph, party)} won {label(graph, seat)} at the {label(graph, election)}"
               + (f" for {label(graph, party)}" if winner and party else "")
               + (f" ({how[outcome]})" if outcome in how else "")
               + (", " + majority_words(common["majority"], "majority_derived" in common) if "majority" in common else ""))
    # The party's win and the person's win are both edges, so the people view and the seats view each have it.
    if party:
        graph.add_edge(party, seat, row["fact"], kind="won", summary=summary, **common)
    if winner:
        graph.add_edge(winner, seat, row["fact"] + "#winner", kind="won", summary=summary, **common)
        if party:
            _membership(graph, winner, party, f"won {label(graph, seat)} for it at the {label(graph, election)}",
                        row, graph.nodes[election].get("year"))
    if previous and outcome == "gain":
        summary = f"{label(graph, previous)} lost {label(graph, seat)} at the {label(graph, election)}" + (
            f" to {label(graph, party)}" if party else "")
        graph.add_edge(previous, seat, row["fact"] + "#lost", kind="lost", summary=summary, **common)
    _contest(graph, seat, election)


def _add_party_change(graph: nx.MultiDiGraph, row: dict) -> None:
    person, old, new = row["person"], row.get("from_party"), row.get("to_party")
    kind = CHANGE_KINDS.get(_local_name(str(row["kind"])), _local_name(str(row["kind"])).lower())
    summary = (f"{label(graph, person)} {_CHANGE_WORDS.get(kind, kind)}"
               + (f" from {label(graph, old)}" if old else "") + (f" to {label(graph, new)}" if new else "")
               + (f" on {row['date']}" if "date" in row else ""))
    attrs = {"kind": "party-change", "change": kind, "summary": summary, **_evidence(row)}
    if old:
        attrs |= {"from_party": old, "from_party_label": label(graph, old)}
    if new:
        attrs |= {"to_party": new, "to_party_label": label(graph, new)}
    if "date" in row:
        attrs["date"] = str(row["date"])
    if new or old:
        graph.add_edge(person, new or old, row["fact"], **attrs)
    when = str(row.get("date") or row.get("published") or "")
    year = int(when[:4]) if when[:4].isdigit() else None
    # Leaving a party says nothing about belonging to it later, so only joining dates a membership.
    for party, how, dated in ((old, "left it", None), (new, "joined it", year)):
        if party:
            _membership(graph, person, party, how, row, dated)


def _contest(graph: nx.MultiDiGraph, seat: str, election: str) -> None:
    key = f"contest {seat} {election}"
    if not graph.has_edge(seat, election, key):
        graph.add_edge(seat, election, key, kind="contest", **_election_attrs(graph, election),
                       summary=f"{label(graph, seat)} was contested at the {label(graph, election)}")


def _membership(graph: nx.MultiDiGraph, person: str, party: str, how: str, row: dict, year: int | None) -> None:
    """One edge per person and party, naming every fact that puts them together."""
    key = f"membership {person} {party}"
    if not graph.has_edge(person, party, key):
        graph.add_edge(person, party, key, kind="membership", facts="", reasons="",
                       summary=f"{label(graph, person)} and {label(graph, party)}", **_evidence(row))
    data = graph.edges[person, party, key]
    data["facts"] = " ".join(filter(None, (data["facts"], row["fact"])))
    data["reasons"] = "; ".join(filter(None, (data["reasons"], how)))
    data["summary"] = f"{label(graph, person)} and {label(graph, party)}: {data['reasons']}"
    if year is not None:
        data["latest"] = max(data.get("latest", 0), year)


def _colour_people_and_seats(graph: nx.MultiDiGraph) -> None:
    """A person takes the colour of their latest party, a seat that of the party that won it last."""
    latest_winner = {seat: wins[max(wins)] for seat, wins in seat_winners(graph).items()}
    for node, data in graph.nodes(data=True):
        if data["type"] == "person":
            parties = [(d.get("latest", 0), p) for _, p, d in graph.out_edges(node, data=True)
                       if d["kind"] == "membership"]
            latest = max(parties)[1] if parties else None
        elif data["type"] == "constituency":
            latest = latest_winner.get(node)
        else:
            continue
        if latest:
            data["party"] = latest
            data["party_label"] = label(graph, latest)
            data["colour"] = graph.nodes[latest]["colour"]


def seat_winners(graph: nx.MultiDiGraph) -> dict[str, dict[tuple[int, str, str], str]]:
    """The party that won each seat at each election, by seat and (year, date, election IRI): the colour
    of a seat is that of its winner at the election in view."""
    winners: dict[str, dict[tuple[int, str, str], str]] = {}
    for party, seat, data in graph.edges(data=True):
        if data["kind"] == "won" and graph.nodes[party]["type"] == "party":
            election = data["election"]
            when = (data.get("year", 0), str(graph.nodes.get(election, {}).get("date", "")), election)
            winners.setdefault(seat, {})[when] = party
    return winners


def _local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
