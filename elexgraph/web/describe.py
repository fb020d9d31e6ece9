"""One resource's description (queries/web-resource.rq), and the view of it an HTML page shows."""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from dataclasses import dataclass, field, replace

from pyoxigraph import Literal, NamedNode, Triple

from elexgraph.errors import ElexgraphError
from elexgraph.labels import long_date, percent
from elexgraph.queries import bound, load_query, run_query
from elexgraph.store.base import GraphStore, QueryResult
from elexgraph.vocab import ELEX, FOAF, OA, PROV, RDF, RDFS, SCHEMA, XSD
from elexgraph.rdfio import PREFIXES
from elexgraph.web.site import Site, safe_link

_LABELS = (RDFS.label, SCHEMA.headline)
# What a reader does not need in a page's body: the data formats keep it (the extractor a fact is attributed to).
_HIDDEN = {RDF.type, RDFS.label, SCHEMA.headline, ELEX.evidence, ELEX.fieldEvidence, PROV.wasDerivedFrom,
           PROV.wasAttributedTo}
_DATES = {XSD.date, XSD.dateTime, XSD.gYearMonth}
FACTS_PER_PAGE = 50
# A resource with more facts pointing at it than this (a party, an election) is described a page of facts at a
# time: all of them are tens of thousands of facts and over a hundred thousand triples.
WHOLE_FACTS = 500
# The kinds of resource (a page's path's first segment) whose list of facts the store keeps by graph, for the state
# it was listed on, so that after a write only the graphs written are listed again (store/graphrows.py): a party's
# and an election's (30,000 facts, ~1 s to list at 10,000 articles). A few hundred of them; every person's and
# seat's would be kept for ever (the answers kept by graph are not let go).
KEPT_FACTS = ("party", "election")
# The kinds of resource whose pages' answers are kept about them (store/described.py, ``# @about``): a seat's page
# reads 500-2,600 triples (0.2-0.9 s at 10,000 articles), a small party's or election's up to 500 facts'. A
# person's page reads a few dozen in a few ms: looking its answers up, and keeping them when first asked (writes
# to the answers file), cost a page more than they saved (0.17 s p50 against 0.02 s, measured on that store).
# A large party's or election's own triples (web-own) are kept so too: gathering them from the thousands of graphs
# naming it takes 0.4-0.7 s, and they follow a build of articles that name it (the graphs added alone are asked).
KEPT_ABOUT = ("constituency", "election", "party")


def describe(store: GraphStore, site: Site, iri: str) -> list[Triple]:
    """The triples describing the resource with this public IRI, with public IRIs; empty when unknown."""
    return _public(site, about(store, kind_of(site, iri), "web-resource", NamedNode(site.stored_iri(iri))).triples)


def kind_of(site: Site, iri: str) -> str:
    """The kind of resource a public IRI names (its page's path's first segment: 'constituency')."""
    return (site.doc_path(iri) or "").split("/", 1)[0]


def about(store: GraphStore, kind: str, name: str, resource: NamedNode) -> QueryResult:
    """The answer of the query `name` about the resource, kept about it only for the kinds KEPT_ABOUT names."""
    question = bound(load_query(name), {"resource": resource})
    return store.query(question if kind in KEPT_ABOUT else replace(question, about=None))


def _public(site: Site, stored: list[Triple] | None) -> list[Triple]:
    return sorted({site.public(t) for t in stored or []}, key=str)


@dataclass(frozen=True)
class Described:
    """A resource's description as a page gives it: whole, or (`total` set) its own triples and one page of the
    facts that point at it, of `total` facts in all."""

    triples: list[Triple]
    page: int = 1
    total: int | None = None
    own: list[Triple] | None = None  # `total` set: the resource's own triples, what its data formats give
    shown: tuple[str, ...] = ()  # `total` set: the page's facts, by stored IRI


