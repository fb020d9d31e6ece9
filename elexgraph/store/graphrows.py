"""Answers kept by graph, so that a write is followed by asking only about the graphs it wrote.

A question whose header says ``# @graph-rows`` reads each of its rows from one named graph (every pattern in one
`GRAPH ?g` block; outside it only per-row BINDs, and an ORDER BY): its answer is the rows of each graph, in the
ORDER BY's order. It is kept with two kinds of columns before its own: the graph each row came from, and the
ORDER BY's variables the question does not project (quotes are ordered by where they start in the article). After
a write, the rows of the graphs written are dropped, those graphs are asked again (each alone, its IRI written in
place of `?g`, which Oxigraph answers from the graph's own index: candidacies of 100 articles in 0.14 s at 10,000)
and the rows are put in order again here. The rows are SPARQL's; rows that the ORDER BY leaves tied (equal in every
key) may come in another order than a fresh SPARQL answer's, which SPARQL leaves to the engine anyway.

Ordering as SPARQL does is done for the terms the questions sort on: unbound first, then strings (by code
point, as Oxigraph compares them), numbers (by value), dates and years without a time zone, and IRIs (by their
text, as Oxigraph compares them: the index lists are ordered by label, then resource). A key column holding
anything else (a blank node, a language-tagged string, a mix of kinds) raises `Unsortable`, and the whole answer
is asked of SPARQL again: never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import repeat
from operator import itemgetter

from pyoxigraph import Literal, NamedNode

from elexgraph.store.answers import opened, packed_cells, parsed_lines
from elexgraph.store.base import Term

_FLAG = re.compile(r"(?m)^#\s*@graph-rows\b")
_SELECT = re.compile(r"\bSELECT(\s+DISTINCT)?\s", re.I)
_WHERE = re.compile(r"\bWHERE\s*\{", re.I)
_IN_GRAPH = re.compile(r"\bGRAPH\s+\?g\b", re.I)
_ORDER = re.compile(r"\bORDER\s+BY\b(.*)$", re.I | re.S)
_UNSUPPORTED = re.compile(r"\b(GROUP\s+BY|LIMIT|OFFSET|HAVING|REDUCED)\b", re.I)
_KEY = re.compile(r"\s*(?:(ASC|DESC)\s*\(\s*\?(\w+)\s*\)|\?(\w+)|\(\s*!\s*BOUND\s*\(\s*\?(\w+)\s*\)\s*\))", re.I)
_ALIAS = re.compile(r"\(\s*[^()]*?\bAS\s+\?(\w+)\s*\)", re.I)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS = {_XSD + name for name in ("integer", "decimal", "double", "float", "int", "long", "short", "byte",
                                     "nonNegativeInteger", "positiveInteger", "negativeInteger",
                                     "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort")}
_DATE = re.compile(r"-?\d{4,}-\d{2}-\d{2}")
_YEAR = re.compile(r"-?\d{4,}")
# More graphs written than this, and the whole question is asked again (a query per graph: a few ms each).
AT_MOST_GRAPHS = 1000


class Unsortable(ValueError):
    """A key column holds terms this module does not order as SPARQL does."""


@dataclass(frozen=True)
class Key:
    """One ORDER BY key: a variable, descending or not, or `!BOUND(?variable)` (`unbound`)."""

    variable: str
    descending: bool = False
    unbound: bool = False


@dataclass(frozen=True)
class GraphRows:
    """How a ``# @graph-rows`` question is kept: `text` asks for its rows with the graph and the hidden keys first
    (`extra` columns), `keys` its ORDER BY, `distinct` whether its own columns are made distinct."""

    text: str
    extra: int
    keys: tuple[Key, ...]
    distinct: bool

    def of_graphs(self, graphs: Iterable[str]) -> Iterable[str]:
        """The question asked of each graph (IRI) alone: its graph written in place of `?g` in `GRAPH ?g` (and
        bound for the column), so Oxigraph reads that graph's own index. A VALUES of the graphs at the top was as
        quick for candidacies, but web-party's UNION then read every graph (56 s for 2 graphs at 10,000
        articles); per graph, candidacies for 100 articles took 0.14 s."""
        where = _WHERE.search(_blanked(self.text))
        assert where is not None  # checked by graph_rows
        head, body = self.text[:where.end()], self.text[where.end():]
        for iri in sorted(graphs):
            yield f"{head}\n  VALUES ?g {{ <{iri}> }}\n{_IN_GRAPH.sub(f'GRAPH <{iri}>', body)}"

    def given(self, rows: list[tuple[Term | None, ...]]) -> list[tuple[Term | None, ...]]:
        """The question's rows from its own columns of the kept rows: made distinct again if it says DISTINCT (the
        same row from two graphs)."""
        return list(dict.fromkeys(rows)) if self.distinct else rows


@lru_cache(maxsize=64)
def graph_rows(text: str) -> GraphRows | None:
    """How the question `text` is kept by graph, or None: it does not say ``# @graph-rows``. A question that says so
    but has a shape this cannot follow (GROUP BY, LIMIT, an ORDER BY of expressions) raises ValueError: a
    mistake in the query file, which the tests catch."""
    if not _FLAG.search(text):
        return None
    body = _blanked(text)
    select, where, order = _SELECT.search(body), _WHERE.search(body), _ORDER.search(body)
    if select is None or where is None or _UNSUPPORTED.search(body) or not _IN_GRAPH.search(body):
        raise ValueError("a @graph-rows query is one SELECT of GRAPH ?g without GROUP BY, LIMIT or OFFSET")
    keys = _keys(order.group(1)) if order else ()
    projection = body[select.end():where.start()]
    projected = set(_ALIAS.findall(projection)) | set(re.findall(r"\?(\w+)", _ALIAS.sub(" ", projection)))
    hidden = list(dict.fromkeys(k.variable for k in keys if k.variable not in projected))
    added = " ".join(f"?{name}" for name in ["g", *hidden])
    extended = f"{text[:select.end()]}{added} {text[select.end():]}"
    return GraphRows(extended, 1 + len(hidden), keys, bool(select.group(1)))


def _keys(clause: str) -> tuple[Key, ...]:
    keys, at = [], 0
    while clause[at:].strip():
        found = _KEY.match(clause, at)
        if not found:
            raise ValueError(f"a @graph-rows query orders by variables only, not {clause[at:].strip()!r}")
        direction, inside, plain, unbound = found.groups()
        if unbound:
            keys.append(Key(unbound, unbound=True))
        else:
            keys.append(Key(inside or plain, descending=(direction or "").upper() == "DESC"))
        at = found.end()
    return tuple(keys)


def _blanked(text: str) -> str:
    """The text with its comments blanked out (same length, so offsets still point into the text)."""
    return re.sub(r"(?m)#[^\n\"'<>]*$", lambda m: " " * len(m.group(0)), text)


def followed(rows: GraphRows, body: bytes, written: set[str], fresh: list[bytes]) -> bytes:
    """A kept answer (store/answers.py `packed`, with the graph in its first column) with the rows of the graphs
    `written` dropped and the rows `fresh` (SPARQL TSV documents of the question asked of those graphs, with the
    same columns) put in, all in the question's order. Unsortable: a key this module cannot order. The rows are
    handled as tuples of term indexes, by the interpreter's own loops (zip, map, sorted): 64,000 candidacies in
    about a second on a loaded machine."""
    variables, document, columns = opened(body)
    terms = document.split(b"\n")[:-1]
    index = {term: i for i, term in enumerate(terms)}
    gone = {index[f"<{iri}>".encode()] for iri in written if f"<{iri}>".encode() in index}
    table = [row for row in zip(*columns) if row[0] not in gone]
    if len(table) == len(columns[0]) and not any(answer.count(b"\n") > 1 for answer in fresh):
        return body  # the graphs written gave no row before and give none now (the findings of `check`)
    for answer in fresh:
        header, *lines = answer.split(b"\n")
        if [v.lstrip("?") for v in header.decode("utf-8").split("\t")] != variables:
            raise ValueError("the question's columns changed")
        table += [tuple(index.setdefault(cell, len(index)) if cell else -1 for cell in line.split(b"\t"))
                  for line in lines if line]
    terms = list(index)
    places = [_places(key, list(map(itemgetter(variables.index(key.variable)), table)), terms) for key in rows.keys]
    order = sorted(range(len(table)), key=list(zip(*places)).__getitem__) if places else range(len(table))
    return packed_cells(variables, terms, [table[i] for i in order])


def _places(key: Key, column: list[int], terms: list[bytes]) -> list[int]:
    """Each row's place by one key, from its term index in the key's column: the rank of the term among the
    column's terms (negated when descending; unbound before every term)."""
    if key.unbound:  # !BOUND(?v): false (bound) before true
        return [int(i == -1) for i in column]
    distinct = sorted(set(column) - {-1})
    ordered = _ordered(dict(zip(distinct, parsed_lines(terms, distinct))))
    sign = -1 if key.descending else 1
    rank = {term: sign * place for place, term in enumerate(ordered)}
    return list(map(rank.get, column, repeat(sign * -1)))


