"""Helpers for extractor tests: an invented article as a prepared Document."""

from __future__ import annotations

from pathlib import Path

from elexgraph.articles import Article
from elexgraph.annotate.document import Document


def document_of(*paragraphs: str, title: str = "An invented story", date: str | None = "2024-07-05") -> Document:
    """A Document whose body is the given paragraphs, one a line."""
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return Document(Article(id="invented", path=Path("invented.txt"), text=text, title=title, digest="0", date=date))
