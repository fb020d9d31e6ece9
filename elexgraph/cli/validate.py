"""`elexgraph validate`: the graph against the SHACL shapes."""

from __future__ import annotations

import sys

import click

from elexgraph.cli.options import StoreOptions, store_options, user_errors


@click.command("validate")
@store_options()
@user_errors
def command(store: StoreOptions) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl)."""
    from elexgraph.validate import validate

    with store.open_for_reading() as graph_store:
        report = validate(graph_store)
    if report.conforms:
        click.echo(f"conforms: {report.triples} triples satisfy every shape")
        return
    click.echo(report.text)
    sys.exit(1)
