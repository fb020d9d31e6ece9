"""An official results file → the quads of its own named graph.

The facts are the news facts' classes (``elexgraph.facts``) written by the same serialiser
(``elexgraph.triples``); what differs is their source: each is derived from the file, attributed to
its publisher, and its evidence is the row it comes from (the row as published, its character offsets,
and an RFC 7111 ``row=N`` fragment). The file is described with its publisher, licence, attribution
and SHA-256, and the graph with when it was loaded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad

from elexgraph import reference
from elexgraph.facts import ArticleFacts, Candidacy, Election, Evidence, Fact, PartyResult, SeatResult
from elexgraph.iris import Minter
from elexgraph.official.codes import library_party
from elexgraph.official.read import CandidateRow, OfficialFile, Row, SeatRow
from elexgraph.reference import slug
from elexgraph.triples import GraphWriter, describe_fact
from elexgraph.vocab import DCT, ELEX, OA, PROV, RDF, RDFS, SCHEMA, XSD

PUBLISHER = "House of Commons Library"
PUBLISHER_URL = "https://commonslibrary.parliament.uk/"
LICENCE = NamedNode("https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/")
ATTRIBUTION = "Contains Parliamentary information licensed under the Open Parliament Licence v3.0."
RFC7111 = NamedNode("http://tools.ietf.org/rfc/rfc7111")
DEMOCRACY_CLUB_PERSON = "https://candidates.democracyclub.org.uk/person/"
# The Library's briefing each election's files come from, where the project knows it.
BRIEFINGS = {2017: "cbp-7979", 2019: "cbp-8749", 2024: "cbp-10009"}
_LAYOUT_TITLE = {"candidate": "by candidate", "constituency": "by constituency"}


class OfficialMinter(Minter):
    """The project's IRIs, each minted once per name (a file names the same people, parties and seats
    thousands of times)."""

    def __init__(self, base: str | None = None) -> None:
        super().__init__(base)
        self._minted: dict[tuple, NamedNode] = {}

    def _once(self, key: tuple, mint: Callable[[], NamedNode]) -> NamedNode:
        if key not in self._minted:
            self._minted[key] = mint()
        return self._minted[key]

    def person(self, name: str) -> NamedNode:
        return self._once(("person", name), lambda: super(OfficialMinter, self).person(name))

    def party(self, name: str) -> NamedNode:
        return self._once(("party", name), lambda: super(OfficialMinter, self).party(name))

    def constituency(self, name: str, boundary_set: int) -> NamedNode:
        return self._once(("seat", name, boundary_set), lambda: super(OfficialMinter, self).constituency(name, boundary_set))

    def official_file(self, key: str) -> NamedNode:
        return self._id("official", key)

    def official_graph(self, key: str) -> NamedNode:
        return NamedNode(f"{self.base}graph/official/{key}")

    def publisher(self) -> NamedNode:
        return self._once(("publisher",), lambda: self._id("organisation", slug(PUBLISHER)))


def official_quads(found: OfficialFile, minter: OfficialMinter, loaded_at: datetime | None = None) -> list[Quad]:
    """Every quad of the file's named graph."""
    writer = GraphWriter(None, minter, graph=minter.official_graph(found.key))
    source = _describe_file(writer, minter, found, loaded_at or datetime.now(timezone.utc))
    people, names, rows = ArticleFacts(), _FactNames(source), set()
    for fact, row, seat_code in _facts(found, _election(found.year)):
        node = names.next(seat_code, fact)
        describe_fact(writer, node, fact, people)
        writer.add(node, PROV.wasDerivedFrom, source)
        writer.add(node, PROV.wasAttributedTo, minter.publisher())
        writer.add(node, ELEX.evidence, _row_evidence(writer, source, row, described=row.line in rows))
        rows.add(row.line)
    for name, dc_id in sorted({(row.name, row.dc_person_id) for row in found.candidates if row.dc_person_id}):
        person = minter.person(name)
        writer.add(person, ELEX.democracyClubId, Literal(dc_id))
        writer.add(person, SCHEMA.sameAs, NamedNode(DEMOCRACY_CLUB_PERSON + dc_id))
    _describe_seats(writer, found)
    return writer.quads


def _election(year: int) -> Election:
    held = next((e for e in reference.general_elections() if e.year == year), None)
    return Election("general", year, held.date if held else None)


def _describe_file(writer: GraphWriter, minter: OfficialMinter, found: OfficialFile, loaded_at: datetime) -> NamedNode:
    source, publisher = minter.official_file(found.key), minter.publisher()
    add = writer.add
    for cls in (ELEX.OfficialResults, PROV.Entity, SCHEMA.Dataset):
        add(source, RDF.type, cls)
    add(source, RDFS.label, Literal(found.path.name))
    add(source, ELEX.sourceId, Literal(found.path.stem))
    add(source, SCHEMA.headline, Literal(f"General election {found.year} results {_LAYOUT_TITLE[found.layout]} "
                                         f"({PUBLISHER})"))
    add(source, SCHEMA.publisher, Literal(PUBLISHER))
    add(source, DCT.publisher, publisher)
    add(source, DCT.license, LICENCE)
    add(source, ELEX.attribution, Literal(ATTRIBUTION))
    add(source, ELEX.contentDigest, Literal(found.digest))
    if found.year in BRIEFINGS:
        add(source, SCHEMA.url, Literal(f"{PUBLISHER_URL}research-briefings/{BRIEFINGS[found.year]}/"))
    add(publisher, RDF.type, PROV.Organization)
    add(publisher, RDFS.label, Literal(PUBLISHER))
    add(publisher, SCHEMA.url, Literal(PUBLISHER_URL))
    add(writer.graph, PROV.wasDerivedFrom, source)
    add(writer.graph, DCT.license, LICENCE)  # the graph restates the file's rows: the file's licence
    add(writer.graph, DCT.rights, Literal(ATTRIBUTION))
    add(writer.graph, PROV.generatedAtTime,
        Literal(loaded_at.replace(microsecond=0).isoformat(), datatype=XSD.dateTime))
    return source


