"""`elexgraph analyse`: what the graph shows, each figure with the facts behind it."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING

import click

from elexgraph.cli.options import StoreOptions, store_options, user_errors

if TYPE_CHECKING:  # networkx is imported only when the command runs
    from elexgraph.views.findings import CentralPerson


@click.command("analyse")
@store_options()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--top", default=10, show_default=True, help="How many people to list by degree and by betweenness.")
@user_errors
def command(store: StoreOptions, fmt: str, top: int) -> None:
    """Seat flows, party changes, careers, central people and components of the graph."""
    from elexgraph.views import build_graph
    from elexgraph.views.findings import BETWEENNESS_SAMPLE, analyse

    with store.open_for_reading() as graph_store:
        result = analyse(build_graph(graph_store), top=top)
    if fmt == "json":
        click.echo(json.dumps(asdict(result), indent=2, ensure_ascii=False))
        return
    click.echo(f"Graph: nodes {_counts(result.nodes)}; edges {_counts(result.edges)}")
    estimate = f" (estimated from {BETWEENNESS_SAMPLE} sampled sources)" if result.betweenness_sampled else ""
    sections = [
        ("Seats that changed hands", [f.sentence() for f in result.seat_flows]),
        ("Party changes (from → to)", [f.sentence() for f in result.party_change_flows]),
        ("People who stood in more than one election", [c.sentence() for c in result.careers]),
        ("Top people by degree", [p.sentence() for p in result.top_by_degree]),
        ("Top people by betweenness" + estimate, _by_betweenness(result.top_by_betweenness)),
        (f"Connected components: {result.component_count}, largest first", [c.sentence() for c in result.components]
         + ([f"{len(result.isolated)} nodes no fact links to anything: {', '.join(result.isolated)}"]
            if result.isolated else [])),
    ]
    for title, lines in sections:
        click.echo(f"\n{title}")
        for line in lines or ["(none in the graph yet)"]:
            click.echo(f"  - {line}")


def _by_betweenness(people: list[CentralPerson]) -> list[str]:
    """The people, or why a list of zeros would say nothing."""
    if people and not any(p.betweenness for p in people):
        return ["none: no person lies on a path between two others (every betweenness is 0: the seats and "
                "parties a person links are linked directly too)"]
    return [p.sentence() for p in people]


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "none"
