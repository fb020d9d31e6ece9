"""Findings → the check graph: each finding links the statement checked, the fact that contradicts it,
the election, the seat and the person, with both values; the graph says what made it."""

from __future__ import annotations

import hashlib
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad

from elexgraph import __version__
from elexgraph.check.findings import Finding, Value
from elexgraph.iris import Minter
from elexgraph.vocab import ELEX, PROV, RDF, RDFS, XSD

_CHECK_KIND = {"official": ELEX.OfficialCheck, "internal": ELEX.InternalCheck}


def check_graph(minter: Minter) -> NamedNode:
    return NamedNode(f"{minter.base}graph/check")


def findings_quads(findings: list[Finding], minter: Minter) -> list[Quad]:
    graph = check_graph(minter)
    checker = NamedNode(f"{minter.base}id/check/elexgraph-check")
    quads: list[Quad] = []

    def add(s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        quads.append(Quad(s, p, o, graph))

    for f in findings:
        node = finding_iri(f, minter)
        add(node, RDF.type, ELEX.Discrepancy)
        add(node, RDF.type, PROV.Entity)
        add(node, RDFS.label, Literal(summary(f)))
        add(node, ELEX.checkKind, _CHECK_KIND[f.check])
        add(node, ELEX.field, Literal(f.field))
        add(node, ELEX.statedValue, _literal(f.stated))
        add(node, ELEX.expectedValue, _literal(f.expected))
        add(node, ELEX.statement, f.statement.fact)
        add(node, ELEX.contradictedBy, f.other.fact)
        add(node, ELEX.election, f.statement.election)
        add(node, ELEX.constituency, f.statement.seat)
        if f.statement.person is not None:
            add(node, ELEX.aboutPerson, f.statement.person)
        add(node, PROV.wasAttributedTo, checker)
    report = NamedNode(f"{minter.base}id/check/findings")
    digest = hashlib.sha256("\n".join(sorted(str(q) for q in quads)).encode()).hexdigest()
    add(checker, RDF.type, PROV.SoftwareAgent)
    add(checker, RDFS.label, Literal(f"elexgraph check (elexgraph {__version__})"))
    add(report, RDF.type, PROV.Entity)
    add(report, RDFS.label, Literal(f"{len(findings)} finding(s) of elexgraph check"))
    add(report, ELEX.contentDigest, Literal(digest))
    add(graph, PROV.wasDerivedFrom, report)
    return quads


def finding_iri(f: Finding, minter: Minter) -> NamedNode:
    key = "|".join((f.check, f.field, f.statement.fact.value, f.other.fact.value))
    return NamedNode(f"{minter.base}id/finding/{hashlib.sha1(key.encode()).hexdigest()[:12]}")


def summary(f: Finding) -> str:
    """'Broxtowe, 2024 general election: votes 15579 stated, 19561 official'."""
    where = "official" if f.check == "official" else "elsewhere"
    return f"{f.statement.seat_label}, {f.statement.election_label}: {f.field} {f.stated} stated, {f.expected} {where}"


def _literal(value: Value) -> Literal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return Literal(str(value))
    if isinstance(value, int):
        return Literal(str(value), datatype=XSD.integer)
    return Literal(str(value), datatype=XSD.decimal)
