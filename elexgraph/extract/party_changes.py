"""Party changes: defections, expulsions, suspensions, resignations, standing as an independent.

    She later defected to the Greens.                   Ex-Tory Jane Smith joins the Heritage party
    Jane Smith crossed the floor to Labour.             She left the Labour Party and joined the Greens.
    …but was expelled by the party.                     Jane Smith was kicked out of the party.
    Jane Smith had the whip removed.                    She now sits as an independent.
    Councillors A, B and C have all resigned from the party.

The party left ('the party', or nothing said) is the person's party stated earlier in the article:
'Conservative Jane Smith', 'Ex-Tory Jane Smith', 'was elected as a Conservative', 'won for the Tories'.
Resigning a seat is not a party change. When an article says a group left one party for another
('three councillors have left the Lib Dems and joined the Greens'), the people it names as having
resigned from the party made that move.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from elexgraph.extract import register
from elexgraph.extract.document import Document
from elexgraph.extract.merge import merge_facts
from elexgraph.facts import ChangeKind, Fact, PartyChange
from elexgraph.mentions import Mention, party_mentions
from elexgraph.text import Sentence

_THE = r"(?:the\s+|(?:[A-Z][\w'’-]*\s+)*[A-Z][\w-]*['’]s\s+)?"  # 'the Greens', "Jane Smith's Reclaim party"
# (pattern, kind): the named group `to` or `from` marks where a party name must stand.
_CHANGES: list[tuple[re.Pattern[str], ChangeKind]] = [(re.compile(p, re.I), k) for p, k in [
    (rf"\b(?:defected|defects|defecting|defect|switched|switches|switching|switch|"
     rf"crossed\s+the\s+floor(?:\s+of\s+the\s+(?:House\s+of\s+Commons|House|Commons|chamber))?|"
     rf"moved|moving)\s+(?:from\s+{_THE}(?P<from>\S.*?)\s+)?(?:to\s+join|and\s+joined|to)\s+{_THE}(?P<to>\S)",
     "defection"),
    (rf"\b(?:left|quit|quitting|leaving|leaves)\s+{_THE}(?P<from>\S.*?)\s+(?:party\s+)?(?:and|to)\s+"
     rf"(?:has\s+|have\s+)?(?:joined|join|become\s+members?\s+of|became\s+(?:a\s+)?members?\s+of)\s+{_THE}(?P<to>\S)",
     "defection"),
    (rf"\b(?:has\s+|have\s+|had\s+)?(?:joined|joins|joining|become\s+members?\s+of|became\s+(?:a\s+)?members?\s+of)"
     rf"\s+{_THE}(?P<to>\S)", "defection"),
    (r"\b(?:expelled|kicked\s+out|thrown\s+out|expulsion|removed)\s+(?:from|by|of)\s+(?:the\s+)?(?P<from>\S)",
     "expulsion"),
    (r"\b(?:had|has|have|lost|losing)\s+(?:the\s+|his\s+|her\s+)?(?:\w+\s+)?whip\s+(?:removed|withdrawn|suspended)?",
     "suspension"),
    (r"\b(?:was|were|been|being|is|has\s+been)\s+(?:\w+ly\s+|later\s+|then\s+)?suspended\b(?:\s+(?:from|by)\s+(?:the\s+)?(?P<from>\S))?",
     "suspension"),
    (r"\b(?:resigned|resigns|resigning|resignation)\s+(?:from|as\s+a\s+member\s+of)\s+(?:the\s+)?(?P<from>\S)",
     "resignation"),
    (r"\b(?:stood|stands|standing|stand|ran|running|run|sit|sits|sitting|sat|now\s+sits)\b[^.,;:]{0,30}?\bas\s+an\s+"
     r"independent\b", "stood_as_independent"),
]]
# What ties a person to a party just before it: 'elected as a Conservative', 'won for the Tories'.
_AFFILIATED_BY = re.compile(r"\b(?:elected|won|stood|standing|sat|sits|served|selected|re-elected)\s+(?:as|for)\s+"
                            r"(?:an?\s+|the\s+)?$|\b(?:expulsion|expelled|suspended|suspension|resigned|resignation|"
                            r"kicked\s+out|left|quit|member)\s+(?:from|of|by)?\s*(?:the\s+)?$", re.I)
_ORDER: dict[str, int] = {"expulsion": 0, "suspension": 1, "resignation": 2, "stood_as_independent": 3, "defection": 4}


@dataclass(frozen=True)
class _GroupMove:
    """A move stated for people the sentence does not name ('three councillors have left X for Y')."""

    from_party: str | None
    to_party: str


def _party_at(offset: int, parties: list[Mention]) -> str | None:
    """The party named at `offset` of the sentence ('Lib Dems', or 'Greens' in 'the Greens'), if one starts there."""
    for m in parties:
        if offset in (m.start, m.start + 4 * m.text.lower().startswith("the ")):
            return m.value
    return None


def party_of(doc: Document, person: str, before: int) -> str | None:
    """The party the article gives a person before `before`: the last one stated."""
    found: str | None = None
    for sentence in doc.sentences:
        if sentence.start >= before:
            break
        parties = [p for p in party_mentions(sentence.text) if sentence.start + p.end <= before]
        mentions = doc.mentions_in(sentence)
        subject = doc.subject_of(sentence)
        for party in parties:
            before_text = sentence.text[:party.start]
            named = next((m for m in mentions if m.person == person and re.fullmatch(
                r"(?:['’]s)?\s+(?:(?:MP|MEP|councillor|candidate|peer|leader|council|county|borough|district|"
                r"group|deputy)\s+){0,3}",
                sentence.text[party.end:m.start - sentence.start])), None)
            tied = subject == person and _AFFILIATED_BY.search(before_text)
            listed = any(m.person == person and re.fullmatch(r"\s*(?:\(|,\s+of\s+|,\s+(?:an?\s+)?)", sentence.text[
                m.start - sentence.start + len(m.mention.text):party.start]) for m in mentions)
            if named or tied or listed:
                found = party.value
    return found


def _group_moves(doc: Document) -> list[tuple[int, _GroupMove]]:
    """Moves stated of people not named ('Three more councillors have left the X and joined the Y')."""
    moves = []
    for sentence in doc.sentences:
        if doc.mentions_in(sentence):
            continue
        parties = party_mentions(sentence.text)
        for pattern, _ in _CHANGES[:2]:
            m = pattern.search(sentence.text)
            if m and m.group("to"):
                to_party = _party_at(m.start("to"), parties)
                from_party = _party_at(m.start("from"), parties) if m.group("from") else None
                if to_party:
                    moves.append((sentence.start, _GroupMove(from_party, to_party)))
    return moves


def _changes_in(doc: Document, sentence: Sentence, moves: list[tuple[int, _GroupMove]]) -> Iterator[PartyChange]:
    parties = party_mentions(sentence.text)
    for pattern, kind in _CHANGES:
        for m in pattern.finditer(sentence.text):
            verb_at = sentence.start + m.start()
            if doc.in_quotation(verb_at):
                continue
            to_party = _party_at(m.start("to"), parties) if "to" in m.groupdict() else None
            if kind == "stood_as_independent":
                to_party = "Independent"
            if "to" in m.groupdict() and to_party is None:
                continue  # 'joined the campaign', 'switched to postal votes': no party named
            stated_from = None
            if m.groupdict().get("from"):
                stated_from = _party_at(m.start("from"), parties)
                if stated_from is None and not re.match(r"party\b", sentence.text[m.start("from"):], re.I):
                    continue  # 'expelled from the chamber': not a party
            for person in doc.doers(sentence, verb_at):
                from_party = stated_from or party_of(doc, person, verb_at)
                change_kind: ChangeKind = kind
                moved_to = to_party
                if kind == "resignation":
                    move = next((mv for at, mv in reversed(moves)
                                 if at < verb_at and (None in (mv.from_party, from_party) or mv.from_party == from_party)), None)
                    if move:
                        change_kind, moved_to, from_party = "defection", move.to_party, from_party or move.from_party
                if moved_to is not None and moved_to == from_party:
                    continue
                if change_kind == "defection" and from_party is None and not re.match(
                        r"(?:defect|switch|cross|move|left|quit|leav)", m.group(0).strip(), re.I):
                    continue  # 'joined Labour in 1990' is joining, not changing party
                yield PartyChange(doc.evidence(sentence), "party-changes", person, change_kind, from_party, moved_to)


@register("party-changes", "2")
def extract(doc: Document) -> Iterator[Fact]:
    """Party changes of named people, with the party left and the party joined."""
    moves = _group_moves(doc)
    found = merge_facts([change for sentence in doc.sentences for change in _changes_in(doc, sentence, moves)])
    yield from sorted(found, key=lambda c: _ORDER[c.kind])  # an expulsion before the move that follows it
