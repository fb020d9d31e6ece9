"""`elexgraph serve`: the graph as linked data over HTTP, with a SPARQL endpoint."""

from __future__ import annotations

import click

from elexgraph.cli.options import StoreOptions, base_uri_option, store_options, user_errors


STOP_SECONDS = 5  # answers still streaming when the server is told to stop get this long to end


@click.command("serve")
@store_options(limits=False)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@base_uri_option("Base to serve the IRIs under [default: the base the graph was built with]; IRIs are rewritten to it.")
@click.option("--query-timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a SPARQL query may run before the client gets 504.")
@click.option("--max-results", default=10_000, show_default=True, type=click.IntRange(min=1),
              help="Most rows or triples a SPARQL answer gives; a larger answer gives its first, marked as cut.")
@click.option("--query-workers", default=6, show_default=True, type=click.IntRange(min=1),
              help="Worker processes running SPARQL queries; at most a third run queries longer than half a second.")
@click.option("--query-memory", default=512, show_default=True, type=click.IntRange(min=16), metavar="MB",
              help="Memory one SPARQL query may take; past it the query is stopped.")
@click.option("--page-timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a page (a person's, a seat's, a party's) may take before the client gets 504.")
@click.option("--page-memory", default=512, show_default=True, type=click.IntRange(min=16), metavar="MB",
              help="Memory rendering one page may take; past it the page is stopped (422).")
@click.option("--summary-timeout", default=300.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds what reads every graph (/void's statistics, an index page's list) may take; it is "
                   "computed once per state of the store and kept.")
@click.option("--summary-memory", default=1024, show_default=True, type=click.IntRange(min=16), metavar="MB",
              help="Memory what reads every graph may take (one such computation runs at a time).")
@click.option("--header-timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a client has to send a request's head once connected (or after an answer).")
@click.option("--max-connections", default=1000, show_default=True, type=click.IntRange(min=1),
              help="Connections open at once, in all; past them, requests get 503.")
@click.option("--max-client-connections", default=100, show_default=True, type=click.IntRange(min=1),
              help="Connections one client address may hold at once; past them, a new one gets 503.")
@user_errors
def command(store: StoreOptions, host: str, port: int,
            base_uri: str | None, query_timeout: float, max_results: int, query_workers: int, query_memory: int,
            page_timeout: float, page_memory: int, summary_timeout: float, summary_memory: int,
            header_timeout: float, max_connections: int,
            max_client_connections: int) -> None:
    """Serve each resource as HTML, Turtle, JSON-LD, N-Triples and RDF/XML, with /sparql, /void and /dump.

    SPARQL queries and pages run in worker processes, each within a time and a memory limit."""
    import uvicorn

    from elexgraph.web.app import create_app, render_page
    from elexgraph.web.guard import guarded_protocol, limit_logging
    from elexgraph.web.pagejobs import page_budget, summary_budget
    from elexgraph.iris import checked_base
    from elexgraph.web.site import Site
    from elexgraph.web.sparql import Limits
    from elexgraph.web.workers import WorkerPool, Workspace

    limits = Limits(timeout=query_timeout, max_results=max_results, workers=query_workers, memory_mb=query_memory)
    with store.open_for_reading(limited=False) as graph_store:
        site = Site.for_store(graph_store, base_uri and checked_base(base_uri))
        workspace = Workspace(graph_store.location, store.endpoints, site, query_memory, page_memory, render_page)
        with WorkerPool(workspace, limits) as pool:
            click.echo(f"serving {graph_store.location} on http://{host}:{port}{site.root} with IRIs under "
                       f"{site.public_base}", err=True)
            app = create_app(graph_store, site, pool, page_budget(page_timeout, page_memory),
                             summary_budget(summary_timeout, summary_memory))
            config = uvicorn.Config(app, host=host, port=port, log_level="warning",
                                    http=guarded_protocol(header_timeout, max_client_connections),
                                    limit_concurrency=max_connections, timeout_keep_alive=5,
                                    # a client reading a dump slowly must not keep a stopped server running
                                    timeout_graceful_shutdown=STOP_SECONDS)
            limit_logging("uvicorn.error", "asyncio")
            uvicorn.Server(config).run()
