"""Questions answered from rows kept by graph, put together here as their SPARQL would (``# @combined-from``).

A question that groups or cuts a LIMIT across graphs (seat-changes, closest-contests), or that keeps the rows
holding a name (quotes-by), cannot be kept by graph itself: one graph's write changes a group, or the rows the
LIMIT keeps, made of every graph's rows. The rows it is made of can (a ``# @graph-rows`` query,
store/graphrows.py): they follow a write, only the graphs written asked again, and the question is put together
from them here in a fraction of a second.

What SPARQL leaves to the engine is left so here too: SAMPLE gives one of the group's values and GROUP_CONCAT
joins the group's distinct values in the order they come (the kept rows' order, not Oxigraph's, which follows
its indexes); rows tied on every ORDER BY key may come in another order, and the last of a LIMIT be another of
the tied ones.
"""

from __future__ import annotations

import array
from collections.abc import Callable, Iterable

from pyoxigraph import Literal

from elexgraph.store.answers import opened, parsed_lines
from elexgraph.store.base import QueryResult, Term

# closest-contests' LIMIT
CLOSEST = 25


class Rows:
    """A kept answer by graph (the graph in its first column): its columns of term indexes by variable, and its
    terms parsed only when asked for (quotes-by parses the names, and the terms of the rows it keeps)."""

    def __init__(self, body: bytes) -> None:
        variables, document, columns = opened(body)
        self.columns: dict[str, array.array[int]] = dict(zip(variables, columns))
        self.lines = document.split(b"\n")

    def __len__(self) -> int:
        return len(next(iter(self.columns.values()), ()))

    def terms(self, indexes: Iterable[int]) -> dict[int, Term | None]:
        """The terms of these indexes (-1: unbound, None)."""
        wanted = sorted(set(indexes) - {-1})
        found: dict[int, Term | None] = dict(zip(wanted, parsed_lines(self.lines, wanted)))
        found[-1] = None
        return found

    def indexes(self, rows: list[tuple[Term | None, ...]]) -> set[tuple[int | None, ...]]:
        """Rows of terms as rows of their indexes in the kept answer (None: a term no kept row holds)."""
        if not rows:
            return set()
        index = {line: i for i, line in enumerate(self.lines)}
        return {tuple(index.get(str(term).encode("utf-8")) if term is not None else -1 for term in row)
                for row in rows}


def combined(how: str, body: bytes, others: list[QueryResult], values: dict[str, str]) -> QueryResult:
    """The answer of the question named `how` from the kept rows (`body`, store/answers.py `packed`, the graph in
    the first column), the answers of its other queries and its values. ValueError: a kept answer that is not
    one."""
    return _COMBINERS[how](Rows(body), others, values)


def _seat_changes(rows: Rows, others: list[QueryResult], values: dict[str, str]) -> QueryResult:
    """Grouped by election, seat and parties: SAMPLE of the winner and the sentence, the headlines joined by
    " | " (each once), ordered by election and seat."""
    c = rows.columns
    groups: dict[tuple[int, ...], tuple[list[int], dict[int, None]]] = {}
    for at, key in enumerate(zip(c["election"], c["constituency"], c["from_party"], c["to_party"])):
        samples, sources = groups.setdefault(key, ([-1, -1], {}))
        for place, column in enumerate((c["who"], c["sentence"])):
            if samples[place] == -1:
                samples[place] = column[at]
        sources[c["source"][at]] = None
    terms = rows.terms(i for key, (samples, sources) in groups.items() for i in (*key, *samples, *sources))
    found = [(*(terms[i] for i in key), terms[samples[0]],
              Literal(" | ".join(_text(terms[s]) for s in sources)), terms[samples[1]])
             for key, (samples, sources) in groups.items()]
    found.sort(key=lambda row: (_text(row[0]), _text(row[1])))
    return QueryResult(["election", "constituency", "from_party", "to_party", "winner", "sources", "evidence"],
                       found)


def _closest(rows: Rows, others: list[QueryResult], values: dict[str, str]) -> QueryResult:
    """The first rows in the kept order (smallest majority first), but a majority the build worked out from
    votes `check` found wrong (`others[0]`: the graph, election and seat of those votes)."""
    c = rows.columns
    flagged = rows.indexes(others[0].rows)
    worked_out = {i for i, term in rows.terms(c["worked_out"]).items() if isinstance(term, Literal)
                  and term.value == "true"}
    picked = []
    for at in range(len(rows)):
        if c["worked_out"][at] in worked_out and (c["g"][at], c["e"][at], c["area"][at]) in flagged:
            continue
        picked.append(at)
        if len(picked) == CLOSEST:
            break
    variables = ["election", "constituency", "winner", "party", "majority", "derived", "source", "evidence"]
    terms = rows.terms(c[v][at] for v in variables for at in picked)
    return QueryResult(variables, [tuple(terms[c[v][at]] for v in variables) for at in picked])


def _quotes_by(rows: Rows, others: list[QueryResult], values: dict[str, str]) -> QueryResult:
    """The quotes whose speaker's name or any other name of theirs holds the name asked for, without regard to
    case (as CONTAINS(LCASE(…)) keeps them: Python's lower() and SPARQL's LCASE are both Unicode's full lowercase
    mapping), each once, in the kept order (by headline, then where the quote starts); only the names are parsed,
    and the rows kept."""
    c, wanted = rows.columns, values["person"].lower()
    names = rows.terms(set(c["speaker"]) | set(c["alias"]))
    holding = {i for i, term in names.items() if isinstance(term, Literal) and wanted in term.value.lower()}
    variables = ["speaker", "quote", "source", "evidence"]
    picked = dict.fromkeys(tuple(c[v][at] for v in variables) for at in range(len(rows))
                           if c["speaker"][at] in holding or c["alias"][at] in holding)
    terms = rows.terms(i for row in picked for i in row)
    return QueryResult(variables, [tuple(terms[i] for i in row) for row in picked])


def _text(term: Term | None) -> str:
    return term.value if isinstance(term, Literal) else ""


_COMBINERS: dict[str, Callable[[Rows, list[QueryResult], dict[str, str]], QueryResult]] = {
    "seat-changes": _seat_changes, "closest-contests": _closest, "quotes-by": _quotes_by}
