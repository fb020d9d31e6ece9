"""The command line: a thin layer over the library. Every user mistake is one line on stderr."""

from __future__ import annotations

import functools
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from elexgraph import __version__
from elexgraph.errors import ElexgraphError, QueryError, SettingError, printable

if TYPE_CHECKING:
    from elexgraph.store import QueryLimits
    from elexgraph.store.base import GraphStore

# Commands that live in their own modules, registered like plugins: each module has a `command`.
COMMAND_MODULES: tuple[str, ...] = ("elexgraph.cli.remove", "elexgraph.cli.explain", "elexgraph.cli.analyse",
                                     "elexgraph.cli.export", "elexgraph.cli.viz", "elexgraph.cli.plot",
                                     "elexgraph.cli.serve", "elexgraph.cli.publish",
                                     "elexgraph.cli.official", "elexgraph.cli.check")

DEFAULT_ARTICLES = Path("seeds")


def store_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--store", "store", default=None, metavar="PATH|URL",
                        help="Store folder or SPARQL endpoint URL [default: $ELEXGRAPH_STORE or ./elexgraph-store].")(fn)


def _endpoint_option(kind: str, default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(f"--{kind}-endpoint", f"{kind}_endpoint", default=None, metavar="URL|PATH",
                        help=f"With a URL --store: its {kind} endpoint, a URL or a path "
                             f"[default: $ELEXGRAPH_{kind.upper()}_ENDPOINT or {default}].")


def endpoint_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--query-endpoint, --update-endpoint, --gsp-endpoint: for SPARQL servers that name them unlike Oxigraph."""
    return read_endpoint_options(_endpoint_option("update", "update")(fn))


def read_endpoint_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--query-endpoint and --gsp-endpoint, the endpoints a command that only reads uses."""
    return _endpoint_option("query", "query")(_endpoint_option("gsp", "store")(fn))


def given_endpoints(**endpoints: str | None) -> dict[str, str]:
    """The endpoint options given, as keyword arguments for open_store."""
    return {name: value for name, value in endpoints.items() if value}


def with_official_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--with-official: the news's neighbourhood (the default), or the whole official record beside it."""
    return click.option("--with-official", "with_official", type=click.Choice(["neighbourhood", "all"]),
                        default="neighbourhood", show_default=True,
                        help="neighbourhood: the people, parties, seats and elections the articles name; all: the "
                             "official record's every other candidate and seat too.")(fn)


def limit_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--timeout and --memory: the limits of every query a command runs (see query_limits)."""
    fn = click.option("--memory", type=click.IntRange(min=16), default=None, metavar="MB",
                      help="Memory one query may take, past it the query is stopped "
                           "[default: $ELEXGRAPH_QUERY_MEMORY or 1536].")(fn)
    return click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
                        help="Seconds one query may run, past them it is stopped "
                             "[default: $ELEXGRAPH_QUERY_TIMEOUT or 60].")(fn)


def query_limits(timeout: float | None, memory: int | None) -> QueryLimits:
    """The limits given by --timeout and --memory, else by the environment, else the defaults."""
    from elexgraph.store import QueryLimits

    return QueryLimits.configured(timeout, memory)


def open_for_reading(store: str | None, query_endpoint: str | None, gsp_endpoint: str | None,
                     limits: QueryLimits | None = None) -> GraphStore:
    """The store of a command that only reads: opened read-only, so it runs beside `serve` or a `build`;
    with `limits`, each of its queries runs in a worker process stopped at them."""
    from elexgraph.store import open_store

    endpoints = given_endpoints(query_endpoint=query_endpoint, gsp_endpoint=gsp_endpoint)
    return open_store(store, read_only=True, limits=limits, **endpoints)


def user_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the library's user errors into one line and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ElexgraphError as error:
            click.echo(f"error: {printable(error)}", err=True)
            sys.exit(1)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="elexgraph")
def cli() -> None:
    """elexgraph: election news → facts with evidence → a linked-data knowledge graph."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@endpoint_options
@click.option("--base-uri", default=None, help="Base of the graph's IRIs [default: $ELEXGRAPH_BASE_URI or https://elexgraph.org/].")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract in this many processes (the graph is the same whatever the number).")
@click.option("--force", is_flag=True, help="Rebuild every article, changed or not (e.g. after the extractors improved).")
@click.option("--max-article-bytes", type=click.IntRange(min=1), default=None, metavar="BYTES",
              help="Refuse an article whose text is longer [default: $ELEXGRAPH_MAX_ARTICLE_BYTES or 1000000].")
@click.option("--article-timeout", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
              help="Stop extracting an article after this long [default: $ELEXGRAPH_ARTICLE_TIMEOUT or 60].")
@user_errors
def build(paths: tuple[Path, ...], store: str | None, query_endpoint: str | None, update_endpoint: str | None,
          gsp_endpoint: str | None, base_uri: str | None, jobs: int, force: bool, max_article_bytes: int | None,
          article_timeout: float | None) -> None:
    """Build the graph of the articles in PATHS (files or folders; default: seeds/); unchanged articles are skipped."""
    from rich.progress import Progress

    from elexgraph.articles import scan_articles
    from elexgraph.build import Limits
    from elexgraph.build import build as run_build
    from elexgraph.iris import Minter
    from elexgraph.store import open_store

    targets = list(paths) or [DEFAULT_ARTICLES]
    limits = Limits.configured(max_article_bytes, article_timeout)
    _check_jobs(jobs)
    scan = scan_articles(targets)
    for note in scan.notes:  # with nothing to build, what was left out is the error
        click.echo(f"{'note' if scan.found or scan.refused else 'error'}: {note}", err=True)
    if not scan.found and not scan.refused:
        sys.exit(1)
    total = len(scan.found)
    endpoints = given_endpoints(query_endpoint=query_endpoint, update_endpoint=update_endpoint, gsp_endpoint=gsp_endpoint)
    with open_store(store, create=True, **endpoints) as graph_store, Progress(transient=True, disable=total < 20) as bar:
        task = bar.add_task("Building", total=total)
        report = run_build(targets, graph_store, minter=Minter(base_uri), progress=lambda _: bar.advance(task),
                           jobs=jobs, force=force, limits=limits)
    for note in report.notes:
        click.echo(f"note: {note}", err=True)
    for error in report.failed:
        click.echo(f"error: {error}", err=True)
    click.echo(f"built {len(report.built)} article(s): {report.facts} facts, {report.quads} quads"
               + (f"; {len(report.unchanged)} unchanged" if report.unchanged else "")
               + (f"; {len(report.failed)} file(s) failed" if report.failed else ""))
    if report.failed:
        sys.exit(1)


def _check_jobs(jobs: int) -> None:
    """A process per job, each with its own interpreter: far more than the cores would only exhaust the memory."""
    cores = os.cpu_count() or 1
    most = max(8, 4 * cores)
    if jobs > most:
        raise SettingError(f"--jobs {jobs}: more processes than this machine can use ({cores} core(s); at most {most})")


@cli.command()
@click.argument("name")
@store_option
@read_endpoint_options
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter (repeatable).")
@limit_options
@user_errors
def query(name: str, store: str | None, query_endpoint: str | None, gsp_endpoint: str | None, fmt: str,
          params: tuple[str, ...], timeout: float | None, memory: int | None) -> None:
    """Run queries/NAME.rq, or a .rq file, against the store."""
    from elexgraph.queries import run_query, to_csv, to_json

    bound = parse_params(params)
    with open_for_reading(store, query_endpoint, gsp_endpoint, query_limits(timeout, memory)) as graph_store:
        result = run_query(graph_store, name, bound)
    if fmt == "csv":
        click.echo(to_csv(result), nl=False)
    elif fmt == "json":
        click.echo(to_json(result))
    else:
        print_table(result)


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


def print_table(result: Any) -> None:
    """The answer as a table that fits the terminal (long values cut short), or one block a row when it cannot."""
    from elexgraph.queries import cell
    from elexgraph.tables import render, terminal_width

    if result.boolean is not None:
        click.echo("yes" if result.boolean else "no")
        return
    click.echo(render(result.variables, [[cell(t) for t in row] for row in result.rows], terminal_width()))
    click.echo(f"{len(result.rows)} row(s)")


@cli.command("queries")
def list_queries() -> None:
    """List the named queries and what each answers."""
    import textwrap

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


@cli.command()
@store_option
@read_endpoint_options
@limit_options
@user_errors
def validate(store: str | None, query_endpoint: str | None, gsp_endpoint: str | None, timeout: float | None,
             memory: int | None) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl)."""
    from elexgraph.validate import validate as run_validate

    with open_for_reading(store, query_endpoint, gsp_endpoint, query_limits(timeout, memory)) as graph_store:
        report = run_validate(graph_store)
    if report.conforms:
        click.echo(f"conforms: {report.triples} triples satisfy every shape")
        return
    click.echo(report.text)
    sys.exit(1)


@cli.command()
@store_option
@read_endpoint_options
@click.option("--format", "fmt", type=click.Choice(["nquads", "trig", "turtle", "jsonld", "ntriples"]),
              default="nquads", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, help="File to write [default: stdout].")
@limit_options
@user_errors
def dump(store: str | None, query_endpoint: str | None, gsp_endpoint: str | None, fmt: str, output: Path | None,
         timeout: float | None, memory: int | None) -> None:
    """Write the whole graph in an RDF format."""
    from elexgraph.dump import dump as run_dump
    from elexgraph.errors import OutputError

    with open_for_reading(store, query_endpoint, gsp_endpoint, query_limits(timeout, memory)) as graph_store:
        if output is None:
            run_dump(graph_store, sys.stdout.buffer, fmt)
            return
        try:
            with output.open("wb") as fh:
                run_dump(graph_store, fh, fmt)
        except OSError as exc:
            raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None


@cli.command()
@store_option
@read_endpoint_options
@limit_options
@user_errors
def stats(store: str | None, query_endpoint: str | None, gsp_endpoint: str | None, timeout: float | None,
          memory: int | None) -> None:
    """Count the articles, facts and resources in the graph."""
    from elexgraph.queries import run_query

    with open_for_reading(store, query_endpoint, gsp_endpoint, query_limits(timeout, memory)) as graph_store:
        result = run_query(graph_store, "stats")
    counts = {cls.value: int(count.value) for cls, count in result.rows}
    official = counts.get("OfficialResults", 0)
    click.echo(f"{counts.get('NewsArticle', 0)} article graph(s)"
               + (f", {official} official results file(s)" if official else ""))
    rows = [(cls.value, count.value) for cls, count in result.rows]
    names = max((len(name) for name, _ in rows), default=0)  # the columns fit the longest class name and count
    figures = max((len(count) for _, count in rows), default=0)
    for name, count in rows:
        click.echo(f"{name:<{names}}  {count:>{figures}}")


def _register_command_modules() -> None:
    for module in COMMAND_MODULES:
        cli.add_command(importlib.import_module(module).command)


_register_command_modules()
