"""The interface every backend implements."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

from elexgraph.errors import QueryError

Term = NamedNode | BlankNode | Literal | Triple


@dataclass(frozen=True)
class Dataset:
    """The RDF dataset a client's query runs over, as the SPARQL 1.1 Protocol describes it.

    By default the default graph is the union of the article graphs (Oxigraph's union counts a
    triple once per graph that holds it). `union_default_graph=False` leaves the dataset to the
    query's own FROM / FROM NAMED; explicit graphs (default-graph-uri, named-graph-uri) override both.
    """

    union_default_graph: bool = True
    default_graphs: tuple[NamedNode, ...] | None = None  # None: not given
    named_graphs: tuple[NamedNode, ...] | None = None  # None: every named graph

    @property
    def explicit(self) -> bool:
        return self.default_graphs is not None or self.named_graphs is not None


@dataclass(frozen=True)
class Within:
    """Where a query's answer may be cut from: the whole answer's query (`text`), of which the rows whose
    `column` contains `value`, without regard to case, are this one's (queries.py, ``# @narrows``); `exactly`:
    the rows whose `column` is the IRI `value`."""

    text: str
    column: str
    value: str
    exactly: bool = False


@dataclass(frozen=True)
class Combined:
    """How an embedded store may answer a question from other answers (queries.py, ``# @combined-from``): the
    rows of `texts[0]`, a ``# @graph-rows`` question kept by graph (so it follows writes), with the answers of
    the other texts (small, asked each time), put together by the combiner of the question named `how`
    (store/combined.py) with the question's `values` (text). `whole`: the rows may be asked whole for it (else
    only rows kept already are used: a question with a parameter would pay for every row once)."""

    how: str
    texts: tuple[str, ...]
    values: tuple[tuple[str, str], ...] = ()
    whole: bool = True


@dataclass(frozen=True)
class BoundQuery:
    """A query with values for some of its variables, bound by each backend its own way.

    Oxigraph binds `values` itself (its substitutions, SEP-0007: each variable replaced by its term
    throughout `sparql`), so no text is spliced; any other SPARQL 1.1 server gets `text`, the same query
    with the values written in (VALUES clauses, or the terms in place of their variables).
    `keep`: the answer may be kept for the store's state and given again (store/answers.py): set for the
    named questions of elexgraph, never for a user's own .rq file; `within`: a kept answer this one may be
    cut from (looked for even when this one is not kept); `combined`: how an embedded store may answer it from
    answers kept by graph; `about`: the IRI every graph the query reads names (``# @about``), for which an
    embedded store may keep the answer with those graphs (store/described.py).
    """

    sparql: str
    values: tuple[tuple[str, Term], ...]
    text: str
    keep: bool = False
    within: Within | None = None
    combined: Combined | None = None
    about: str | None = None


# A request's prologue: white space, comments, BASE and PREFIX declarations (their IRIs may hold a '#').
_PROLOGUE = re.compile(r"(?:\s|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s*[^\s:<]*:\s*<[^>]*>)*", re.IGNORECASE)
_KEYWORD = re.compile(r"[A-Za-z]+")


def query_form(sparql: str) -> str:
    """The keyword a SPARQL request opens with after its prologue, upper-cased: SELECT, DESCRIBE, INSERT, …

    Comments and the prologue's IRIs are passed over whole, so no word in a comment, an IRI or a
    string decides it ('' when the request opens with no keyword).
    """
    start = _PROLOGUE.match(sparql).end()
    keyword = _KEYWORD.match(sparql, start)
    return keyword.group(0).upper() if keyword else ""


def substituted(sparql: str, terms: dict[str, str]) -> str:
    """The query with each named variable, below its header comment, replaced by its term (in a CONSTRUCT
    template too): how a ``# @substitute`` query is bound, and the store's own lookups by one IRI.

    A term is one token (an escaped literal or a checked IRI), so it cannot change the query's shape; a
    filter anywhere sees it, and every pattern that names it starts from it.
    """
    header = re.match(r"(?:#[^\n]*\n)*", sparql)
    start = header.end() if header else 0
    body = sparql[start:]
    for name, term in terms.items():
        body = re.sub(rf"(?<![\w?$])[?$]{re.escape(name)}(?!\w)", lambda _, term=term: term, body)
    return sparql[:start] + body


def query_text(query: str | BoundQuery) -> str:
    """The query as one SPARQL text, values written in: what a server that binds nothing itself is sent."""
    return query.text if isinstance(query, BoundQuery) else query


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
    def query(self, query: str | BoundQuery) -> QueryResult:
        """Run a SPARQL 1.1 query over the dataset (named graphs reached with GRAPH), with its values if bound."""

    def kept(self, query: BoundQuery) -> QueryResult | None:
        """The answer kept for the store as it is now, if `query` may be kept and one is (store/answers.py)."""
        return None

    def iris(self, query: BoundQuery) -> list[str]:
        """The IRIs of the first column of `query`'s answer, each once, in order (a page's list of a party's facts:
        30,000 of them, counted and cut into pages)."""
        return sorted({row[0].value for row in self.query(query).rows if isinstance(row[0], NamedNode)})

    def kept_iris(self, query: BoundQuery) -> list[str] | None:
        """`iris` of the answer kept for the store as it is now, if one is (read without asking anything)."""
        return None

    def follows(self, query: BoundQuery) -> bool:
        """Whether asking `query` would follow writes from an answer kept by graph for an earlier state, asking
        only the graphs written (store/graphrows.py)."""
        return False

    def follow(self, query: BoundQuery) -> None:
        """Ask `query` only so that its answer kept by graph follows the writes since (see `follows`)."""
        self.query(query)

    def kept_drawn(self, key: str) -> str | None:
        """What was drawn from the store (a page) and kept for `key` with `keep_drawn`, if it holds for the store as
        it is now (store/described.py)."""
        return None

    def keep_drawn(self, key: str, iris: list[str], text: str) -> None:
        """Keep `text`, drawn from the store as it is now about `iris` only (every triple it shows is read from a
        graph naming one of them), for `kept_drawn` to give while no write touches those graphs."""

    def just_written(self) -> set[str] | None:
        """The graphs the write that led to the store's state wrote, when known (a build's, told to a store opened
        after it for reading); None: unknown."""
        return None

    def written_since_drawn(self, key: str) -> int | None:
        """How many graphs the writes since what `keep_drawn` kept for `key` wrote (what it was drawn from follows
        them by asking those graphs alone); None: nothing kept, or writes not known."""
        return None

    def query_at_most(self, sparql: str, at_most: int, dataset: Dataset = Dataset()) -> QueryResult:
        """A client's query over `dataset`, reading at most `at_most` rows or triples of its answer.

        This generic version runs the query on the server's own dataset and cuts the answer after
        it arrives; the embedded store stops reading at the cap.
        """
        if dataset.explicit:
            raise QueryError(f"{self.location}: default-graph-uri and named-graph-uri are not supported "
                             "on a remote store")
        result = self.query(sparql)
        if result.triples is not None:
            return QueryResult([], [], triples=result.triples[:at_most])
        return QueryResult(result.variables, result.rows[:at_most], result.boolean)

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

    def compact(self) -> bool:
        """Rewrite the store's files for faster reads (after much was written); False: a server, which keeps its
        own files (and its answers: none is kept beside it), did nothing."""
        return False

    @property
    def keeps_answers(self) -> bool:
        """Whether answers are kept beside the store for its state (store/answers.py): an embedded store opened
        read-only; a server keeps none."""
        return False

    def state(self, now: bool = False) -> object | None:
        """A token that changes whenever the data does (for caches of what is computed from it); None: unknown.
        `now`: look at the store now (a backend may otherwise look only every so often)."""
        return None

    @contextmanager
    def one_state(self) -> Iterator[None]:
        """Within the block, read the state open now, not a newer one (a backend that opens no state: no effect)."""
        yield

    def close(self) -> None:  # noqa: B027 - backends without resources need not close
        """Release the backend's resources."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
