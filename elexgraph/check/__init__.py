"""The fact-check: every figure and fact the news states that disagrees with the official results, or with
another statement in the news, within one article or across articles.

``check`` reads the store (``statements``), compares (``official``, ``internal``) and returns the findings;
``write_findings`` stores them as the check graph (``graph``), where ``queries/discrepancies.rq`` and any
SPARQL client see them, each linking the statement, the fact it disagrees with and both values.
"""

from __future__ import annotations

from elexgraph.check.findings import Finding
from elexgraph.check.graph import check_graph, findings_quads
from elexgraph.check.internal import internal_findings, twins
from elexgraph.check.official import official_findings
from elexgraph.check.statements import read_contests
from elexgraph.iris import Minter
from elexgraph.store.base import GraphStore

# Findings on these fields make a contest's figures doubtful: of two twins, the doubtful one is the copy.
_DOUBTED = {"votes", "share"}


def check(store: GraphStore) -> list[Finding]:
    """Every disagreement in the store, once each."""
    contests = read_contests(store)
    found = [f for contest in contests for f in (*official_findings(contest), *internal_findings(contest))]
    doubted = {f.statement.fact for f in found if f.field in _DOUBTED}
    found += twins(contests, doubted)
    unique = {(f.check, f.field, f.statement.fact, f.other.fact): f for f in found}
    return sorted(unique.values(), key=lambda f: (f.check, f.statement.election_label, f.statement.seat_label,
                                                   f.field, f.statement.order))


def write_findings(store: GraphStore, findings: list[Finding], minter: Minter | None = None) -> None:
    """Replace the check graph with these findings, in one step."""
    minter = minter or Minter()
    store.replace_graphs({check_graph(minter): findings_quads(findings, minter)})


__all__ = ["Finding", "check", "write_findings"]