def _row_evidence(writer: GraphWriter, source: NamedNode, row: Row, *, described: bool) -> NamedNode:
    """The row a fact comes from, described once: its text as published, its offsets, its RFC 7111 row."""
    node = NamedNode(f"{source.value}/row-{row.line}")
    if not described:
        quote, position, fragment = (NamedNode(f"{node.value}#{part}") for part in ("quote", "position", "row"))
        writer.add(node, RDF.type, OA.SpecificResource)
        writer.add(node, OA.hasSource, source)
        for selector, cls in ((quote, OA.TextQuoteSelector), (position, OA.TextPositionSelector),
                              (fragment, OA.FragmentSelector)):
            writer.add(node, OA.hasSelector, selector)
            writer.add(selector, RDF.type, cls)
        writer.add(quote, OA.exact, Literal(row.text))
        writer.add(position, OA.start, Literal(str(row.start), datatype=XSD.integer))
        writer.add(position, OA.end, Literal(str(row.end), datatype=XSD.integer))
        writer.add(fragment, DCT.conformsTo, RFC7111)
        writer.add(fragment, RDF.value, Literal(f"row={row.line}"))
    return node


def _facts(found: OfficialFile, election: Election) -> Iterator[tuple[Fact, Row, str]]:
    for row, rank in zip(found.candidates, _ranks(found.candidates)):
        yield (Candidacy(_evidence(row.row), PUBLISHER, election, row.seat.name, row.name, row.party, row.votes,
                         _percent(row.share), rank), row.row, row.seat.gss)
    for seat in found.seats:
        yield from ((fact, seat.row, seat.seat.gss) for fact in _seat_facts(seat, election))


def _ranks(candidates: list[CandidateRow]) -> list[int]:
    """Each candidate's position in their seat by votes (equal votes, equal position)."""
    votes: dict[str, list[int]] = {}
    for c in candidates:
        votes.setdefault(c.seat.gss, []).append(c.votes)
    return [1 + sum(1 for v in votes[c.seat.gss] if v > c.votes) for c in candidates]


def _seat_facts(seat: SeatRow, election: Election) -> Iterator[Fact]:
    """The result, the winner's candidacy, and the votes of every other party the row accounts for."""
    evidence, name = _evidence(seat.row), seat.seat.name
    winning, second = library_party(seat.winning_party), library_party(seat.second_party)
    yield SeatResult(evidence, PUBLISHER, election, name, seat.winner, winning, seat.outcome,
                     library_party(seat.previous_party), seat.majority)
    tallies = _tallies(seat, winning, second)
    unaccounted = seat.valid_votes - sum(tallies.values())
    for party, votes in sorted(tallies.items(), key=lambda item: (-item[1], item[0])):
        rank = 1 if party == winning else 2 if party == second else (
            1 + sum(1 for v in tallies.values() if v > votes) if unaccounted < votes else None)
        share = _percent(Decimal(votes) / seat.valid_votes) if seat.valid_votes else None
        if party == winning:
            yield Candidacy(evidence, PUBLISHER, election, name, seat.winner, party, votes, share, rank)
        else:
            yield PartyResult(evidence, PUBLISHER, election, name, party, votes, share, rank)
    if winning not in tallies:
        yield Candidacy(evidence, PUBLISHER, election, name, seat.winner, winning, None, None, 1)


def _tallies(seat: SeatRow, winning: str, second: str) -> dict[str, int]:
    """Votes by party: the party columns, and the winner and runner-up when the others column hides them
    (their votes follow from the majority)."""
    tallies = {library_party(column): votes for column, votes in seat.party_votes.items() if votes}
    if winning not in tallies and seat.other_winner_votes:
        tallies[winning] = seat.other_winner_votes
    if winning not in tallies and second in tallies:
        tallies[winning] = tallies[second] + seat.majority
    if second not in tallies and winning in tallies:
        tallies[second] = tallies[winning] - seat.majority
    return tallies


def _evidence(row: Row) -> Evidence:
    return Evidence(row.text, row.start, row.end)


def _percent(fraction: Decimal) -> float:
    return float((fraction * 100).quantize(Decimal("0.0001")).normalize())


class _FactNames:
    """Readable IRIs for the file's facts: …/official/ge2024-by-candidate/E14001140/ann-example."""

    def __init__(self, source: NamedNode) -> None:
        self.source = source
        self.used: Counter[str] = Counter()

    def next(self, seat_code: str, fact: Fact) -> NamedNode:
        if isinstance(fact, SeatResult):
            name = "result"
        elif isinstance(fact, PartyResult):
            name = "party-" + slug(fact.party)
        else:
            name = slug(fact.person)  # type: ignore[attr-defined]
        base = f"{self.source.value}/{seat_code}/{name}"
        self.used[base] += 1
        return NamedNode(base if self.used[base] == 1 else f"{base}-{self.used[base]}")


def _describe_seats(writer: GraphWriter, found: OfficialFile) -> None:
    """Seats the reference data does not list get their GSS code and boundary set from the file."""
    boundary_set = reference.boundary_set_for(found.year)
    seats = {row.seat.gss: row.seat.name for row in (*found.candidates, *found.seats)}
    for code, name in seats.items():
        if not reference.constituency_named(name, found.year):
            node = writer.iri.constituency(name, boundary_set)
            writer.add(node, ELEX.gssCode, Literal(code))
            writer.add(node, ELEX.boundarySet, Literal(str(boundary_set), datatype=XSD.gYear))
