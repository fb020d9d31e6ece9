"""Direct quotes: who said which words, one fact per opening quotation mark.

The speaker comes from the attribution around the marks:

    "…," he said.            "…," Ms Smith told the BBC.        "…", according to Jane Smith.
    Jane Smith said: "…"     She added: "…"                      Mr Smith said it had been "a disgrace".
    Jane Smith, who won the seat, said: "…"                      …, describing him as "…"

'He' and 'she' stand for the person the sentences before are about, and right after a quote for its
speaker. A paragraph that opens with a quotation and names no one goes on with the last speaker (a
speech over several paragraphs). Quotes with no speaker (scare quotes), quotes from an unnamed
spokesman and quotes in headlines are left out. The evidence is the sentences the quotation stands in.
"""

from __future__ import annotations

from collections.abc import Iterator

from elexgraph.annotate.discourse import Discourse
from elexgraph.annotate.document import Document, Sentence
from elexgraph.annotate.lexicon import words
from elexgraph.annotate.patterns import Item
from elexgraph.extract.registry import register
from elexgraph.facts import Evidence, Fact, Quote

NAME = "quotes"
CONTINUE_WITHIN = 4  # paragraphs: how far back a speech can go on from
UNNAMED = "(unnamed)"  # a speaker the story does not name: a spokesman, a source


def _speech_at(items: list[Item], i: int) -> bool:
    return 0 <= i < len(items) and (items[i].lower in words("speech") or
                                    f"{items[i].lower} {items[i + 1].lower if i + 1 < len(items) else ''}" in words("speech"))


def _signed(items: list[Item], q: int, at: int) -> bool:
    """The name at `at` follows a dash after the quotation and ends the sentence: it signs the words."""
    return at > q + 1 and items[at - 1].text in "–—-" and all(it.text in ".!" for it in items[at + 1:])


def _named_right_after(items: list[Item], verb: int, q: int) -> str | None:
    """The person named right after a verb of speech, before the quotation and set off by a comma: the verb
    is inverted ('said Jane Roe,') or is 'according to'. Not where someone is named before the verb: 'Jane Roe
    told Tom Smith, "…"' is hers."""
    if any(getattr(it.ref, "kind", "") in ("person", "pronoun") for it in items[:verb]):
        return None
    at = verb + (2 if items[verb].lower == "according" else 1)
    while at < q and items[at].lower in words("title_words"):
        at += 1
    ref = items[at].ref if at < q else None
    if getattr(ref, "kind", "") != "person" or at + 1 >= q or items[at + 1].text != ",":
        return None
    return ref.person


