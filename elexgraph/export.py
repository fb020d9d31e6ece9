"""The networkx view written for other tools: GraphML and GEXF (Gephi), Cytoscape JSON, node-link JSON.

Node ids are the graph's IRIs; labels, types, party colours and literal values are attributes.
Each file reads back with networkx into the same nodes and edges.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

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
                nx.write_graphml(graph, fh)
            elif fmt == "gexf":
                nx.write_gexf(_for_gexf(graph), fh)
            else:
                data = (nx.cytoscape_data(graph, name="label") if fmt == "cytoscape"
                        else nx.node_link_data(graph, edges="edges"))
                fh.write(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError as exc:
        raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None


def _for_gexf(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose nodes carry GEXF's own colour element, which Gephi draws (the hex string stays too),
    and whose edges keep their keys (fact IRIs) as GEXF edge ids."""
    copy = graph.copy()
    for _, data in copy.nodes(data=True):
        red, green, blue = (int(data["colour"][i:i + 2], 16) for i in (1, 3, 5))
        data["viz"] = {"color": {"r": red, "g": green, "b": blue, "a": 1.0}}
    for *_, key, data in copy.edges(keys=True, data=True):
        data["id"] = key
    return copy