def _ordered(terms: dict[int, Term | None]) -> list[int]:
    """Term indexes in SPARQL's order of their terms, all of one kind (else Unsortable). Equal values (1 and
    1.0) keep one place each, in index order; SPARQL would tie them, which no question here meets."""
    keyed = {i: _value(term) for i, term in terms.items()}
    if len({kind for kind, _ in keyed.values()}) > 1:
        raise Unsortable("a key column holds terms of several kinds")
    return sorted(keyed, key=lambda i: (keyed[i][1], i))


def _value(term: Term | None) -> tuple[str, object]:
    if isinstance(term, NamedNode):
        return "iri", term.value
    if not isinstance(term, Literal) or term.language is not None:
        raise Unsortable(f"cannot order {term}")
    datatype, text = term.datatype.value, term.value
    if datatype == _XSD + "string":
        return "string", text
    if datatype in _NUMBERS:
        try:
            number = Decimal(text.strip())
        except InvalidOperation:
            raise Unsortable(f"cannot order {term}") from None
        if number.is_nan():
            raise Unsortable(f"cannot order {term}")
        return "number", number
    if datatype == _XSD + "date" and _DATE.fullmatch(text):
        return "date", (int(text[:-6]), text[-5:])
    if datatype == _XSD + "gYear" and _YEAR.fullmatch(text):
        return "year", int(text)
    raise Unsortable(f"cannot order {term}")
