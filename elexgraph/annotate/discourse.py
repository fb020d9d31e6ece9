"""Who a sentence is about: its subject, what 'he' and 'she' stand for, and who did what a verb says.

The subject is the first person named (or he/she) before the sentence's first verb, once an opening
clause ('Asked about it, …') is passed; a pronoun stands for the subject of this sentence if named
before it, else of the nearest earlier sentence that fits its gender, else the last person named nearby.
A reader that must not guess (quotes: a wrong speaker is a false fact) asks for people in reach only: one
named earlier in the pronoun's paragraph or in the headline, or the subject of (or the only one of its gender
named in) the last sentence before it about anyone. Answers are remembered, so each sentence is worked out once.
"""

from __future__ import annotations

from elexgraph.annotate.document import Document, Mention, Sentence
from elexgraph.annotate.lexicon import words

LOOK_BACK_SENTENCES = 8
LOOK_BACK_PARAGRAPHS = 4


class Discourse:
    def __init__(self, doc: Document, *, in_reach: bool = False) -> None:
        self.doc = doc
        self.in_reach = in_reach  # a pronoun stands only for someone in reach (see the module's docstring)
        self._subjects: dict[int, str | None] = {}
        self._holders: dict[str, list[tuple[str, frozenset[str]]]] | None = None

    def holder_of(self, office: str, modifiers: frozenset[str] = frozenset()) -> str | None:
        """The one person the article gives this office with these words ('the new mayor' is 'new Anytown
        mayor Jane Roe' or 'Jane Roe, the new mayor,'); no one when it gives it to several, or with other words."""
        if self._holders is None:
            self._holders = self._offices_held()
        people = {person for person, described in self._holders.get(office, []) if modifiers <= described}
        return next(iter(people)) if len(people) == 1 else None

    def _offices_held(self) -> dict[str, list[tuple[str, frozenset[str]]]]:
        held: dict[str, list[tuple[str, frozenset[str]]]] = {}
        offices = words("offices")
        for sentence in self.doc.sentences:
            tokens = sentence.tokens
            for m in sentence.people:
                before = [t.lower for t in tokens[max(0, m.first - 4):m.first]]
                after = [t.lower for t in tokens[m.last:m.last + 6]]
                aside = after[1:after.index(",", 1)] if after[:1] == [","] and "," in after[1:] else []
                for described in (before, aside):
                    if described and described[-1] in offices:
                        held.setdefault(described[-1], []).append((m.person, frozenset(described[:-1])))
        return held

    def subject_of(self, sentence: Sentence) -> str | None:
        if sentence.index not in self._subjects:
            self._subjects[sentence.index] = None  # guards against a loop through pronouns
            self._subjects[sentence.index] = self._subject(sentence)
        return self._subjects[sentence.index]

    def _subject(self, sentence: Sentence) -> str | None:
        if self.doc.is_headline(sentence.paragraph) and sentence.paragraph == 0:
            return None
        found = self.subject_at(sentence, len(sentence.tokens))
        if found is None:
            return None
        if found.kind == "person":
            return found.person
        return self.resolve_pronoun(sentence, found.start, found.gender)

    def subject_at(self, sentence: Sentence, before: int) -> Mention | None:
        """The first person or he/she that can be the subject, before token `before`."""
        tokens = sentence.tokens
        cut = 0
        if tokens and tokens[0].lower in words("leading_clause"):
            comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
            cut = comma + 1 if comma is not None else 0
        for m in sentence.mentions:
            if m.quoted or m.first < cut or m.first >= before:
                continue
            if m.kind == "person" or (m.kind == "pronoun" and m.text.lower() in ("he", "she")):
                between = tokens[cut:m.first]
                if any(t.lower in words("past_subject") for t in between) or any(
                        t.text in "\"“”" for t in between):
                    return None
                return m
        return None

    def resolve_pronoun(self, sentence: Sentence, at: int, gender: str | None) -> str | None:
        """Who 'he' or 'she' at article offset `at` stands for."""
        person = self._resolve(sentence, at, gender)
        if person is None or not self.in_reach or self._within_reach(sentence, at, person, gender):
            return person
        return None

    def _within_reach(self, sentence: Sentence, at: int, person: str, gender: str | None) -> bool:
        """`person` is named before offset `at` in its paragraph or in the headline, or is the subject of (or the only
        one of the pronoun's gender named in) a sentence back to the last one about anyone (past the paragraphs of a
        speech, which name no one, and the subheadings and captions): a pronoun with no one of its gender that near
        (an article's first quotation, 'he said', with no one yet named) stands for no one the story has named."""
        paragraph = [m for s in self.doc.sentences_of(sentence.paragraph) if s.start <= sentence.start
                     for m in s.people if m.start < at]
        headline = [m for s in self.doc.sentences_of(0) for m in s.people]
        if any(m.person == person for m in paragraph + headline):
            return True
        for earlier in reversed(self.doc.sentences[max(0, sentence.index - LOOK_BACK_SENTENCES):sentence.index]):
            if earlier.paragraph < sentence.paragraph - LOOK_BACK_PARAGRAPHS:
                return False
            subject = self.subject_of(earlier)
            fitting = {p for p in [subject, *(m.person for m in earlier.people)] if self._fits(p, gender)}
            if subject == person or fitting == {person}:
                return True
            if (earlier.people or subject) and not self.doc.is_headline(earlier.paragraph):
                return False  # the last sentence about anyone is about someone else
        return False

    def _resolve(self, sentence: Sentence, at: int, gender: str | None) -> str | None:
        own = self.subject_at(sentence, _token_index(sentence, at))
        if own and own.kind == "person" and self._fits(own.person, gender):
            return self._learn(own.person, gender)
        window = [s for s in reversed(self.doc.sentences[max(0, sentence.index - LOOK_BACK_SENTENCES):sentence.index])
                  if s.paragraph >= sentence.paragraph - LOOK_BACK_PARAGRAPHS]
        subjects = [p for p in (self.subject_of(s) for s in window) if p]
        person = next((p for p in subjects if self._fits(p, gender)), None)
        if person:
            return self._learn(person, gender)
        for earlier in reversed(self.doc.sentences[max(0, sentence.index - LOOK_BACK_SENTENCES):sentence.index + 1]):
            if earlier.paragraph < sentence.paragraph - 2:
                break
            for m in reversed(earlier.people):
                if m.start < at and self._fits(m.person, gender) and not self.doc.is_headline(earlier.paragraph):
                    return self._learn(m.person, gender)
        return self._protagonist(gender)

    def _protagonist(self, gender: str | None) -> str | None:
        """The one the headline is about, when no one nearer fits: the story's own person."""
        for sentence in self.doc.sentences_of(0):
            for m in sentence.people:
                if gender and self.doc.gender_of(m.person) == gender:
                    return m.person
        return None

    def doers(self, sentence: Sentence, verb: int) -> list[str]:
        """Who did what the verb at token `verb` says: the names right before it ('Jane Roe has',
        'A, B and C have all', 'A and B announced they were'), else the subject of the sentence — of its
        main clause when the verb stands in an opening one ('After losing the whip, Jane Roe …')."""
        people = [m for m in sentence.people if m.last <= verb]
        pronoun = self._pronoun_before(sentence, verb)
        if pronoun is not None and not any(pronoun.last <= m.first for m in people):
            name = self.resolve_pronoun(sentence, pronoun.start, pronoun.gender)
            return [name] if name else []
        named = self._named_before(sentence, people, verb)
        if named is not None:
            return named
        if not people:
            main = self._main_clause_person(sentence, verb)
            if main:
                return [main]
        return self._subject_doers(sentence, verb)

    def _named_before(self, sentence: Sentence, people: list[Mention], verb: int) -> list[str] | None:
        """The names right before the verb, with only auxiliaries (or 'they' and a verb of speech) between."""
        tokens = sentence.tokens
        for i in range(len(people) - 1, -1, -1):
            between = _past_relative_aside([t.lower for t in tokens[people[i].last:verb]])
            if all(w in words("before_verb") or w in (",", "-", "–", "—") for w in between):
                holder = self._aside_holder(sentence, people, i)
                return [holder] if holder else self._listed(sentence, people[:i + 1])
            if _they_reported(between):
                return self._listed(sentence, people[:i + 1])
        return None

    @staticmethod
    def _main_clause_person(sentence: Sentence, verb: int) -> str | None:
        """'After losing the whip, Jane Roe …': the verb stands in an opening clause; the doer is the first
        person of the main clause after its comma."""
        tokens = sentence.tokens
        if not tokens or tokens[0].lower not in words("leading_clause"):
            return None
        comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
        if comma is None or verb >= comma:
            return None
        main = next((m for m in sentence.people if m.first > comma), None)
        return main.person if main else None

    def _subject_doers(self, sentence: Sentence, verb: int) -> list[str]:
        """The subject of the sentence, a pronoun resolved to the person it stands for."""
        subject = self.subject_at(sentence, verb)
        if subject is None:
            return []
        if subject.kind == "person":
            return [subject.person]
        name = self.resolve_pronoun(sentence, subject.start, subject.gender)
        return [name] if name else []

    @staticmethod
    def _pronoun_before(sentence: Sentence, verb: int) -> Mention | None:
        """'On winning he said': he or she right before the verb, with only auxiliaries between."""
        for m in reversed(sentence.mentions):
            if m.last > verb or m.quoted:
                continue
            between = [t.lower for t in sentence.tokens[m.last:verb]]
            fits = m.kind == "pronoun" and m.text.lower() in ("he", "she")
            return m if fits and all(w in words("before_verb") for w in between) else None
        return None

    @staticmethod
    def _aside_holder(sentence: Sentence, people: list[Mention], i: int) -> str | None:
        """'Jane Roe, a fierce critic of Ann Lee, said': the name before the verb closes an aside about an
        earlier one, who is the doer."""
        tokens = sentence.tokens
        if i == 0 or people[i].last >= len(tokens) or tokens[people[i].last].text != ",":
            return None
        for earlier in reversed(people[:i]):
            opener = earlier.last + 1
            if earlier.last < len(tokens) and tokens[earlier.last].text == "," and opener < len(tokens) \
                    and tokens[opener].lower in words("aside_openers") \
                    and "," not in (t.text for t in tokens[opener:people[i].first]):
                return earlier.person
        return None

    @staticmethod
    def _listed(sentence: Sentence, people: list[Mention]) -> list[str]:
        """The last name and the names listed before it: 'A, B and C'."""
        out = [people[-1].person]
        for earlier, later in zip(reversed(people[:-1]), reversed(people[1:])):
            between = _past_relative_aside([t.lower for t in sentence.tokens[earlier.last:later.first]])
            if between not in ([","], ["and"], [",", "and"], ["&"]):  # 'A, who represents X, and B
                break
            out.insert(0, earlier.person)
        return out

    def _fits(self, name: str | None, gender: str | None) -> bool:
        return name is not None and (gender is None or self.doc.gender_of(name) in (None, gender))

    def _learn(self, name: str, gender: str | None) -> str:
        """Remember a gender learnt from a pronoun, so a later 'he' skips her."""
        record = self.doc.people.by_name(name)
        if record and record.gender is None and gender:
            record.gender = gender
        return name


def _they_reported(between: list[str]) -> bool:
    """'A and B announced they were', 'A and B said on Monday that they would': a report by those named of what
    they do, with only a time between the verb of speech and 'they'."""
    if "they" not in between:
        return False
    said, done = between[:between.index("they")], between[between.index("they") + 1:]
    spoken = [k for k, w in enumerate(said) if w in words("speech")]
    return bool(spoken) and all(w in words("before_verb") or w == "," for w in said[:spoken[0]]) \
        and all(w in words("before_verb") or w in ("are", "would", "will") for w in done)


def _past_relative_aside(between: list[str]) -> list[str]:
    """'A and B, who were elected for Labour in 2023, have', 'A and B, elected as Labour councillors in May,
    have': what stands between the names and the verb once a relative or participle aside closed by a comma is
    passed over."""
    aside = between[1:2] and (between[1] in words("aside_openers") or between[1].endswith("ed"))
    if between[:1] == [","] and aside and "," in between[2:]:
        return between[between.index(",", 2):]
    return between


def _token_index(sentence: Sentence, at: int) -> int:
    return next((i for i, t in enumerate(sentence.tokens) if t.start >= at), len(sentence.tokens))
