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
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from xml.etree import ElementTree

from pyoxigraph import BlankNode, NamedNode, Triple

from elexgraph.errors import QueryError
from elexgraph.queries import bind, user_queries
from elexgraph.store.base import Dataset, GraphStore, QueryResult, Term
from elexgraph.web.describe import Value
from elexgraph.web.negotiation import HTML, JSONLD, NTRIPLES, RDFXML, TURTLE, Format, negotiate
from elexgraph.web.rdf import serialize_triples
from elexgraph.web.site import Site

SELECT_JSON = Format("json", "application/sparql-results+json", ".srj", ("application/json",))
SELECT_XML = Format("xml", "application/sparql-results+xml", ".srx", ("application/xml", "text/xml"))
SELECT_CSV = Format("csv", "text/csv", ".csv")
SELECT_TSV = Format("tsv", "text/tab-separated-values", ".tsv")
SELECT_FORMATS = (SELECT_JSON, SELECT_XML, SELECT_CSV, SELECT_TSV, HTML)
GRAPH_FORMATS = (TURTLE, JSONLD, NTRIPLES, RDFXML)
FORMATS = {fmt.name: fmt for fmt in (*SELECT_FORMATS, *GRAPH_FORMATS)}
# format= / output= (as Fuseki reads them): a name stands for the media types it may mean in either kind of answer.
FORMAT_NAMES = {
    "json": "application/sparql-results+json, application/ld+json", "xml": "application/sparql-results+xml, "
    "application/rdf+xml", "csv": "text/csv", "tsv": "text/tab-separated-values", "html": "text/html",
    "turtle": "text/turtle", "ttl": "text/turtle", "jsonld": "application/ld+json", "json-ld": "application/ld+json",
    "nt": "application/n-triples", "ntriples": "application/n-triples", "n-triples": "application/n-triples",
    "rdfxml": "application/rdf+xml", "rdf": "application/rdf+xml",
}
MAX_QUERY_CHARS = 100_000
# Oxigraph's parser recurses once per bracket: 2,500 nested braces overflow its stack.
MAX_NESTING = 64
_OPENING, _CLOSING = "{([", "})]"
# SERVICE as a keyword: not part of a variable (?service), a prefixed name (ex:service) or a prefix (service:).
_SERVICE = re.compile(r"service", re.IGNORECASE)
_NAME_CHARS = re.compile(r"[\w\u00b7\u00c0-\uffff]*$")
_LOCAL_CHARS = re.compile(r"[\w.\-:%\\\u00b7\u00c0-\uffff]*$")
# What is not a keyword: strings, IRIs and comments (for FROM and the kind of query; never for safety).
_NOT_CODE = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|''\'(?:[^'\\]|\\.|'(?!''))*''\'|"(?:[^"\\\n\r]|\\.)*"'''
                       r"""|'(?:[^'\\\n\r]|\\.)*'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n\r]*""", re.DOTALL)
# PREFIX and BASE declarations, their IRIs blanked out by _code.
_PROLOGUE = re.compile(r"(?:\s*(?:PREFIX\s+[^\s:]*:|BASE)\s)*\s*", re.IGNORECASE)
_UPDATE = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_FROM = re.compile(r"(?<![\w?$:])FROM(?![\w:])", re.IGNORECASE)
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


@dataclass(frozen=True)
class Reply:
    """A worker's answer: a body in a format, a table for the HTML page, or an error status and message."""

    status: int
    format: str | None = None
    body: bytes = b""
    table: QueryResult | None = None
    message: str = ""


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


def check_query(sparql: str) -> None:
    """Refuse, before any parser sees it, a query that could hurt the server or that is not a query."""
    if len(sparql) > MAX_QUERY_CHARS:
        raise ProtocolError(413, f"the query is longer than {MAX_QUERY_CHARS} characters")
    if not sparql.strip():
        raise ProtocolError(400, "the query is empty: send a SPARQL query in the query parameter")
    depth = nesting(sparql)
    if depth > MAX_NESTING:
        raise ProtocolError(400, f"the query nests brackets {depth} deep; at most {MAX_NESTING} are allowed")
    if names_service(sparql):
        raise ProtocolError(400, "SERVICE is refused: this endpoint does not query other endpoints "
                                 r"(inside a string or an IRI, write the word as \u0053ERVICE)")
    code = _code(sparql).lstrip()
    if _UPDATE.match(code, _PROLOGUE.match(code).end()):
        raise ProtocolError(403, READ_ONLY)


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


