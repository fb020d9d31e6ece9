"""HTML pages, rendered from the same templates by the server and by the static site."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph
from jinja2 import Environment, PackageLoader, select_autoescape
from pyoxigraph import NamedNode, RdfFormat, Triple

from elexgraph.labels import Place, long_date, place_label
from elexgraph.queries import run_query
from elexgraph.resources import resource_dir
from elexgraph.store.base import GraphStore
from elexgraph.vocab import ELEX, ELEX_NS, RDF, RDFS, SCHEMA
from elexgraph.web.describe import Description, Value, compact, view
from elexgraph.web.negotiation import Format
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


@dataclass(frozen=True)
class Term:
    name: str
    kind: str
    label: str
    comment: str


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=PackageLoader("elexgraph.web", "templates"), autoescape=select_autoescape(),
                       trim_blocks=True, lstrip_blocks=True)


def render(template: str, site: Site, **context: object) -> str:
    return _environment().get_template(template).render(site=site, indexes=INDEXES, **context)


def resource_html(site: Site, iri: str, triples: list[Triple], doc: str, formats: tuple[Format, ...],
                  **sections: object) -> str:
    """A resource's page; `doc` is the URL path its other formats hang off (doc + suffix); `sections` are
    further parts of the page (``official``: the official results beside the reported ones)."""
    alternates = {fmt.media_type: doc + fmt.suffix for fmt in formats}
    index = Description(triples, site)
    return render("resource.html", site, view=view(index, iri, alternates), summary=person_summary(index, iri),
                  **sections)


def index_entries(store: GraphStore, site: Site, index: Index) -> list[Value]:
    """The entries of an index page: a constituency with its boundary set, an article with its publisher and date."""
    rows = run_query(store, "web-index", {"type": index.cls}).rows
    entries: dict[str, Value] = {}
    for resource, label, publisher, published, boundary_set in rows:  # labelled twice by two articles: listed once
        iri = site.public(resource).value
        text = place_label(Place(label.value, int(boundary_set.value) if boundary_set else None))
        note = ", ".join(v for v in (publisher and publisher.value, published and long_date(published.value)) if v)
        entries.setdefault(iri, Value(text, site.href(iri), note))
    return sorted(entries.values(), key=lambda v: (v.text.casefold(), v.href))


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
