"""A small graph written straight from facts (no extractor involved), for the analysis, export, viz and plot tests.

It holds what the extractors may not yet find: seat gains, a defection, careers across elections.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from elexgraph.views import build_graph
from elexgraph.articles import Article
from elexgraph.extract import reader_versions
from elexgraph.facts import ArticleFacts, Candidacy, Election, Evidence, Fact, PartyChange, SeatResult
from elexgraph.iris import Minter
from elexgraph.store import open_store
from elexgraph.triples import article_quads

GE2019, GE2024 = Election("general", 2019), Election("general", 2024)
DEFECTION = "Lee Anderson, elected as a Conservative in 2019, has defected to Reform UK."

ARTICLES = {
    "ashfield-2024": [
        DEFECTION,
        "Lee Anderson held Ashfield for Reform UK with 17,062 votes, a majority of 5,509.",
        "Lee Anderson won Ashfield for the Conservatives in 2019.",
    ],
    "east-midlands-2024": [
        "Labour's Jon Pearce gained High Peak from the Conservatives' Robert Largan with a majority of 7,908.",
        "Labour's Sarah Edwards gained Tamworth from the Conservatives with a majority of 1,316.",
        "Conservative Shivani Raja won Leicester East from Labour with a 4,426 majority.",
        "Robert Largan had won High Peak for the Conservatives in 2019.",
    ],
}


def _evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def _facts(article_id: str, text: str) -> list[Fact]:
    s = [_evidence(text, line) for line in ARTICLES[article_id]]
    if article_id == "ashfield-2024":
        return [
            PartyChange(s[0], "test", "Lee Anderson", "defection", "Conservative", "Reform UK", "2024-03-11"),
            Candidacy(s[1], "test", GE2024, "Ashfield", "Lee Anderson", "Reform UK", votes=17062, rank=1),
            SeatResult(s[1], "test", GE2024, "Ashfield", "Lee Anderson", "Reform UK", "gain", "Conservative", 5509),
            Candidacy(s[2], "test", GE2019, "Ashfield", "Lee Anderson", "Conservative", rank=1),
        ]
    return [
        SeatResult(s[0], "test", GE2024, "High Peak", "Jon Pearce", "Labour", "gain", "Conservative", 7908),
        Candidacy(s[0], "test", GE2024, "High Peak", "Jon Pearce", "Labour", rank=1),
        Candidacy(s[0], "test", GE2024, "High Peak", "Robert Largan", "Conservative", rank=2),
        SeatResult(s[1], "test", GE2024, "Tamworth", "Sarah Edwards", "Labour", "gain", "Conservative", 1316),
        SeatResult(s[2], "test", GE2024, "Leicester East", "Shivani Raja", "Conservative", "gain", "Labour", 4426),
        Candidacy(s[3], "test", GE2019, "High Peak", "Robert Largan", "Conservative", rank=1),
    ]


def sample_store(folder: Path) -> Path:
    """A store holding the sample articles' graphs, closed so that the CLI can open it too."""
    minter = Minter()
    graphs = {}
    for article_id, lines in ARTICLES.items():
        text = f"{article_id}\n\n" + "\n".join(lines) + "\n"
        article = Article(article_id, folder / f"{article_id}.txt", text, article_id, f"digest-{article_id}")
        graphs[minter.graph(article_id)] = article_quads(article, ArticleFacts(facts=_facts(article_id, text), readers=reader_versions()), minter)
    with open_store(folder / "sample-store", create=True) as store:
        store.replace_graphs(graphs)
    return folder / "sample-store"


def sample_graph(folder: Path) -> nx.MultiDiGraph:
    with open_store(sample_store(folder)) as store:
        return build_graph(store)
