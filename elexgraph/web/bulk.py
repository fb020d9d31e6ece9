"""What a published page reads, for every resource at once: one pass over the store's graphs, not a query a page.

The page queries (queries/web-resource.rq, web-official.rq, web-findings.rq) match inside one ``GRAPH`` block
each, so what one returns for a resource is the union of what it returns in each graph. The pass reads each
graph once, works out each resource's share of it here (the same patterns, in Python) and spills the shares to
bucket files by resource; a bucket is then read back and each of its resources' shares united as its pages are
drawn. Memory holds one graph, or one bucket's spilled bytes and one resource's triples, never the store.
"""

from __future__ import annotations

import pickle
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pyoxigraph
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Triple

from elexgraph.queries import bind, load_query
from elexgraph.store.base import QueryResult, Term
from elexgraph.vocab import ELEX, OA, PROV, RDF, RDFS, SCHEMA

# What web-resource.rq reads of the things a description links to.
# (Sets: asked of every triple of every graph.)
_LABELS = frozenset((RDFS.label, SCHEMA.headline, ELEX.year, ELEX.electionDate, ELEX.boundarySet,
                     SCHEMA.datePublished, SCHEMA.publisher))
_EVIDENCE = (ELEX.evidence, ELEX.fieldEvidence)
_OFFICIAL_ROLES = frozenset((ELEX.candidate, ELEX.winner, ELEX.constituency))  # web-official.rq: how a fact names its subject
_FINDING_ROLES = frozenset((ELEX.aboutPerson, ELEX.constituency))  # web-findings.rq
_SOURCE_TYPES = frozenset((SCHEMA.NewsArticle, ELEX.OfficialResults))

Row = tuple[Term | None, ...]
_SHARE = "urn:elexgraph:share:"  # the graph of a resource's nth share, when its shares are asked a page query


