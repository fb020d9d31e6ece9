"""The SPARQL 1.1 Protocol, read-only, with a time limit per query and a cap on answers.

pyoxigraph cannot interrupt a query, so each query runs in a daemon thread and the client
gets 504 when the time limit passes. The thread runs on until the query ends, holding one
of a fixed number of slots: when every slot is taken, new queries get 503 at once, so a
runaway query can never pile up unbounded work. Daemon threads never hold up shutdown.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import parse_qs
from xml.etree import ElementTree

from pyoxigraph import BlankNode, NamedNode, Triple

from elexgraph.errors import QueryError
from elexgraph.store.base import QueryResult, Term
from elexgraph.web.negotiation import HTML, JSONLD, NTRIPLES, RDFXML, TURTLE, Format

SELECT_JSON = Format("json", "application/sparql-results+json", ".srj", ("application/json",))
SELECT_XML = Format("xml", "application/sparql-results+xml", ".srx", ("application/xml", "text/xml"))
SELECT_CSV = Format("csv", "text/csv", ".csv")
SELECT_TSV = Format("tsv", "text/tab-separated-values", ".tsv")
SELECT_FORMATS = (SELECT_JSON, SELECT_XML, SELECT_CSV, SELECT_TSV, HTML)
GRAPH_FORMATS = (TURTLE, JSONLD, NTRIPLES, RDFXML)
MAX_QUERY_CHARS = 100_000

T = TypeVar("T")


class ProtocolError(Exception):
    """A request the endpoint answers with an HTTP error status and a one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0
    max_results: int = 10_000
    workers: int = 2


def read_query(method: str, params: dict[str, list[str]], content_type: str, body: bytes) -> str | None:
    """The query text of a protocol request (None: no query, show the form); updates are refused."""
    media = content_type.split(";", 1)[0].strip().lower()
    if method == "POST" and media == "application/x-www-form-urlencoded":
        params = {**params, **parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)}
    if "update" in params or (method == "POST" and media == "application/sparql-update"):
        raise ProtocolError(403, "this endpoint is read-only: SPARQL updates are refused")
    if params.get("default-graph-uri") or params.get("named-graph-uri"):
        raise ProtocolError(400, "default-graph-uri and named-graph-uri are not supported: the dataset is fixed; "
                                 "reach each article's graph with GRAPH")
    if method == "POST" and media == "application/sparql-query":
        queries = [body.decode("utf-8", "replace")]
    elif method == "POST" and media != "application/x-www-form-urlencoded":
        raise ProtocolError(415, f"unsupported content type {media or '(none)'}: send application/sparql-query "
                                 "or application/x-www-form-urlencoded")
    else:
        queries = params.get("query", [])
    if len(queries) > 1:
        raise ProtocolError(400, "more than one query in the request")
    if not queries:
        return None
    if len(queries[0]) > MAX_QUERY_CHARS:
        raise ProtocolError(413, f"the query is longer than {MAX_QUERY_CHARS} characters")
    return queries[0]


def explain_query_error(sparql: str, error: QueryError) -> ProtocolError:
    """403 for an update sent as a query, else 400 with the parser's message."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(sparql)
    except Exception:  # noqa: BLE001 - any failure means it is not an update either
        return ProtocolError(400, str(error))
    return ProtocolError(403, "this endpoint is read-only: SPARQL updates are refused")


class QueryRunner:
    """Runs store calls in at most `workers` daemon threads, each given `timeout` seconds."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._slots = threading.BoundedSemaphore(limits.workers)

    async def run(self, work: Callable[[], T]) -> T:
        if not self._slots.acquire(blocking=False):
            raise ProtocolError(503, f"all {self.limits.workers} query workers are busy (a query may still be "
                                     "running past its time limit); try again shortly")
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[T] = loop.create_future()

        def deliver(setter: Callable[[object], None], value: object) -> None:
            if not answer.done():
                setter(value)

        def worker() -> None:
            try:
                value = work()
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting request
                loop.call_soon_threadsafe(deliver, answer.set_exception, exc)
            else:
                loop.call_soon_threadsafe(deliver, answer.set_result, value)
            finally:
                self._slots.release()

        threading.Thread(target=worker, name="sparql-query", daemon=True).start()
        try:
            return await asyncio.wait_for(answer, self.limits.timeout)
        except TimeoutError:
            raise ProtocolError(504, f"the query ran longer than the {self.limits.timeout:g} s time limit and was "
                                     "abandoned; narrow it or add a LIMIT") from None


def check_size(result: QueryResult, limits: Limits) -> None:
    size = len(result.triples) if result.triples is not None else len(result.rows)
    if size > limits.max_results:
        raise ProtocolError(422, f"the answer has {size} results, more than the cap of {limits.max_results}; "
                                 "add a LIMIT or narrow the query")


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

