"""The SPARQL 1.1 Protocol, read-only: what a request asks, the checks made before anything parses it, the answer.

A client's query could crash the query engine (deep nesting), make the server fetch other addresses
(SERVICE), run for ever or fill the memory. The first two are refused here, by reading the text
before any parser sees it; the query then runs in a worker process (web/workers.py, which calls
`execute`) that is killed at the deadline or when it outgrows its memory, and that stops reading
the answer at the cap.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from xml.etree import ElementTree

from pyoxigraph import BlankNode, NamedNode, Triple

from elexgraph.errors import QueryError
from elexgraph.queries import bind, user_queries
from elexgraph.rdfio import JSONLD, N3, NQUADS, NTRIPLES, RDFXML, TRIG, TURTLE, Format, serialize_triples
from elexgraph.store.base import Dataset, GraphStore, QueryResult, Term
from elexgraph.web.describe import Value
from elexgraph.web.negotiation import HTML, negotiate
from elexgraph.web.site import Site
from elexgraph.web.tokens import Token, UnterminatedString, normal_form, tokens

SELECT_JSON = Format("json", "application/sparql-results+json", ".srj", ("application/json",))
SELECT_XML = Format("xml", "application/sparql-results+xml", ".srx", ("application/xml", "text/xml"))
SELECT_CSV = Format("csv", "text/csv", ".csv")
SELECT_TSV = Format("tsv", "text/tab-separated-values", ".tsv")
SELECT_FORMATS = (SELECT_JSON, SELECT_XML, SELECT_CSV, SELECT_TSV, HTML)
GRAPH_FORMATS = (TURTLE, JSONLD, NTRIPLES, RDFXML, N3, NQUADS, TRIG)
FORMATS = {fmt.name: fmt for fmt in (*SELECT_FORMATS, *GRAPH_FORMATS)}
# format= / output= (as Fuseki and Oxigraph read them): a name stands for the media types it may mean in
# either kind of answer; a full media type stands for itself. Any other value is ignored: Accept decides.
FORMAT_NAMES = {
    "json": "application/sparql-results+json, application/ld+json",
    "xml": "application/sparql-results+xml, application/rdf+xml", "csv": "text/csv", "tsv": "text/tab-separated-values",
    "html": "text/html", "turtle": "text/turtle", "ttl": "text/turtle", "n3": "text/n3",
    "jsonld": "application/ld+json", "json-ld": "application/ld+json",
    "nt": "application/n-triples", "ntriples": "application/n-triples", "n-triples": "application/n-triples",
    "rdfxml": "application/rdf+xml", "rdf": "application/rdf+xml", "rdf+xml": "application/rdf+xml",
    "owl": "application/rdf+xml", "nq": "application/n-quads", "nquads": "application/n-quads",
    "n-quads": "application/n-quads", "trig": "application/trig",
}
MAX_QUERY_CHARS = 100_000
# Oxigraph's parser recurses once per bracket: 2,500 nested braces overflow its stack.
MAX_NESTING = 64
_OPENING, _CLOSING = "{([", "})]"
# The first keyword of a SPARQL update (after its PREFIX and BASE declarations).
_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
# Sent with an answer cut at --max-results: the number of rows or triples given, the first of a larger answer.
TRUNCATED_HEADER = "Elexgraph-Truncated"
READ_ONLY = "this endpoint is read-only: SPARQL updates are refused"


class ProtocolError(Exception):
    """A request the endpoint answers with an HTTP error status and a one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0  # seconds a query may run (and a request body may take to arrive)
    max_results: int = 10_000  # rows or triples in an answer
    workers: int = 6  # worker processes running queries
    memory_mb: int = 512  # memory a worker may take for one query, beyond what it holds open
    quick: float = 0.5  # a query running longer is a long one: at most a third of the workers run long ones
    max_waiting: int = 200  # requests that may wait for a worker; more get 503 at once

    @property
    def long_slots(self) -> int:
        return max(1, self.workers // 3)


@dataclass(frozen=True)
class Job:
    """One query for a worker: the text (IRIs as stored), its dataset, and the formats the client accepts."""

    sparql: str
    dataset: Dataset
    select_format: str | None  # for SELECT and ASK; None: the client accepts none
    graph_format: str | None  # for CONSTRUCT and DESCRIBE
    at_most: int  # the cap plus one, so that an answer over the cap is seen as such
    normal: str = ""  # the query's normal form: what the pool remembers a heavy query by


@dataclass(frozen=True)
class Reply:
    """A worker's answer: a body in a format, a table for the HTML page, or an error status and message."""

    status: int
    format: str | None = None
    body: bytes = b""
    table: QueryResult | None = None
    message: str = ""
    truncated: int = 0  # when the answer was cut at the cap: the rows or triples given


def query_text(method: str, params: Mapping[str, list[str]], content_type: str, body: bytes) -> str | None:
    """The query text of a protocol request (None: no query, show the form); updates are refused."""
    media = content_type.split(";", 1)[0].strip().lower()
    if "update" in params or (method == "POST" and media == "application/sparql-update"):
        raise ProtocolError(403, READ_ONLY)
    if method == "POST" and media == "application/sparql-query":
        queries = [body.decode("utf-8", "replace")]
    elif method == "POST" and media not in ("application/x-www-form-urlencoded", ""):
        raise ProtocolError(415, f"unsupported content type {media}: send application/sparql-query "
                                 "or application/x-www-form-urlencoded")
    else:
        queries = params.get("query", [])
    if len(queries) > 1:
        raise ProtocolError(400, "more than one query in the request")
    return queries[0] if queries else None


@dataclass(frozen=True)
class Checked:
    """A query that passed the checks: its normal form (what the pool remembers it by) and whether it names FROM."""

    normal: str
    names_from: bool


def check_query(sparql: str) -> Checked:
    """Refuse, before any parser sees it, a query that could hurt the server or that is not a query.

    Linear in the query's length (a lexer, no backtracking), and run off the event loop by the server.
    """
    if len(sparql) > MAX_QUERY_CHARS:
        raise ProtocolError(413, f"the query is longer than {MAX_QUERY_CHARS} characters")
    if not sparql.strip():
        raise ProtocolError(400, "the query is empty: send a SPARQL query in the query parameter")
    depth = nesting(sparql)
    if depth > MAX_NESTING:
        raise ProtocolError(400, f"the query nests brackets {depth} deep; at most {MAX_NESTING} are allowed")
    try:
        items = list(tokens(sparql))
    except UnterminatedString as error:
        raise ProtocolError(400, f"malformed SPARQL: {error}") from None
    if any(token.is_keyword("SERVICE") for token in items):
        raise ProtocolError(400, "SERVICE is refused: this endpoint does not query other endpoints")
    first = _after_prologue(items)
    if first is not None and first.is_keyword(*_UPDATE_WORDS):
        raise ProtocolError(403, READ_ONLY)
    return Checked(normal_form(items), any(token.is_keyword("FROM") for token in items))


def nesting(sparql: str) -> int:
    """How deep brackets nest, counting every bracket as written (in strings too: never fewer than the parser sees)."""
    depth = deepest = 0
    for char in sparql:
        if char in _OPENING:
            depth += 1
            deepest = max(deepest, depth)
        elif char in _CLOSING:
            depth = max(0, depth - 1)
    return deepest


def _after_prologue(items: list[Token]) -> Token | None:
    """The first token after the PREFIX and BASE declarations: the query's or the update's first word."""
    index = 0
    while index < len(items):
        if items[index].is_keyword("PREFIX"):
            index += 3
        elif items[index].is_keyword("BASE"):
            index += 2
        else:
            return items[index]
    return None


def dataset_of(checked: Checked, params: Mapping[str, list[str]], site: Site) -> Dataset:
    """default-graph-uri / named-graph-uri when given (they override FROM), else the query's own FROM, else the union."""
    defaults, named = params.get("default-graph-uri"), params.get("named-graph-uri")
    if defaults or named:
        return Dataset(False, tuple(_graph(iri, site) for iri in defaults or ()),
                       tuple(_graph(iri, site) for iri in named or ()))
    return Dataset(union_default_graph=not checked.names_from)


def _graph(iri: str, site: Site) -> NamedNode:
    try:
        return NamedNode(site.stored_iri(iri))
    except ValueError:
        raise ProtocolError(400, f"{iri!r} is not an IRI") from None


def effective_accept(accept: str | None, params: Mapping[str, list[str]]) -> str | None:
    """What the client accepts: a known format= or output= wins over the Accept header; an unknown one is ignored."""
    for asked in (*params.get("format", ()), *params.get("output", ())):
        media = _format_param(asked.strip().lower())
        if media:
            return media
    return accept


def formats_for(accept: str | None) -> tuple[Format | None, Format | None]:
    """The formats to answer a SELECT/ASK and a CONSTRUCT/DESCRIBE in."""
    return negotiate(accept, SELECT_FORMATS), negotiate(accept, GRAPH_FORMATS)


def _format_param(asked: str) -> str | None:
    """The media types a format= value stands for; None for a value no format answers to."""
    media = FORMAT_NAMES.get(asked) or asked
    known = negotiate(media, SELECT_FORMATS) or negotiate(media, GRAPH_FORMATS)
    return media if "/" in media and "*" not in media and known else None


def not_acceptable_message(offered: tuple[Format, ...]) -> str:
    return ("none of the formats asked for can be given; this answer comes as: "
            + ", ".join(f.media_type for f in offered))


@dataclass(frozen=True)
class Example:
    name: str
    title: str  # what YASGUI's tab says
    summary: str
    sparql: str


def examples() -> list[Example]:
    """The user's named queries, ready to run: a parameter is bound to "" (every value), in a VALUES line to edit."""
    return [Example(q.name, q.title, q.summary.split(":", 1)[-1].strip(), bind(q, dict.fromkeys(q.params, "")))
            for q in user_queries()]


def execute(store: GraphStore, site: Site, job: Job) -> Reply:
    """Run a job and answer it in the format asked (in a worker process: whatever happens here stays there).

    An answer larger than the cap is not an error: its first rows (or triples) are given, marked as such.
    """
    try:
        result = store.query_at_most(job.sparql, job.at_most, job.dataset)
    except QueryError as error:
        return Reply(400, message=str(error))
    cap = job.at_most - 1
    if result.triples is not None:
        return _graph_reply(result.triples[:cap], site, job, cap if len(result.triples) > cap else 0)
    truncated = cap if len(result.rows) > cap else 0
    fmt = FORMATS.get(job.select_format or "")
    if fmt is None:
        return Reply(406, message=not_acceptable_message(SELECT_FORMATS))
    public = QueryResult(result.variables, [tuple(site.public(t) for t in row) for row in result.rows[:cap]],
                         result.boolean)
    if fmt is HTML:
        return Reply(200, fmt.name, table=_table(public, site), truncated=truncated)
    return Reply(200, fmt.name, serialize_results(public, fmt), truncated=truncated)


def _graph_reply(triples: list[Triple], site: Site, job: Job, truncated: int) -> Reply:
    fmt = FORMATS.get(job.graph_format or "")
    if fmt is None:
        return Reply(406, message=not_acceptable_message(GRAPH_FORMATS))
    body = serialize_triples([site.public(t) for t in triples], fmt)
    if truncated and fmt.comments:
        body = f"# the first {truncated} triples of a larger answer (--max-results)\n".encode() + body
    return Reply(200, fmt.name, body, truncated=truncated)


def _table(result: QueryResult, site: Site) -> QueryResult:
    """The answer as cells of the HTML page: http(s) IRIs link to where a browser should go."""
    if result.boolean is not None:
        return QueryResult(["answer"], [(Value("yes" if result.boolean else "no"),)])
    cells = [tuple(Value(t.value, site.href(t.value)) if isinstance(t, NamedNode) and _linkable(t.value) else
                   Value("" if t is None else getattr(t, "value", str(t))) for t in row) for row in result.rows]
    return QueryResult(result.variables, cells)


def _linkable(iri: str) -> bool:
    """Only web addresses become links: a javascript: or data: IRI that a query builds stays text."""
    return iri.lower().startswith(("http://", "https://"))


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    cell: dict[str, object] = {"type": "literal", "value": term.value}
    if term.language:
        cell["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        cell["datatype"] = term.datatype.value
    return cell


def _results_json(result: QueryResult) -> bytes:
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}).encode()
    bindings = [{name: _json_term(term) for name, term in zip(result.variables, row) if term is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode()


def _xml_term(parent: ElementTree.Element, term: Term) -> None:
    if isinstance(term, NamedNode):
        ElementTree.SubElement(parent, "uri").text = term.value
    elif isinstance(term, BlankNode):
        ElementTree.SubElement(parent, "bnode").text = term.value
    elif isinstance(term, Triple):
        triple = ElementTree.SubElement(parent, "triple")
        for part in ("subject", "predicate", "object"):
            _xml_term(ElementTree.SubElement(triple, part), getattr(term, part))
    else:
        attrs = {"{http://www.w3.org/XML/1998/namespace}lang": term.language} if term.language else (
            {} if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string" else {"datatype": term.datatype.value})
        ElementTree.SubElement(parent, "literal", attrs).text = term.value


def _results_xml(result: QueryResult) -> bytes:
    ns = "http://www.w3.org/2005/sparql-results#"
    root = ElementTree.Element("sparql", xmlns=ns)
    head = ElementTree.SubElement(root, "head")
    if result.boolean is not None:
        ElementTree.SubElement(root, "boolean").text = "true" if result.boolean else "false"
        return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    for name in result.variables:
        ElementTree.SubElement(head, "variable", name=name)
    results = ElementTree.SubElement(root, "results")
    for row in result.rows:
        solution = ElementTree.SubElement(results, "result")
        for name, term in zip(result.variables, row):
            if term is None:
                continue
            _xml_term(ElementTree.SubElement(solution, "binding", name=name), term)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def _results_table(result: QueryResult, delimiter: str, cell: Callable[[Term], str]) -> bytes:
    out = io.StringIO()
    if result.boolean is not None:
        out.write(("true" if result.boolean else "false") + "\n")
        return out.getvalue().encode()
    header = result.variables if delimiter == "," else [f"?{name}" for name in result.variables]
    if delimiter == ",":
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([cell(t) if t is not None else "" for t in row] for row in result.rows)
    else:  # TSV cells are terms in Turtle syntax, so no quoting is needed
        out.write("\t".join(header) + "\n")
        out.writelines("\t".join(cell(t) if t is not None else "" for t in row) + "\n" for row in result.rows)
    return out.getvalue().encode()


def _csv_cell(term: Term) -> str:
    return str(term) if isinstance(term, (BlankNode, Triple)) else term.value


def serialize_results(result: QueryResult, fmt: Format) -> bytes:
    """A SELECT or ASK answer in the SPARQL 1.1 results format `fmt` (JSON, XML, CSV or TSV)."""
    if fmt is SELECT_JSON:
        return _results_json(result)
    if fmt is SELECT_XML:
        return _results_xml(result)
    if fmt is SELECT_CSV:
        return _results_table(result, ",", _csv_cell)
    return _results_table(result, "\t", str)

