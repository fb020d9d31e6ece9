"""The graph seen through networkx: building it from the store, views of it, and what it shows."""

from elexgraph.views.graph import EDGE_KINDS, VIEWS, build_graph, view

__all__ = ["EDGE_KINDS", "VIEWS", "build_graph", "view"]
