"""Direct quotes: who said which words, one fact per opening quotation mark.

The speaker comes from the attribution around the marks:

    "…," he said.            "…," Ms Smith told the BBC.        "…", according to Jane Smith.
    Jane Smith said: "…"     She replied: "…"                    Mr Smith said it had been "a disgrace".
    Jane Smith, who won the seat, said: "…"                      …, saying: "…"

Pronouns go to the person the sentences before are about; 'the Leicester MP said' to the last person
the story was about. A paragraph that opens with a quotation and names no speaker goes on with the
last speaker (a speech over several paragraphs). Quotes without a speaker (scare quotes), quotes
from an unnamed spokesman and quotes in headlines are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from elexgraph.extract import register
from elexgraph.extract.document import Document
from elexgraph.facts import Evidence, Fact, Quote
from elexgraph.mentions import pronoun_gender
from elexgraph.quotemarks import Quotation, quotations
from elexgraph.text import Paragraph, Sentence

_SPEECH_VERB = (r"(?:said|says|say|saying|added|adds|adding|told|tells|telling|wrote|writes|writing|tweeted|tweeting|"
                r"posted|replied|replies|replying|responded|responding|explained|explaining|continued|insisted|"
                r"insisting|claimed|claiming|argued|arguing|warned|warning|declared|stated|admitted|admitting|"
                r"announced|described|describing|describes|called|calling|calls|branded|branding|labelled|vowed|"
                r"vowing|promised|promising|pledged|pledging|urged|commented|remarked|predicted|suggested|"
                r"compared|comparing|hailed|hailing|praised|accused|criticised|dismissed|conceded|acknowledged|"
                r"noted|joked|revealed|confirmed|stressed|believes|believed|thinks|thought|felt|feels)")
_VERB = re.compile(rf"\b{_SPEECH_VERB}\b")
# Between a speaker and the verb: auxiliaries and adverbs, or an apposition set off by commas.
_TO_VERB = re.compile(rf"^(?:\s*,[^,]*,)?\s*(?:(?:has|had|have|also|then|later|previously|just|had\s+previously),?\s+)*"
                      rf"{_SPEECH_VERB}\b")
_AFTER_VERB_FIRST = re.compile(rf"^[\s,–—-]*(?:{_SPEECH_VERB}|according\s+to)\s+")
_DESCRIPTION = re.compile(rf"^[\s,–—-]*(the|a|an)\s+[^,.;:!?\"“”]{{1,60}}?\s+(?:has\s+|had\s+)?{_SPEECH_VERB}\b", re.I)
# An office or role that, in 'the … MP said', stands for a person the story has named.
_ROLE_WORD = re.compile(r"\b(?:MP|MEP|candidate|councillor|leader|minister|mayor|chairman|chairwoman|chair|secretary|"
                        r"member|politician|winner|incumbent|chancellor|president)\b", re.I)
_CONTINUE_WITHIN = 4  # paragraphs: how far back a speech can go on from


@dataclass(frozen=True)
class _Speaker:
    """Who the attribution names: a person, or nobody that can be named (a spokesman)."""

    name: str | None


_UNNAMED = _Speaker(None)


def is_headline(doc: Document, paragraph: Paragraph) -> bool:
    """The title, a live-page entry heading ('…published at 10:50') or a crosshead without a full stop."""
    text = paragraph.text
    if paragraph.index == 0 or re.search(r"published at \d", text):
        return True
    bare = text.rstrip("\"“”‘’' ")
    return not re.search(r"[.!?:;…]$", bare) and len(text.split()) <= 15


def speaker_after(doc: Document, paragraph: Paragraph, quote: Quotation) -> _Speaker | None:
    """'"…," he said', '"…," Ms Smith told the BBC', '"…," said Jane Smith', '"…", according to Jane Smith'."""
    if not quote.closed:
        return None
    at = paragraph.start + quote.end
    tail = paragraph.text[quote.end:]
    end = re.search(r"[.!?]|[\"“]", tail)
    tail = tail[:end.start()] if end else tail
    sentence = doc.sentence_at(at) or doc.sentence_at(at + 1)
    if sentence is None:
        return None
    mentions = [m for m in doc.mentions_in(sentence) if at <= m.start < at + len(tail)]
    first_verb = _AFTER_VERB_FIRST.match(tail)
    if first_verb:  # '"…," said Labour leader Jane Smith': a title may stand between verb and name
        named = [m for m in mentions if re.fullmatch(r"(?:[\w'’-]+\s+){0,5}", tail[first_verb.end():m.start - at])]
        return _Speaker(named[0].person) if named else None
    lead = re.match(r"^[\s,–—-]*", tail).end()
    for m in mentions:
        if m.start - at == lead and _TO_VERB.match(tail[lead + len(m.mention.text):]):
            return _Speaker(m.person)
    pronoun = re.match(rf"^[\s,–—-]*(he|she)\s+(?:has\s+|had\s+|also\s+|then\s+)*{_SPEECH_VERB}\b", tail, re.I)
    if pronoun:
        return _Speaker(doc.resolve_pronoun(sentence, at, pronoun_gender(pronoun.group(1))))
    described = _DESCRIPTION.match(tail)
    if described:
        if described.group(1).lower() != "the" or not _ROLE_WORD.search(described.group(0)):
            return _UNNAMED
        return _Speaker(_headed_by(doc, paragraph) or _last_subject(doc, sentence))
    return None


def speaker_before(doc: Document, paragraph: Paragraph, quote: Quotation) -> _Speaker | None:
    """'Jane Smith said: "…"', 'Mr Smith, who held the seat, said it had been "…"', '…, saying: "…"'."""
    at = paragraph.start + quote.start
    sentence = doc.sentence_at(at)
    if sentence is None:
        return None
    head = doc.text[sentence.start:at]
    verbs = [m for m in _VERB.finditer(head) if not doc.in_quotation(sentence.start + m.start())]
    if not verbs:
        return None
    verb_at = sentence.start + verbs[-1].start()
    for m in doc.mentions_in(sentence):
        if m.start < verb_at and not doc.in_quotation(m.start) and _TO_VERB.match(
                doc.text[m.start + len(m.mention.text):verb_at + len(verbs[-1].group(0))]):
            return _Speaker(m.person)
    subject = doc.subject_at(sentence, verb_at)
    if subject is None:
        described = re.match(r"\W*the\s", head, re.I) and _ROLE_WORD.search(doc.text[sentence.start:verb_at])
        return _Speaker(_headed_by(doc, paragraph)) if described else None
    name, pronoun = subject
    if name is not None:
        return _Speaker(name)
    return _Speaker(doc.resolve_pronoun(sentence, sentence.start + _pronoun_offset(head, pronoun),
                                        pronoun_gender(pronoun)))


def _attributed_to_pronoun(doc: Document, paragraph: Paragraph, quote: Quotation) -> str | None:
    """'he' or 'she' when the attribution is a bare pronoun: '"…," he added' or 'She added: "…"'."""
    tail = paragraph.text[quote.end:] if quote.closed else ""
    after = re.match(rf"^[\s,–—-]*(he|she)\s+(?:also\s+|then\s+|later\s+)?{_SPEECH_VERB}\b", tail, re.I)
    if after:
        return after.group(1).lower()
    sentence = doc.sentence_at(paragraph.start + quote.start)
    head = doc.text[sentence.start:paragraph.start + quote.start] if sentence else ""
    before = re.match(rf"^\W*(he|she)\s+(?:also\s+|then\s+|later\s+)?{_SPEECH_VERB}\b[^\"“‘]*$", head, re.I)
    return before.group(1).lower() if before else None


def _same_speaker_again(doc: Document, paragraph: Paragraph, quote: Quotation,
                        last: tuple[str | None, int]) -> _Speaker | None:
    """'"…," Mr Roe said. "…," he added': a pronoun right after a quote goes to that quote's speaker."""
    speaker, spoke_in = last
    pronoun = _attributed_to_pronoun(doc, paragraph, quote)
    if speaker is None or pronoun is None or paragraph.index - spoke_in > 1:
        return None
    return _Speaker(speaker) if doc.gender_of(speaker) in (None, pronoun_gender(pronoun)) else None


