"""JSON-LD compacted with the site's @context, written straight from pyoxigraph triples.

The same document rdflib's serializer gives (``auto_compact`` with the context: node objects with ``@id``, each
property a compact IRI, ``rdf:type`` as ``@type``, booleans, integers and doubles as JSON values, other typed
literals as ``{"@type", "@value"}``), in rdfio's order and indentation, written as text from the triples: no
rdflib graph (three quarters of the time of publishing a page) and no document of dicts to order and dump (two
thirds of what was left). rdflib's own pieces (its context's IRI shortening, its literals' normal forms and
Python values) are reused, so the bytes are the same; a graph it would write differently (blank nodes, RDF
lists) goes through rdflib whole.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import lru_cache
from typing import Any
from json.encoder import encode_basestring, encode_basestring_ascii  # type: ignore[attr-defined]  # json's own, in C
from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from elexgraph.vocab import RDF

_NATIVE = frozenset({"http://www.w3.org/2001/XMLSchema#boolean", "http://www.w3.org/2001/XMLSchema#integer",
                     "http://www.w3.org/2001/XMLSchema#double", "http://www.w3.org/2001/XMLSchema#string"})
_STRING = "http://www.w3.org/2001/XMLSchema#string"
_FIRST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"  # an RDF list: rdflib writes it as @list
_TYPE = RDF.type.value
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def ordered_text(triples: list[Triple], context: dict[str, str]) -> str | None:
    """rdflib's compacted document in rdfio's order (keys sorted; a list sorted by its items' JSON with sorted
    keys), indented as json.dumps(indent=2, ensure_ascii=False) writes it; None when only rdflib should write it
    (a blank node, an RDF list, a literal as a type, a key ordered before the id, two nodes of one compact id)."""
    pieces = _pieces(tuple(sorted(context.items())))
    nodes: dict[str, dict[str, list[_Piece]]] = {}
    for t in triples:
        placed = pieces.place(t)
        if placed is None:
            return None
        subject, key, piece = placed
        node = nodes.get(subject)
        if node is None:
            node = nodes[subject] = {"@id": [pieces.node_id(subject)]}
        node.setdefault(key, []).append(piece)
    out = ['{\n  "@context": ', pieces.context_text]
    if len(nodes) == 1:
        (node,) = nodes.values()
        if min(node) < "@context":
            return None
        _node_members(node, "\n  ", out, ",")
        out.append("\n}")
        return "".join(out)
    listed = sorted(((node["@id"][0][0], node) for node in nodes.values()), key=lambda pair: pair[0])
    if any(min(node) < "@id" for _, node in listed) or len({key for key, _ in listed}) < len(listed):
        return None  # a key before the id, or two ids alike: the nodes' order would not be their ids'
    out.append(',\n  "@graph": ' + ("[" if listed else "[]"))
    separator = "\n    {"
    for _, node in listed:
        out.append(separator)
        _node_members(node, "\n      ", out, "")
        separator = "\n    },\n    {"
    out.append("\n    }\n  ]\n}" if listed else "\n}")
    return "".join(out)


# A value as rdfio orders and writes it: its JSON with sorted keys in ASCII (what a list is sorted by), and its
# text: a scalar's JSON, or a small object's members (each key's JSON with its value's), indented where written.
_Piece = tuple[str, str | tuple[tuple[str, str], ...]]


def _node_members(node: dict[str, list[_Piece]], inner: str, out: list[str], separator: str) -> None:
    """A node's members at indentation `inner`, keys sorted, appended to `out` (the first after `separator`)."""
    for key in sorted(node):
        values = node[key]
        out.append(f"{separator}{inner}{encode_basestring(key)}: ")
        if len(values) == 1:
            out.append(_text(values[0][1], inner))
        else:
            item = inner + "  "
            out.append("[" + ",".join(item + _text(text, item) for _, text in sorted(values, key=_first)) + inner + "]")
        separator = ","


