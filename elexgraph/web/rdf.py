"""Triples and quads written in the served formats. JSON-LD is compacted with the published context."""

from __future__ import annotations

import json
from collections.abc import Iterable

import pyoxigraph
from pyoxigraph import Quad, RdfFormat, Triple

from elexgraph.vocab import DCAT, DCT, FOAF, PREFIXES, SD, VOID
from elexgraph.web.negotiation import JSONLD, Format

WEB_PREFIXES = {**PREFIXES, "void": VOID.namespace, "dcat": DCAT.namespace, "dct": DCT.namespace, "sd": SD.namespace,
                "foaf": FOAF.namespace}
CONTEXT_PATH = "context.jsonld"


def jsonld_context() -> dict[str, str]:
    """The @context published at /context.jsonld and inlined in every JSON-LD document (so none needs a fetch)."""
    return dict(WEB_PREFIXES)


def serialize_triples(triples: Iterable[Triple], fmt: Format) -> bytes:
    ordered = sorted(set(triples), key=str)
    if fmt is JSONLD:
        return _compact_jsonld(ordered)
    return pyoxigraph.serialize(ordered, format=fmt.rdf, prefixes=WEB_PREFIXES)


def serialize_quads(quads: Iterable[Quad], fmt: Format) -> bytes:
    return pyoxigraph.serialize(quads, format=fmt.rdf, prefixes=WEB_PREFIXES)


def _compact_jsonld(triples: list[Triple]) -> bytes:
    import rdflib  # pyoxigraph writes expanded JSON-LD only; rdflib compacts with a context

    graph = rdflib.Graph()
    graph.parse(data=pyoxigraph.serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    compacted = json.loads(graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True))
    return json.dumps(_ordered(compacted), indent=2, ensure_ascii=False).encode()


def _ordered(node: object) -> object:
    """The same JSON-LD with its nodes and values in one order (rdflib's follows hashing): the same graph is
    the same bytes, so a publish leaves an unchanged document as it was. No @list is written: order is free."""
    if isinstance(node, dict):
        return {key: _ordered(value) for key, value in sorted(node.items())}
    if isinstance(node, list):
        return sorted((_ordered(item) for item in node), key=lambda item: json.dumps(item, sort_keys=True))
    return node


def context_document() -> bytes:
    return json.dumps({"@context": jsonld_context()}, indent=2).encode()


def not_found_body(fmt: Format, iri: str) -> bytes:
    """An empty graph in the asked format that says, where the format allows, what was not found."""
    message = f"not found: {iri} is not described by this dataset"
    if fmt is JSONLD:
        return json.dumps({"@context": jsonld_context(), "@graph": [], "error": message}).encode()
    if fmt.rdf is RdfFormat.RDF_XML:
        return (b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- ' + message.replace("--", "-").encode()
                + b' -->\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>\n')
    return f"# {message}\n".encode()
