"""`elexgraph official load`: the House of Commons Library's results files beside the news."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from elexgraph.cli.optimize import follow, suggest
from elexgraph.cli.options import StoreOptions, base_uri_option, store_options, user_errors


@click.group("official")
def command() -> None:
    """Official results: the House of Commons Library's general election results files."""


@command.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_options(writes=True, limits=False)
@click.option("--election", type=int, default=None, metavar="YEAR",
              help="The general election the files hold, when neither their declaration times nor their names say.")
@base_uri_option()
@user_errors
def load_command(files: tuple[Path, ...], store: StoreOptions, election: int | None, base_uri: str | None) -> None:
    """Load results FILES as published (by candidate or by constituency), each into its own named graph."""
    from elexgraph.official.load import load

    with store.open(create=True) as graph_store:
        report = load(list(files), graph_store, base=base_uri, election=election)
    for error in report.failed:
        click.echo(f"error: {error}", err=True)
    for found in report.loaded:
        rows = len(found.candidates) or len(found.seats)
        click.echo(f"loaded {found.path}: the {found.year} general election by {found.layout}, {rows} rows")
    click.echo(f"{len(report.loaded)} file(s) loaded ({report.quads} quads)"
               + (f"; {len(report.unchanged)} unchanged" if report.unchanged else "")
               + (f"; {len(report.failed)} failed" if report.failed else "")
               + (f"; the people of {len(report.aligned)} article(s) joined to the official candidates"
                  if report.aligned else ""))
    follow(store)
    suggest(report.quads, graph_store)
    if report.failed:
        sys.exit(1)
