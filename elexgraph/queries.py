"""Named SPARQL queries (queries/*.rq), their parameters, and their answers as table, CSV or JSON.

A query file starts with a comment block: its first line of prose says what it answers,
lines of the form ``# @param NAME: what it is`` declare its parameters, and a line ``# @internal``
marks a query the commands and the server run for themselves (not listed among the questions a user
asks, by `elexgraph queries` or on the SPARQL page).

A query runs with its values as a `BoundQuery`: Oxigraph binds them itself (substitutions), so no value
is spliced into the text it runs. For a remote server the values are written in: each as a VALUES clause
holding one escaped literal, so no value can change the query's shape; or, for a query whose header has
a ``# @substitute`` line, in place of its variable (the same escaped literal, or a checked IRI), which
lets the engine start every pattern from it, as Oxigraph's substitution does.
"""

from __future__ import annotations

import csv
import difflib
import io
import itertools
import json
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Literal, NamedNode

from elexgraph.errors import ElexgraphError, QueryError
from elexgraph.resources import resource_dir
# query_form from base, not remote: importing the remote store's HTTP and TLS setup cost every query 0.2 s
from elexgraph.store.base import BoundQuery, Combined, GraphStore, QueryResult, Within, query_form, substituted

_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s*:\s*(.*)$")
_INTERNAL = re.compile(r"^#\s*@internal\b")
_WHERE = re.compile(r"\bWHERE\s*\{", re.I)
_VALUES_HERE = re.compile(r"(?m)^[ \t]*#[ \t]*@values\b.*$")
_SUBSTITUTE = re.compile(r"^#\s*@substitute\b")
_NARROWS = re.compile(r"^#\s*@narrows\s+(\w+)\s*:\s*(\w+)(\s+exactly)?\b")
_KEEP = re.compile(r"^#\s*@keep\b")
_GRAPH_ROWS = re.compile(r"^#\s*@graph-rows\b")  # read by the embedded store (store/graphrows.py)
_COMBINED = re.compile(r"^#\s*@combined-from:\s*(\S.*)$")  # the queries an embedded store combines (store/combined.py)
_ABOUT = re.compile(r"^#\s*@about\s+(\w+)\b")  # the answer reads only the graphs naming that parameter's IRI


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    sparql: str
    summary: str
    params: dict[str, str]
    description: str = ""  # the whole header comment, but for its @param, @internal and @substitute lines
    internal: bool = False  # run by the commands and the server for themselves, not a user's question
    substitute: bool = False  # parameters written in place of their variables, not bound by VALUES
    narrows: tuple[str, str] | None = None  # (parameter, column): see `bound`
    exactly: bool = False  # `narrows` by an IRI the column holds exactly (else by text the column contains)
    keep: bool = False  # an internal query whose answers are kept as a question's are (``# @keep``)
    combined: tuple[str, ...] = ()  # the queries its answer may be combined from (``# @combined-from``: see `bound`)
    about: str | None = None  # the parameter whose IRI every graph it reads names (``# @about``: see `bound`)

    @property
    def title(self) -> str:
        """A short title: the summary's first clause ("every candidacy an article states" → "Every candidacy …")."""
        clause = re.split(r"[:,;(]| - ", self.summary.removeprefix(f"{self.name}:").strip(" ."), maxsplit=1)[0]
        clause = clause.strip(" .") or self.name
        return clause[0].upper() + clause[1:]


def queries_dir() -> Path:
    return resource_dir("queries")


def load_query(name_or_path: str) -> NamedQuery:
    """A query by name (queries/NAME.rq) or by the path of a .rq file."""
    path = Path(name_or_path)
    if path.suffix == ".rq" or len(path.parts) > 1:
        if not path.is_file():
            raise QueryError(f"{path}: {'not a file' if path.exists() else 'file not found'}")
    else:
        path = queries_dir() / f"{name_or_path}.rq"
        if not path.is_file():
            raise QueryError(unknown_query(name_or_path))
    try:
        sparql = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot be read ({exc})") from None
    return _parse(path, sparql)