class _Paged:
    """What every page of the resources with the most facts reads, as last read in this process (a worker), for
    the store's state: their facts' IRIs, and their own description (a party's or an election's few triples,
    which take 0.4-0.7 s to gather from the thousands of graphs that name it). The next page of the same resource
    reads only its 50 facts."""

    KEPT = 4  # a list of 30,000 facts holds about 3 MB

    def __init__(self) -> None:
        self.state: object = None
        self.facts: OrderedDict[str, list[str]] = OrderedDict()
        self.own: dict[str, list[Triple]] = {}

    def facts_of(self, store: GraphStore, resource: NamedNode, kind: str | None = None) -> list[str]:
        """The facts of the resource, by IRI; a party's or an election's kept by the store too (see KEPT_FACTS)."""
        state = store.state()
        if state != self.state:
            self.state, self.facts, self.own = state, OrderedDict(), {}
        if resource.value in self.facts:
            self.facts.move_to_end(resource.value)
            return self.facts[resource.value]
        question = bound(load_query("web-resource-facts"), {"resource": resource})
        kept = replace(question, keep=True) if kind in KEPT_FACTS else question
        facts = store.iris(kept)
        if state is not None and len(facts) > WHOLE_FACTS:
            self.facts[resource.value] = facts
            while len(self.facts) > self.KEPT:
                self.own.pop(self.facts.popitem(last=False)[0], None)
        return facts

    def own_of(self, store: GraphStore, resource: NamedNode, kind: str | None = None) -> list[Triple]:
        """The resource's own description, kept about it by the store for the kinds KEPT_ABOUT names (call facts_of
        first: only a resource whose facts are kept keeps it here)."""
        if resource.value in self.own:
            return self.own[resource.value]
        own = about(store, kind or "", "web-own", resource).triples or []
        if resource.value in self.facts:
            self.own[resource.value] = own
        return own


_paged = _Paged()


def described_page(store: GraphStore, site: Site, iri: str, page: int = 1) -> Described:
    """The description a page of the resource shows: whole when it has at most WHOLE_FACTS facts, else its own
    triples and the page's facts (in the order of their IRIs, the last page when past it); empty when unknown."""
    facts = _paged.facts_of(store, NamedNode(site.stored_iri(iri)), kind_of(site, iri))
    if len(facts) <= WHOLE_FACTS:
        return Described(describe(store, site, iri), page)
    return _page_of_facts(store, site, iri, facts, page)


def first_page_by_pages(store: GraphStore, site: Site, iri: str) -> Described | None:
    """described_page's first page of the resource if it is described a page of facts at a time, else None (its
    facts' list read once, and nothing else asked)."""
    facts = _paged.facts_of(store, NamedNode(site.stored_iri(iri)), kind_of(site, iri))
    return _page_of_facts(store, site, iri, facts, 1) if len(facts) > WHOLE_FACTS else None


def _page_of_facts(store: GraphStore, site: Site, iri: str, facts: list[str], page: int) -> Described:
    stored = NamedNode(site.stored_iri(iri))
    page = min(max(page, 1), _pages(len(facts)))
    shown = tuple(NamedNode(fact) for fact in facts[(page - 1) * FACTS_PER_PAGE: page * FACTS_PER_PAGE])
    page_facts = run_query(store, "web-own", {"resource": shown}).triples or []
    own = _paged.own_of(store, stored, kind_of(site, iri))
    return Described(_public(site, own + page_facts), page, len(facts), _public(site, own),
                     tuple(fact.value for fact in shown))


def described_ahead(store: GraphStore) -> Iterator[tuple[str, ElexgraphError | None]]:
    """Every seat's, election's and party's description read whole (of at most WHOLE_FACTS facts) or its own
    triples (of more), and every seat's official results, asked so that an embedded store keeps them about each
    (store/described.py, ``# @about``) and a first page of each is a lookup (at 10,000 articles with the official
    record a seat's page never asked for read them in 0.2-0.9 s, a general election's own triples 0.4-0.7 s); a
    larger party's or election's list of facts is kept by graph on the way. Each
    resource's IRI with the error its questions ended in (a query limit), or None."""
    for cls, kind in ((ELEX.Constituency, "constituency"), (ELEX.Election, "election"), (ELEX.PoliticalParty, "party")):
        resources = dict.fromkeys(row[0] for row in run_query(store, "web-index", {"type": cls}).rows)
        for resource in resources:
            if not isinstance(resource, NamedNode):
                continue
            try:
                if len(_paged.facts_of(store, resource, kind)) <= WHOLE_FACTS:
                    run_query(store, "web-resource", {"resource": resource})
                else:
                    about(store, kind, "web-own", resource)
                if cls == ELEX.Constituency:
                    run_query(store, "web-official", {"resource": resource})
                yield resource.value, None
            except ElexgraphError as error:
                yield resource.value, error


