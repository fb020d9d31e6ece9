"""Static figures of the graph (matplotlib's object API on the Agg canvas, so no display is needed).

Each figure is written as PNG and SVG: seats changing hands between parties per election, and
the majority in each seat. A figure with nothing to show yet says so rather than being left out.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from elexgraph.views.findings import party_wins, seat_flows
from elexgraph.views.graph import NEUTRAL_COLOUR
from elexgraph.errors import OutputError

FORMATS = ("png", "svg")
# Past these, a figure stops being readable: the closest majorities and the first seats of a flow are shown.
MAJORITIES_SHOWN = 40
SEATS_NAMED = 6


def write_figures(graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """Write every figure into `folder` (made if missing); the paths written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot write ({exc.strerror or exc})") from None
    figures = {"seat-changes": seat_changes_figure(graph), "majorities": majorities_figure(graph)}
    written = []
    for name, figure in figures.items():
        FigureCanvasAgg(figure)
        for fmt in FORMATS:
            path = folder / f"{name}.{fmt}"
            try:
                figure.savefig(path, format=fmt, dpi=120, bbox_inches="tight")
            except OSError as exc:
                raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
            written.append(path)
    return written


def seat_changes_figure(graph: nx.MultiDiGraph) -> Figure:
    """One bar per election and pair of parties: how many seats the winner took from the loser."""
    flows = seat_flows(graph)
    figure = Figure(figsize=(9, 1.5 + 0.45 * max(len(flows), 3)))
    axes = figure.add_subplot()
    axes.set_title("Seats that changed hands, by election (winner ← previous holder)")
    if not flows:
        return _nothing_yet(figure, axes, "No seat gains in the graph yet")
    colours = _party_colours(graph)
    rows = list(reversed(flows))
    labels = [f"{f.election}: {f.to_party} ← {f.from_party}" for f in rows]
    axes.barh(labels, [len(f.seats) for f in rows], color=[colours.get(f.to_party, NEUTRAL_COLOUR) for f in rows],
              edgecolor=[colours.get(f.from_party, NEUTRAL_COLOUR) for f in rows], linewidth=3)
    for y, flow in enumerate(rows):
        named = ", ".join(s.seat for s in flow.seats[:SEATS_NAMED])
        more = f" and {len(flow.seats) - SEATS_NAMED} more" if len(flow.seats) > SEATS_NAMED else ""
        axes.text(len(flow.seats), y, f"  {named}{more}", va="center", fontsize=8)
    axes.set_xlabel("seats gained (bar: the winner's colour; outline: the previous holder's)")
    axes.set_xlim(0, max(len(f.seats) for f in flows) + 0.5)  # the axis ends at the largest bar; the names run on
    axes.spines[["top", "right"]].set_visible(False)
    axes.xaxis.get_major_locator().set_params(integer=True)
    return figure


def majorities_figure(graph: nx.MultiDiGraph) -> Figure:
    """The majority in each Westminster seat at each election the articles report one, coloured by the winning
    party. Only constituencies (they have a boundary set): a mayoralty's majority, over a region's electorate,
    or a council division's, is no measure beside a seat's. A majority the build worked out from votes that
    `check` found wrong is left out: no article reported it."""
    results = {}
    for _, seat, data in party_wins(graph):
        if "majority" in data and not data.get("majority_doubted") and "boundary_set" in graph.nodes[seat]:
            key = (data.get("year", 0), data["election_label"], graph.nodes[seat]["label"])
            results[key] = (data["majority"], data.get("party_label", ""))
    shown = sorted(results.items(), key=lambda item: item[1][0])[:MAJORITIES_SHOWN]
    figure = Figure(figsize=(9, 1.5 + 0.32 * max(len(shown), 4)))
    axes = figure.add_subplot()
    capped = f" (the {MAJORITIES_SHOWN} smallest of {len(results)})" if len(results) > MAJORITIES_SHOWN else ""
    axes.set_title(f"Majority by Westminster seat, as the articles report it{capped}")
    if not results:
        return _nothing_yet(figure, axes, "No majorities in the graph yet")
    colours = _party_colours(graph)
    ordered = sorted(shown, key=lambda item: (item[0][0], -item[1][0]), reverse=True)
    axes.barh([f"{seat} ({election})" for (_, election, seat), _ in ordered], [m for _, (m, _) in ordered],
              color=[colours.get(party, NEUTRAL_COLOUR) for _, (_, party) in ordered])
    axes.set_xlabel("majority (votes)")
    parties = sorted({party for _, (_, party) in ordered})
    axes.legend(handles=[Patch(color=colours.get(p, NEUTRAL_COLOUR), label=p or "unknown") for p in parties],
                loc="lower right", fontsize=8)
    return figure


def _party_colours(graph: nx.MultiDiGraph) -> dict[str, str]:
    return {d["label"]: d["colour"] for _, d in graph.nodes(data=True) if d["type"] == "party"}


def _nothing_yet(figure: Figure, axes: Axes, message: str) -> Figure:
    axes.text(0.5, 0.5, message, ha="center", va="center", transform=axes.transAxes, color="#5c6b7a")
    axes.set_axis_off()
    return figure