def _parse(path: Path, sparql: str) -> NamedQuery:
    """The query with what its header comment says: summary, description, parameters, whether it is internal."""
    header = list(itertools.takewhile(lambda line: line.startswith("#"), sparql.splitlines()))
    params = {m.group(1): m.group(2).strip() for m in map(_PARAM.match, header) if m}
    internal = any(_INTERNAL.match(line) for line in header)
    substitute = any(map(_SUBSTITUTE.match, header))
    narrowing = next((m for m in map(_NARROWS.match, header) if m), None)
    narrows = (narrowing.group(1), narrowing.group(2)) if narrowing else None
    keep = any(map(_KEEP.match, header))
    combined = next((tuple(m.group(1).split()) for m in map(_COMBINED.match, header) if m), ())
    about = next((m.group(1) for m in map(_ABOUT.match, header) if m), None)
    flags = (_PARAM, _INTERNAL, _SUBSTITUTE, _NARROWS, _KEEP, _GRAPH_ROWS, _COMBINED, _ABOUT)
    prose = [line.lstrip("#").strip() for line in header if not any(f.match(line) for f in flags)]
    summary = next((line for line in prose if line), "")
    description = re.sub(rf"^{re.escape(path.stem)}:\s*", "", " ".join(line for line in prose if line))
    return NamedQuery(path.stem, path, sparql, summary, params, description, internal, substitute, narrows,
                      bool(narrowing and narrowing.group(3)), keep, combined, about)


def all_queries() -> list[NamedQuery]:
    return [load_query(str(p)) for p in sorted(queries_dir().glob("*.rq"))]


def user_queries() -> list[NamedQuery]:
    """The questions a user asks, without the queries the commands run for themselves."""
    return [q for q in all_queries() if not q.internal]


def unknown_query(name: str) -> str:
    """What to say of a query name that is not one: the nearest name, if one is near."""
    names = [q.name for q in all_queries()]
    nearest = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    hint = f"; did you mean {nearest[0]!r}?" if nearest else ""
    return f"unknown query {name!r}{hint} (elexgraph queries lists them; or give the path of a .rq file)"


def sparql_literal(value: str) -> str:
    """A SPARQL string literal holding exactly `value`."""
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


# A parameter's value: text, an IRI, or several IRIs (bound by one VALUES clause; not in a @substitute query).
Value = str | NamedNode | tuple[NamedNode, ...]


def bind(query: NamedQuery, values: dict[str, Value]) -> str:
    """The query text with each parameter bound by a VALUES clause at every ``# @values`` line, or, when it has
    none, at the top of its WHERE block.

    A FILTER sees only the bindings of its own group, so a query that filters on a parameter inside a GRAPH
    block (where the filter is cheap: next to the lookup it narrows) binds it there with a ``# @values`` line.
    A string is bound as an escaped literal; a NamedNode (already a checked IRI) as that IRI, which
    lets the engine start from it (far faster than converting a literal with IRI()); several NamedNodes as one
    VALUES clause of them all (a page of facts described in one query).
    """
    unknown = set(values) - set(query.params)
    if unknown:
        declared = ", ".join(sorted(query.params)) or "none"
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(sorted(unknown))} (its parameters: {declared})")
    missing = set(query.params) - set(values)
    if missing:
        raise QueryError(f"query {query.name!r} needs --param {sorted(missing)[0]}=VALUE ({query.params[sorted(missing)[0]]})")
    if not values:
        return query.sparql
    if query.substitute:
        return _substituted(query, _one_each(query, values))
    clause = " ".join(f"VALUES ?{name} {{ {_term(v)} }}" for name, v in sorted(values.items()))
    marked = list(_VALUES_HERE.finditer(query.sparql))
    if not marked:
        where = _WHERE.search(_strip_comments(query.sparql))
        if not where:
            raise QueryError(f"query {query.name!r} has parameters but no WHERE block to bind them in")
        marked = [where]
    text, done = [], 0
    for mark in marked:
        text += [query.sparql[done:mark.end()], f"\n  {clause}\n"]
        done = mark.end()
    return "".join(text) + query.sparql[done:]


def _one_each(query: NamedQuery, values: dict[str, Value]) -> dict[str, str | NamedNode]:
    """The values of a query that binds each parameter to one value (in place, or natively)."""
    if any(isinstance(v, tuple) for v in values.values()):
        raise QueryError(f"query {query.name!r} takes one value for each parameter")
    return values  # type: ignore[return-value]


def _term(value: Value) -> str:
    if isinstance(value, tuple):
        return " ".join(map(str, value))
    return str(value) if isinstance(value, NamedNode) else sparql_literal(value)


def _substituted(query: NamedQuery, values: dict[str, str | NamedNode]) -> str:
    """The query with each parameter's variable replaced by the value's term (a query that substitutes does
    not project its parameters)."""
    return substituted(query.sparql, {name: _term(value) for name, value in values.items()})


