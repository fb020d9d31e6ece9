"""One article read once into annotated text: paragraphs, sentences, tokens and typed mentions — people
(resolved within the article), parties, places with all their readings, figures typed by what they are,
ordinals — and its quotations. The results lists (blocks.py) and the election it reports (elections.py) are
read from this; ``Document`` (document.py) adds them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from elexgraph import reference
from elexgraph.annotate.gazetteer import GazetteerMatch, PlaceReadings, gazetteer
from elexgraph.annotate.lexicon import not_names, words
from elexgraph.annotate.names import NameSpan, find_names, in_a_things_name, name_shaped
from elexgraph.annotate.numbers import Figure, figures, ordinal_at
from elexgraph.annotate.once import once
from elexgraph.annotate.patterns import Item, encode
from elexgraph.annotate.people import People, PersonRecord
from elexgraph.annotate.quotes import quotations
from elexgraph.annotate.sentences import Paragraph, paragraphs, split_sentences
from elexgraph.annotate.tokens import Token, tokenize
from elexgraph.articles import Article
from elexgraph.facts import Evidence, Fact


@dataclass(eq=False)
class Mention:
    """Something a sentence names, over tokens [first, last) of the sentence."""

    kind: str  # person, party, place, figure, ordinal, pronoun
    text: str
    start: int  # article offsets
    end: int
    first: int
    last: int
    quoted: bool = False
    record: PersonRecord | None = None  # the person it names (resolved within the article)
    title: str | None = None
    party: str | None = None  # the party's label for the graph
    strength: str = "strong"
    place: PlaceReadings | None = None
    figure: Figure | None = None
    ordinal: int | None = None
    gender: str | None = None  # pronouns

    @property
    def person(self) -> str | None:
        """The full name the mention resolves to (a later, fuller form of the name renames the person)."""
        return self.record.name if self.record else None

    @property
    def tags(self) -> tuple[str, ...]:
        """The tags patterns match this mention by (lexicon: PERSON, PARTY, PLACE.mayoralty, NUM.votes …)."""
        if self.kind == "person":
            return ("PERSON", "PERSON.titled") if self.title else ("PERSON",)
        if self.kind == "party":
            return ("PARTY", "PARTY.weak") if self.strength == "weak" else ("PARTY",)
        if self.kind == "figure" and self.figure:
            return ("NUM", f"NUM.{self.figure.kind}", *(("NUM.approx",) if self.figure.approx else ()))
        if self.kind == "ordinal":
            return ("ORD",)
        if self.kind == "pronoun":
            return ("PRON", f"PRON.{self.gender}")
        if self.kind == "place" and self.place:
            return ("PLACE", *place_tags(self.place))
        return (self.kind.upper(),)


def place_tags(readings: PlaceReadings) -> tuple[str, ...]:
    tags = []
    if readings.constituencies:
        tags.append("PLACE.constituency")
    if readings.council:
        tags.append("PLACE.council")
    if readings.mayoralty:
        tags.append("PLACE.mayoralty")
    if readings.police_area:
        tags.append("PLACE.police")
    if readings.place:
        tags.append(f"PLACE.{readings.place.kind}")
    return tuple(tags)


_TOKEN_TAGS = {"w": ("W",), "n": ("N",), "p": ("P",)}  # an item's tags by its token's kind


def _first_from(tokens: list[Token], i: int, offset: int) -> int:
    """The first token from i on (i itself passed over) that starts at or after `offset`."""
    i += 1
    while i < len(tokens) and tokens[i].start < offset:
        i += 1
    return i


@dataclass(eq=False)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int
    index: int
    tokens: list[Token]
    mentions: list[Mention] = field(default_factory=list)
    quote_spans: list[tuple[int, int]] = field(default_factory=list)  # article offsets of quotations inside

    def of_kind(self, kind: str, *, quoted: bool = False) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind and (quoted or not m.quoted)]

    @property
    def people(self) -> list[Mention]:
        return self.of_kind("person")

    @property
    def parties(self) -> list[Mention]:
        return self.of_kind("party")

    @property
    def places(self) -> list[Mention]:
        return self.of_kind("place")

    @property
    def figures(self) -> list[Mention]:
        return self.of_kind("figure")

    @once
    def items(self) -> list[Item]:
        """The sentence as patterns see it: a mention or a quotation is one item, any other token one."""
        starts = {m.first: m for m in self.mentions if not m.quoted}
        tokens, spans = self.tokens, self.quote_spans
        out: list[Item] = []
        append = out.append  # an item a token: the loop is run for every sentence of every article
        i, count = 0, len(tokens)
        while i < count:
            token = tokens[i]
            quote = next(((s, e) for s, e in spans if s <= token.start < e), None) if spans else None
            if quote:
                append(Item(("QUOTE",), "quote", quote[0], quote[1], quote))
                i = _first_from(tokens, i, quote[1])  # the tokens are in order: those inside run on from i
                continue
            mention = starts.get(i) if starts else None
            if mention:
                append(Item(mention.tags, mention.text, mention.start, mention.end, mention))
                i = mention.last
                continue
            append(Item(_TOKEN_TAGS[token.kind], token.text, token.start, token.end, token))
            i += 1
        return out

    @once
    def _item_of(self) -> dict[int, int]:
        return {id(item.ref): k for k, item in enumerate(self.items) if item.ref is not None}

    def item_at(self, mention: Mention | None) -> int | None:
        """Where a mention stands among the sentence's items."""
        return self._item_of.get(id(mention)) if mention is not None else None

    @once
    def encoded(self) -> tuple[str, list[int]]:
        return encode(self.items)

    def words_lower(self) -> frozenset[str]:
        return self._words_lower

    @once
    def _words_lower(self) -> frozenset[str]:
        return frozenset([t.lower for t in self.tokens])


