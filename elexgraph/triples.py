"""Facts with evidence → quads in the article's named graph.

Each article's graph is self-contained: it describes the article, every person,
party, seat and election its facts touch (labels included), each fact, the
sentence it came from (W3C Web Annotation selectors) and the extractor that read
it (PROV-O). The same input always gives the same quads. Sources other than
articles (official results, ``elexgraph.official``) write their facts with the
same ``GraphWriter`` and ``describe_fact``.
"""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad

from elexgraph import __version__, reference
from elexgraph.articles import Article
from elexgraph.facts import ArticleFacts, Election, Evidence, Fact, FactKind, kind_of, signature
from elexgraph.facts.base import integer, typed
from elexgraph.iris import Minter
from elexgraph.licences import DERIVED_LICENCE, quotation_rights
from elexgraph.vocab import DCT, ELEX, OA, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD

_ELECTION_CLASS = {"general": ELEX.GeneralElection, "by-election": ELEX.ByElection,
                   "mayoral": ELEX.MayoralElection, "pcc": ELEX.PoliceCommissionerElection,
                   "local": ELEX.LocalElection}
_AREA_CLASS = {"mayoralty": ELEX.Mayoralty, "police-area": ELEX.PoliceArea, "division": ELEX.CouncilDivision}


def _date_literal(value: str) -> Literal:
    """A date as precise as it is known: '2024-07-05' a date, '2010-05' a year and month, '2010' a year."""
    if len(value) >= 10:
        return typed(value[:10], XSD.date)
    return typed(value, XSD.gYearMonth if len(value) == 7 else XSD.gYear)


class GraphWriter:
    """Collects the quads of one named graph (an article's unless `graph` is given), describing each resource once."""

    def __init__(self, article: Article | None, minter: Minter, *, graph: NamedNode | None = None) -> None:
        self.article = article
        self.iri = minter
        self.graph = graph if graph is not None else minter.graph(article.id)
        self.quads: list[Quad] = []
        self._append = self.quads.append  # hundreds of quads an article: one lookup, not two, each
        self._described: set[NamedNode] = set()

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        self._append(Quad(s, p, o, self.graph))

    def _first_time(self, node: NamedNode) -> bool:
        if node in self._described:
            return False
        self._described.add(node)
        return True

    def person(self, name: str, facts: ArticleFacts) -> NamedNode:
        node = self.iri.person(name)
        if self._first_time(node):
            self.add(node, RDF.type, ELEX.Person)
            self.add(node, RDFS.label, Literal(name))
            known = facts.people.get(name)
            for alias in sorted(set(known.aliases)) if known else ():
                self.add(node, SKOS.altLabel, Literal(alias))
        return node

    def party(self, name: str) -> NamedNode:
        node = self.iri.party(name)
        if self._first_time(node):
            self.add(node, RDF.type, ELEX.PoliticalParty)
            self.add(node, RDFS.label, Literal(name))
            known = reference.party_named(name)
            if known and known.name == name:
                self.add(node, ELEX.colour, Literal(known.colour))
                if known.wikidata:
                    self.add(node, OWL.sameAs, NamedNode(WD + known.wikidata))
        return node

    def area(self, election: Election, name: str) -> NamedNode:
        """The area a contest was fought in: a constituency of the boundaries then in force, a mayoralty,
        a police area or a council division."""
        if election.area_kind == "constituency":
            return self.constituency(name, election.boundary_set)
        node = self.iri.area(election.area_kind, name, election.council)
        if self._first_time(node):
            self.add(node, RDF.type, ELEX.ElectoralArea)
            self.add(node, RDF.type, _AREA_CLASS[election.area_kind])
            self.add(node, RDFS.label, Literal(name))
            if election.council:
                self.add(node, ELEX.council, self.council(election.council))
        return node

    def constituency(self, name: str, boundaries: int) -> NamedNode:
        seat = reference.constituency_named(name, next(day.year for day, bs in reference.BOUNDARY_CHANGES if bs == boundaries))
        node = self.iri.constituency(seat.name if seat else name, boundaries)
        if self._first_time(node):
            self.add(node, RDF.type, ELEX.ElectoralArea)
            self.add(node, RDF.type, ELEX.Constituency)
            self.add(node, RDFS.label, Literal(seat.name if seat else name))
            self.add(node, ELEX.boundarySet, typed(str(boundaries), XSD.gYear))
            if seat and seat.gss:
                self.add(node, ELEX.gssCode, Literal(seat.gss))
                if seat.county:
                    self.add(node, ELEX.county, Literal(seat.county))
                if seat.region:
                    self.add(node, ELEX.region, Literal(seat.region))
        return node

    def council(self, name: str) -> NamedNode:
        node = self.iri.council(name)
        if self._first_time(node):
            self.add(node, RDF.type, ELEX.Council)
            self.add(node, RDFS.label, Literal(name))
        return node

    def election(self, election: Election) -> NamedNode:
        node = self.iri.election(election)
        if self._first_time(node):
            self.add(node, RDF.type, ELEX.Election)
            self.add(node, RDF.type, _ELECTION_CLASS[election.kind])
            self.add(node, RDFS.label, Literal(election.label))
            if not election.undated_in:
                self.add(node, ELEX.year, typed(str(election.year), XSD.gYear))
            if election.date:
                self.add(node, ELEX.electionDate, typed(election.date, XSD.date))
            if election.place:
                self.add(node, ELEX.place, Literal(election.place))
                self.add(node, ELEX.electoralArea, self.area(election, election.place))
            if election.council:
                self.add(node, ELEX.council, self.council(election.council))
        return node

    def describe_article(self, readers: dict[str, str]) -> NamedNode:
        """The article and the graph made from it, by the readers named (name → version)."""
        node = self.iri.article(self.article.id)
        a = self.article
        self.add(node, RDF.type, SCHEMA.NewsArticle)
        self.add(node, RDF.type, PROV.Entity)
        self.add(node, SCHEMA.headline, Literal(a.title))
        self.add(node, ELEX.sourceId, Literal(a.id))
        self.add(node, ELEX.contentDigest, Literal(a.digest))
        if a.date:
            self.add(node, SCHEMA.datePublished, _date_literal(a.date))
        if a.publisher:
            self.add(node, SCHEMA.publisher, Literal(a.publisher))
        if a.url:
            self.add(node, SCHEMA.url, Literal(a.url))
        self.add(self.graph, PROV.wasDerivedFrom, node)
        self.add(self.graph, ELEX.extractedWith, Literal(signature(readers.items())))
        self.add(self.graph, DCT.license, DERIVED_LICENCE)
        self.add(self.graph, DCT.rights, Literal(quotation_rights(a.title, a.publisher, a.url)))
        return node


