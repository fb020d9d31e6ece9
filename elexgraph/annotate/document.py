"""One article read once into an annotated document: the annotated text (annotated.py) — paragraphs,
sentences, tokens, typed mentions, quotations — plus its results lists and the election it reports. Every reader
works from this; none reads the raw text on its own.
"""

from __future__ import annotations

from elexgraph.annotate.annotated import Annotated, Mention, Sentence
from elexgraph.annotate.blocks import ResultBlock, result_blocks
from elexgraph.annotate.elections import ArticleElection, article_election
from elexgraph.annotate.once import once
from elexgraph.annotate.sentences import Paragraph

__all__ = ["Document", "Mention", "Paragraph", "Sentence"]


class Document(Annotated):
    """An article, annotated, with its results lists and its election."""

    @once
    def election(self) -> ArticleElection:
        return article_election(self)

    @once
    def blocks(self) -> list[ResultBlock]:
        return result_blocks(self)
