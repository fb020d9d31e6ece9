"""`elexgraph remove`: drop articles from the graph, with every fact only they stated."""

from __future__ import annotations

import click

from elexgraph.cli import endpoint_options, given_endpoints, store_option, user_errors


@click.command("remove")
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@store_option
@endpoint_options
@click.option("--base-uri", default=None, help="Base of the graph's IRIs [default: $ELEXGRAPH_BASE_URI or https://elexgraph.org/].")
@user_errors
def command(articles: tuple[str, ...], store: str | None, query_endpoint: str | None, update_endpoint: str | None,
            gsp_endpoint: str | None, base_uri: str | None) -> None:
    """Remove the ARTICLEs (ids, or paths of their files) and the facts only they supported."""
    from elexgraph.build import remove
    from elexgraph.iris import Minter
    from elexgraph.store import open_store

    endpoints = given_endpoints(query_endpoint=query_endpoint, update_endpoint=update_endpoint, gsp_endpoint=gsp_endpoint)
    with open_store(store, **endpoints) as graph_store:
        removed = remove(list(articles), graph_store, minter=Minter(base_uri))
    click.echo(f"removed {len(removed)} article(s): {', '.join(removed)}")
