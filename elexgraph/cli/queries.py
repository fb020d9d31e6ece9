"""`elexgraph queries`: the named queries and what each answers."""

from __future__ import annotations

import textwrap

import click


@click.command("queries")
def command() -> None:
    """List the named queries and what each answers."""
    from elexgraph.queries import user_queries
    from elexgraph.tables import terminal_width

    width = max(terminal_width(), 60)
    click.echo("Run one with: elexgraph query NAME [--param NAME=VALUE] [--format table|csv|json]\n")
    indent = " " * 18
    for q in user_queries():
        click.echo(textwrap.fill(q.description, width, initial_indent=f"{q.name:18s}", subsequent_indent=indent))
        for param, what in q.params.items():
            click.echo(textwrap.fill(f"--param {param}=VALUE: {what}", width, initial_indent=indent,
                                     subsequent_indent=indent))
        click.echo()