def names_service(sparql: str) -> bool:
    """True when the word SERVICE appears anywhere but in a variable's or a prefixed name.

    Strings, IRIs and comments are not skipped: telling them apart from '<' as less-than takes a
    parser, and a wrong guess would let a SERVICE through.
    """
    for match in _SERVICE.finditer(sparql):
        before = sparql[:match.start()]
        name = _NAME_CHARS.search(before)
        if before[:name.start()].endswith(("?", "$")):
            continue  # a variable: ?service, ?my_service
        local = _LOCAL_CHARS.search(before)
        if ":" in before[local.start():] or sparql.startswith(":", match.end()):
            continue  # a prefixed name (ex:service) or a prefix (service:)
        return True
    return False


def _code(sparql: str) -> str:
    """The query with strings, IRIs and comments blanked out."""
    return _NOT_CODE.sub(" ", sparql)


def dataset_of(sparql: str, params: Mapping[str, list[str]], site: Site) -> Dataset:
    """default-graph-uri / named-graph-uri when given (they override FROM), else the query's own FROM, else the union."""
    defaults, named = params.get("default-graph-uri"), params.get("named-graph-uri")
    if defaults or named:
        return Dataset(False, tuple(_graph(iri, site) for iri in defaults or ()),
                       tuple(_graph(iri, site) for iri in named or ()))
    return Dataset(union_default_graph=not _FROM.search(_code(sparql)))


def _graph(iri: str, site: Site) -> NamedNode:
    try:
        return NamedNode(site.stored_iri(iri))
    except ValueError:
        raise ProtocolError(400, f"{iri!r} is not an IRI") from None


def formats_for(accept: str | None, params: Mapping[str, list[str]]) -> tuple[Format | None, Format | None]:
    """The formats to answer a SELECT/ASK and a CONSTRUCT/DESCRIBE in: format= or output= wins over Accept."""
    asked = (params.get("format") or params.get("output") or [""])[0].strip().lower()
    if asked:
        accept = asked if "/" in asked else FORMAT_NAMES.get(asked)
        if accept is None:
            raise ProtocolError(400, f"unknown format {asked!r}: use one of {', '.join(sorted(FORMAT_NAMES))}")
    return negotiate(accept, SELECT_FORMATS), negotiate(accept, GRAPH_FORMATS)


def not_acceptable_message(offered: tuple[Format, ...]) -> str:
    return ("none of the formats asked for can be given; this answer comes as: "
            + ", ".join(f.media_type for f in offered))


@dataclass(frozen=True)
class Example:
    name: str
    summary: str
    sparql: str


def examples() -> list[Example]:
    """The user's named queries, ready to run: a parameter is bound to "" (every value), in a VALUES line to edit."""
    return [Example(q.name, q.summary.split(":", 1)[-1].strip(), bind(q, dict.fromkeys(q.params, "")))
            for q in user_queries()]


def execute(store: GraphStore, site: Site, job: Job) -> Reply:
    """Run a job and answer it in the format asked (in a worker process: whatever happens here stays there)."""
    try:
        result = store.query_at_most(job.sparql, job.at_most, job.dataset)
    except QueryError as error:
        return Reply(400, message=str(error))
    if result.triples is not None:
        return _graph_reply(result.triples, site, job)
    size = len(result.rows)
    if size >= job.at_most:
        return _over_cap(job)
    fmt = FORMATS.get(job.select_format or "")
    if fmt is None:
        return Reply(406, message=not_acceptable_message(SELECT_FORMATS))
    public = QueryResult(result.variables, [tuple(site.public(t) for t in row) for row in result.rows], result.boolean)
    if fmt is HTML:
        return Reply(200, fmt.name, table=_table(public, site))
    return Reply(200, fmt.name, serialize_results(public, fmt))


def _graph_reply(triples: list[Triple], site: Site, job: Job) -> Reply:
    if len(triples) >= job.at_most:
        return _over_cap(job)
    fmt = FORMATS.get(job.graph_format or "")
    if fmt is None:
        return Reply(406, message=not_acceptable_message(GRAPH_FORMATS))
    return Reply(200, fmt.name, serialize_triples([site.public(t) for t in triples], fmt))


def _over_cap(job: Job) -> Reply:
    return Reply(422, message=f"the answer has more results than the cap of {job.at_most - 1}; add a LIMIT or "
                              "narrow the query")


def _table(result: QueryResult, site: Site) -> QueryResult:
    """The answer as cells of the HTML page: IRIs link to where a browser should go."""
    if result.boolean is not None:
        return QueryResult(["answer"], [(Value("yes" if result.boolean else "no"),)])
    cells = [tuple(Value(t.value, site.href(t.value)) if isinstance(t, NamedNode) else
                   Value("" if t is None else getattr(t, "value", str(t))) for t in row) for row in result.rows]
    return QueryResult(result.variables, cells)


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

