"""A sentence cut into the pieces read one at a time: its clauses, and inside each the asides
that describe a person (', who held the seat since 2015,')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from elexgraph.extract.document import Document, PersonMention
from elexgraph.extract.prose_results.words import NUMBER, RELATIONAL, party_at_start
from elexgraph.text import Sentence


@dataclass
class Actor:
    """Who a clause is about: a person (resolved full name) or, failing that, a party."""

    person: str | None = None
    party: str | None = None
    at: int = 0  # offset of the mention within the sentence


@dataclass
class Unit:
    """A piece of a sentence read on its own: a clause's main part or one of its asides."""

    start: int
    end: int
    subject: Actor | None  # given for an aside: the person it describes
    aside: bool = False
    blanks: tuple[tuple[int, int], ...] = ()  # the asides cut out of a clause's main part

    def text_in(self, text: str) -> str:
        """The sentence with this unit's asides blanked out (offsets unchanged)."""
        for start, end in self.blanks:
            text = text[:start] + " " * (end - start) + text[end:]
        return text


# 'held Gedling but lost Sherwood': a 'but' before a verb of result opens a clause about another seat.
_CLAUSE_BREAK = re.compile(r",?\s+while\s+|;\s*|,\s+but\s+|,\s+as\s+|\s+[–—]\s+|\s+-\s+|,\s+with\s+|,\s+and\s+(?=[a-z])"
                           r"|\s+as\s+(?=(?:he|she|the|[A-Z]))|,\s+(?=(?:having|after|before)\b)"
                           r"|\s+but\s+(?=(?:also\s+)?(?:lost|won|held|kept|retained|gained|took|failed)\b)")
# Before these, 'as' introduces a role ('elected as Mayor', 'held on as MP'), not a new clause.
_NOT_AS = re.compile(r"\b(?:elected|re-elected|stood|standing|selected|chosen|declared|announced|named|returned|"
                     r"served|serving|such|known|described|same|well|on|stays|stayed|remains|remained|continues|"
                     r"continued)$", re.I)
_AND_CLAUSE_VERB = re.compile(r"^(?:['’]s)?(?:\s*,[^,]*,|\s+(?:for|from|of)\s+(?:the\s+)?[^,]*?(?=\s+[a-z]))?\s+"
                              r"(?:was|were|came|got|polled|received|finished|took|won|secured|trailed|is|had)\b")


def _clauses(text: str, people: list[PersonMention]) -> list[tuple[int, int]]:
    """Where the sentence's clauses start and end."""
    cuts = [0]
    for m in _CLAUSE_BREAK.finditer(text):
        if m.group(0).strip().startswith("as") and _NOT_AS.search(text[:m.start()]):
            continue
        cuts.extend([m.start(), m.end()])
    for m in re.finditer(r"\s+and\s+", text):
        following = next((p for p in people if p.mention.start >= m.end()), None)
        if following is None or not re.fullmatch(r"[\w'’ -]{0,40}", text[m.end():following.mention.start]):
            continue
        if _AND_CLAUSE_VERB.match(text[following.mention.end:]) and re.search(r"\d|\b(?:came|finished|won|was)\b",
                                                                             text[:m.start()]):
            cuts.extend([m.start(), m.end()])
    cuts.append(len(text))
    pairs = sorted(set(cuts))
    spans = []
    for i in range(0, len(pairs) - 1):
        start, end = pairs[i], pairs[i + 1]
        if re.search(r"[A-Za-z0-9]", text[start:end]) and not _is_separator(text[start:end]):
            spans.append((start, end))
    return spans


def _is_separator(piece: str) -> bool:
    return bool(re.fullmatch(r",?\s+(?:while|but|as|with|and)\s+|;\s*|\s+[–—-]\s+|,\s+", piece))


def _asides(text: str, start: int, end: int, people: list[PersonMention]) -> Iterator[Unit]:
    """A clause's asides (', who …,' ', a Conservative who …,' ', of Labour,') as units of their
    own about the person just before them, and the rest of the clause as its main unit."""
    asides: list[Unit] = []
    commas = [m.start() for m in re.finditer(r",(?!\d)", text[start:end])]
    bounds = [-1] + commas + [end - start]
    for i in range(1, len(bounds) - 1):
        chunk_start, chunk_end = bounds[i] + 1, bounds[i + 1]
        chunk = text[start + chunk_start:start + chunk_end]
        if not re.match(r"\s*(?:who|whose|which|a|an|husband|wife|leader|deputy|chairman|former|the\s+former|"
                        r"herself|himself|of|for|an?\s+MP)\b", chunk):
            continue
        owner = next((p for p in reversed(people) if p.mention.end <= start + chunk_start), None)
        if owner is None or start + bounds[i - 1] + 1 > owner.mention.start and re.search(
                r"[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}", text[owner.mention.end:start + chunk_start]):
            continue
        if re.match(r"\s*(?:of|for)\b", chunk) and not party_at_start(re.sub(r"^\s*(?:of|for)\s+(?:the\s+)?", "", chunk)):
            continue
        describes = Actor(owner.person, None, owner.mention.start)
        asides.append(Unit(start + chunk_start, start + chunk_end, describes, aside=True))
    yield from asides
    yield Unit(start, end, None, blanks=tuple((u.start, u.end) for u in asides))


def units(text: str, people: list[PersonMention]) -> Iterator[Unit]:
    """Clauses, and inside each the asides that describe a person."""
    for start, end in _clauses(text, people):
        yield from _asides(text, start, end, people)


def masked(doc: Document, sentence: Sentence) -> str:
    """The sentence with speech blanked out (same length, so offsets still hold)."""
    chars = list(sentence.text)
    for start, end in doc.quoted:
        for i in range(max(start, sentence.start), min(end, sentence.end)):
            chars[i - sentence.start] = " "
    return "".join(chars)


def takes_part(text: str, m: PersonMention, unit: Unit) -> bool:
    """A name inside an aside about someone else ('sister of … Amy Lark') is not a contestant,
    nor is a possessive that owns something other than a result ('the prime minister's party')."""
    before = text[unit.start:m.mention.start]
    chunk = before.rsplit(",", 1)[-1]
    if RELATIONAL.search(chunk) and not re.search(r"\b(?:won|held|taken|beaten|defeated)\s+by\s*$", chunk):
        return False
    after = text[m.mention.end:]
    if re.match(r"['’]s\b", after) and not re.match(
            rf"['’]s\s+(?:[A-Z]\w+\s+)?(?:{NUMBER}|majority|victory|win|seat|\d)", after):
        return False
    return True
