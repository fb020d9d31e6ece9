"""Candidacies and results from the results lists the annotation found (``annotate.blocks``).

Each list is one contest, placed by its heading (a seat, a mayoralty, 'Corby by-election result'),
else the article's own contest. A complete list names the winner (the most votes) and the ranks (by
votes, whatever order it is printed in); a list inside a sentence may leave candidates out, so it
gives votes and parties only. The lines under a list give its majority and outcome
('Lab majority 1,654', 'Con gain from Lab'); a majority it does not print is worked out from the
top two and marked as derived.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from elexgraph import reference
from elexgraph.annotate.blocks import ResultBlock, ResultLine
from elexgraph.annotate.document import Document
from elexgraph.annotate.elections import kind_named
from elexgraph.annotate.lexicon import titles
from elexgraph.extract import register
from elexgraph.extract.places import area_named, election_of, main_area, with_area
from elexgraph.facts import Candidacy, Election, Evidence, Fact, SeatResult

NAME = "result-lists"


def person_of(doc: Document, printed: str) -> str:
    """The full name a printed candidate name stands for in the article."""
    words = printed.split()
    if words and words[0].rstrip(".") in titles() and len(words) > 1:
        words = words[1:]
    bare = " ".join(words)
    return doc.person_named(printed) or doc.person_named(bare) or bare


def contest_of(doc: Document, block: ResultBlock) -> tuple[Election, str] | None:
    """The election and area a list reports: from its heading, else the article's contest."""
    heading = " ".join(p.text for p in block.heading)
    main = doc.election.main
    kind = kind_named(heading, ("by-election", "pcc", "mayoral")) or (main.kind if main else None)
    election = election_of(doc, kind, None)
    for paragraph in reversed(block.heading):
        areas = {area for s in doc.sentences_of(paragraph.index) for m in s.places
                 if (area := area_named(m.place, election))}
        if len(areas) == 1:  # a line naming several areas places none of them
            area = areas.pop()
            return with_area(election, area), area
    area = main_area(doc, election)
    return (election, area) if area else None


def _line_evidence(doc: Document, line: ResultLine) -> Evidence:
    return Evidence(doc.text[line.start:line.end], line.start, line.end)


def facts_of_block(doc: Document, block: ResultBlock) -> Iterator[Fact]:
    placed = contest_of(doc, block)
    if placed is None:
        return
    election, area = placed
    if not block.lines:
        return  # a list of parties only names no candidate
    ranked = sorted(block.lines, key=lambda line: -line.votes) if block.complete else []
    ranks = _ranks(ranked)
    for line in block.lines:
        rank = ranks.get(id(line))
        yield Candidacy(_line_evidence(doc, line), NAME, election, area, person_of(doc, line.name or ""),
                        reference.canonical_party(line.party) if line.party else None, line.votes, line.share, rank)
    if not ranked or len(ranked) > 1 and ranked[0].votes == ranked[1].votes:
        return
    winner, runner_up = ranked[0], ranked[1] if len(ranked) > 1 else None
    party = reference.canonical_party(winner.party) if winner.party else None
    majority = block.majority
    derived: tuple[str, ...] = ()
    if majority is None and runner_up:
        majority, derived = winner.votes - runner_up.votes, ("majority",)
    outcome = block.outcome if block.outcome_party in (None, party) else None
    previous = block.previous_party if block.outcome_party in (None, party) else None
    evidence = _line_evidence(doc, winner)
    if block.footer:
        last = block.footer[-1]
        evidence = Evidence(doc.text[winner.start:last.end], winner.start, last.end) if last.start - winner.end < 400 \
            else evidence
    yield SeatResult(evidence, NAME, election, area, person_of(doc, winner.name or ""), party, outcome,
                     previous or (party if outcome == "hold" else None), majority, derived=derived)


def _ranks(ranked: list[ResultLine]) -> dict[int, int]:
    """Each line's place in the count (by id), but for lines tied on votes: their order is not told."""
    tied = Counter(line.votes for line in ranked)
    return {id(line): place for place, line in enumerate(ranked, 1) if tied[line.votes] == 1}


@register(NAME, "4")
def extract(doc: Document) -> Iterator[Fact]:
    """Candidacies and results from results printed as lists, in any shape."""
    for block in doc.blocks:
        yield from facts_of_block(doc, block)
