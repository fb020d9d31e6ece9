"""The home page a journalist starts from: what the graph holds, a search, the latest party changes, the
closest contests, what `elexgraph check` found, and the questions it answers, each a link to its answer.

The lists come from the named queries a user runs (queries/party-changes.rq, closest-contests.rq,
discrepancies.rq), so the home page and `elexgraph query` cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

from elexgraph.labels import long_date
from elexgraph.queries import cell, run_query, to_csv, user_queries
from elexgraph.store.base import GraphStore, QueryResult
from elexgraph.vocab import ELEX, SCHEMA
from elexgraph.web.site import Site
from elexgraph.web.sparql import examples

SHOWN = 5  # lines of each list


@dataclass(frozen=True)
class Question:
    name: str
    summary: str
    answer: str  # the link to its answer, relative to the site's root (served: the endpoint; published: a CSV)


@dataclass
class Home:
    counts: dict[str, int]  # by index path, and 'findings'
    changes: list[dict[str, str]] = field(default_factory=list)
    closest: list[dict[str, str]] = field(default_factory=list)
    findings: list[dict[str, str]] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)


_INDEX_OF = {ELEX.Person.value: "people", ELEX.PoliticalParty.value: "parties", ELEX.Constituency.value: "constituencies",
             ELEX.Election.value: "elections", SCHEMA.NewsArticle.value: "articles", ELEX.Discrepancy.value: "findings"}


def overview(store: GraphStore, site: Site) -> Home:
    counts = {_INDEX_OF[kind.value]: int(count.value) for kind, count in run_query(store, "web-counts").rows}
    changes = sorted(_records(run_query(store, "party-changes")), key=lambda r: r["date"], reverse=True)[:SHOWN]
    for change in changes:
        change["date"] = long_date(change["date"])
    closest = sorted(_records(run_query(store, "closest-contests")), key=lambda r: int(r["majority"] or 0))
    return Home(counts, changes, [c for c in closest if c["majority"]][:SHOWN],
                _records(run_query(store, "discrepancies"))[:SHOWN], questions(site))


def questions(site: Site) -> list[Question]:
    """The user's named queries; each answer the server's endpoint runs, or a published CSV of it."""
    return [Question(e.name, e.summary, f"questions/{e.name}.csv" if site.static else
                     "sparql?query=" + quote(e.sparql, safe="")) for e in examples()]


def answers(store: GraphStore) -> dict[str, str]:
    """Each question's answer as CSV, for the published site (which has no endpoint to run them)."""
    return {q.name: to_csv(run_query(store, q.name, dict.fromkeys(q.params, ""))) for q in user_queries()}


def _records(result: QueryResult) -> list[dict[str, str]]:
    return [dict(zip(result.variables, map(cell, row))) for row in result.rows]
