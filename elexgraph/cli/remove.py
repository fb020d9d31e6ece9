"""`elexgraph remove`: drop articles from the graph, with every fact only they stated."""

from __future__ import annotations

import click

from elexgraph.cli.optimize import follow
from elexgraph.cli.options import StoreOptions, base_uri_option, store_options, user_errors


@click.command("remove")
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@store_options(writes=True, limits=False)
@base_uri_option()
@user_errors
def command(articles: tuple[str, ...], store: StoreOptions, base_uri: str | None) -> None:
    """Remove the ARTICLEs (ids, or paths of their files) and the facts only they supported."""
    from elexgraph.build import remove
    from elexgraph.iris import Minter

    with store.open() as graph_store:
        removed = remove(list(articles), graph_store, minter=Minter(base_uri))
    follow(store)
    click.echo(f"removed {len(removed)} article(s): {', '.join(removed)}")
