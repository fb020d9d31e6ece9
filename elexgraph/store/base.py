"""The interface every backend implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

Term = NamedNode | BlankNode | Literal | Triple


@dataclass
class QueryResult:
    """A SELECT answer (variables and rows of terms, None where unbound), an ASK answer, or CONSTRUCT triples."""

    variables: list[str]
    rows: list[tuple[Term | None, ...]]
    boolean: bool | None = None
    triples: list[Triple] | None = None


class GraphStore(ABC):
    """A quad store holding one named graph per article."""

    location: str

    @abstractmethod
    def replace_graphs(self, graphs: dict[NamedNode, list[Quad]]) -> None:
        """Replace each named graph with the quads given, each graph atomically."""

    @abstractmethod
    def remove_graphs(self, graphs: Iterable[NamedNode]) -> None:
        """Drop the named graphs."""

    @abstractmethod
    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL 1.1 query over the dataset (named graphs reached with GRAPH)."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update."""

    @abstractmethod
    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        """Every quad, or those of one named graph."""

    @abstractmethod
    def dump(self, output: IO[bytes], mime: str) -> None:
        """Write the whole dataset in an RDF format given by media type."""

    def named_graphs(self) -> list[NamedNode]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return [row[0] for row in result.rows if isinstance(row[0], NamedNode)]

    def is_empty(self) -> bool:
        return not self.query("ASK { GRAPH ?g { ?s ?p ?o } }").boolean

    def close(self) -> None:  # noqa: B027 - backends without resources need not close
        """Release the backend's resources."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
