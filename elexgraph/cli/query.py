"""`elexgraph query`: a named query, or a .rq file, against the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from elexgraph.cli.options import StoreOptions, store_options, user_errors
from elexgraph.errors import QueryError, printable

if TYPE_CHECKING:
    from elexgraph.store.base import QueryResult

FORMATS = ("table", "csv", "json")


@click.command("query")
@click.argument("name")
@store_options()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter (repeatable).")
@user_errors
def command(name: str, store: StoreOptions, fmt: str, params: tuple[str, ...]) -> None:
    """Run queries/NAME.rq, or a .rq file, against the store."""
    from elexgraph.api import query

    bound = parse_params(params)
    with store.open_for_reading() as graph_store:
        result = query(graph_store, name, bound)
    if fmt == "table":
        print_table(result)
    else:
        echo_result(result, fmt)


def echo_result(result: QueryResult, fmt: str) -> None:
    """The answer as CSV or JSON, on stdout."""
    from elexgraph.queries import to_csv, to_json

    if fmt == "csv":
        click.echo(to_csv(result), nl=False)
    else:
        click.echo(to_json(result))


def parse_params(params: tuple[str, ...]) -> dict[str, str]:
    """--param NAME=VALUE options as a dict; each name once, each value valid text."""
    bound: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise QueryError(f"--param {printable(item)!r}: expected NAME=VALUE")
        if key in bound:
            raise QueryError(f"--param {printable(key)} is given more than once (a parameter takes one value)")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise QueryError(f"--param {printable(key)}: the value is not valid UTF-8 text") from None
        bound[key] = value
    return bound


def print_table(result: QueryResult) -> None:
    """The answer as a table that fits the terminal (long values cut short), or one block a row when it cannot."""
    from elexgraph.queries import cell
    from elexgraph.tables import render, terminal_width

    if result.boolean is not None:
        click.echo("yes" if result.boolean else "no")
        return
    click.echo(render(result.variables, [[cell(t) for t in row] for row in result.rows], terminal_width()))
    click.echo(f"{len(result.rows)} row(s)")