class QuoteReader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.discourse = Discourse(doc, in_reach=True)  # a quote given to the wrong speaker is a false fact
        self.spoken: set[str] = set()  # who has been quoted so far

    def speaker_after(self, sentence: Sentence, q: int) -> str | None:
        """'"…," he said', '"…," said Labour leader Jane Smith', '"…," Ms Smith told the BBC'."""
        items = sentence.items
        i = q + 1
        while i < len(items) and items[i].text in (",", "–", "—", "-"):
            i += 1
        if i >= len(items):
            return None
        if _speech_at(items, i):  # '"…," said Jane Smith': a title may stand between verb and name
            return self._named_after_verb(sentence, q, i)
        ref = items[i].ref
        kind = getattr(ref, "kind", "")
        if kind == "person" and _signed(items, q, i):
            return ref.person  # '"…" – Jane Roe.': the name signs the words
        if kind in ("person", "pronoun"):
            j = i + 1
            while j < len(items) and items[j].lower in words("before_verb"):
                j += 1
            if _speech_at(items, j):
                return ref.person if kind == "person" else self._pronoun(sentence, ref, q)
        if items[i].lower in ("the", "a", "an"):
            verb = next((j for j in range(i + 1, min(len(items), i + 8)) if _speech_at(items, j)), None)
            if verb is not None:
                return self._described(items, i, verb)
        return None

    def _named_after_verb(self, sentence: Sentence, q: int, verb: int) -> str | None:
        """'"…," said Labour leader Jane Smith', '"…," said the new mayor': the one named or described after the verb."""
        items = sentence.items
        for j in range(verb + 1, min(len(items), verb + 7)):
            ref = items[j].ref
            kind = getattr(ref, "kind", "")
            if kind == "person":
                return ref.person
            if kind == "pronoun":
                return self._pronoun(sentence, ref, q)
            if items[j].tags == ("QUOTE",) or items[j].text in ".,;":
                break
        return self._described(items, verb + 1)

    def _described(self, items: list[Item], start: int, end: int | None = None) -> str | None:
        """'the new mayor said': the one the story gives that office; 'a Labour spokesperson said': no one it names."""
        span = [it.lower for it in items[start:end if end is not None else min(len(items), start + 6)]]
        if any(w in words("unnamed_speakers") for w in span):
            return UNNAMED
        at = next((i for i, w in enumerate(span) if w in words("offices")), None)
        if at is None:
            return None
        modifiers = frozenset(w for w in span[:at] if w not in ("the", "a", "an", ","))
        return self.discourse.holder_of(span[at], modifiers)

    def _agent(self, items: list[Item], q: int) -> str | None:
        """The speaker of a passive attribution: the one named after 'by' (no one, if only described)."""
        by = next((j for j in range(q + 1, min(len(items), q + 4)) if items[j].lower == "by"), None)
        if by is None:
            return None
        ref = items[by + 1].ref if by + 1 < len(items) else None
        return ref.person if getattr(ref, "kind", "") == "person" else UNNAMED

    def _pronoun(self, sentence: Sentence, pronoun: object, q: int) -> str | None:
        if pronoun.text.lower() not in ("he", "she"):
            return None
        return self.discourse.resolve_pronoun(sentence, pronoun.start, pronoun.gender)

    def speaker_before(self, sentence: Sentence, q: int) -> str | None:
        """'Jane Smith said: "…"', 'Mr Smith, who held the seat, said it was "…"', '…, describing him as "…"'."""
        items = sentence.items
        verbs = [j for j in range(q) if _speech_at(items, j)]
        if not verbs:
            # 'Jane Smith was generous to her rivals: "…"': a colon hands the words to the sentence's subject.
            return self.discourse.subject_of(sentence) if q and items[q - 1].text == ":" else None
        verb = verbs[-1]
        named_after = _named_right_after(items, verb, q)
        if named_after:
            return named_after  # 'According to Jane Roe, it was "…"', 'It was, said Ms Roe, "…"'
        if verb and items[verb - 1].lower in ("been", "being", "was", "were", "is", "be"):
            return self._agent(items, q)  # 'has been branded "…" by a council leader'
        described = self._described(items, max(0, verb - 3), verb) if items[verb - 1].tags == ("W",) else None
        if described == UNNAMED:
            return UNNAMED  # 'a spokesman said it was "…"'
        tokens_before = sum(1 for t in sentence.tokens if t.start < items[verb].start)
        people = self.discourse.doers(sentence, tokens_before)
        if people or described:
            return people[0] if people else described  # 'the new mayor said: "…"'
        # 'Mr Roe said he would not, vowing not to "…"': the one last named before the verb, when no one is its subject
        named = [m for m in sentence.people if m.start < items[verb].start]
        return named[-1].person if named else None

    def read(self) -> Iterator[Quote]:
        last: tuple[str | None, int] = (None, -99)  # the last speaker and the paragraph they spoke in
        for sentence in self.doc.sentences:
            if self.doc.is_headline(sentence.paragraph):
                continue
            for q, item in enumerate(sentence.items):
                if item.tags != ("QUOTE",):
                    continue
                quotation = next(((s, e, qt) for s, e, qt in self.doc.quotes if s == item.start), None)
                if quotation is None or quotation[0] < sentence.start:
                    continue  # read in the sentence where it opens
                start, end, quote = quotation
                closing, cq = self._where_it_closes(sentence, q, end)
                speaker = self._added(sentence, q, last) or self.speaker_after(closing, cq) or self.speaker_before(sentence, q)
                if speaker is None and self._goes_on(sentence, q, start, last):
                    speaker = last[0]
                if speaker is None:
                    speaker = self._reported_before(sentence, start)
                if speaker is None:
                    continue
                last = (speaker, sentence.paragraph)
                self.spoken.add(speaker)
                if speaker != UNNAMED:
                    yield Quote(self._evidence(start, end), NAME, speaker, quote.text)

    def _where_it_closes(self, sentence: Sentence, q: int, end: int) -> tuple[Sentence, int]:
        """The sentence a quotation closes in, and its item there: the attribution follows the closing mark."""
        closing = self.doc.sentence_at(max(sentence.start, end - 1)) or sentence
        if closing is sentence:
            return sentence, q
        at = next((i for i, it in enumerate(closing.items) if it.tags == ("QUOTE",)), None)
        return (closing, at) if at is not None else (sentence, q)

    def _added(self, sentence: Sentence, q: int, last: tuple[str | None, int]) -> str | None:
        """'He added: "…"', '"…," she went on': the one the pronoun stands for when they have been speaking
        (quoted, or the subject of a sentence of speech just before); else the last speaker, if the pronoun fits."""
        items = sentence.items
        window = items[max(0, q - 3):q] + items[q + 1:q + 4]
        pronoun = next((it.ref for it in window if getattr(it.ref, "kind", "") == "pronoun"
                        and it.text.lower() in ("he", "she")), None)
        if pronoun is None or not any(it.lower in words("continue_speech") for it in window):
            return None
        named = self.discourse.resolve_pronoun(sentence, pronoun.start, pronoun.gender)
        before = self.doc.sentences[sentence.index - 1] if sentence.index else None
        speaking = before is not None and self.discourse.subject_of(before) == named and any(
            t.lower in words("speech") for t in before.tokens)
        if named and (named in self.spoken or speaking):
            return named
        speaker, spoke_in = last
        if speaker and speaker != UNNAMED and sentence.paragraph - spoke_in <= 2 and \
                self.doc.gender_of(speaker) in (None, pronoun.gender):
            return speaker
        return named

    def _goes_on(self, sentence: Sentence, q: int, start: int, last: tuple[str | None, int]) -> bool:
        """A quotation opening its paragraph, soon after someone spoke: their speech goes on."""
        paragraph = self.doc.paragraphs[sentence.paragraph]
        opens = not self.doc.text[paragraph.start:start].strip()
        same_paragraph = last[1] == sentence.paragraph
        return bool(last[0]) and last[0] != UNNAMED and (opens or same_paragraph) and \
            sentence.paragraph - last[1] <= CONTINUE_WITHIN and not self._turned_to_another(last, sentence.paragraph)

    def _turned_to_another(self, last: tuple[str | None, int], paragraph: int) -> bool:
        """The last sentence about someone in the paragraphs between the last speaker's and this one is about
        someone else: the story turned to them, so a quotation opening here is not the last speaker's speech
        going on."""
        speaker, spoke_in = last
        subjects = [who for s in self.doc.sentences if spoke_in < s.paragraph < paragraph
                    if (who := self.discourse.subject_of(s))]
        return bool(subjects) and subjects[-1] != speaker

    def _reported_before(self, sentence: Sentence, start: int) -> str | None:
        """'She said she was delighted.' (or 'Her message was clear:') then a paragraph that is a quotation: her
        words, as she said them."""
        paragraph = self.doc.paragraphs[sentence.paragraph]
        if self.doc.text[paragraph.start:start].strip() or not sentence.index:
            return None
        before = self.doc.sentences[sentence.index - 1]
        if before.paragraph != sentence.paragraph - 1 or self.doc.is_headline(before.paragraph) or \
                any(it.tags == ("QUOTE",) for it in before.items):
            return None
        verb = next((j for j, it in enumerate(before.items) if _speech_at(before.items, j)), None)
        handed_on = before.text.rstrip().endswith(":")  # 'Her message was clear:' then the words
        return self.discourse.subject_of(before) if verb is not None or handed_on else None

    def _evidence(self, start: int, end: int) -> Evidence:
        first = self.doc.sentence_at(start)
        final = self.doc.sentence_at(max(start, end - 1)) or first
        begin = first.start if first else start
        finish = max(final.end if final else end, end)
        return Evidence(self.doc.text[begin:finish], begin, finish)


@register(NAME, "4")
def extract(doc: Document) -> Iterator[Fact]:
    """Direct quotes and their speakers."""
    yield from QuoteReader(doc).read()
