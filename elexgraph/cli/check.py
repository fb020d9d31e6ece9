"""`elexgraph check`: the news against the official results and against itself, like a linter."""

from __future__ import annotations

import re
import sys

import click

from elexgraph.cli import endpoint_options, given_endpoints, limit_options, query_limits, store_option


@click.command("check")
@store_option
@endpoint_options
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--base-uri", default=None, help="Base of the findings' IRIs [default: $ELEXGRAPH_BASE_URI or https://elexgraph.org/].")
@limit_options
def command(store: str | None, query_endpoint: str | None, update_endpoint: str | None, gsp_endpoint: str | None,
            fmt: str, base_uri: str | None, timeout: float | None, memory: int | None) -> None:
    """List every figure or fact the news states that disagrees with the official results or with the news itself.

    The findings are also stored as the check graph (`elexgraph query discrepancies`). Exit status: 1 when
    there are findings, 0 when there are none, 2 on errors.
    """
    from elexgraph.check import check, write_findings
    from elexgraph.errors import ElexgraphError
    from elexgraph.iris import Minter
    from elexgraph.queries import cell, run_query, to_csv, to_json
    from elexgraph.store import open_store

    endpoints = given_endpoints(query_endpoint=query_endpoint, update_endpoint=update_endpoint, gsp_endpoint=gsp_endpoint)
    try:
        with open_store(store, limits=query_limits(timeout, memory), **endpoints) as graph_store:
            write_findings(graph_store, check(graph_store), Minter(base_uri))
            result = run_query(graph_store, "discrepancies")
    except ElexgraphError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    if fmt == "csv":
        click.echo(to_csv(result), nl=False)
    elif fmt == "json":
        click.echo(to_json(result))
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
