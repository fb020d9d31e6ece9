"""`elexgraph plot`: static figures of the graph, PNG and SVG."""

from __future__ import annotations

from pathlib import Path

import click

from elexgraph.cli import (limit_options, open_for_reading, query_limits, read_endpoint_options, store_option,
                           user_errors)


@click.command("plot")
@store_option
@read_endpoint_options
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Folder to write the figures in.")
@limit_options
@user_errors
def command(store: str | None, query_endpoint: str | None, gsp_endpoint: str | None, output: Path,
            timeout: float | None, memory: int | None) -> None:
    """Draw seats changing hands per election and majorities by seat (PNG and SVG)."""
    from elexgraph.views import build_graph
    from elexgraph.views.plot import write_figures

    with open_for_reading(store, query_endpoint, gsp_endpoint, query_limits(timeout, memory)) as graph_store:
        graph = build_graph(graph_store)
    for path in write_figures(graph, output):
        click.echo(f"wrote {path}")
