"""`elexgraph check`: the news against the official results and against itself, like a linter."""

from __future__ import annotations

import re
import sys

import click

from elexgraph.cli.options import StoreOptions, base_uri_option, store_options
from elexgraph.cli.query import FORMATS, echo_result


@click.command("check")
@store_options(writes=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@base_uri_option("Base of the findings' IRIs [default: $ELEXGRAPH_BASE_URI or https://elexgraph.org/].")
def command(store: StoreOptions, fmt: str, base_uri: str | None) -> None:
    """List every figure or fact the news states that disagrees with the official results or with the news itself.

    The findings are also stored as the check graph (`elexgraph query discrepancies`). Exit status: 1 when
    there are findings, 0 when there are none, 2 on errors.
    """
    from elexgraph.api import check_news, query
    from elexgraph.errors import ElexgraphError
    from elexgraph.queries import cell

    try:
        with store.open(limited=True) as graph_store:
            check_news(graph_store, base_uri=base_uri)
            result = query(graph_store, "discrepancies")
    except ElexgraphError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    if fmt != "table":
        echo_result(result, fmt)
    else:
        for row in result.rows:
            click.echo(_lint_lines(dict(zip(result.variables, (cell(t) for t in row)))))
        click.echo(f"{len(result.rows)} disagreement(s)")
    sys.exit(1 if result.rows else 0)


def _lint_lines(f: dict[str, str]) -> str:
    """One finding as a linter prints one: where, what, and the two statements side by side."""
    who = f" · {f['person']}" if f["person"] else ""
    other = "official" if f["check"] == "official" else "the other statement"
    by = "official" if f["check"] == "official" else "by the other statement"
    return (f"{f['constituency']}, {f['election']}{who}\n"
            f"  {f['check']}: {f['field']} {f['stated']} stated, {f['expected']} {by}\n"
            f"    stated in {f['source']}: {_one_line(f['evidence'])}\n"
            f"    {other} in {f['other_source']}: {_one_line(f['other_evidence'])}\n")


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
