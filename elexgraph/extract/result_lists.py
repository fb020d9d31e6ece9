"""Results printed as a list, one candidate a line, in the shapes newsrooms use:

    Jane Smith (Lab) 17,267 (48.4%)        Jane Smith, Labour 24,163
    Jane Smith (Con) : 12,708               Jane Smith (Conservative) 17570 votes (54%)

A run of two or more such lines is one contest. Its seat is the one named in the
line before the list, else the article's main seat; ranks follow the votes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from elexgraph import reference
from elexgraph.extract import register
from elexgraph.extract.document import Document
from elexgraph.facts import Candidacy, Fact, SeatResult
from elexgraph.mentions import NUMBER, seat_mentions, to_int
from elexgraph.text import Paragraph, Sentence

_SHARE = r"(?P<share>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent)"
_LINE = re.compile(
    rf"""^(?P<name>[A-Z][\w'’.\- ]*?[\w.])\s*
        (?:\((?P<party>[^()]{{1,60}})\)|,\s*(?P<party2>[A-Z][^,\d()]{{1,60}}?))
        \s*[:\-–—]?\s*(?P<votes>{NUMBER})(?:\s*votes)?
        (?:\s*[,;(\-–]?\s*{_SHARE}\)?)?\s*\.?$""",
    re.X,
)


@dataclass(frozen=True)
class ListLine:
    paragraph: Paragraph
    name: str
    party: str
    votes: int
    share: float | None


def parse_line(paragraph: Paragraph) -> ListLine | None:
    m = _LINE.match(paragraph.text)
    if not m:
        return None
    name = m.group("name").strip()
    party = (m.group("party") or m.group("party2") or "").strip()
    if reference.party_named(name) or len(name.split()) < 2:
        return None  # a party-only line ("Labour - 18,009") names no candidate
    share = float(m.group("share")) if m.group("share") else None
    return ListLine(paragraph, name, reference.canonical_party(party), to_int(m.group("votes")), share)


def result_lists(doc: Document) -> Iterator[list[ListLine]]:
    """Runs of consecutive list lines (two or more)."""
    run: list[ListLine] = []
    for paragraph in doc.paragraphs:
        line = parse_line(paragraph)
        if line:
            run.append(line)
            continue
        if len(run) >= 2:
            yield run
        run = []
    if len(run) >= 2:
        yield run


def seat_of_list(doc: Document, first: Paragraph) -> str | None:
    """The seat named just before the list, else the seat the article is mostly about."""
    year = doc.election.year
    for paragraph in reversed(doc.paragraphs[max(0, first.index - 2):first.index]):
        found = seat_mentions(paragraph.text, year)
        if found:
            return found[0].value
    return main_seat(doc)


def main_seat(doc: Document) -> str | None:
    if doc.election.place:
        seat = reference.constituency_named(doc.election.place, doc.election.year, allow_short=True)
        return seat.name if seat else doc.election.place
    counts: Counter[str] = Counter()
    for i, paragraph in enumerate(doc.paragraphs):
        for m in seat_mentions(paragraph.text, doc.election.year):
            counts[m.value] += 3 if i < 3 else 1
    return counts.most_common(1)[0][0] if counts else None


@register("result-lists", "2")
def extract(doc: Document) -> Iterator[Fact]:
    """Candidacies and winners from results printed one candidate per line."""
    for lines in result_lists(doc):
        seat = seat_of_list(doc, lines[0].paragraph)
        if seat is None:
            continue
        ranked = sorted(lines, key=lambda line: -line.votes)
        for line in lines:
            sentence = Sentence(line.paragraph.text, line.paragraph.start, line.paragraph.end, line.paragraph.index)
            yield Candidacy(doc.evidence(sentence), "result-lists", doc.election, seat, doc.person_named(line.name),
                            line.party, line.votes, line.share, ranked.index(line) + 1)
        winner = ranked[0]
        sentence = Sentence(winner.paragraph.text, winner.paragraph.start, winner.paragraph.end, winner.paragraph.index)
        yield SeatResult(doc.evidence(sentence), "result-lists", doc.election, seat,
                         doc.person_named(winner.name), winner.party)


_PARTY_LINE = re.compile(rf"^(?P<party>[A-Z][\w'’&. -]*?)\s*[:\-–—]\s*(?P<votes>{NUMBER})(?:\s*votes)?\s*$")


def party_lines(doc: Document) -> list[tuple[str, int]]:
    """Results printed for parties only ('Conservative - 14,189'): a run of two or more such lines.
    They name no candidate, so they are no candidacies; prose may tie a vote count to a named one."""
    found: list[tuple[str, int]] = []
    run: list[tuple[str, int]] = []
    for paragraph in [*doc.paragraphs, None]:
        m = _PARTY_LINE.match(paragraph.text) if paragraph else None
        party = reference.party_named(m.group("party")) if m else None
        if party:
            run.append((party.name, to_int(m.group("votes"))))
            continue
        if len(run) >= 2:
            found.extend(run)
        run = []
    return found
