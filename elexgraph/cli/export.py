"""`elexgraph export`: the graph as a file Gephi, Cytoscape or networkx opens as it is."""

from __future__ import annotations

from pathlib import Path

import click

from elexgraph.cli.options import StoreOptions, store_options, user_errors


@click.command("export")
@store_options()
@click.option("--format", "fmt", required=True, metavar="FORMAT", help="graphml, gexf, cytoscape or json.")
@click.option("--view", "view_name", default="full", show_default=True, metavar="VIEW",
              help="people (people and parties), seats (parties, seats, elections) or full.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="File to write.")
@user_errors
def command(store: StoreOptions, fmt: str, view_name: str, output: Path) -> None:
    """Write the graph for Gephi (graphml, gexf), Cytoscape (cytoscape) or networkx (json)."""
    from elexgraph.views import build_graph, view
    from elexgraph.views.graph import check_view
    from elexgraph.views.export import check_format, export_graph

    # Checked before the store is read, so a typo costs nothing.
    check_format(fmt)
    check_view(view_name)
    with store.open_for_reading() as graph_store:
        graph = view(build_graph(graph_store), view_name)
    export_graph(graph, fmt, output)
    click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
               f"({view_name} view, {fmt})")