class GraphIndex:
    """One graph's triples by subject, and who points at what; the rest (values by property, who is named in which
    role, instances by class, labels) worked out when first asked: a page of a resource with thousands of facts
    indexes each of its thousands of shares and asks only for the facts' triples and their labels (building every
    index took three quarters of such a page's gathering)."""

    def __init__(self, triples: Iterable[Triple]) -> None:
        self.triples = list(triples)
        self.of: dict[Term, list[Triple]] = defaultdict(list)
        self.into: dict[NamedNode, list[Term]] = defaultdict(list)
        for t in self.triples:
            self.of[t.subject].append(t)
            if isinstance(t.object, NamedNode):
                self.into[t.object].append(t.subject)
        self._out: dict[Term, dict[NamedNode, list[Term]]] = {}  # a subject's values by property, once asked
        self._labels: dict[Term, tuple[Triple, ...]] = {}
        self._told: dict[Term, frozenset[Triple]] = {}

    @cached_property
    def named_by(self) -> dict[Term, list[Term]]:
        """By web-official.rq's roles, once per role."""
        return self._by_object(_OFFICIAL_ROLES)

    @cached_property
    def found_about(self) -> dict[Term, list[Term]]:
        """By web-findings.rq's roles, once per role."""
        return self._by_object(_FINDING_ROLES)

    @cached_property
    def typed(self) -> dict[Term, list[Term]]:
        """Class -> its instances."""
        return self._by_object(frozenset((RDF.type,)))

    def _by_object(self, predicates: frozenset[NamedNode]) -> dict[Term, list[Term]]:
        found: dict[Term, list[Term]] = defaultdict(list)
        for t in self.triples:
            if t.predicate in predicates:
                found[t.object].append(t.subject)
        return found

    def labels(self, term: Term) -> tuple[Triple, ...]:
        """The term's triples that web-resource.rq reads of a thing a description links to."""
        found = self._labels.get(term)
        if found is None:
            found = self._labels[term] = tuple(t for t in self.of.get(term, ()) if t.predicate in _LABELS)
        return found

    def objects(self, subject: Term, predicate: NamedNode) -> list[Term]:
        by_predicate = self._out.get(subject)
        if by_predicate is None:
            by_predicate = self._out[subject] = defaultdict(list)
            for t in self.of.get(subject, ()):
                by_predicate[t.predicate].append(t.object)
        return by_predicate.get(predicate, [])

    def resources(self, prefix: str) -> set[NamedNode]:
        """The IRIs under `prefix` the graph names, as subject or object, hash IRIs as their document."""
        found = {term for term in (*self.of, *self.into) if isinstance(term, NamedNode) and term.value.startswith(prefix)}
        return {NamedNode(t.value.split("#", 1)[0]) if "#" in t.value else t for t in found}

    def told(self, subject: Term) -> frozenset[Triple]:
        """The subject's triples and the labels of what they link to (worked out once: a fact is told on the page of
        each thing it names)."""
        found = self._told.get(subject)
        if found is None:
            triples = self.of.get(subject, ())
            found = frozenset((*triples, *(label for t in triples for label in self.labels(t.object))))
            self._told[subject] = found
        return found

    def description(self, resource: NamedNode) -> set[Triple]:
        """web-resource.rq in this graph: the resource's triples, the facts pointing at it with theirs, the
        labels of what both link to, the sentences behind them, and its hash IRIs' triples."""
        pointing = list(dict.fromkeys(self.into.get(resource, ())))
        found = self.own([resource])
        for subject in pointing:
            found.update(self.told(subject))
        found.update(self._sentences(pointing))
        return found

    def own(self, subjects: Iterable[Term], sentences: bool = True) -> set[Triple]:
        """web-own.rq in this graph: each subject's triples, the labels of what they link to, the sentences behind
        them (unless not `sentences`) and their hash IRIs' triples (what a page of a resource with many facts reads
        of it and of the page's facts)."""
        subjects = list(subjects)
        found: set[Triple] = set()
        for subject in subjects:
            found.update(self.told(subject))
            prefix = subject.value + "#"
            for t in self.of.get(subject, ()):
                if isinstance(t.object, NamedNode) and t.object.value.startswith(prefix):
                    found.update(self.of.get(t.object, ()))
        if sentences:
            found.update(self._sentences(subjects))
        return found

    def facts_about(self, resource: NamedNode) -> list[NamedNode]:
        """web-resource-facts.rq in this graph: the IRIs pointing at the resource (its facts, and anything else)."""
        return [s for s in dict.fromkeys(self.into.get(resource, ())) if isinstance(s, NamedNode) and s != resource]

    def _sentences(self, subjects: Iterable[Term]) -> set[Triple]:
        """The evidence of the subjects and of their values: each evidence's selectors with theirs, and the
        property it states."""
        found: set[Triple] = set()
        for ev in dict.fromkeys(ev for s in subjects for p in _EVIDENCE for ev in self.objects(s, p)):
            selected = [t for sel in self.objects(ev, OA.hasSelector) for t in self.of.get(sel, ())]
            if selected:
                found.update(selected)
                found.update(Triple(ev, OA.hasSelector, t.subject) for t in selected)
                found.update(Triple(ev, ELEX.evidenceFor, o) for o in self.objects(ev, ELEX.evidenceFor))
        return found

    def sources_named(self, resource: NamedNode, every_fact: bool = False) -> set[Triple]:
        """What web-official.rq reads beyond the description: the id and type of the sources of the facts naming
        the resource (with the description, the graph's rows for the resource come out the same); with
        `every_fact`, of every fact pointing at it, as web-party.rq and web-election.rq read them."""
        facts = self.into.get(resource, ()) if every_fact else self.named_by.get(resource, ())
        return {t for fact in facts for src in self.objects(fact, PROV.wasDerivedFrom)
                for t in self.of.get(src, ()) if t.predicate in (ELEX.sourceId, RDF.type)}

    def official_facts(self, resource: NamedNode) -> list[FactBlock]:
        """web-official.rq in this graph, folded: each fact naming the resource as candidate, winner or seat, with
        what its rows are made of (expand_official unfolds them into the query's rows)."""
        return [self._fact_block(fact) for fact in self.named_by.get(resource, ())]

    def _fact_block(self, fact: Term) -> FactBlock:
        sources = tuple((source, kind, headline) for src in self.objects(fact, PROV.wasDerivedFrom)
                        for source in self.objects(src, ELEX.sourceId)
                        for kind in self.objects(src, RDF.type) if kind in _SOURCE_TYPES
                        for headline in (self.objects(src, SCHEMA.headline) or [None]))
        said = tuple(pair for ev in self.objects(fact, ELEX.evidence) for pair in self._quoted(ev))
        values = tuple((t.predicate, t.object, label) for t in self.of.get(fact, ())
                       for label in self.objects(t.object, RDFS.label) or [None])
        return fact, values, sources, said

    def _quoted(self, ev: Term) -> Iterator[tuple[Term, Term]]:
        """(sentence, start) of an evidence: the quote selector's text with the position selector's start."""
        selectors = self.objects(ev, OA.hasSelector)
        for quote in selectors:
            for text in self.objects(quote, OA.exact):
                for position in selectors:
                    for at in self.objects(position, OA.start):
                        yield text, at

    def finding_rows(self, resource: NamedNode) -> list[Row]:
        """web-findings.rq in this graph: (finding, check, field, stated, expected, statement)."""
        rows: list[Row] = []
        for finding in self.found_about.get(resource, ()):
            for kind in self.objects(finding, ELEX.checkKind):
                check = Literal(kind.value.rsplit("#", 1)[-1].removesuffix("Check").lower())
                rows.extend((finding, check, f, s, e, st) for f in self.objects(finding, ELEX.field)
                            for s in self.objects(finding, ELEX.statedValue)
                            for e in self.objects(finding, ELEX.expectedValue)
                            for st in self.objects(finding, ELEX.statement))
        return rows


    def listed(self, cls: NamedNode, found: Listed) -> None:
        """web-index.rq, web-index-facets.rq and web-index-counties.rq in this graph, each row added to `found`."""
        for resource in dict.fromkeys(self.typed.get(cls, ())):
            self._labelled(resource, found.rows)
            for county in self.objects(resource, ELEX.county):
                found.counties.add((resource, county))
            for fact in dict.fromkeys(self.into.get(resource, ())):
                for source in self.objects(fact, PROV.wasDerivedFrom):
                    for kind in self.objects(source, RDF.type):
                        if kind in _SOURCE_TYPES:
                            found.facets.update((resource, party, election, kind) for party in self._party_labels(fact)
                                                for election in self._labels_of(fact, (ELEX.election,)))
                for area in self.objects(fact, ELEX.electoralArea):
                    found.counties.update((resource, county) for county in self.objects(area, ELEX.county))

    def _labelled(self, resource: Term, rows: set[Row]) -> None:
        for label in (*self.objects(resource, RDFS.label), *self.objects(resource, SCHEMA.headline)):
            rows.update((resource, label, publisher, published, boundary_set)
                        for publisher in self.objects(resource, SCHEMA.publisher) or [None]
                        for published in self.objects(resource, SCHEMA.datePublished) or [None]
                        for boundary_set in self.objects(resource, ELEX.boundarySet) or [None])

    def _party_labels(self, fact: Term) -> list[Term | None]:
        return self._labels_of(fact, (ELEX.party, ELEX.winningParty, ELEX.toParty))

    def _labels_of(self, fact: Term, predicates: tuple[NamedNode, ...]) -> list[Term | None]:
        """The labels of what the fact links to by these properties; [None] when none (an OPTIONAL unmatched)."""
        return [label for p in predicates for thing in self.objects(fact, p)
                for label in self.objects(thing, RDFS.label)] or [None]


