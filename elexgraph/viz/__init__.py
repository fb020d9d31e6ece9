"""One self-contained HTML page to explore the graph: the drawing library, the script and the data inlined.

The page loads nothing from the network. Cytoscape.js (vendor/cytoscape, MIT, from the npm registry)
draws at most a few hundred nodes at a time, the best-connected first; search and the filters choose
which. Every fact stays in the page, so clicking any node lists its facts with their sentences.
"""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
import networkx as nx

from elexgraph import __version__
from elexgraph.analysis.graph import EDGE_KINDS
from elexgraph.errors import OutputError

HERE = Path(__file__).parent
LIBRARY = HERE / "vendor" / "cytoscape" / "cytoscape.min.js"
# Drawn at first; the page lets the reader raise it. Force layouts slow down well before a thousand nodes.
DEFAULT_DRAWN_NODES = 300
# Node attributes the page lists under a node's name.
_NODE_DETAILS = ("party_label", "county", "gss", "boundary_set", "year", "date", "election_kind", "aliases")


def page_data(graph: nx.MultiDiGraph, max_drawn: int = DEFAULT_DRAWN_NODES) -> dict:
    """The graph as the page's script reads it; each article's headline and address are stored once."""
    articles: dict[str, int] = {}
    article_rows: list[list[str]] = []
    nodes = [{"id": node, "label": data["label"], "type": data["type"], "colour": data["colour"],
              "details": {k: data[k] for k in _NODE_DETAILS if k in data}}
             for node, data in graph.nodes(data=True)]
    edges = []
    for u, v, key, data in graph.edges(keys=True, data=True):
        edge = {"id": key, "source": u, "target": v, "kind": data["kind"], "summary": data["summary"]}
        if "election_label" in data:
            edge["election"] = data["election_label"]
        # A membership repeats the sentences of its candidacies and party changes, so it carries none itself.
        if "evidence" in data and data["kind"] != "membership":
            if data["source"] not in articles:
                articles[data["source"]] = len(article_rows)
                article_rows.append([data["source"], data["headline"], data.get("url", "")])
            edge |= {"evidence": data["evidence"], "article": articles[data["source"]]}
        edges.append(edge)
    elections = sorted({(d.get("year", 0), d["election_label"]) for *_, d in graph.edges(data=True)
                        if "election_label" in d})
    return {"nodes": nodes, "edges": edges, "articles": article_rows, "kinds": list(EDGE_KINDS),
            "elections": [name for _, name in elections], "maxDrawn": max_drawn}


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
