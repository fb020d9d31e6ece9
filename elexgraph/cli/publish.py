"""`elexgraph publish`: the linked-data site as static files."""

from __future__ import annotations

from pathlib import Path

import os

import click

from elexgraph.cli.options import StoreOptions, base_uri_option, check_jobs, store_options, user_errors


@click.command("publish")
@click.argument("outdir", type=click.Path(path_type=Path))
@store_options()
@base_uri_option("Base the site will be hosted at [default: the base the graph was built with]; "
                 "IRIs are rewritten to it.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Draw the resource pages in this many processes [default: the machine's cores]; "
                   "the site is the same whatever the number.")
@user_errors
def command(outdir: Path, store: StoreOptions, base_uri: str | None, jobs: int | None) -> None:
    """Write every resource's page, .ttl and .jsonld, the indexes, sitemap, VoID and dumps into OUTDIR.

    OUTDIR then mirrors the store: the site is written beside it and swapped in whole."""
    from rich.progress import Progress

    from elexgraph.publish import publish
    from elexgraph.iris import checked_base
    from elexgraph.web.site import Site

    jobs = jobs or os.cpu_count() or 1
    check_jobs(jobs)
    with store.open_for_reading() as graph_store, Progress(transient=True) as bar:
        site = Site.for_store(graph_store, base_uri and checked_base(base_uri), static=True)
        task = bar.add_task("Publishing", total=None)

        def progress(stage: str, done: int, total: int) -> None:
            bar.update(task, description=stage, completed=done, total=total)

        report = publish(graph_store, outdir, site, progress, jobs)
    click.echo(f"published {report.resources} resource(s) in {len(report.files)} file(s) to {outdir} "
               f"({report.unchanged} unchanged; IRIs under {site.public_base})")
