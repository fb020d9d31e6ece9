"""One self-contained HTML page to explore the graph: the drawing library, the script and the data inlined.

The page loads nothing from the network. Cytoscape.js (vendor/cytoscape, MIT, from the npm registry)
draws at most a few hundred nodes at a time, the best-connected first; search and the filters choose
which. It opens on an overview a reader can take in: the parties and the seats they won at the election
with the most results. A search draws the node found with everything linked to it and dims the rest.
Every fact stays in the page, so clicking any node lists its facts with their sentences.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import jinja2
import networkx as nx

from elexgraph import __version__
from elexgraph.views.graph import EDGE_KINDS, label, seat_winners
from elexgraph.errors import OutputError
from elexgraph.labels import boundary_span, kind_words, long_date

HERE = Path(__file__).parent
LIBRARY = HERE / "vendor" / "cytoscape" / "cytoscape.min.js"
# Drawn at first; the page lets the reader raise it. Force layouts slow down well before a thousand nodes.
DEFAULT_DRAWN_NODES = 300


def page_data(graph: nx.MultiDiGraph, max_drawn: int = DEFAULT_DRAWN_NODES) -> dict:
    """The graph as the page's script reads it; each article's headline, address, publisher and date are stored once.

    A seat carries the party that won it at each election (`winners`), so that it takes the colour of the
    election in view; `election` is the one the page opens on, the one with the most seat results.
    """
    articles: dict[str, int] = {}
    article_rows: list[list[str]] = []
    winners = seat_winners(graph)
    nodes = []
    for node, data in graph.nodes(data=True):
        entry = {"id": node, "label": data["label"], "type": data["type"], "colour": data["colour"],
                 "details": node_details(data)}
        if node in winners:
            entry["winners"] = {label(graph, election): party for (*_, election), party in winners[node].items()}
        nodes.append(entry)
    edges = []
    for u, v, key, data in graph.edges(keys=True, data=True):
        edge = {"id": key, "source": u, "target": v, "kind": data["kind"], "summary": data["summary"]}
        if "election_label" in data:
            edge["election"] = data["election_label"]
        # A membership repeats the sentences of its candidacies and party changes, so it carries none itself.
        if "evidence" in data and data["kind"] != "membership":
            if data["article"] not in articles:
                articles[data["article"]] = len(article_rows)
                article_rows.append([data["article"], data["headline"], data.get("url", ""),
                                     data.get("publisher", ""), long_date(data.get("published", ""))])
            edge |= {"evidence": data["evidence"], "article": articles[data["article"]]}
        edges.append(edge)
    elections = sorted({(d.get("year", 0), d["election_label"]) for *_, d in graph.edges(data=True)
                        if "election_label" in d})
    return {"nodes": nodes, "edges": edges, "articles": article_rows, "kinds": list(EDGE_KINDS),
            "elections": [name for _, name in elections], "election": busiest_election(graph), "maxDrawn": max_drawn}


def node_details(data: dict) -> dict[str, str]:
    """What the page lists under a node's name, in words."""
    details = {"party": data.get("party_label"), "county": data.get("county"), "GSS code": data.get("gss"),
               "boundaries": boundary_span(data["boundary_set"]) if data.get("boundary_set") else None,
               "kind": kind_words(data.get("election_kind") or data.get("place_kind") or "") or None,
               "date": long_date(str(data["date"])) if data.get("date") else None,
               "also called": data.get("aliases", "").replace("|", ", ") or None}
    return {name: str(value) for name, value in details.items() if value}


def busiest_election(graph: nx.MultiDiGraph) -> str:
    """The election with the most seat results (the latest of equals): the readable overview to open on."""
    results = Counter((d.get("year", 0), d["election_label"]) for party, _, d in graph.edges(data=True)
                      if d["kind"] == "won" and graph.nodes[party]["type"] == "party")
    return max(results, key=lambda election: (results[election], election))[1] if results else ""


def render_page(graph: nx.MultiDiGraph, title: str = "elexgraph", max_drawn: int = DEFAULT_DRAWN_NODES) -> str:
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=True)
    data = json.dumps(page_data(graph, max_drawn), ensure_ascii=False, separators=(",", ":"))
    # The template marks the scripts safe. Inside a <script> element only "</" can end it early,
    # and "<\/" means the same to JSON.
    return environment.get_template("page.html").render(
        title=title, version=__version__, library=LIBRARY.read_text(encoding="utf-8"),
        app=(HERE / "app.js").read_text(encoding="utf-8"), data=data.replace("</", "<\\/"))


def write_page(graph: nx.MultiDiGraph, output: Path, title: str = "elexgraph",
               max_drawn: int = DEFAULT_DRAWN_NODES) -> None:
    try:
        output.write_text(render_page(graph, title, max_drawn), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None
