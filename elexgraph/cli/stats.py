"""`elexgraph stats`: how many articles, facts and resources the graph holds."""

from __future__ import annotations

import click

from elexgraph.cli.options import StoreOptions, store_options, user_errors


@click.command("stats")
@store_options()
@user_errors
def command(store: StoreOptions) -> None:
    """Count the articles, facts and resources in the graph."""
    from elexgraph.api import query

    with store.open_for_reading() as graph_store:
        result = query(graph_store, "stats")
    counts = {cls.value: int(count.value) for cls, count in result.rows}
    official = counts.get("OfficialResults", 0)
    click.echo(f"{counts.get('NewsArticle', 0)} article graph(s)"
               + (f", {official} official results file(s)" if official else ""))
    rows = [(cls.value, count.value) for cls, count in result.rows]
    names = max((len(name) for name, _ in rows), default=0)  # the columns fit the longest class name and count
    figures = max((len(count) for _, count in rows), default=0)
    for name, count in rows:
        click.echo(f"{name:<{names}}  {count:>{figures}}")
