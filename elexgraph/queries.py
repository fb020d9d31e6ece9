"""Named SPARQL queries (queries/*.rq), their parameters, and their answers as table, CSV or JSON.

A query file starts with a comment block: the first line says what it answers, and
lines of the form ``# @param NAME: what it is`` declare its parameters. A value is bound
as a VALUES clause holding one escaped literal, so no value can change the query's shape.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Literal, NamedNode

from elexgraph.errors import QueryError
from elexgraph.resources import resource_dir
from elexgraph.store.base import GraphStore, QueryResult

_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s*:\s*(.*)$")
_WHERE = re.compile(r"\bWHERE\s*\{", re.I)
_VALUES_HERE = re.compile(r"(?m)^[ \t]*#[ \t]*@values\b.*$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    sparql: str
    summary: str
    params: dict[str, str]


def queries_dir() -> Path:
    return resource_dir("queries")


def load_query(name_or_path: str) -> NamedQuery:
    """A query by name (queries/NAME.rq) or by the path of a .rq file."""
    path = Path(name_or_path)
    if not (path.suffix == ".rq" and path.is_file()):
        path = queries_dir() / f"{name_or_path}.rq"
        if not path.is_file():
            known = ", ".join(q.name for q in all_queries())
            raise QueryError(f"unknown query {name_or_path!r} (known: {known}; or give the path of a .rq file)")
    try:
        sparql = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot be read ({exc})") from None
    header = []
    for line in sparql.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    params = {m.group(1): m.group(2).strip() for m in map(_PARAM.match, header) if m}
    summary = next((line.lstrip("# ").strip() for line in header if line.strip("# ") and not _PARAM.match(line)), "")
    return NamedQuery(path.stem, path, sparql, summary, params)


def all_queries() -> list[NamedQuery]:
    return [load_query(str(p)) for p in sorted(queries_dir().glob("*.rq"))]


def sparql_literal(value: str) -> str:
    """A SPARQL string literal holding exactly `value`."""
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


def bind(query: NamedQuery, values: dict[str, str | NamedNode]) -> str:
    """The query text with each parameter bound by a VALUES clause at the top of its WHERE block, or at its
    ``# @values`` line.

    A string is bound as an escaped literal; a NamedNode (already a checked IRI) as that IRI, which
    lets the engine start from it (far faster than converting a literal with IRI()).
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
    where = _VALUES_HERE.search(query.sparql) or _WHERE.search(_strip_comments(query.sparql))
    if not where:
        raise QueryError(f"query {query.name!r} has parameters but no WHERE block to bind them in")
    clause = " ".join(f"VALUES ?{name} {{ {v if isinstance(v, NamedNode) else sparql_literal(v)} }}"
                      for name, v in sorted(values.items()))
    return query.sparql[:where.end()] + f"\n  {clause}\n" + query.sparql[where.end():]


def _strip_comments(sparql: str) -> str:
    """Comments blanked out (same length), so offsets still point into the original text."""
    return re.sub(r"(?m)#[^\n\"'<>]*$", lambda m: " " * len(m.group(0)), sparql)


def run_query(store: GraphStore, name_or_path: str, params: dict[str, str | NamedNode] | None = None) -> QueryResult:
    query = load_query(name_or_path)
    return store.query(bind(query, params or {}))


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