CROSSHEAD_WORDS = 8  # a line this short with no full stop is a crosshead
_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_ENDS_A_SENTENCE = re.compile(r"[.!?:]\W*$")
_RESULT_FIGURE = re.compile(r"\d{1,3},\d{3}|\b(?!(?:19|20)\d\d\b)\d+\b")  # a count, or any number but a year


class Annotated:
    """An article's text, annotated: what the results lists and the article's election are read from."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.paragraphs: list[Paragraph] = paragraphs(article.text)
        self.quotes = [(p.start + q.start, p.start + q.end, q) for p in self.paragraphs for q in quotations(p.text)]
        self._quote_starts = [start for start, _, _ in self.quotes]
        self.sentences: list[Sentence] = []
        for paragraph in self.paragraphs:
            for span in split_sentences(paragraph):
                self.sentences.append(Sentence(span.text, span.start, span.end, span.paragraph, len(self.sentences),
                                               tokenize(span.text, span.start)))
        self._sentence_starts = [s.start for s in self.sentences]
        self._headlines: dict[int, bool] = {}
        self.people = People()
        self.found: list[Fact] = []  # facts of the readers run so far, for readers that declare they read them
        self._annotate()

    # -- annotation --------------------------------------------------------------------------
    def _annotate(self) -> None:
        spans: list[tuple[Sentence, list[GazetteerMatch], list[NameSpan]]] = []
        for sentence in self.sentences:
            sentence.quote_spans = [(s, e) for s, e, _ in self.quotes if s < sentence.end and e > sentence.start]
            matches = gazetteer().matches(sentence.tokens)
            names = find_names(sentence.tokens, matches)
            spans.append((sentence, matches, names))
        confirmed = self._names_in_body(spans)
        for sentence, matches, names in spans:
            names = [n for n in names if n.name in confirmed or not self.is_headline(sentence.paragraph)]
            self._add_people(sentence, names)
            self._add_gazetteer(sentence, matches, names)
            self._add_figures(sentence)
        for sentence in self.sentences:
            self._add_bare_names(sentence)
            sentence.mentions.sort(key=lambda m: m.first)

    def _names_in_body(self, spans: list[tuple[Sentence, list[GazetteerMatch], list[NameSpan]]]) -> set[str]:
        """Names printed outside headlines; a headline's capitalised words are taken as a name only if the body has it."""
        body: set[str] = set()
        for sentence, _, names in spans:
            if not self.is_headline(sentence.paragraph):
                for n in names:
                    body.add(n.name)
                    body.add(n.words[-1])
        return {n.name for _, _, names in spans for n in names if n.name in body or n.words[-1] in body}

    def _add_people(self, sentence: Sentence, names: list[NameSpan]) -> None:
        for n in names:
            first, last = sentence.tokens[n.start], sentence.tokens[n.end - 1]
            record = self.people.full_name(n.words, first.start, n.title)
            sentence.mentions.append(Mention("person", self.text[first.start:last.end], first.start, last.end, n.start,
                                             n.end, self.in_quotation(first.start), record=record, title=n.title))

    def _add_gazetteer(self, sentence: Sentence, matches: list[GazetteerMatch], names: list[NameSpan]) -> None:
        taken = {i for n in names for i in range(n.start, n.end)}
        tokens = sentence.tokens
        for m in matches:
            if any(i in taken for i in range(m.start, m.end)):
                continue
            first, last = tokens[m.start], tokens[m.end - 1]
            text = self.text[first.start:last.end]
            quoted = self.in_quotation(first.start)
            if m.kind == "party" and m.party is not None:
                strength = m.party.strength
                bracketed = m.start > 0 and tokens[m.start - 1].text == "(" and m.end < len(tokens) and tokens[m.end].text == ")"
                if strength == "slot" and not bracketed:
                    continue
                sentence.mentions.append(Mention("party", text, first.start, last.end, m.start, m.end, quoted,
                                                 party=reference.canonical_party(text), strength=strength))
            elif m.kind == "place":
                sentence.mentions.append(Mention("place", text, first.start, last.end, m.start, m.end, quoted,
                                                 place=m.place, strength="strong" if m.strong_place else "weak"))

    def _add_figures(self, sentence: Sentence) -> None:
        taken = {i for m in sentence.mentions for i in range(m.first, m.last)}
        for f in figures(sentence.tokens):
            token = sentence.tokens[f.token]
            sentence.mentions.append(Mention("figure", token.text, token.start, token.end, f.token, f.token + 1,
                                             self.in_quotation(token.start), figure=f))
        male, female = words("pronouns_m"), words("pronouns_f")
        for i, token in enumerate(sentence.tokens):
            if token.kind != "w" or i in taken:
                continue  # ordinals and pronouns are words ('1st' is two tokens)
            ordinal = ordinal_at(token)
            if ordinal:
                sentence.mentions.append(Mention("ordinal", token.text, token.start, token.end, i, i + 1,
                                                 self.in_quotation(token.start), ordinal=ordinal))
            elif token.lower in male or token.lower in female:
                gender = "m" if token.lower in male else "f"
                sentence.mentions.append(Mention("pronoun", token.text, token.start, token.end, i, i + 1,
                                                 self.in_quotation(token.start), gender=gender))

    def _add_bare_names(self, sentence: Sentence) -> None:
        """A lone surname or first name of someone the article names in full ('Roe', 'Samantha')."""
        taken = {i for m in sentence.mentions for i in range(m.first, m.last)}
        for i, token in enumerate(sentence.tokens):
            if i in taken or not name_shaped(token) or token.text in not_names() \
                    or in_a_things_name(sentence.tokens, i, taken):
                continue
            record = self.people.bare_word(token.text, token.start)
            if record is None:
                continue
            record.forms.add(token.text)
            sentence.mentions.append(Mention("person", token.text, token.start, token.end, i, i + 1,
                                             self.in_quotation(token.start), record=record))

    # -- lookups ---------------------------------------------------------------------------
    def in_quotation(self, offset: int) -> bool:
        i = bisect_right(self._quote_starts, offset) - 1
        return any(start < offset < end for start, end, _ in self.quotes[max(0, i - 3):i + 1])

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset <= self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentences_of(self, paragraph: int) -> list[Sentence]:
        return [s for s in self.sentences if s.paragraph == paragraph]

    def is_headline(self, paragraph: int) -> bool:
        """The title, or a line in title case (most of its words capitalised); worked out once a paragraph."""
        known = self._headlines.get(paragraph)
        if known is None:
            known = self._headlines[paragraph] = self._is_headline(paragraph)
        return known

    def _is_headline(self, paragraph: int) -> bool:
        if paragraph == 0:
            return True
        text = self.paragraphs[paragraph].text
        if _ENDS_A_SENTENCE.search(text) or _RESULT_FIGURE.search(text):
            return False  # a sentence, or a results line
        tokens = _HEADLINE_WORD.findall(text)  # after the tests above, which most paragraphs fail
        if len(tokens) <= CROSSHEAD_WORDS:
            return not self.paragraphs[paragraph].bulleted  # a crosshead ('Anderson holds Ashfield'), not a list item
        if len(tokens) < 4:
            return False
        capitalised = sum(1 for w in tokens if w[0].isupper())
        return capitalised / len(tokens) >= 0.7

    def gender_of(self, name: str) -> str | None:
        return self.people.gender_of(name)

    def person_named(self, printed: str) -> str | None:
        """The full name of the person a printed form (a full name, 'Ms Roe') stands for, if the article has one."""
        return self._names_by_form.get(printed)

    @once
    def _names_by_form(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for record in self.people.records:  # first named first, as a scan of the records would find them
            for form in (record.name, *sorted(record.forms)):
                found.setdefault(form, record.name)
        return found

    def evidence(self, *spans: Sentence | Paragraph) -> Evidence:
        start = min(s.start for s in spans)
        end = max(s.end for s in spans)
        return Evidence(self.text[start:end], start, end)