def known(store: GraphStore, site: Site, iri: str) -> bool:
    """Whether the store describes the resource with this public IRI (without reading all of its facts)."""
    stored = NamedNode(site.stored_iri(iri))
    return bool(about(store, "", "web-own", stored).triples
                or run_query(store, "web-resource-facts", {"resource": stored}).rows)


def with_topic(site: Site, iri: str, triples: list[Triple]) -> list[Triple]:
    """A document's triples with what the document is about (foaf:primaryTopic), as Linked Data documents say."""
    path = site.doc_path(iri)
    if path is None or "#" in iri:
        return triples
    return [*triples, Triple(NamedNode(site.iri("doc/" + path)), FOAF.primaryTopic, NamedNode(iri))]


_LONGEST_FIRST = sorted(PREFIXES.items(), key=lambda p: -len(p[1]))


@lru_cache(maxsize=65536)  # a publish asks it of the same few dozen properties and types on every page
def compact(iri: str) -> str:
    """'elex:Person' for a term in a known namespace, else the IRI."""
    for prefix, namespace in _LONGEST_FIRST:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


@dataclass(frozen=True)
class Value:
    text: str
    href: str | None = None
    note: str = ""  # what a list shows after the link (an article's publisher and date), or a value's own sentence


@dataclass
class Fact:
    """A fact about the resource: its type, how it points at the resource, its values, sentence and article."""

    iri: str
    href: str
    kind: str
    role: str
    values: list[tuple[str, list[Value]]] = field(default_factory=list)
    sentence: str | None = None
    article: Value | None = None


@dataclass
class ResourceView:
    iri: str
    label: str
    types: list[Value]
    values: list[tuple[str, list[Value]]]
    sentence: str | None
    article: Value | None
    facts: list[Fact]  # the page's share of them
    alternates: dict[str, str]
    total_facts: int = 0
    page: int = 1
    pages: int = 1


