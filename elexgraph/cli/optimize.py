"""`elexgraph optimize`: the store compacted and the named questions answered ahead, after much was written."""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING

import click

from elexgraph.cli.options import StoreOptions, store_options, user_errors

if TYPE_CHECKING:
    from elexgraph.store.base import GraphStore


AHEAD_TIMEOUT = 600.0  # seconds, each question answered ahead, unless --timeout says otherwise
# A write this big is worth `optimize`: at 10,000 articles (2.5 million quads) with the official record (0.75
# million), compacting took 19 s and answering the questions ahead 2.5 min on a loaded machine (14 min with the
# server's index lists and summaries, load average 17-29), against 20-65 s for the first ask of candidacies or
# careers without it, and 30-90 s for the first request of an index page. Not run by itself: after a small write it would cost the same.
MUCH = 100_000  # quads


def suggest(quads: int, store: GraphStore) -> None:
    """After a write command: a note on stderr suggesting `optimize` when it wrote much to an embedded store."""
    from elexgraph.store.embedded import EmbeddedStore

    if quads >= MUCH and isinstance(store, EmbeddedStore):
        click.echo(f"note: {quads} quads written; `elexgraph optimize` compacts the store and answers the "
                   "questions ahead, so the first ask of each is quick", err=True)


def follow(store: StoreOptions) -> None:
    """After a write command: each answer kept by graph follows the write, only the graphs it wrote asked again
    (store/graphrows.py), so the first ask of each question, and a served store's first party or election page,
    stays quick; so do the server's index lists. Nothing kept (a store never asked, a SPARQL server): nothing
    asked. An answer that cannot follow within the limits is left for its first ask. After a write of a few
    graphs, the first pages of the large parties and elections they name are drawn again and kept
    (web/firstpage.py), their lists of facts and own triples followed on the way."""
    from elexgraph.queries import follow_writes
    from elexgraph.web.firstpage import drawn_after_write
    from elexgraph.web.pages import answered_ahead

    with store.open_for_reading() as graph_store:
        for _ in follow_writes(graph_store, answered_ahead()):
            pass
        for _ in drawn_after_write(graph_store):
            pass


@click.command("optimize")
@store_options(writes=True)
@user_errors
def command(store: StoreOptions) -> None:
    """Compact the store and answer the questions that take no parameter ahead, so each is quick to ask.

    The server's index lists and its party and election summaries are answered ahead too, every seat's page's
    description and every party's and election's first page, so a served store's first page of each is quick.

    Worth it after a big build or `official load`: the answers are kept beside an embedded store, and
    `elexgraph query` gives them again without asking the store; after a write, those of the questions whose
    rows each come from one graph follow it, only the graphs written asked again (see the README). Each
    question may run 600 s here, unless --timeout says otherwise."""
    from elexgraph.queries import answer_ahead
    from elexgraph.web.describe import described_ahead
    from elexgraph.web.pages import answered_ahead

    started = time.perf_counter()
    with store.open() as graph_store:
        compacted = graph_store.compact()
    if not compacted:
        click.echo("a SPARQL server keeps its own files and answers: nothing to do")
        return
    click.echo(f"compacted in {time.perf_counter() - started:.1f} s")
    # A question is answered here once for many asks: more time than one ask is given (careers over the whole
    # official record took 65 s on 10,000 articles, on a loaded machine).
    ahead = dataclasses.replace(store, timeout=store.timeout or AHEAD_TIMEOUT)
    with ahead.open_for_reading() as graph_store:
        for name, answer, seconds in answer_ahead(graph_store, answered_ahead()):
            if isinstance(answer, Exception):
                click.echo(f"{name}: not answered ahead: {answer}", err=True)
            else:
                click.echo(f"{name}: {len(answer.rows)} row(s) in {seconds:.1f} s")
        started, described = time.perf_counter(), 0
        for iri, error in described_ahead(graph_store):
            if error is not None:
                click.echo(f"{iri}: not described ahead: {error}", err=True)
            described += error is None
        seconds = time.perf_counter() - started
        click.echo(f"seat, election and party pages: {described} described ahead in {seconds:.1f} s")
        _draw_ahead(graph_store)


def _draw_ahead(graph_store: GraphStore) -> None:
    """The first pages of the parties and elections drawn and kept (web/firstpage.py)."""
    from elexgraph.web.firstpage import drawn_ahead

    started, looked = time.perf_counter(), 0
    for iri, error in drawn_ahead(graph_store):
        if error is not None:
            click.echo(f"{iri}: first page not drawn ahead: {error}", err=True)
        looked += error is None
    click.echo(f"first pages of {looked} parties and elections drawn ahead in {time.perf_counter() - started:.1f} s")
