"""Results printed as a list, one candidate a line, in the shapes newsrooms use:

    Jane Smith (Lab) 17,267 (48.4%)        Jane Smith, Labour 24,163        Jane Smith, Labour, 24,163
    Jane Smith (Con) : 12,708               Jane Smith (Conservative) 17570 votes (54%)
    CON Jane Smith 12,345                   Jane Smith – Labour – 12,345 votes
    Jane Smith | Labour | 12,345 | 48.4%    (table rows split by pipes or tabs)

A run of two or more such lines is one contest. Its seat is the one named in the
line before the list, else the article's main seat; ranks follow the votes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Literal

from elexgraph import reference
from elexgraph.extract import register
from elexgraph.extract.document import Document
from elexgraph.facts import Candidacy, Fact, SeatResult
from elexgraph.mentions import NUMBER, seat_mentions, to_int
from elexgraph.text import Paragraph, Sentence

_SHARE = r"(?P<share>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent)"
_LINE = re.compile(
    rf"""^(?P<name>[A-Z][\w'’.\- ]*?[\w.])\s*
        (?:\((?P<party>[^()]{{1,60}})\)|,\s*(?P<party2>[A-Z][^,\d()]{{1,60}}?)|\s[–—-]\s(?P<party3>[A-Z][^–—\d()]{{1,60}}?)\s)
        \s*[:\-–—,]?\s*(?P<votes>{NUMBER})(?:\s*votes)?
        (?:\s*[,;(\-–]?\s*{_SHARE}\)?)?\s*\.?$""",
    re.X,
)
# 'CON Jane Smith 12,345': a party abbreviation in capitals opens the line.
_PARTY_FIRST = re.compile(rf"^(?P<party>[A-Z]{{2,5}})\s+(?P<name>[A-Z][\w'’.\- ]*?[\w.])\s+(?P<votes>{NUMBER})"
                          rf"(?:\s*votes)?(?:\s*[,;(\-–]?\s*{_SHARE}\)?)?\s*$")
_CELL_SPLIT = re.compile(r"\s*(?:\||\t)\s*")


@dataclass(frozen=True)
class ListLine:
    paragraph: Paragraph
    name: str
    party: str
    votes: int
    share: float | None


def parse_line(paragraph: Paragraph) -> ListLine | None:
    fields = _table_row(paragraph.text) or _printed_line(paragraph.text)
    if fields is None:
        return None
    name, party, votes, share = fields
    if reference.party_named(name) or len(name.split()) < 2:
        return None  # a party-only line ("Labour - 18,009") names no candidate
    return ListLine(paragraph, name, reference.canonical_party(party), to_int(votes), float(share) if share else None)


def _printed_line(text: str) -> tuple[str, str, str, str | None] | None:
    """(name, party, votes, share) of a line in one of the printed shapes."""
    m = _LINE.match(text)
    if m:
        party = m.group("party") or m.group("party2") or m.group("party3") or ""
        return m.group("name").strip(), party.strip(), m.group("votes"), m.group("share")
    m = _PARTY_FIRST.match(text)
    if m and reference.party_named(m.group("party")):
        return m.group("name").strip(), m.group("party"), m.group("votes"), m.group("share")
    return None


def _table_row(text: str) -> tuple[str, str, str, str | None] | None:
    """A table row 'Name | Party | Votes [| Share]' (pipes or tabs); a header row has no number."""
    if "|" not in text and "\t" not in text:
        return None
    cells = [c for c in _CELL_SPLIT.split(text.strip(" |")) if c]
    if len(cells) not in (3, 4) or not re.fullmatch(NUMBER, cells[2]):
        return None
    share = re.fullmatch(r"(\d{1,2}(?:\.\d+)?)\s*%?", cells[3]) if len(cells) == 4 else None
    if len(cells) == 4 and share is None:
        return None
    return cells[0], cells[1], cells[2], share.group(1) if share else None


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
    year = doc.boundary_year
    for paragraph in reversed(doc.paragraphs[max(0, first.index - 2):first.index]):
        found = seat_mentions(paragraph.text, year)
        if found:
            return found[0].value
    return main_seat(doc)


def main_seat(doc: Document) -> str | None:
    if doc.election.place:
        seat = reference.constituency_named(doc.election.place, doc.boundary_year, allow_short=True)
        return seat.name if seat else doc.election.place
    counts: Counter[str] = Counter()
    for i, paragraph in enumerate(doc.paragraphs):
        for m in seat_mentions(paragraph.text, doc.boundary_year):
            counts[m.value] += 3 if i < 3 else 1
    return counts.most_common(1)[0][0] if counts else None


@register("result-lists", "3")
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
        footer = declared_after(doc, lines[-1].paragraph)
        evidence = doc.evidence(sentence, *footer.spans)
        yield SeatResult(evidence, "result-lists", doc.election, seat, doc.person_named(winner.name), winner.party,
                         footer.outcome if footer.party in (None, winner.party) else None,
                         footer.previous_party, footer.majority)


_MAJORITY_LINE = re.compile(rf"^Majority\s*[:\-–—]?\s*(?P<majority>{NUMBER})\.?$", re.I)
_OUTCOME_LINE = re.compile(r"^(?P<party>[A-Z][\w'’ -]*?)\s+(?P<outcome>hold|gain)(?:\s+from\s+(?P<previous>[\w'’ -]+?))?\.?$")
_TURNOUT_LINE = re.compile(r"^(?:Turnout|Electorate|Swing)\b.{0,40}$", re.I)


@dataclass(frozen=True)
class Footer:
    """What the lines right under a list declare: 'Majority: 1,859', 'Labour hold', 'Con gain from Lab'."""

    spans: tuple[Sentence, ...] = ()
    majority: int | None = None
    party: str | None = None
    outcome: Literal["gain", "hold"] | None = None
    previous_party: str | None = None


def declared_after(doc: Document, last: Paragraph) -> Footer:
    """The majority and outcome lines that follow a list, up to the first line that is neither."""
    footer = Footer()
    for paragraph in doc.paragraphs[last.index + 1:last.index + 4]:
        span = Sentence(paragraph.text, paragraph.start, paragraph.end, paragraph.index)
        majority = _MAJORITY_LINE.match(paragraph.text)
        outcome = _OUTCOME_LINE.match(paragraph.text)
        if majority:
            footer = replace(footer, spans=(*footer.spans, span), majority=to_int(majority.group("majority")))
        elif outcome and reference.party_named(outcome.group("party")):
            kind = outcome.group("outcome").lower()
            party = reference.canonical_party(outcome.group("party"))
            previous = outcome.group("previous")
            footer = replace(footer, spans=(*footer.spans, span), party=party, outcome=kind,
                             previous_party=reference.canonical_party(previous) if previous else None)
        elif not _TURNOUT_LINE.match(paragraph.text):
            break
    return footer


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