@dataclass
class Listed:
    """The rows of an index page's three queries (each DISTINCT, so sets), gathered graph by graph."""

    rows: set[Row] = field(default_factory=set)
    facets: set[Row] = field(default_factory=set)
    counties: set[Row] = field(default_factory=set)

    def add(self, other: Listed) -> None:
        self.rows |= other.rows
        self.facets |= other.facets
        self.counties |= other.counties

    def ordered_rows(self) -> list[Row]:
        """web-index.rq's order: by label, then resource."""
        return sorted(self.rows, key=lambda row: tuple("" if term is None else term.value for term in row))


# A fact as web-official.rq reads it: (fact, ((property, value, label), …), ((source, source_type, headline), …),
# ((sentence, start), …)); its rows are every combination of the three.
FactBlock = tuple[Term, tuple[tuple[Term, Term, Term | None], ...], tuple[tuple[Term, Term, Term | None], ...],
                  tuple[tuple[Term, Term], ...]]


def expand_official(blocks: Iterable[FactBlock]) -> list[Row]:
    """The rows of web-official.rq: (fact, property, value, label, source, evidence, at, source_type, headline)."""
    return [(fact, prop, value, label, source, text, at, kind, headline)
            for fact, values, sources, said in blocks for prop, value, label in values
            for source, kind, headline in sources for text, at in said]


