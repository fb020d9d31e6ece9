"""`elexgraph viz`: one self-contained HTML page to explore the graph, offline."""

from __future__ import annotations

from pathlib import Path

import click

from elexgraph.cli.options import StoreOptions, store_options, user_errors


@click.command("viz")
@store_options()
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="The .html file to write.")
@click.option("--max-drawn", default=None, type=click.IntRange(min=10),
              help="Nodes drawn at first, the best-connected [default: a few hundred]; the reader can change it.")
@click.option("--title", default="elexgraph: East Midlands elections", show_default=True)
@user_errors
def command(store: StoreOptions, output: Path, max_drawn: int | None, title: str) -> None:
    """Write an interactive page: search, filter by election and kind of edge, click for facts and sentences."""
    from elexgraph.views import build_graph
    from elexgraph.views.viz import write_page

    with store.open_for_reading() as graph_store:
        graph = build_graph(graph_store)
    write_page(graph, output, title=title, **({"max_drawn": max_drawn} if max_drawn else {}))
    click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
               "open it in a browser")
