"""What the graph shows: seat flows, party-change flows, careers, central people, components.

Every finding names the facts behind it: the seats, the people, and the articles that say so.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

# Exact betweenness is O(nodes × edges); past this many nodes it is estimated from a sample of sources.
EXACT_BETWEENNESS_NODES = 3000
BETWEENNESS_SAMPLE = 500
MEMBERS_SHOWN = 12


@dataclass
class SeatChange:
    seat: str
    winner: str
    sources: list[str]


@dataclass
class SeatFlow:
    """Seats one party took from another at one election."""

    election: str
    year: int
    from_party: str
    to_party: str
    seats: list[SeatChange]

    def sentence(self) -> str:
        n = len(self.seats)
        named = "; ".join(f"{s.seat}" + (f" ({s.winner})" if s.winner else "") + f" [{', '.join(s.sources)}]"
                          for s in self.seats)
        return f"{self.election}: {self.to_party} gained {n} seat{'s' * (n != 1)} from {self.from_party}: {named}"


@dataclass
class Switch:
    person: str
    change: str
    date: str
    sources: list[str]


@dataclass
class PartyChangeFlow:
    """People who went from one party to another (or left a party)."""

    from_party: str
    to_party: str
    people: list[Switch]

    def sentence(self) -> str:
        n = len(self.people)
        named = "; ".join(f"{p.person} ({p.change.replace('_', ' ')}{', ' + p.date if p.date else ''})"
                          f" [{', '.join(p.sources)}]" for p in self.people)
        return (f"{self.from_party or '(party not named)'} → {self.to_party or '(no party named)'}: "
                f"{n} {'person' if n == 1 else 'people'}: {named}")


@dataclass
class CareerStep:
    year: int
    election: str
    seat: str
    party: str
    result: str
    sources: list[str]


@dataclass
class Career:
    person: str
    steps: list[CareerStep]

    def sentence(self) -> str:
        path = " → ".join(f"{s.election}, {s.seat} ({s.party or 'party not named'}, {s.result})" for s in self.steps)
        return f"{self.person}: {path}"


@dataclass
class CentralPerson:
    person: str
    degree: int
    betweenness: float
    facts: dict[str, int]
    neighbours: list[str]

    def sentence(self) -> str:
        facts = ", ".join(f"{n} {kind}" for kind, n in sorted(self.facts.items()))
        return (f"{self.person}: degree {self.degree} ({facts}), betweenness {self.betweenness:.3f}, "
                f"linked to {', '.join(self.neighbours)}")


@dataclass
class Component:
    size: int
    types: dict[str, int]
    members: list[str]
    more: int

    def sentence(self) -> str:
        kinds = ", ".join(f"{n} {t}" for t, n in sorted(self.types.items()))
        more = f" and {self.more} more" if self.more else ""
        return f"{self.size} nodes ({kinds}): {', '.join(self.members)}{more}"


@dataclass
class Analysis:
    nodes: dict[str, int]
    edges: dict[str, int]
    seat_flows: list[SeatFlow] = field(default_factory=list)
    party_change_flows: list[PartyChangeFlow] = field(default_factory=list)
    careers: list[Career] = field(default_factory=list)
    top_by_degree: list[CentralPerson] = field(default_factory=list)
    top_by_betweenness: list[CentralPerson] = field(default_factory=list)
    betweenness_sampled: bool = False
    component_count: int = 0
    components: list[Component] = field(default_factory=list)
    isolated: list[str] = field(default_factory=list)


def analyse(graph: nx.MultiDiGraph, top: int = 10) -> Analysis:
    people, sampled = central_people(graph)
    return Analysis(
        nodes=dict(Counter(d["type"] for _, d in graph.nodes(data=True))),
        edges=dict(Counter(d["kind"] for _, _, d in graph.edges(data=True))),
        seat_flows=seat_flows(graph), party_change_flows=party_change_flows(graph), careers=careers(graph),
        top_by_degree=sorted(people, key=lambda p: (-p.degree, -p.betweenness, p.person))[:top],
        top_by_betweenness=sorted(people, key=lambda p: (-p.betweenness, -p.degree, p.person))[:top],
        betweenness_sampled=sampled, component_count=nx.number_weakly_connected_components(graph),
        components=components(graph), isolated=sorted(graph.nodes[n]["label"] for n in nx.isolates(graph)))


def seat_flows(graph: nx.MultiDiGraph) -> list[SeatFlow]:
    """Gains per election and pair of parties, each seat once with every article that reports it."""
    reported: dict[tuple, dict[str, SeatChange]] = defaultdict(dict)
    years: dict[str, int] = {}
    for _, seat, data in party_wins(graph):
        if data.get("outcome") != "gain" or "previous_party_label" not in data:
            continue
        key = (data["election_label"], data["previous_party_label"], data["party_label"])
        years[data["election_label"]] = data.get("year", 0)
        change = reported[key].setdefault(seat, SeatChange(graph.nodes[seat]["label"], "", []))
        change.winner = change.winner or data.get("winner_label", "")
        _add_source(change.sources, data["article"])
    flows = [SeatFlow(election, years[election], old, new, sorted(seats.values(), key=lambda s: s.seat))
             for (election, old, new), seats in reported.items()]
    return sorted(flows, key=lambda f: (f.year, f.election, -len(f.seats), f.to_party, f.from_party))


def party_change_flows(graph: nx.MultiDiGraph) -> list[PartyChangeFlow]:
    """Party changes grouped by the party left and the party joined, each person once per pair."""
    grouped: dict[tuple[str, str], dict[str, Switch]] = defaultdict(dict)
    for person, _, data in graph.edges(data=True):
        if data["kind"] != "party-change":
            continue
        key = (data.get("from_party_label", ""), data.get("to_party_label", ""))
        switch = grouped[key].setdefault(person, Switch(graph.nodes[person]["label"], data["change"], "", []))
        switch.date = switch.date or data.get("date", "")
        _add_source(switch.sources, data["article"])
    flows = [PartyChangeFlow(old, new, sorted(people.values(), key=lambda p: p.person))
             for (old, new), people in grouped.items()]
    return sorted(flows, key=lambda f: (-len(f.people), f.from_party, f.to_party))


def careers(graph: nx.MultiDiGraph) -> list[Career]:
    """People who stood in more than one election, their candidacies in order."""
    found = []
    for person, data in graph.nodes(data=True):
        if data["type"] != "person":
            continue
        steps: dict[str, CareerStep] = {}
        for _, seat, edge in graph.out_edges(person, data=True):
            if edge["kind"] != "candidacy":
                continue
            result = {True: "won", False: "lost"}.get(edge.get("elected"), "stood")
            step = steps.setdefault(edge["election"], CareerStep(
                edge.get("year", 0), edge["election_label"], graph.nodes[seat]["label"], edge.get("party_label", ""),
                result, []))
            _add_source(step.sources, edge["article"])
        if len(steps) > 1:
            found.append(Career(data["label"], sorted(steps.values(), key=lambda s: (s.year, s.election))))
    return sorted(found, key=lambda c: (-len(c.steps), c.person))


def central_people(graph: nx.MultiDiGraph) -> tuple[list[CentralPerson], bool]:
    """Degree and betweenness of every person some fact links, and whether betweenness was estimated."""
    simple = nx.Graph(graph.to_undirected(as_view=True))
    # Among the nodes some fact links: the isolated ones (official candidates no article names, thousands of them)
    # lie on no path, yet counted they shrank every score to 0.000 and drew most of the sampled sources.
    linked = simple.subgraph([node for node in simple if simple.degree(node)])
    sampled = linked.number_of_nodes() > EXACT_BETWEENNESS_NODES
    between = nx.betweenness_centrality(linked, k=BETWEENNESS_SAMPLE if sampled else None, seed=0)
    people = []
    for person, data in graph.nodes(data=True):
        if data["type"] != "person" or not graph.degree(person):
            continue
        facts = Counter(d["kind"] for _, _, d in graph.edges(person, data=True))
        neighbours = sorted({graph.nodes[n]["label"] for n in simple.neighbors(person)})
        people.append(CentralPerson(data["label"], graph.degree(person), round(between.get(person, 0.0), 4),
                                    dict(facts), neighbours[:MEMBERS_SHOWN]))
    return people, sampled


def components(graph: nx.MultiDiGraph, shown: int = 10) -> list[Component]:
    """Connected components of more than one node, largest first, each with its best-connected members named."""
    found = []
    linked = (nodes for nodes in nx.weakly_connected_components(graph) if len(nodes) > 1)
    for nodes in sorted(linked, key=len, reverse=True)[:shown]:
        ranked = sorted(nodes, key=lambda n: (-graph.degree(n), graph.nodes[n]["label"]))
        found.append(Component(len(nodes), dict(Counter(graph.nodes[n]["type"] for n in nodes)),
                               [graph.nodes[n]["label"] for n in ranked[:MEMBERS_SHOWN]],
                               max(0, len(nodes) - MEMBERS_SHOWN)))
    return found


def party_wins(graph: nx.MultiDiGraph) -> list[tuple[str, str, dict]]:
    """The `won` edges of parties (each result fact once; the winner's own edge repeats it)."""
    return [(u, v, d) for u, v, d in graph.edges(data=True) if d["kind"] == "won" and graph.nodes[u]["type"] == "party"]


def _add_source(sources: list[str], source: str) -> None:
    if source not in sources:
        sources.append(source)
