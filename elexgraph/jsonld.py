"""JSON-LD compacted with the site's @context, written straight from pyoxigraph triples.

The same document rdflib's serializer gives (``auto_compact`` with the context: node objects with ``@id``, each
property a compact IRI, ``rdf:type`` as ``@type``, booleans, integers and doubles as JSON values, other typed
literals as ``{"@type", "@value"}``), without parsing the triples into an rdflib graph first: that took three
quarters of the time of publishing a page. rdflib's own pieces (its context's IRI shortening, its literals'
normal forms and Python values) are reused, so the bytes are the same; a graph it would write differently
(blank nodes, RDF lists) goes through rdflib whole.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache
from json.encoder import encode_basestring  # type: ignore[attr-defined]  # json's own, in C where it can be
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from elexgraph.vocab import RDF

_NATIVE = frozenset({"http://www.w3.org/2001/XMLSchema#boolean", "http://www.w3.org/2001/XMLSchema#integer",
                     "http://www.w3.org/2001/XMLSchema#double", "http://www.w3.org/2001/XMLSchema#string"})
_STRING = "http://www.w3.org/2001/XMLSchema#string"
_FIRST = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#first")  # an RDF list: rdflib writes it as @list
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def compact(triples: list[Triple], context: dict[str, str]) -> dict[str, Any] | None:
    """The compacted document (before ordering), or None when only rdflib should write it."""
    if any(isinstance(t.subject, BlankNode) or isinstance(t.object, BlankNode) or t.predicate == _FIRST
           or not isinstance(t.subject, NamedNode) for t in triples):
        return None
    shrink, symbol = _shorteners(tuple(sorted(context.items())))
    nodes: dict[str, dict[str, Any]] = {}
    for t in triples:
        node = nodes.setdefault(t.subject.value, {"@id": shrink(t.subject.value)})
        if t.predicate == RDF.type and isinstance(t.object, NamedNode):
            key, value = "@type", symbol(t.object.value)
        else:
            key, value = symbol(t.predicate.value), _value(t.object, shrink, symbol)
            if value is _UNWRITABLE:
                return None
        found = node.get(key)
        if found is None:
            node[key] = value
        elif isinstance(found, list):
            found.append(value)
        else:
            node[key] = [found, value]
    listed = list(nodes.values())
    document: dict[str, Any] = dict(listed[0]) if len(listed) == 1 else {"@graph": listed}
    document["@context"] = context
    return document


_UNWRITABLE = object()


def _value(term: object, shrink: Callable[[str], str], symbol: Callable[[str], str]) -> object:
    if isinstance(term, NamedNode):
        return {"@id": shrink(term.value)}
    if not isinstance(term, Literal):
        return _UNWRITABLE
    datatype = term.datatype.value
    if term.language:
        return {"@language": term.language, "@value": term.value}
    if datatype == _STRING:
        return term.value
    if datatype == _LANG_STRING:
        return _UNWRITABLE
    lexical, native = _literal(term.value, datatype)
    if datatype in _NATIVE:
        return native
    return {"@type": symbol(datatype), "@value": lexical}


@lru_cache(maxsize=65536)
def _literal(value: str, datatype: str) -> tuple[str, object]:
    """rdflib's normal form of a typed literal, and its Python value (what rdflib writes for native types)."""
    import rdflib

    literal = rdflib.Literal(value, datatype=rdflib.URIRef(datatype))
    native = literal.toPython()
    return str(literal), native if not isinstance(native, rdflib.Literal) else str(literal)


@lru_cache(maxsize=4)
def _shorteners(context: tuple[tuple[str, str], ...]) -> tuple[Callable[[str], str], Callable[[str], str]]:
    """rdflib's context's IRI shortening for node ids and for properties, types and datatypes, remembered."""
    from rdflib.plugins.shared.jsonld.context import Context

    rdflib_context = Context(dict(context))
    return lru_cache(maxsize=262144)(rdflib_context.shrink_iri), lru_cache(maxsize=4096)(rdflib_context.to_symbol)


def dumps(document: object) -> str:
    """json.dumps(document, indent=2, ensure_ascii=False), the same text, three times as fast: Python's encoder
    writes indented JSON in Python, a generator per level (a fifth of the time of a published page's JSON-LD)."""
    out: list[str] = []
    try:
        _dump(document, "\n", out)
    except _Unlike:
        return json.dumps(document, indent=2, ensure_ascii=False)
    return "".join(out)


class _Unlike(Exception):
    """A value json.dumps writes some way this module does not (a key that is not a string, another type)."""


def _dump(value: object, newline: str, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None or value is True or value is False:
        out.append("null" if value is None else "true" if value else "false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, dict):
        _members(value, newline, out)
    elif isinstance(value, list):
        _items(value, newline, out)
    else:
        raise _Unlike


def _members(value: dict[object, object], newline: str, out: list[str]) -> None:
    if not value:
        out.append("{}")
        return
    inner, separator = newline + "  ", "{"
    for key, item in value.items():
        if not isinstance(key, str):
            raise _Unlike
        out.append(f"{separator}{inner}{encode_basestring(key)}: ")
        _dump(item, inner, out)
        separator = ","
    out.append(newline + "}")


def _items(value: list[object], newline: str, out: list[str]) -> None:
    if not value:
        out.append("[]")
        return
    inner, separator = newline + "  ", "["
    for item in value:
        out.append(separator + inner)
        _dump(item, inner, out)
        separator = ","
    out.append(newline + "]")


def _float(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)