def _pronoun_offset(head: str, pronoun: str) -> int:
    found = re.search(rf"\b{pronoun}\b", head)
    return found.start() if found else 0


def _last_subject(doc: Document, sentence: Sentence) -> str | None:
    """The person the story was about just before this sentence."""
    index = doc.sentences.index(sentence)
    for earlier in reversed(doc.sentences[max(0, index - 8):index]):
        person = doc.subject_of(earlier)
        if person:
            return person
    return None


def _headed_by(doc: Document, paragraph: Paragraph) -> str | None:
    """The person a live-page entry heading names ('Smith: Tories brought trouble on themselves')."""
    for earlier in reversed(doc.paragraphs[max(0, paragraph.index - 4):paragraph.index]):
        heading = re.match(r"([A-Z][\w'’-]+):\s", earlier.text)
        if heading and is_headline(doc, earlier):
            return next((name for name in doc.people() if name.split()[-1] == heading.group(1)), None)
    return None


def _evidence(doc: Document, paragraph: Paragraph, quote: Quotation) -> Evidence:
    """The sentences the quotation and its attribution stand in."""
    first = doc.sentence_at(paragraph.start + quote.start)
    last = doc.sentence_at(paragraph.start + quote.end) or first
    start = first.start if first else paragraph.start + quote.start
    end = max(last.end if last else paragraph.start + quote.end, paragraph.start + quote.end)
    return Evidence(doc.text[start:end], start, end)


@register("quotes", "2")
def extract(doc: Document) -> Iterator[Fact]:
    """Direct quotes and their speakers."""
    last: tuple[str | None, int] = (None, -99)  # the last speaker and the paragraph they spoke in
    for paragraph in doc.paragraphs:
        if is_headline(doc, paragraph):
            continue
        spoken_here = False
        for quote in quotations(paragraph.text):
            speaker = _same_speaker_again(doc, paragraph, quote, last) or speaker_after(doc, paragraph, quote) \
                or speaker_before(doc, paragraph, quote)
            if speaker is None:
                goes_on = (spoken_here or not paragraph.text[:quote.start].strip()) and \
                    paragraph.index - last[1] <= _CONTINUE_WITHIN
                if not goes_on:
                    continue
                speaker = _Speaker(last[0])
            last = (speaker.name, paragraph.index)
            spoken_here = True
            if speaker.name:
                yield Quote(_evidence(doc, paragraph, quote), "quotes", speaker.name, quote.text)
