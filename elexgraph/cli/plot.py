"""`elexgraph plot`: static figures of the graph, PNG and SVG."""

from __future__ import annotations

from pathlib import Path

import click

from elexgraph.cli.options import StoreOptions, store_options, user_errors


@click.command("plot")
@store_options()
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Folder to write the figures in.")
@user_errors
def command(store: StoreOptions, output: Path) -> None:
    """Draw seats changing hands per election and majorities by seat (PNG and SVG)."""
    from elexgraph.views import build_graph
    from elexgraph.views.plot import write_figures

    with store.open_for_reading() as graph_store:
        graph = build_graph(graph_store)
    for path in write_figures(graph, output):
        click.echo(f"wrote {path}")
