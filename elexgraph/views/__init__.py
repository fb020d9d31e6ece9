"""The graph seen through networkx, and everything drawn or written from it.

graph.py builds it from the store and cuts the views (people, seats, full); findings.py says what it shows
(`elexgraph analyse`); export.py writes it for Gephi, Cytoscape and networkx (`elexgraph export`); plot.py draws
static figures (`elexgraph plot`); viz/ writes the interactive offline page (`elexgraph viz`).
"""

from elexgraph.views.graph import EDGE_KINDS, VIEWS, build_graph, view

__all__ = ["EDGE_KINDS", "VIEWS", "build_graph", "view"]