@dataclass
class Gathered:
    """A resource's description (stored IRIs) from every graph, and each graph's share with what the official
    section reads of it."""

    triples: set[Triple] = field(default_factory=set)
    shares: list[tuple[list[Triple], list[Triple]]] = field(default_factory=list)  # (description, sources named)
    spilled: list[tuple[bytes, bytes]] = field(default_factory=list)  # the shares as spilled (N-Triples), if known

    def official(self, resource: NamedNode) -> list[Row]:
        """The rows web-official.rq gives for the resource, graph by graph."""
        return expand_official(block for description, sources in self.shares if sources
                               for block in GraphIndex([*description, *sources]).official_facts(resource))

    def answer(self, query: str, values: dict[str, NamedNode]) -> QueryResult:
        """A page query's answer from the shares alone, each in a graph of its own as in the store: the store's
        answer for the resource, for a query that matches inside one graph block and reads only what a share
        holds (web-party, web-election: the facts pointing at the resource, the labels of what they name and
        their sources' types). No store is opened: any process drawing pages can ask."""
        shares = pyoxigraph.Store()
        if self.spilled:  # parsed by the store from the spilled text: a Quad made a triple took 2-3 times as long
            for number, share in enumerate(self.spilled):
                for part in filter(None, share):
                    shares.load(part, RdfFormat.N_TRIPLES, to_graph=NamedNode(f"{_SHARE}{number}"))
        else:
            shares.extend(Quad(t.subject, t.predicate, t.object, NamedNode(f"{_SHARE}{number}"))
                          for number, share in enumerate(self.shares) for part in share for t in part)
        solutions = shares.query(bind(load_query(query), values))
        assert isinstance(solutions, pyoxigraph.QuerySolutions)
        names = [v.value for v in solutions.variables]
        return QueryResult(names, [tuple(solution[i] for i in range(len(names))) for solution in solutions])

    def findings(self, resource: NamedNode) -> list[Row]:
        """The rows web-findings.rq gives for the resource, in its order."""
        rows = [row for description, _ in self.shares if any(t.predicate == ELEX.checkKind for t in description)
                for row in GraphIndex(description).finding_rows(resource)]  # only a graph of findings has rows
        return sorted(rows, key=lambda row: (row[1].value, row[2].value, row[0].value))


    def facts(self, resource: NamedNode) -> list[str]:
        """web-resource-facts.rq's answer: the IRIs of what points at the resource (its facts), in their order (the
        description holds every triple of the store pointing at it)."""
        return sorted({t.subject.value for t in self.triples
                       if t.object == resource and isinstance(t.subject, NamedNode) and t.subject != resource})

    def kinds(self, resource: NamedNode) -> list[tuple[Term, int]]:
        """web-fact-kinds.rq's answer: how many of the resource's facts are of each kind, the most first."""
        typed: set[tuple[Term, Term]] = set()
        for description, _ in self.shares:
            pointing = {t.subject for t in description
                        if t.object == resource and isinstance(t.subject, NamedNode) and t.subject != resource}
            typed.update((t.subject, t.object) for t in description if t.predicate == RDF.type and t.subject in pointing)
        counted = Counter(kind for _, kind in typed)
        return sorted(counted.items(), key=lambda item: (-item[1], item[0].value))

    def told_apart(self, resource: NamedNode) -> Told:
        """The resource's own description and each of its facts', as web-own.rq gives them, from every share: what
        the pages of a resource with many facts show a page of facts at a time. A fact's sentences are left out:
        such a page lists each fact as a line, which quotes none (the fact's own page does)."""
        own: set[Triple] = set()
        facts: dict[str, set[Triple]] = defaultdict(set)
        for description, _ in self.shares:
            index = GraphIndex(description)
            own |= index.own([resource])
            for fact in index.facts_about(resource):
                facts[fact.value] |= index.own([fact], sentences=False)
        return Told(own, dict(facts))


