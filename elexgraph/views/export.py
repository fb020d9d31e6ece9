"""The networkx view written for other tools: GraphML and GEXF (Gephi), Cytoscape JSON, node-link JSON.

Node ids are the graph's IRIs; labels, types, party colours and literal values are attributes.
Gephi applies what it recognises: in GraphML the `r`, `g`, `b` and `size` of a node and the `weight`
of an edge; in GEXF its `viz:color` and `viz:size` and the edge's `weight`. A node's size grows with
its degree; an edge weighs as many facts as it stands for. Cytoscape keeps its own keys (`id`,
`source`, `target`) apart from the article a fact comes from (`article`, `headline`, `evidence`).
Each file reads back with networkx into the same nodes and edges.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from elexgraph.errors import OutputError

FORMATS = ("graphml", "gexf", "cytoscape", "json")


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise OutputError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")


def export_graph(graph: nx.MultiDiGraph, fmt: str, output: Path) -> None:
    """Write the graph in one of FORMATS; a path that cannot be written is an OutputError."""
    check_format(fmt)
    try:
        with output.open("wb") as fh:
            if fmt == "graphml":
                nx.write_graphml(_for_gephi(graph), fh)
            elif fmt == "gexf":
                _write_gexf(_for_gephi(graph, gexf=True), fh)
            else:
                data = cytoscape_data(graph) if fmt == "cytoscape" else nx.node_link_data(graph, edges="edges")
                fh.write(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError as exc:
        raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None


def node_size(degree: int) -> float:
    """Grows with the square root of the degree, so hubs stand out without swamping the rest."""
    return round(6 + 4 * math.sqrt(degree), 1)


def edge_weight(data: dict) -> float:
    """How many facts an edge stands for: one, or every fact behind a membership."""
    return float(len(data["facts"].split())) if data.get("facts") else 1.0


def _for_gephi(graph: nx.MultiDiGraph, *, gexf: bool = False) -> nx.MultiDiGraph:
    """A copy carrying what Gephi draws: colour and size on nodes, weight on edges (the hex colour stays too).
    GEXF has its own viz element and keeps each edge's key (the fact's IRI) as the edge id."""
    copy = graph.copy()
    for node, data in copy.nodes(data=True):
        red, green, blue = (int(data["colour"][i:i + 2], 16) for i in (1, 3, 5))
        size = node_size(graph.degree(node))
        if gexf:
            data["viz"] = {"color": {"r": red, "g": green, "b": blue, "a": 1.0}, "size": size}
        else:
            data |= {"r": red, "g": green, "b": blue, "size": size}
    for *_, key, data in copy.edges(keys=True, data=True):
        data["weight"] = edge_weight(data)
        if gexf:
            data["id"] = key
    return copy


class _GEXFWriter(GEXFWriter):
    """networkx's GEXF writer without its `networkx_key` attribute: the edge id already holds the key."""

    def add_attributes(self, node_or_edge: str, xml_obj: object, data: dict, default: dict) -> dict:
        data.pop("key", None)
        return super().add_attributes(node_or_edge, xml_obj, data, default)


def _write_gexf(graph: nx.MultiDiGraph, fh: object) -> None:
    writer = _GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(graph)
    writer.write(fh)


def cytoscape_data(graph: nx.MultiDiGraph) -> dict:
    """Cytoscape.js elements: each edge's id is its key (the fact's IRI), its ends in `source` and `target`."""
    data = nx.cytoscape_data(graph, name="label")
    for edge in data["elements"]["edges"]:
        edge["data"]["id"] = edge["data"]["key"]
    return data
