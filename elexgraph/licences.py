"""Whose is what: the licence and rights statement each named graph and the dataset carry.

The graph elexgraph derives (the facts, their links, their IRIs) is the project's to license. The sentences
quoted as evidence stay their publishers': quoted under fair dealing for criticism, review and news reporting
(Copyright, Designs and Patents Act 1988, s. 30), each with its source. The official results are the House of
Commons Library's, under the Open Parliament Licence v3.0 with its attribution line (elexgraph.official.graph).
"""

from __future__ import annotations

from pyoxigraph import NamedNode

DERIVED_LICENCE = NamedNode("https://creativecommons.org/licenses/by/4.0/")
FAIR_DEALING = ("quoted under fair dealing for criticism, review and news reporting "
                "(Copyright, Designs and Patents Act 1988, s. 30)")


def quotation_rights(headline: str, publisher: str | None, url: str | None) -> str:
    """The rights statement of an article's graph: its facts are the project's, its quoted sentences not."""
    source = ", ".join(p for p in (f"“{headline}”", publisher, url) if p)
    owner = publisher or "the article's publisher"
    return (f"The facts are derived by elexgraph and licensed under CC BY 4.0. The sentences quoted as evidence "
            f"are from {source}, © {owner}, {FAIR_DEALING}.")


def dataset_rights(official: str) -> str:
    """The rights statement of the whole dataset."""
    return (f"The facts are derived by elexgraph and licensed under CC BY 4.0. Sentences quoted from news articles "
            f"are © their publishers, {FAIR_DEALING}; each article's graph names its source. Official results: "
            f"{official}")
