"""HTML pages, rendered from the same templates by the server and by the static site."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph
from jinja2 import Environment, PackageLoader, select_autoescape
from pyoxigraph import NamedNode, RdfFormat, Triple

from elexgraph.queries import run_query
from elexgraph.resources import resource_dir
from elexgraph.store.base import GraphStore
from elexgraph.vocab import ELEX, ELEX_NS, PROV, RDF, RDFS, SCHEMA
from elexgraph.web import cards
from elexgraph.web.describe import Description, Value, compact, view
from elexgraph.web.listing import QUERIES, SOURCES, Entry, Filters, default_source, listing
from elexgraph.rdfio import Format
from elexgraph.web.official import official_view
from elexgraph.web.overview import election_summary, party_summary
from elexgraph.web.site import Site
from elexgraph.web.summary import person_summary


@dataclass(frozen=True)
class Index:
    path: str
    title: str
    cls: NamedNode


INDEXES = (
    Index("people", "People", ELEX.Person),
    Index("parties", "Parties", ELEX.PoliticalParty),
    Index("constituencies", "Constituencies", ELEX.Constituency),
    Index("elections", "Elections", ELEX.Election),
    Index("articles", "Articles", SCHEMA.NewsArticle),
)


# The first page of a party or an election leads with a summary cut from every party's (election's) rows, kept for
# the store's state: by the kind of resource (its path's first segment), the query they are cut from.
SUMMARISED = {"party": "web-party", "election": "web-election"}
# The agents whose first page leads with their facts counted by kind (web-fact-kinds): an extractor and the
# official record's publisher made tens of thousands of facts each, listed fifty a page below the counts.
COUNTED = (ELEX.Extractor.value, PROV.Organization.value)


def answered_ahead() -> list[tuple[str, dict[str, str | NamedNode]]]:
    """The index pages' queries for each index, for `elexgraph optimize` to answer ahead (with every narrowing
    query's whole answer, web-party's and web-election's among them)."""
    return [(name, {"type": index.cls}) for index in INDEXES for name in QUERIES]


@dataclass(frozen=True)
class Term:
    name: str
    kind: str
    label: str
    comment: str


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # auto_reload off: the templates are the package's, and checking each one's file time on every render (the page,
    # its layout, its macros) was 15 % of drawing a small page (a publish renders over 600,000 pages and stubs)
    environment = Environment(loader=PackageLoader("elexgraph.web", "templates"), autoescape=select_autoescape(),
                              trim_blocks=True, lstrip_blocks=True, auto_reload=False)
    environment.globals.update(values_table=cards.values_table, fact_cards=cards.fact_cards,  # a page's many rows
                               fact_lines=cards.fact_lines)
    return environment


def render(template: str, site: Site, **context: object) -> str:
    return _environment().get_template(template).render(site=site, indexes=INDEXES, **context)


def resource_html(site: Site, iri: str, triples: list[Triple], doc: str, formats: tuple[Format, ...],
                  page: int = 1, total: int | None = None, description: Description | None = None,
                  **sections: object) -> str:
    """A resource's page; `doc` is the URL path its other formats hang off (doc + suffix); `total` set: the
    triples hold only this page's facts, of `total`; `sections` are further parts of the page (``official``: the
    official results beside the reported ones; ``seat``, ``party``, ``election``: the summary that leads a seat's,
    a party's or an election's page); `description`: the triples' Description when the caller draws several pages
    of one resource (built once, not a page). A page of `total` facts lists them a line each (cards.fact_lines),
    each linked to the fact's own page with its card; a resource described whole shows each fact's card."""
    alternates = {fmt.media_type: doc + fmt.suffix for fmt in formats}
    index = description or Description(triples, site)
    shown = view(index, iri, alternates, page, total)
    path = site.doc_path(iri)
    pager = Pager(shown.page, shown.pages, lambda n: site.paged("doc/" + path, n)) if path else None
    return render("resource.html", site, view=shown, pager=pager, lines=total is not None,
                  summary=person_summary(index, iri) if shown.page == 1 and total is None else None, **sections)