def _strip_comments(sparql: str) -> str:
    """Comments blanked out (same length), so offsets still point into the original text."""
    return re.sub(r"(?m)#[^\n\"'<>]*$", lambda m: " " * len(m.group(0)), sparql)


def bound(query: NamedQuery, values: dict[str, Value]) -> BoundQuery:
    """The query with its values, for the store to bind: a string as a literal, a NamedNode as that IRI
    (checked as `bind` checks them; `text` is `bind`'s, for a server that binds nothing itself).

    Oxigraph binds the values itself (pyoxigraph 0.5.13) only where that is allowed and not slower; else the
    text form goes to it too. A SELECT: Oxigraph substitutes only a variable the SELECT projects, and most of
    our queries do not project their parameters (that would change their columns). A ``# @substitute`` query:
    Oxigraph binds the value once at the top, not in each pattern, and web-resource ran 2-800x slower
    so (0.6-2.6 s a page against 1 ms-1.2 s, on the dev articles with an official file); so would a query that
    says where its values go (``# @values``: web-own, in each graph block). Any other
    CONSTRUCT, ASK or DESCRIBE (a user's .rq file) is bound natively: one that VALUES binds at the top
    of WHERE took 2 ms so against 10 ms by text.

    The answer of one of elexgraph's own questions (not a user's file; an internal query only if its header says
    ``# @keep``) may be kept beside an embedded store and given again while the store is unchanged
    (store/answers.py). A query whose header says ``# @narrows PARAM: COLUMN`` filters on that parameter only by
    CONTAINS(LCASE(?COLUMN), LCASE(?PARAM)) with COLUMN projected: its answer for a value is its answer for ""
    cut to the rows whose COLUMN holds the value, without regard to case, so that one kept answer serves every
    value (careers: a name). ``# @narrows PARAM: COLUMN exactly``: the parameter is an IRI bound by its
    ``# @values`` lines and projected as COLUMN; its answer is the rows of the query left unbound (every
    resource's) whose COLUMN is that IRI (a party's page summary, cut from every party's). Only that whole answer
    is kept, not one per IRI. ``# @combined-from: ROWS OTHER…``: an embedded store may answer the question from
    the answer of ROWS, a ``# @graph-rows`` query kept by graph, and those of the OTHER queries, put together in
    Python as the question's SPARQL would (store/combined.py: a GROUP BY, a LIMIT, the rows holding a name), so
    that it follows writes as the @graph-rows questions do; for a question with a (text) parameter, only once
    ROWS is kept (answered ahead: ``# @keep``). ``# @about PARAM``: every graph the query reads names PARAM's IRI
    (as a subject or an object: each pattern is in a GRAPH block that holds it), so an embedded store may keep
    its answer for that IRI with the graphs naming it, and give it again after writes that wrote none of them
    (store/described.py: a seat's page, read whole, in one lookup).
    """
    text = bind(query, values)
    ours = query.path.resolve().parent == queries_dir().resolve()
    keep = (not query.internal or query.keep) and ours
    about = values.get(query.about) if query.about and ours else None
    if query.substitute or query_form(query.sparql) == "SELECT" or _VALUES_HERE.search(query.sparql):
        within = _within(query, values) if keep else None
        combined = _combined(query, values) if keep else None
        return BoundQuery(text, (), text, keep and not query.exactly, within, combined,
                          about.value if isinstance(about, NamedNode) else None)
    terms = tuple((name, v if isinstance(v, NamedNode) else Literal(v))
                  for name, v in sorted(_one_each(query, values).items()))
    return BoundQuery(query.sparql, terms, text, keep)


def _combined(query: NamedQuery, values: dict[str, Value]) -> Combined | None:
    """How an embedded store may answer the question from answers kept by graph (``# @combined-from``): with
    text values only; the rows asked whole for a question without parameters only."""
    text = {name: value for name, value in values.items() if isinstance(value, str)}
    if not query.combined or len(text) != len(values):
        return None
    return Combined(query.name, tuple(load_query(name).sparql for name in query.combined), tuple(sorted(text.items())),
                    whole=not query.params)


def _within(query: NamedQuery, values: dict[str, Value]) -> Within | None:
    """The answer to cut this one from, for a query that `narrows` on its value."""
    if query.narrows is None:
        return None
    param, column = query.narrows
    value = values.get(param)
    if query.exactly and isinstance(value, NamedNode) and len(values) == 1:
        return Within(whole(query), column, value.value, exactly=True)
    if query.exactly or not isinstance(value, str) or not value:
        return None
    return Within(bind(query, {**values, param: ""}), column, value)


