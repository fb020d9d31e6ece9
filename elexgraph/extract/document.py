"""One article prepared for the extractors: sentences, people resolved, election dated.

People are resolved within the article: every full name opens a person; a later
'Mr Patel', 'Ms Raja' or bare 'Hollobone' joins the nearest earlier person with that
surname, and 'Jo White' joins 'Joanne White'. Every printed form is kept as an alias.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from elexgraph import reference
from elexgraph.articles import Article
from elexgraph.facts import Election, Evidence, Person
from elexgraph.mentions import FEMALE_TITLES, MALE_TITLES, Mention, person_mentions, pronoun_gender
from elexgraph.text import Paragraph, Sentence, paragraphs, split_sentences

_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)}
_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|"
                   r"October|November|December)\s+((?:19|20)\d\d)\b")
_YEAR = re.compile(r"(?<![\d,.£$])\b((?:19|20)\d\d)\b(?![\d,%])")


@dataclass
class _PersonRecord:
    name: str
    forms: list[str] = field(default_factory=list)
    gender: str | None = None

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def first(self) -> str:
        return self.name.split()[0]


@dataclass(frozen=True)
class PersonMention:
    mention: Mention
    sentence: Sentence
    person: str  # the resolved full name

    @property
    def start(self) -> int:
        return self.sentence.start + self.mention.start


class Document:
    """An article with its sentences, resolved people and default election."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.paragraphs: list[Paragraph] = paragraphs(article.text)
        self.sentences: list[Sentence] = [s for p in self.paragraphs for s in split_sentences(p)]
        self._people: list[_PersonRecord] = []
        self.person_mentions: list[PersonMention] = []
        self._resolve_people()

    # -- people ---------------------------------------------------------------------------
    def _resolve_people(self) -> None:
        for sentence in self.sentences:
            for mention in person_mentions(sentence.text):
                record = self._record_for(mention)
                if record is None:
                    continue
                if mention.text not in record.forms:
                    record.forms.append(mention.text)
                if mention.title in FEMALE_TITLES:
                    record.gender = "f"
                elif mention.title in MALE_TITLES:
                    record.gender = "m"
                self.person_mentions.append(PersonMention(mention, sentence, record.name))

    def _record_for(self, mention: Mention) -> _PersonRecord | None:
        words = mention.value.split()
        surname = words[-1]
        for record in reversed(self._people):
            if record.surname != surname:
                continue
            if len(words) == 1 or record.name == mention.value:
                return record
            first = words[0]
            if len(words) == len(record.name.split()) and (first.startswith(record.first) or record.first.startswith(first)):
                if len(mention.value) > len(record.name):
                    record.forms.append(record.name)
                    self._rename(record, mention.value)
                return record
        record = _PersonRecord(mention.value)
        self._people.append(record)
        return record

    def _rename(self, record: _PersonRecord, name: str) -> None:
        old = record.name
        record.name = name
        self.person_mentions = [PersonMention(m.mention, m.sentence, name if m.person == old else m.person)
                                for m in self.person_mentions]

    def people(self) -> dict[str, Person]:
        return {r.name: Person(r.name, tuple(f for f in r.forms if f != r.name)) for r in self._people}

    def person_named(self, printed: str) -> str:
        """The full name a printed form resolves to in this article ('Mr Patel' -> 'Shockat Adam Patel')."""
        for record in reversed(self._people):
            if printed == record.name or printed in record.forms:
                return record.name
        return re.sub(r"['’]s$", "", printed)

    def gender_of(self, name: str) -> str | None:
        return next((r.gender for r in self._people if r.name == name), None)

    def mentions_in(self, sentence: Sentence) -> list[PersonMention]:
        return [m for m in self.person_mentions if m.sentence is sentence]

    def last_person_before(self, offset: int, gender: str | None = None, *, within: int = 3) -> str | None:
        """The person a pronoun most likely refers to: the last one named in the few sentences before."""
        para_floor = self._paragraph_index_at(offset) - within
        for m in reversed(self.person_mentions):
            if m.start >= offset:
                continue
            if m.sentence.paragraph < para_floor:
                return None
            if gender and self.gender_of(m.person) not in (None, gender):
                continue
            return m.person
        return None

    def _paragraph_index_at(self, offset: int) -> int:
        for p in self.paragraphs:
            if p.start <= offset <= p.end:
                return p.index
        return len(self.paragraphs)

    def subject_pronoun_gender(self, sentence: Sentence) -> str | None:
        m = re.match(r"\W*(He|She)\b", sentence.text)
        return pronoun_gender(m.group(1)) if m else None

    # -- evidence ---------------------------------------------------------------------------
    def evidence(self, *spans: Sentence) -> Evidence:
        start = min(s.start for s in spans)
        end = max(s.end for s in spans)
        return Evidence(self.text[start:end], start, end)

    # -- the election ---------------------------------------------------------------------------
    @cached_property
    def published(self) -> date | None:
        if self.article.date and re.match(r"\d{4}-\d\d-\d\d", self.article.date):
            y, m, d = map(int, self.article.date[:10].split("-"))
            return date(y, m, d)
        found = _DATE.search(self.text)
        if found:
            return date(int(found.group(3)), _MONTHS[found.group(2).lower()], int(found.group(1)))
        return None

    @cached_property
    def election(self) -> Election:
        """The election the article reports on: from its date, its headline, a year in its file
        name, or else what it mentions."""
        head = " ".join(p.text for p in self.paragraphs[:3])
        if re.search(r"\bby-?\s?election\b", head, re.I):
            by = self._by_election(head)
            if by:
                return by
        if self.published:
            return self._election_near(self.published)
        stated = re.search(r"\b((?:19|20)\d\d)\s+general\s+election|general\s+election\s+((?:19|20)\d\d)", head, re.I)
        if stated:
            return self.general_election(int(stated.group(1) or stated.group(2)))
        named = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", self.article.id)
        if named:
            return self._election_near(date(int(named.group(1)), 12, 31), within=366)
        return self.general_election(self._inferred_general_year())

    def _by_election(self, head: str) -> Election | None:
        for known in reference.election_dates():
            if known.kind == "by-election" and known.place and re.search(
                    rf"\b{re.escape(known.place.split(' and ')[0])}\b", head):
                if self.published and abs(self.published.year - known.year) > 1:
                    continue
                return Election("by-election", known.year, known.date, known.place)
        if self.published:
            return Election("by-election", self.published.year, None, None)
        return None

    def _election_near(self, when: date, within: int = 60) -> Election:
        """A general election held up to `within` days before the article, else the article's own year."""
        for ge in reference.general_elections():
            held = date.fromisoformat(ge.date)
            if 0 <= (when - held).days <= within:
                return Election("general", held.year, ge.date)
        if re.search(r"\bmayor", self.text[:3000], re.I):
            return Election("mayoral", when.year)
        if re.search(r"\blocal elections?\b", self.text[:3000], re.I):
            return Election("local", when.year)
        return Election("general", when.year)

    def _inferred_general_year(self) -> int:
        """No date printed: the first general election after every year the article mentions,
        and after the founding of every party it names."""
        floor = max((int(y) for y in _YEAR.findall(self.text)), default=0)
        from elexgraph.mentions import party_mentions  # local: avoids a cycle at import time

        for sentence in self.sentences:
            for m in party_mentions(sentence.text):
                party = reference.party_named(m.value)
                if party and party.founded:
                    floor = max(floor, party.founded)
        for ge in reference.general_elections():
            if int(ge.date[:4]) > floor or (int(ge.date[:4]) == floor and floor > 0 and str(floor) in self.article.title):
                return int(ge.date[:4])
        return reference.general_elections()[-1].year

    def general_election(self, year: int) -> Election:
        known = next((ge for ge in reference.general_elections() if ge.year == year), None)
        return Election("general", year, known.date if known else None)

    def election_in(self, year: int) -> Election:
        """The election of a past year the article mentions in passing ('won the seat in 2019')."""
        if year == self.election.year:
            return self.election
        return self.general_election(year)

    def year(self) -> int:
        return self.election.year