class Description:
    """The description's triples by subject, to read values and labels."""

    def __init__(self, triples: list[Triple], site: Site) -> None:
        self.site = site
        self.by_subject: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for t in triples:
            self.by_subject[t.subject.value][t.predicate.value].append(t.object)
        self._facts: dict[str, list[str]] = {}  # by resource, in page order: worked out once for all its pages

    def objects(self, subject: str, predicate: NamedNode) -> list:
        return self.by_subject.get(subject, {}).get(predicate.value, [])

    def first(self, subject: str, *predicates: NamedNode) -> str | None:
        for predicate in predicates:
            for obj in self.objects(subject, predicate):
                return obj.value
        return None

    def subjects_pointing_at(self, iri: str) -> list[str]:
        """The facts (and anything else) the description has pointing at the resource, in a stable order."""
        return sorted(s for s, by_predicate in self.by_subject.items() if s != iri and any(
            isinstance(o, NamedNode) and o.value == iri for objects in by_predicate.values() for o in objects))

    def label(self, iri: str) -> str:
        return self.first(iri, *_LABELS) or compact(iri)

    def value(self, term: object) -> Value:
        if isinstance(term, NamedNode):
            return Value(self.label(term.value), self.site.href(term.value))
        if isinstance(term, Literal):
            return Value(term.value)
        return Value(str(term))

    def values(self, subject: str, skip: set[str] = frozenset()) -> list[tuple[str, list[Value]]]:
        """The subject's values by property; a value read from another sentence than the fact's carries that
        sentence as its note."""
        told = self.told(subject)
        shown = []
        for predicate, objects in sorted(self.by_subject.get(subject, {}).items()):
            if predicate in skip or NamedNode(predicate) in _HIDDEN:
                continue
            note = told.get(predicate, "")
            values = [Value(v.text, v.href, note) for v in (self._readable(predicate, o) for o in objects)]
            shown.append((compact(predicate), sorted(values, key=lambda v: v.text)))
        return shown

    def told(self, subject: str) -> dict[str, str]:
        """The sentence of each value of the subject's that another sentence than its own states, by property."""
        return {prop: text for ev in self.objects(subject, ELEX.fieldEvidence)
                if (prop := self.first(ev.value, ELEX.evidenceFor)) and (text := self._quoted(ev.value))}

    def _readable(self, predicate: str, term: object) -> Value:
        """Shares as percents and dates in words, as a reader says them; the data formats keep the values."""
        if predicate == ELEX.voteShare.value and isinstance(term, Literal):
            return Value(percent(term.value))
        if isinstance(term, Literal) and term.datatype in _DATES:
            return Value(long_date(term.value))
        if predicate == SCHEMA.url.value and isinstance(term, Literal):
            return Value(term.value, safe_link(term.value))
        return self.value(term)

    def sentence(self, subject: str) -> str | None:
        return self._quoted(self.first(subject, ELEX.evidence) or "")

    def _quoted(self, evidence: str) -> str | None:
        """The text an evidence quotes."""
        for selector in self.objects(evidence, OA.hasSelector):
            text = self.first(selector.value, OA.exact)
            if text:
                return text
        return None

    def article(self, subject: str) -> Value | None:
        source = self.first(subject, PROV.wasDerivedFrom)
        return Value(self.label(source), self.site.href(source)) if source else None


def _pages(facts: int) -> int:
    return max(1, -(-facts // FACTS_PER_PAGE))


def fact_pages(iri: str, triples: list[Triple]) -> int:
    """How many pages the facts pointing at the resource take (as Description.subjects_pointing_at counts them)."""
    return _pages(len({t.subject.value for t in triples
                       if isinstance(t.object, NamedNode) and t.object.value == iri and t.subject.value != iri}))


def view(index: Description, iri: str, alternates: dict[str, str], page: int = 1,
         total: int | None = None) -> ResourceView:
    """The resource's values and one page of the facts pointing at it, each fact once (a seat is both a fact's
    elex:constituency and its elex:electoralArea: one card says both); `total` set: the description holds only
    the page's facts, of `total`."""
    def order(subject: str) -> tuple[str, str, str]:
        kind, source = index.first(subject, RDF.type), index.first(subject, PROV.wasDerivedFrom)
        return compact(kind) if kind else "", index.label(source) if source else "", subject

    subjects = index._facts.get(iri)
    if subjects is None:  # a published resource's pages share one Description: its facts are ordered once
        subjects = index._facts[iri] = sorted(index.subjects_pointing_at(iri), key=order)
    pages = _pages(len(subjects) if total is None else total)
    page = min(max(page, 1), pages)
    shown = subjects if total is not None else subjects[(page - 1) * FACTS_PER_PAGE: page * FACTS_PER_PAGE]
    facts = []
    for subject in shown:  # only the page's are read
        kind = index.first(subject, RDF.type)
        roles = sorted(p for p, objects in index.by_subject[subject].items()
                       if any(isinstance(o, NamedNode) and o.value == iri for o in objects))
        facts.append(Fact(subject, index.site.href(subject) or "", compact(kind) if kind else "",
                          ", ".join(map(compact, roles)), index.values(subject, skip=set(roles)),
                          index.sentence(subject), index.article(subject)))
    types = [index.value(o) for o in index.objects(iri, RDF.type)]
    return ResourceView(iri, index.label(iri), sorted(types, key=lambda v: v.text), index.values(iri),
                        index.sentence(iri), index.article(iri), facts, alternates,
                        len(subjects) if total is None else total, page, pages)