def whole(query: NamedQuery) -> str:
    """The text of the answer a narrowing query is cut from: for text, the query for ""; for an IRI, the query
    with its `# @values` lines binding nothing (every resource's rows)."""
    assert query.narrows is not None
    return query.sparql if query.exactly else bind(query, {query.narrows[0]: ""})


def whole_question(query: NamedQuery) -> BoundQuery:
    """The whole answer of a narrowing query, to be kept."""
    return BoundQuery(whole(query), (), whole(query), True)


def run_query(store: GraphStore, name_or_path: str, params: dict[str, Value] | None = None) -> QueryResult:
    return store.query(bound(load_query(name_or_path), params or {}))


def answer_ahead(store: GraphStore, also: Iterable[tuple[str, dict[str, str | NamedNode]]] = ()
                 ) -> Iterator[tuple[str, QueryResult | ElexgraphError, float]]:
    """Ask each of elexgraph's questions that take no parameter, those that narrow one answer by their only
    parameter for every value (careers: every name; a party's page summary: every party's), and the queries
    `also` names with their values (the server's index lists), so that a read-only embedded store keeps the
    answers for the store's state (store/answers.py) and a first ask is quick: each name with its answer, or the
    error it ended in (a query limit), and the seconds it took."""
    return _each_asked(store, _kept_questions() + _also(also))


def _also(also: Iterable[tuple[str, dict[str, str | NamedNode]]]) -> list[tuple[str, BoundQuery]]:
    """Each query with its values, named as `optimize` prints it."""
    return [(f"{name} ({', '.join(_last_part(v) for v in values.values())})", bound(load_query(name), values))
            for name, values in also]


def follow_writes(store: GraphStore, also: Iterable[tuple[str, dict[str, str | NamedNode]]] = ()
                  ) -> Iterator[tuple[str, ElexgraphError | None, float]]:
    """Each question `answer_ahead` asks (with the queries `also` names: the server's index lists) whose answer
    the store keeps by graph for an earlier state that the writes since lead from (store/graphrows.py) brought
    to the store's state, only the graphs written asked again, so that after a `build` the first ask of each,
    and a served store's first index, party or election page, is quick again: each name with the error it ended
    in (a query limit) or None, and the seconds it took."""
    for name, question in _kept_questions() + _also(also):
        if store.follows(question):
            started = time.perf_counter()
            try:
                store.follow(question)
                error = None
            except ElexgraphError as stopped:
                error = stopped
            yield name, error, time.perf_counter() - started


def _kept_questions() -> list[tuple[str, BoundQuery]]:
    """The questions whose answers are kept whole: the narrowing ones' answers for every value, and the
    questions a user asks that take no parameter, and the rows kept for those that do (``# @keep`` without one)."""
    asked = [(query.name, whole_question(query)) for query in all_queries()
             if (not query.internal or query.keep) and query.narrows and list(query.params) == [query.narrows[0]]]
    asked += [(query.name, bound(query, {})) for query in all_queries() if query.internal and query.keep
              and not query.params]  # the rows a question with a parameter is put together from (quotes-by)
    return asked + [(query.name, bound(query, {})) for query in user_queries() if not query.params]


def _each_asked(store: GraphStore, asked: list[tuple[str, BoundQuery]]
                ) -> Iterator[tuple[str, QueryResult | ElexgraphError, float]]:
    for name, question in asked:
        started = time.perf_counter()
        try:
            answer: QueryResult | ElexgraphError = store.query(question)
        except ElexgraphError as error:
            answer = error
        yield name, answer, time.perf_counter() - started


def _last_part(value: str | NamedNode) -> str:
    """'Person' for https://elexgraph.org/ontology#Person: how optimize names a value it answered ahead for."""
    return str(value.value if isinstance(value, NamedNode) else value).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return term.value
    if isinstance(term, NamedNode):
        return term.value
    return str(term)


def to_csv(result: QueryResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([cell(t) for t in row])
    return out.getvalue()


def to_json(result: QueryResult) -> str:
    if result.boolean is not None:
        return json.dumps({"boolean": result.boolean})
    return json.dumps([dict(zip(result.variables, (cell(t) for t in row))) for row in result.rows],
                      indent=2, ensure_ascii=False)
