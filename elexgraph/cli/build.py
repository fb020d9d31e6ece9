"""`elexgraph build`: the graph of the articles, one named graph an article."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from elexgraph.cli.optimize import follow, suggest
from elexgraph.cli.options import StoreOptions, base_uri_option, check_jobs, store_options, user_errors

DEFAULT_ARTICLES = Path("seeds")


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_options(writes=True, limits=False)
@base_uri_option()
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract in this many processes (the graph is the same whatever the number).")
@click.option("--force", is_flag=True, help="Rebuild every article, changed or not (e.g. after the extractors improved).")
@click.option("--max-article-bytes", type=click.IntRange(min=1), default=None, metavar="BYTES",
              help="Refuse an article whose text is longer [default: $ELEXGRAPH_MAX_ARTICLE_BYTES or 1000000].")
@click.option("--article-timeout", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
              help="Stop extracting an article that uses this much processor time "
                   "[default: $ELEXGRAPH_ARTICLE_TIMEOUT or 60].")
@user_errors
def command(paths: tuple[Path, ...], store: StoreOptions, base_uri: str | None, jobs: int, force: bool,
            max_article_bytes: int | None, article_timeout: float | None) -> None:
    """Build the graph of the articles in PATHS (files or folders; default: seeds/); unchanged articles are skipped."""
    from rich.progress import Progress

    from elexgraph.api import build_articles
    from elexgraph.articles import scan_articles
    from elexgraph.build import Limits

    targets = list(paths) or [DEFAULT_ARTICLES]
    limits = Limits.configured(max_article_bytes, article_timeout)
    check_jobs(jobs)
    scan = scan_articles(targets)
    for note in scan.notes:  # with nothing to build, what was left out is the error
        click.echo(f"{'note' if scan.found or scan.refused else 'error'}: {note}", err=True)
    if not scan.found and not scan.refused:
        sys.exit(1)
    total = len(scan.found)
    with store.open(create=True) as graph_store, Progress(transient=True, disable=total < 20) as bar:
        task = bar.add_task("Building", total=total)
        report = build_articles(targets, graph_store, base_uri=base_uri, progress=lambda _: bar.advance(task),
                                jobs=jobs, force=force, limits=limits)
    for note in report.notes:
        click.echo(f"note: {note}", err=True)
    for error in report.failed:
        click.echo(f"error: {error}", err=True)
    click.echo(f"built {len(report.built)} article(s): {report.facts} facts, {report.quads} quads"
               + (f"; {len(report.unchanged)} unchanged" if report.unchanged else "")
               + (f"; {len(report.failed)} file(s) failed" if report.failed else ""))
    follow(store)
    suggest(report.quads, graph_store)
    if report.failed:
        sys.exit(1)
