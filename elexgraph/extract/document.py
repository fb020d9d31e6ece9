"""One article prepared for the extractors: sentences, people resolved, election dated.

People are resolved within the article: every full name opens a person; a later
'Mr Roe', 'Ms Doe' or a bare 'Roe' joins the nearest earlier person with that
surname, and 'Sam Roe' joins 'Samantha Roe'. Every printed form is kept as an alias.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from elexgraph import reference
from elexgraph.articles import Article, calendar_date, iso_date
from elexgraph.facts import Fact, Election, Evidence, Person
from elexgraph.mentions import FEMALE_TITLES, MALE_TITLES, Mention, person_mentions, pronoun_gender
from elexgraph.quotemarks import quotations
from elexgraph.text import Paragraph, Sentence, paragraphs, split_sentences

_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)}
_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|"
                   r"October|November|December)\s+((?:19|20)\d\d)\b")
_YEAR = re.compile(r"(?<![\d,.£$])\b((?:19|20)\d\d)\b(?![\d,%])")
# A sentence opening with one of these starts with a clause whose subject comes after the comma.
_LEADING_CLAUSE = re.compile(r"\W*(?:Asked|Speaking|Announcing|Responding|Reacting|Commenting|Writing|Addressing|"
                             r"After|Before|When|While|Whilst|If|Although|Though|Despite|Since|During|Following|"
                             r"Having|Elsewhere|Meanwhile|However|In|At|On)\b")
# Between a name and its verb: auxiliaries and adverbs, or a dash or comma opening a relative clause.
_JUST_BEFORE_VERB = re.compile(r"(?:\s*[-–—,]\s*)?(?:\s*(?:who|has|have|had|all|both|now|then|also|since|later|was|"
                               r"were|been|previously|subsequently|recently)\b)*\s*")
# Once one of these words has passed, the subject has been passed too ('This was despite her …').
_PAST_SUBJECT = re.compile(r"\b(?:is|was|were|are|has|have|had|will|would|said|says|won|beat|lost|took|gained|"
                           r"held|than|by|to|from|with|against|over|after|that)\b")


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
        self._subjects: dict[int, str | None] = {}
        self.found: list[Fact] = []  # what the extractors run so far have found, in order
        self._resolve_people()

    # -- people ---------------------------------------------------------------------------
    def _resolve_people(self) -> None:
        for sentence in self.sentences:
            named = person_mentions(sentence.text)
            for mention in sorted(named + self._surnames_alone(sentence.text, named), key=lambda m: m.start):
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

    def _surnames_alone(self, text: str, named: list[Mention]) -> list[Mention]:
        """A bare surname of someone already named ('…," Hollobone said'): not part of a longer name."""
        found: list[Mention] = []
        for surname in {r.surname for r in self._people if len(r.surname) > 2}:
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", text):
                before = re.search(r"([A-Z][\w'’-]*)\s+$", text[:m.start()])
                if before or re.match(r"\s+[A-Z]", text[m.end():]) or any(
                        n.start <= m.start() < n.end for n in named):
                    continue
                found.append(Mention("person", surname, m.start(), m.end(), surname))
        return found

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
        """The full name a printed form resolves to in this article ('Mr Roe' -> 'John Henry Roe')."""
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

    # -- who a sentence is about ----------------------------------------------------------------
    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """Article offsets of every quotation: names and pronouns inside one belong to the speech."""
        return [(p.start + q.start, p.start + q.end) for p in self.paragraphs for q in quotations(p.text)]

    @cached_property
    def _quote_starts(self) -> tuple[list[int], list[int]]:
        """The quotations' starts in order, and the furthest end reached by each prefix of them (for bisect)."""
        spans = sorted(self.quoted)
        return [start for start, _ in spans], list(itertools.accumulate((end for _, end in spans), max))

    def in_quotation(self, offset: int) -> bool:
        starts, reach = self._quote_starts
        before = bisect.bisect_left(starts, offset)  # the quotations that start before `offset`
        return before > 0 and reach[before - 1] > offset

    def sentence_at(self, offset: int) -> Sentence | None:
        return next((s for s in self.sentences if s.start <= offset <= s.end), None)

    def is_caption(self, paragraph_index: int) -> bool:
        """A name alone on a line: an image caption or a byline, not part of the story."""
        text = self.paragraphs[paragraph_index].text
        return bool(re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}", text))

    def subject_of(self, sentence: Sentence) -> str | None:
        """The person a sentence is about: its subject when that is a name or he/she
        ('Mr Roe said…', 'Asked about it, she replied…')."""
        key = sentence.start
        if key not in self._subjects:
            self._subjects[key] = None  # guards against a loop through pronouns
            self._subjects[key] = self._subject(sentence)
        return self._subjects[key]

    def _subject(self, sentence: Sentence) -> str | None:
        if self.is_caption(sentence.paragraph):
            return None
        found = self.subject_at(sentence, sentence.end)
        if found is None:
            return None
        name, gender_word = found
        if name is not None:
            return name
        return self.resolve_pronoun(sentence, sentence.start, pronoun_gender(gender_word))

    def subject_at(self, sentence: Sentence, before: int) -> tuple[str | None, str] | None:
        """The first name or he/she that can be the subject of a sentence, before `before`:
        (the person's name, '') or (None, the pronoun). A leading clause ('Asked if…,') is skipped."""
        text = sentence.text
        cut = 0
        if re.match(_LEADING_CLAUSE, text):
            comma = text.find(",")
            cut = comma + 1 if comma > 0 else 0
        candidates: list[tuple[int, str | None, str]] = [
            (m.start, m.person, "") for m in self.mentions_in(sentence) if not self.in_quotation(m.start)]
        candidates += [(sentence.start + m.start(), None, m.group(1))
                       for m in re.finditer(r"\b([Hh]e|[Ss]he)\b", text) if not self.in_quotation(sentence.start + m.start())]
        for at, name, word in sorted(candidates):
            if at < sentence.start + cut or at >= before:
                continue
            prefix = text[cut:at - sentence.start]
            if _PAST_SUBJECT.search(prefix) or self._has_quote_between(sentence.start + cut, at):
                return None
            return name, word
        return None

    def _has_quote_between(self, start: int, end: int) -> bool:
        starts, _ = self._quote_starts
        return bisect.bisect_left(starts, start) < bisect.bisect_left(starts, end)

    def resolve_pronoun(self, sentence: Sentence, offset: int, gender: str | None) -> str | None:
        """Who 'he' or 'she' at `offset` stands for: this sentence's subject when named before it,
        else the subject of the nearest earlier sentence that fits the pronoun's gender."""
        own = self.subject_at(sentence, offset)
        if own and own[0] and self.gender_of(own[0]) in (None, gender):
            return self._with_gender(own[0], gender)
        index = next(i for i, s in enumerate(self.sentences) if s.start == sentence.start)
        for earlier in reversed(self.sentences[max(0, index - 8):index]):
            if earlier.paragraph < sentence.paragraph - 4:
                break
            person = self.subject_of(earlier)
            if person and self.gender_of(person) in (None, gender):
                return self._with_gender(person, gender)
        # No earlier subject fits: the last person named nearby who does ('…, according to Ms Cutts. She said').
        for m in reversed(self.person_mentions):
            if m.start >= offset or self.in_quotation(m.start) or self.is_caption(m.sentence.paragraph):
                continue
            if m.sentence.paragraph < sentence.paragraph - 2:
                break
            if self.gender_of(m.person) in (None, gender):
                return self._with_gender(m.person, gender)
        return None

    def doers(self, sentence: Sentence, verb_at: int) -> list[str]:
        """Who did what the verb at `verb_at` says: the names right before it ('Jane Smith has',
        'Jane Smith, who', 'A, B and C have all'), else the sentence's subject."""
        mentions = [m for m in self.mentions_in(sentence) if m.start < verb_at and not self.in_quotation(m.start)]
        for i in range(len(mentions) - 1, -1, -1):
            between = self.text[mentions[i].start + len(mentions[i].mention.text):verb_at]
            if _JUST_BEFORE_VERB.fullmatch(between):
                return self.listed_with(mentions[:i + 1])
        subject = self.subject_at(sentence, verb_at)
        if subject is None:
            return []
        name, pronoun = subject
        if name is None:
            name = self.resolve_pronoun(sentence, sentence.start, pronoun_gender(pronoun))
        return [name] if name else []

    def listed_with(self, mentions: list[PersonMention]) -> list[str]:
        """The last name and the names listed before it: 'A, B and C'."""
        people = [mentions[-1].person]
        for earlier, later in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
            if not re.fullmatch(r"\s*(?:,|,?\s*and)\s*", self.text[earlier.start + len(earlier.mention.text):later.start]):
                break
            people.insert(0, earlier.person)
        return people

    def _with_gender(self, name: str, gender: str | None) -> str:
        """Remember a gender learnt from a pronoun, so a later 'he' skips her."""
        record = next((r for r in self._people if r.name == name), None)
        if record and record.gender is None and gender:
            record.gender = gender
        return name

    # -- evidence ---------------------------------------------------------------------------
    def evidence(self, *spans: Sentence) -> Evidence:
        start = min(s.start for s in spans)
        end = max(s.end for s in spans)
        return Evidence(self.text[start:end], start, end)

    # -- the election ---------------------------------------------------------------------------
    @cached_property
    def published(self) -> date | None:
        stated = iso_date(self.article.date or "")
        if stated:
            return stated
        # The first date in the text that is a real day ('31 February 2024' is not).
        days = (calendar_date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
                for m in _DATE.finditer(self.text))
        return next((day for day in days if day), None)

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
            return self._mayoral(when.year)
        if re.search(r"\blocal elections?\b", self.text[:3000], re.I):
            return Election("local", when.year)
        return Election("general", when.year)

    def _mayoral(self, year: int) -> Election:
        """The mayoral election of that year whose place the article names first ('Mayor of Leicester')."""
        head = self.text[:3000]
        named = [(found.start(), known) for known in reference.election_dates()
                 if known.kind == "mayoral" and known.year == year and known.place
                 and (found := re.search(rf"\b{re.escape(known.place)}\b", head))]
        if not named:
            return Election("mayoral", year)
        known = min(named, key=lambda pair: pair[0])[1]
        return Election("mayoral", year, known.date, known.place)

    @cached_property
    def boundary_year(self) -> int:
        """The year whose constituency boundaries the election was fought on: boundaries change at a
        general election, so a by-election held earlier in that year keeps the old ones."""
        held = self.election.date
        if not held:
            return self.election.year
        before = [ge for ge in reference.general_elections() if ge.date <= held]
        return before[-1].year if before else self.election.year

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
