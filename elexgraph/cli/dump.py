"""`elexgraph dump`: the whole graph in an RDF format."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from elexgraph.cli.options import StoreOptions, store_options, user_errors
from elexgraph.rdfio import DUMP_FORMATS


@click.command("dump")
@store_options()
@click.option("--format", "fmt", type=click.Choice(list(DUMP_FORMATS)),
              default="nquads", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, help="File to write [default: stdout].")
@user_errors
def command(store: StoreOptions, fmt: str, output: Path | None) -> None:
    """Write the whole graph in an RDF format."""
    from elexgraph.rdfio import dump
    from elexgraph.errors import OutputError

    with store.open_for_reading() as graph_store:
        if output is None:
            dump(graph_store, sys.stdout.buffer, fmt)
            return
        try:
            with output.open("wb") as fh:
                dump(graph_store, fh, fmt)
        except OSError as exc:
            raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None