def _first(piece: _Piece) -> str:
    return piece[0]


def _text(text: str | tuple[tuple[str, str], ...], at: str) -> str:
    if isinstance(text, str):
        return text
    inner = at + "  "
    return "{" + ",".join(f"{inner}{key}: {value}" for key, value in text) + at + "}"


class _Pieces:
    """Each IRI's and value's piece under one context, remembered (a value recurs across a publish's pages)."""

    def __init__(self, context: tuple[tuple[str, str], ...]) -> None:
        self.shrink, self.symbol = _shorteners(context)
        members = ",".join(f"\n    {encode_basestring(key)}: {encode_basestring(value)}" for key, value in context)
        self.context_text = "{" + members + "\n  }" if context else "{}"
        self._values: dict[object, _Piece | None] = {}
        self._symbols: dict[str, tuple[str, _Piece]] = {}

    def node_id(self, iri: str) -> _Piece:
        return _scalar(self.shrink(iri))

    def place(self, t: Triple) -> tuple[str, str, _Piece] | None:
        """The triple's subject, the key its value goes under in the subject's node and the value's piece; None
        when only rdflib writes it (a blank node, an RDF list, a value of no piece)."""
        subject, predicate, value = t.subject, t.predicate.value, t.object
        if not isinstance(subject, NamedNode) or isinstance(value, BlankNode) or predicate == _FIRST:
            return None
        if predicate == _TYPE:  # rdflib writes a type that is a literal as @type too, in ways of its own
            return (subject.value, "@type", self._symbol(value.value)[1]) if isinstance(value, NamedNode) else None
        piece = self._values.get(value, _MISSING)
        if piece is _MISSING:
            piece = _remember(self._values, value, self._piece(value))
        return None if piece is None else (subject.value, self._symbol(predicate)[0], piece)  # type: ignore

    def _symbol(self, iri: str) -> tuple[str, _Piece]:
        found = self._symbols.get(iri)
        if found is None:
            symbol = self.symbol(iri)
            found = self._symbols[iri] = (symbol, _scalar(symbol))
        return found

    def _piece(self, term: object) -> _Piece | None:
        """rdflib's compacted value: an IRI as {"@id"}, a language string as {"@language", "@value"}, a plain
        string, boolean, integer or double as a JSON value, another typed literal as {"@type", "@value"}."""
        if isinstance(term, NamedNode):
            return _small((("@id", self.shrink(term.value)),))
        if not isinstance(term, Literal):
            return None
        if term.language:
            return _small((("@language", term.language), ("@value", term.value)))
        datatype = term.datatype.value
        if datatype == _STRING:
            return _scalar(term.value)
        if datatype == _LANG_STRING:
            return None
        lexical, native = _literal(term.value, datatype)
        if datatype not in _NATIVE:
            return _small((("@type", self.symbol(datatype)), ("@value", lexical)))
        if isinstance(native, str):
            return _scalar(native)
        if isinstance(native, (bool, int, float)):
            text = dumps(native)
            return text, text
        return None


_MISSING = object()
_REMEMBERED = 100_000


def _remember(cache: dict[Any, Any], key: object, found: object) -> object:
    if len(cache) >= _REMEMBERED:  # a worker draws a million pages: memory stays bounded
        cache.clear()
    cache[key] = found
    return found


def _scalar(text: str) -> _Piece:
    return encode_basestring_ascii(text), encode_basestring(text)


def _small(members: tuple[tuple[str, str], ...]) -> _Piece:
    """An object of a few text members, keys in order: its sorting JSON and its members' JSON."""
    ascii_text = ", ".join(f"{encode_basestring_ascii(key)}: {encode_basestring_ascii(value)}" for key, value in members)
    return "{" + ascii_text + "}", tuple((encode_basestring(key), encode_basestring(value)) for key, value in members)


@lru_cache(maxsize=4)
def _pieces(context: tuple[tuple[str, str], ...]) -> _Pieces:
    return _Pieces(context)


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