def article_quads(article: Article, facts: ArticleFacts, minter: Minter | None = None) -> list[Quad]:
    """All quads of one article's named graph."""
    writer = GraphWriter(article, minter or Minter())
    article_node = writer.describe_article(facts.readers)
    for fact in facts.facts:
        kind = kind_of(fact)
        node = writer.iri.fact(writer.article.id, kind.iri_segment, kind.key_of(fact))
        describe_fact(writer, node, fact, facts, kind)
        writer.add(node, PROV.wasDerivedFrom, article_node)
        _evidence(writer, node, ELEX.evidence, NamedNode(node.value + "/evidence"), fact.evidence, article_node)
        _field_evidence(writer, node, fact, kind, article_node)
        version = facts.readers.get(fact.extractor, "0")
        agent = writer.iri.extractor(fact.extractor, version)
        writer.add(node, PROV.wasAttributedTo, agent)
        if writer._first_time(agent):
            writer.add(agent, RDF.type, ELEX.Extractor)
            writer.add(agent, RDFS.label, Literal(f"elexgraph {fact.extractor} extractor"))
            writer.add(agent, ELEX.version, Literal(f"{version} (elexgraph {__version__})"))
    return writer.quads


def describe_fact(writer: GraphWriter, node: NamedNode, fact: Fact, facts: ArticleFacts,
                  kind: FactKind | None = None) -> None:
    """A fact's class and values, as its kind writes them; its source, evidence and attribution are the caller's
    to add."""
    kind = kind or kind_of(fact)
    writer.add(node, RDF.type, kind.rdf_class)
    for p, o in kind.triples(fact, writer, facts):
        writer.add(node, p, o)


def _evidence(w: GraphWriter, node: NamedNode, link: NamedNode, ev: NamedNode, evidence: Evidence,
              article_node: NamedNode) -> None:
    quote, position = NamedNode(ev.value + "#quote"), NamedNode(ev.value + "#position")
    w.add(node, link, ev)
    w.add(ev, RDF.type, OA.SpecificResource)
    w.add(ev, OA.hasSource, article_node)
    w.add(ev, OA.hasSelector, quote)
    w.add(ev, OA.hasSelector, position)
    w.add(quote, RDF.type, OA.TextQuoteSelector)
    w.add(quote, OA.exact, Literal(evidence.text))
    w.add(position, RDF.type, OA.TextPositionSelector)
    w.add(position, OA.start, integer(evidence.start))
    w.add(position, OA.end, integer(evidence.end))


def _field_evidence(w: GraphWriter, node: NamedNode, fact: Fact, kind: FactKind, article_node: NamedNode) -> None:
    """The sentence of each stated value read elsewhere than the fact's own sentence, for the property it is
    written as (elex:fieldEvidence, elex:evidenceFor)."""
    properties = dict(kind.field_properties)
    for name, evidence in fact.field_evidence:
        if name in properties and getattr(fact, name) is not None and evidence != fact.evidence:
            ev = NamedNode(f"{node.value}/evidence/{name}")
            _evidence(w, node, ELEX.fieldEvidence, ev, evidence, article_node)
            w.add(ev, ELEX.evidenceFor, properties[name])
