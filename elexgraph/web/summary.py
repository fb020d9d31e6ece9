"""A person's page in words: party and office now, each election stood with its result, party changes
with their dates, and quotes, each with the articles that say so.

Read from the same description the page's RDF view shows (queries/web-resource.rq), so the words
and the data below them cannot disagree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from pyoxigraph import NamedNode

from elexgraph.facts import CHANGE_KINDS
from elexgraph.labels import Place, long_date, majority_words, percent, place_label
from elexgraph.vocab import ELEX, PROV, RDF, SCHEMA
from elexgraph.web.describe import Description, Value

_CHANGE_WORDS = {change.term_name: change.words for change in CHANGE_KINDS.values()}
_ORDINALS = {1: "won", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


@dataclass
class Source:
    """An article a fact comes from: its headline (linked), publisher and date in words."""

    article: Value
    publisher: str = ""
    date: str = ""


@dataclass
class Contest:
    """One election the person stood in (or won) in one seat, as the articles report it."""

    election: Value
    seat: Value
    when: tuple[int, str]
    party: Value | None = None
    votes: str = ""
    share: str = ""
    result: str = ""
    sources: list[Source] = field(default_factory=list)


@dataclass
class Change:
    when: str  # ISO, for ordering
    date: str  # in words: the change's own date, else the article's
    dated_by_article: bool
    words: str
    from_party: Value | None
    to_party: Value | None
    sentence: str | None
    source: Source | None


@dataclass
class Said:
    text: str
    source: Source | None


@dataclass
class Office:
    title: str
    source: Source | None


@dataclass
class PersonSummary:
    party: Value | None
    party_note: str
    office: str  # the latest role an article gives, else the seat last won
    office_note: str  # at which election, for a seat won
    office_source: Source | None  # the article that gives the role
    contests: list[Contest]
    changes: list[Change]
    quotes: list[Said]
    roles: list[Office]


def person_summary(index: Description, iri: str) -> PersonSummary | None:
    """The summary of a person's page; None for anything that is not a person."""
    if ELEX.Person.value not in {t.value for t in index.objects(iri, RDF.type)}:
        return None
    facts = defaultdict(list)
    for subject in index.subjects_pointing_at(iri):
        for kind in index.objects(subject, RDF.type):
            facts[kind.value].append(subject)
    contests = _contests(index, facts[ELEX.Candidacy.value], facts[ELEX.ElectionResult.value], iri)
    changes = sorted((_change(index, f) for f in facts[ELEX.PartyChange.value]), key=lambda c: (not c.when, c.when))
    roles = sorted((Office(index.first(f, ELEX.roleTitle) or "", _source(index, f)) for f in facts[ELEX.Role.value]),
                   key=lambda o: (o.source.date if o.source else "", o.title))
    quotes = [Said(index.first(f, ELEX.quoteText) or "", _source(index, f)) for f in facts[ELEX.Quotation.value]]
    party, note = _current_party(contests, changes)
    won = [c for c in contests if c.result.startswith("won")]
    if roles:
        office, office_note, office_source = roles[-1].title, "", roles[-1].source
    elif won:
        office, office_note, office_source = f"elected for {won[-1].seat.text}", f"at the {won[-1].election.text}", None
    else:
        office, office_note, office_source = "", "", None
    return PersonSummary(party, note, office, office_note, office_source, contests, changes,
                         sorted(quotes, key=lambda q: q.text), roles)


def _source(index: Description, fact: str) -> Source | None:
    article = index.first(fact, PROV.wasDerivedFrom)
    if article is None:
        return None
    published = index.first(article, SCHEMA.datePublished) or ""
    return Source(index.value(NamedNode(article)), index.first(article, SCHEMA.publisher) or "", long_date(published))


def _contests(index: Description, candidacies: list[str], results: list[str], person: str) -> list[Contest]:
    """One row per election and seat: a candidacy and the result that names the person its winner, merged."""
    rows: dict[tuple[str, str], Contest] = {}
    for fact in candidacies + results:
        election, seat = index.first(fact, ELEX.election), index.first(fact, ELEX.electoralArea)
        if election is None or seat is None:
            continue
        when = (int(index.first(election, ELEX.year) or 0), index.first(election, ELEX.electionDate) or "")
        boundary_set = index.first(seat, ELEX.boundarySet)
        seat_value = Value(place_label(Place(index.label(seat), int(boundary_set) if boundary_set else None)),
                           index.site.href(seat))
        row = rows.setdefault((election, seat), Contest(index.value(NamedNode(election)), seat_value, when))
        party = index.first(fact, ELEX.party, ELEX.winningParty)
        if party and row.party is None:
            row.party = index.value(NamedNode(party))
        votes, share = index.first(fact, ELEX.votes), index.first(fact, ELEX.voteShare)
        row.votes = row.votes or (f"{int(votes):,}" if votes else "")
        row.share = row.share or (percent(share) if share else "")
        row.result = _result(index, fact, person) or row.result
        source = _source(index, fact)
        if source and source.article not in (s.article for s in row.sources):
            row.sources.append(source)
    return sorted(rows.values(), key=lambda c: (c.when, c.election.text, c.seat.text))


def _result(index: Description, fact: str, person: str) -> str:
    """'won (gain from Conservative), majority 5,509', 'second', 'lost', or '' when the articles do not say."""
    if index.first(fact, ELEX.winner) == person:
        outcome = (index.first(fact, ELEX.outcome) or "").rsplit("#", 1)[-1]
        previous = index.first(fact, ELEX.previousParty)
        how = {"Gain": f" (gain from {index.label(previous)})" if previous else " (gain)", "Hold": " (hold)"}
        majority = index.first(fact, ELEX.majority)
        derived = any(o.value == "majority" for o in index.objects(fact, ELEX.derived))
        return "won" + how.get(outcome, "") + (", " + majority_words(int(majority), derived) if majority else "")
    rank = index.first(fact, ELEX.rank)
    if rank:
        return _ORDINALS.get(int(rank), f"{rank}th")
    elected = index.first(fact, ELEX.elected)
    return {"true": "won", "false": "lost"}.get(elected or "", "")


def _change(index: Description, fact: str) -> Change:
    own = index.first(fact, ELEX.date)
    source = _source(index, fact)
    article = index.first(index.first(fact, PROV.wasDerivedFrom) or "", SCHEMA.datePublished) or ""
    kind = (index.first(fact, ELEX.changeKind) or "").rsplit("#", 1)[-1]
    old, new = index.first(fact, ELEX.fromParty), index.first(fact, ELEX.toParty)
    said = new and kind != "StoodAsIndependent"  # 'stood as an independent' names the party it went to
    return Change(own or article, long_date(own or article), not own and bool(article), _CHANGE_WORDS.get(kind, kind),
                  index.value(NamedNode(old)) if old else None, index.value(NamedNode(new)) if said else None,
                  index.sentence(fact), source)


def _current_party(contests: list[Contest], changes: list[Change]) -> tuple[Value | None, str]:
    """The party of the latest dated event, and how the articles say it: since a change, or at an election."""
    events: list[tuple[str, Value | None, str]] = []
    for c in contests:
        if c.party:
            events.append((c.when[1] or str(c.when[0]), c.party, f"at the {c.election.text}"))
    for change in changes:
        if change.when:
            after = change.to_party
            how = f"{change.words}" + (f" from {change.from_party.text}" if change.from_party else "")
            events.append((change.when, after, f"since {change.date} ({how})" if after else f"{how} on {change.date}"))
    if not events:
        return None, ""
    _, party, note = max(events, key=lambda e: e[0])
    return party, note
