"""The index pages' lists: each entry with what it can be filtered by, a search, filters and pages, and the
same list as JSON and CSV (as datasette gives: /people.json, /people.csv or ?_format=).

The people index defaults to the people the news names (`?source=all` adds everyone the official record
holds); a search ranks whole names first, then surnames (elexgraph.web.search).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from pyoxigraph import NamedNode

from elexgraph.labels import Place, long_date, place_label
from elexgraph.queries import run_query
from elexgraph.store.base import GraphStore, Term
from elexgraph.vocab import ELEX, SCHEMA
from elexgraph.web.search import match, query_words
from elexgraph.web.site import Site

PER_PAGE = 100
Row = tuple[Term | None, ...]
EXPORTS = {"json": "application/json", "csv": "text/csv; charset=utf-8"}
SOURCES = ("news", "official", "all")  # named by the news; named only by the official record; everyone


@dataclass(frozen=True)
class Entry:
    iri: str
    text: str
    href: str | None
    note: str  # what tells entries apart: an article's publisher and date
    parties: frozenset[str] = frozenset()
    elections: frozenset[str] = frozenset()
    news: bool = False  # a news article names it (or it is one)
    official: bool = False  # the official record names it
    counties: frozenset[str] = frozenset()  # a seat's, or those of the seats of the facts that name it

    def row(self) -> dict[str, object]:
        return {"iri": self.iri, "label": self.text, "note": self.note, "parties": sorted(self.parties),
                "elections": sorted(self.elections), "news": self.news, "official": self.official,
                "counties": sorted(self.counties)}


@dataclass(frozen=True)
class Filters:
    q: str = ""
    party: str = ""
    election: str = ""
    source: str = "all"
    county: str = ""

    @classmethod
    def of(cls, params: Mapping[str, str], default_source: str = "all") -> Filters:
        source = params.get("source", default_source)
        return cls(params.get("q", "").strip()[:200], params.get("party", "")[:200], params.get("election", "")[:200],
                   source if source in SOURCES else default_source, params.get("county", "")[:200])

    def query(self, default_source: str) -> str:
        """The filters as a query string, defaults left out (kept by the page links)."""
        given = {"q": self.q, "party": self.party, "election": self.election,
                 "source": self.source if self.source != default_source else "", "county": self.county}
        return urlencode({k: v for k, v in given.items() if v})

    @property
    def keeps_all(self) -> bool:
        """Whether every entry is kept (no filter but the search)."""
        return not (self.party or self.election or self.county) and self.source == "all"

    def keeps(self, entry: Entry) -> bool:
        return ((not self.party or self.party in entry.parties)
                and (not self.election or self.election in entry.elections)
                and (not self.county or self.county in entry.counties)
                and (self.source == "all" or (entry.news if self.source == "news" else entry.official and not entry.news)))


@dataclass
class Listing:
    entries: list[Entry]  # this page's
    total: int  # entries the filters keep
    page: int
    pages: int
    filters: Filters
    parties: list[str] = field(default_factory=list)  # the filters' choices
    elections: list[str] = field(default_factory=list)
    counties: list[str] = field(default_factory=list)


class Entries(list[Entry]):
    """An index's entries, with the filters' choices worked out once: the server keeps the list for the store's
    state and pages it for every request."""

    @cached_property
    def choices(self) -> tuple[list[str], list[str], list[str]]:
        return _choices(self)


def _choices(found: list[Entry]) -> tuple[list[str], list[str], list[str]]:
    """The parties, elections (latest first) and counties the entries can be filtered by."""
    return (sorted({p for e in found for p in e.parties}), sorted({x for e in found for x in e.elections}, reverse=True),
            sorted({c for e in found for c in e.counties}))


def default_source(index_path: str) -> str:
    """People default to those the news names: the official record holds thousands more."""
    return "news" if index_path == "people" else "all"


# An index's entries, their facets and their counties: each kept for the store's state (`# @keep`).
QUERIES = ("web-index", "web-index-facets", "web-index-counties")


def entries(store: GraphStore, site: Site, cls: NamedNode) -> Entries:
    """Every resource of the class, labelled, with the parties and elections of the facts that name it."""
    return entries_of(*(run_query(store, name, {"type": cls}).rows for name in QUERIES), site, cls)


def entries_of(rows: Iterable[Row], facet_rows: Iterable[Row], county_rows: Iterable[Row], site: Site,
               cls: NamedNode) -> list[Entry]:
    """entries from the rows of web-index.rq (in its order), web-index-facets.rq and web-index-counties.rq (a
    publish reads them in its pass over the graphs)."""
    facets: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for resource, party, election, source_type in facet_rows:
        found = facets[resource.value]
        found["parties"].update([party.value] if party else [])
        found["elections"].update([election.value] if election else [])
        found["sources"].add(source_type.value)
    for resource, county in county_rows:
        facets[resource.value]["counties"].add(county.value)
    listed: dict[str, Entry] = {}
    for resource, label, publisher, published, boundary_set in rows:  # labelled twice by two articles: listed once
        if resource.value in listed:
            continue
        found = facets.get(resource.value, {})
        sources = found.get("sources", set())
        iri = site.public(resource).value
        text = place_label(Place(label.value, int(boundary_set.value) if boundary_set else None))
        note = ", ".join(v for v in (publisher and publisher.value, published and long_date(published.value)) if v)
        listed[resource.value] = Entry(
            iri, text, site.href(iri), note, frozenset(found.get("parties", ())), frozenset(found.get("elections", ())),
            cls == SCHEMA.NewsArticle or SCHEMA.NewsArticle.value in sources, ELEX.OfficialResults.value in sources,
            frozenset(found.get("counties", ())))
    return Entries(sorted(listed.values(), key=lambda e: (e.text.casefold(), e.href or "")))


def listing(found: list[Entry], filters: Filters, page: int, per_page: int = PER_PAGE) -> Listing:
    """The entries the filters keep, best search matches first, and the page asked for (the last if past it)."""
    words = query_words(filters.q)
    if words:
        ranked = [(rank, e) for e in found if filters.keeps(e) and (rank := match(words, e.text)) is not None]
        kept = [e for _, e in sorted(ranked, key=lambda pair: pair[0])]
    elif filters.keeps_all:
        kept = found
    else:  # no pair made per entry: 10,000 of them a request set the collector going, 0.1-0.2 s a full pass
        kept = [e for e in found if filters.keeps(e)]
    pages = max(1, -(-len(kept) // per_page))
    page = min(max(page, 1), pages)
    parties, elections, counties = found.choices if isinstance(found, Entries) else _choices(found)
    return Listing(kept[(page - 1) * per_page: page * per_page], len(kept), page, pages, filters,
                   parties, elections, counties)


def export(found: list[Entry], filters: Filters, page: int | None, kind: str, name: str) -> tuple[str, str]:
    """The list as JSON or CSV, with its media type: the page asked for, else every entry the filters keep."""
    kept = listing(found, filters, page or 1, PER_PAGE if page else max(len(found), 1))
    if kind == "csv":
        return as_csv(kept.entries), EXPORTS["csv"]
    return as_json(kept.entries, index=name, total=kept.total, page=kept.page, pages=kept.pages), EXPORTS["json"]


def as_json(listed: list[Entry], **about: object) -> str:
    return json.dumps({**about, "rows": [e.row() for e in listed]}, ensure_ascii=False, indent=1)


def as_csv(listed: list[Entry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["iri", "label", "note", "parties", "elections", "news", "official", "counties"])
    for e in listed:
        writer.writerow([e.iri, e.text, e.note, "; ".join(sorted(e.parties)), "; ".join(sorted(e.elections)),
                         str(e.news).lower(), str(e.official).lower(), "; ".join(sorted(e.counties))])
    return out.getvalue()