@dataclass(frozen=True)
class Summaries:
    """Where the summaries that lead a page come from: the store's queries (a served page), or what a publish
    read of every resource in one pass."""

    official: Callable[[str, bool], object]  # (iri, every contest): a person's or a seat's official results
    party: Callable[[str], object]
    election: Callable[[str], object]
    kinds: Callable[[str], list[tuple[Value, int]]]  # an agent's facts counted by kind

    @classmethod
    def of_store(cls, store: GraphStore, site: Site) -> Summaries:
        def kinds(iri: str) -> list[tuple[Value, int]]:
            return fact_kinds(run_query(store, "web-fact-kinds", {"resource": NamedNode(site.stored_iri(iri))}).rows,
                              site)
        return cls(lambda iri, every: official_view(store, site, iri, every_contest=every),
                   lambda iri: party_summary(store, site, iri), lambda iri: election_summary(store, site, iri), kinds)


def fact_kinds(rows: Iterable[Sequence[object]], site: Site) -> list[tuple[Value, int]]:
    """(kind, facts) rows as a page lists them: each kind by its short name, linked to its definition."""
    return [(Value(compact(kind.value), site.href(kind.value)), int(getattr(count, "value", count)))
            for kind, count in rows if isinstance(kind, NamedNode)]


def resource_page(store: GraphStore, site: Site, iri: str, triples: list[Triple], doc: str,
                  formats: tuple[Format, ...], page: int = 1, total: int | None = None) -> str:
    """A resource's page with the summary its kind leads with (on its first page): a person's in words with the
    official results below it, a seat's contests, a party's seats and changes, an election's seats by party."""
    return summarised_page(Summaries.of_store(store, site), site, iri, triples, doc, formats, page, total=total)


def summarised_page(summaries: Summaries, site: Site, iri: str, triples: list[Triple], doc: str,
                    formats: tuple[Format, ...], page: int = 1, description: Description | None = None,
                    total: int | None = None) -> str:
    """resource_page with its summaries from `summaries` (and the triples' Description, if built already)."""
    description = description or Description(triples, site)
    types = {o.value for o in description.objects(iri, RDF.type)}  # not a scan of the triples: once a page of facts
    sections: dict[str, object] = {}
    if page == 1 and ELEX.Person.value in types:
        sections["official"] = summaries.official(iri, False)
    elif page == 1 and ELEX.Constituency.value in types:
        sections["seat"] = summaries.official(iri, True)
    elif page == 1 and ELEX.PoliticalParty.value in types:
        sections["party"] = summaries.party(iri)
    elif page == 1 and ELEX.Election.value in types:
        sections["election"] = summaries.election(iri)
    elif page == 1 and types.intersection(COUNTED):
        sections["kinds"] = summaries.kinds(iri)
    return resource_html(site, iri, triples, doc, formats, page, total, description, **sections)


def page_number(given: str | None) -> int:
    """?page=N as a number; anything else is the first page."""
    return int(given) if given and given.isdigit() and 0 < len(given) < 7 else 1


@dataclass(frozen=True)
class Pager:
    """Where a paged list is, and the links to its other pages (as datasette: ?page=N served, files published)."""

    page: int
    pages: int
    link: Callable[[int], str]

    @property
    def previous(self) -> str | None:
        return self.link(self.page - 1) if self.page > 1 else None

    @property
    def next(self) -> str | None:
        return self.link(self.page + 1) if self.page < self.pages else None


def index_html(site: Site, index: Index, found: list[Entry], filters: Filters, page: int) -> str:
    """An index page: one page of the entries the search and filters keep, with links to the others."""
    listed = listing(found, filters, page)
    query = filters.query(default_source(index.path))
    pager = Pager(listed.page, listed.pages, lambda n: site.paged(index.path, n, query))
    return render("index.html", site, index=index, listed=listed, pager=pager, sources=SOURCES,
                  default_source=default_source(index.path))


@lru_cache(maxsize=1)
def ontology_triples() -> tuple[Triple, ...]:
    path = resource_dir("ontology") / "elexgraph.ttl"
    return tuple(Triple(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(path=str(path), format=RdfFormat.TURTLE))


def ontology_terms() -> list[Term]:
    """Every elex: term with its kind, label and comment; each gets an anchor so its hash IRI resolves."""
    found: dict[str, dict[str, str]] = {}
    for t in ontology_triples():
        if isinstance(t.subject, NamedNode) and t.subject.value.startswith(ELEX_NS):
            entry = found.setdefault(t.subject.value[len(ELEX_NS):], {})
            if t.predicate == RDF.type:
                entry.setdefault("kind", compact(t.object.value))
            elif t.predicate in (RDFS.label, RDFS.comment):
                entry[t.predicate.value] = t.object.value
    return sorted((Term(name, e.get("kind", ""), e.get(RDFS.label.value, name), e.get(RDFS.comment.value, ""))
                   for name, e in found.items()), key=lambda term: (term.kind, term.name))
