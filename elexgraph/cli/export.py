"""`elexgraph export`: the graph as a file Gephi, Cytoscape or networkx opens as it is."""

from __future__ import annotations

from pathlib import Path

import click

from elexgraph.cli import (limit_options, open_for_reading, query_limits, read_endpoint_options, store_option,
                           user_errors, with_official_option)


@click.command("export")
@store_option
@read_endpoint_options
@click.option("--format", "fmt", required=True, metavar="FORMAT", help="graphml, gexf, cytoscape or json.")
@click.option("--view", "view_name", default="full", show_default=True, metavar="VIEW",
              help="people (people and parties), seats (parties, seats, elections) or full.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="File to write.")
@with_official_option
@limit_options
@user_errors
def command(store: str | None, query_endpoint: str | None, gsp_endpoint: str | None, fmt: str, view_name: str, output: Path,
            timeout: float | None, memory: int | None, with_official: str) -> None:
    """Write the graph for Gephi (graphml, gexf), Cytoscape (cytoscape) or networkx (json)."""
    from elexgraph.views import build_graph, view
    from elexgraph.views.graph import check_view
    from elexgraph.views.export import check_format, export_graph

    # Checked before the store is read, so a typo costs nothing.
    check_format(fmt)
    check_view(view_name)
    with open_for_reading(store, query_endpoint, gsp_endpoint, query_limits(timeout, memory)) as graph_store:
        graph = view(build_graph(graph_store, with_official), view_name)
    export_graph(graph, fmt, output)
    click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
               f"({view_name} view, {fmt})")