@dataclass(frozen=True)
class Told:
    """A resource's own description (web-own.rq of it) and each fact's pointing at it (of the fact), by fact IRI."""

    own: set[Triple]
    facts: dict[str, set[Triple]]

    def page(self, shown: Iterable[str]) -> set[Triple]:
        """What a page of the resource's facts reads: its own description and the shown facts'."""
        return self.own.union(*(self.facts[fact] for fact in shown))


class Spill:
    """Each resource's share of each graph, written to one of `buckets` files by the resource's IRI. Each process
    reading graphs writes its own `part` of every bucket; a bucket is all its parts."""

    def __init__(self, folder: Path, buckets: int, part: str = "") -> None:
        self.folder, self.buckets = folder, buckets
        folder.mkdir(parents=True, exist_ok=True)
        self._files = [open(folder / f"{n}{part}.bucket", "wb")  # noqa: SIM115 - closed in close()
                       for n in range(buckets)]

    def bucket(self, iri: str) -> int:
        return zlib.crc32(iri.encode()) % self.buckets

    def add(self, resource: NamedNode, order: int, description: set[Triple], sources: set[Triple]) -> None:
        """A resource's share of the graph that is `order`th in the store (shares are united in that order)."""
        pickle.dump((resource.value, order, _ntriples(description), _ntriples(sources)),
                    self._files[self.bucket(resource.value)], protocol=pickle.HIGHEST_PROTOCOL)

    def flush(self) -> None:
        for f in self._files:
            f.flush()

    def close(self) -> None:
        for f in self._files:
            f.close()

    def parts(self, bucket: int) -> list[Path]:
        """The files of a bucket: this process's and those of the processes that read graphs beside it."""
        return sorted(self.folder.glob(f"{bucket}.*bucket"))

    def read(self, bucket: int) -> Bucket:
        return read_bucket(self.parts(bucket))


class Bucket(Mapping[str, Gathered]):
    """A bucket's resources, each gathered (its shares parsed and united in the store's order of graphs) when it
    is asked for, not all at once: the spilled N-Triples are a few times smaller than the triples parsed from
    them, so a process drawing a bucket holds its bytes and one resource's triples (a bucket parsed whole held
    1.6-1.8 GB at 10,000 articles with the official files)."""

    def __init__(self, spilled: dict[str, list[tuple[int, bytes, bytes]]]) -> None:
        self._spilled = spilled

    def __getitem__(self, iri: str) -> Gathered:
        gathered = Gathered()
        for _, description, sources in sorted(self._spilled[iri], key=lambda share: share[0]):
            share = (_parsed(description), _parsed(sources))
            gathered.triples.update(share[0])
            gathered.shares.append(share)
            gathered.spilled.append((description, sources))
        return gathered

    def __iter__(self) -> Iterator[str]:
        return iter(self._spilled)

    def __len__(self) -> int:
        return len(self._spilled)


def read_bucket(parts: list[Path]) -> Bucket:
    """Every resource of a bucket's files, gathered as it is asked for (in any process: it needs only the
    files)."""
    shares: dict[str, list[tuple[int, bytes, bytes]]] = defaultdict(list)
    for part in parts:
        with open(part, "rb") as f:
            while True:
                try:
                    iri, order, description, sources = pickle.load(f)
                except EOFError:
                    break
                shares[iri].append((order, description, sources))
    return Bucket(dict(shares))  # a plain dict: a resource the bucket lacks is a KeyError, not an empty share


def _ntriples(triples: set[Triple]) -> bytes:
    return pyoxigraph.serialize(triples, format=RdfFormat.N_TRIPLES) if triples else b""


def _parsed(data: bytes) -> list[Triple]:
    return [q.triple for q in pyoxigraph.parse(data, format=RdfFormat.N_TRIPLES)] if data else []
