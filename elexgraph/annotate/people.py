"""People within one article: every printed form of a person joined to one full name.

Each full name opens a person ('Samantha Roe'); a later 'Ms Roe', a bare 'Roe', 'Sam Roe' or 'Samantha'
joins the person with that surname or first name (the nearest one named before, else after), and a
title-and-surname form alone ('Mr Roe') stands for a person until a full name is printed. Every form
printed is kept, so the graph can answer for any of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from elexgraph.annotate.lexicon import titles
from elexgraph.annotate.names import PARTICLES
from elexgraph.reference import fold


@dataclass
class PersonRecord:
    name: str
    first_seen: int  # article offset
    forms: set[str] = field(default_factory=set)
    gender: str | None = None

    @property
    def words(self) -> list[str]:
        return self.name.split()

    @property
    def surname_only(self) -> bool:
        """Named so far only by a surname ('Mr Roe', 'De Piero')."""
        return len(self.words) == 1 or self.words[0].lower() in PARTICLES

    @property
    def first(self) -> str:
        return "" if self.surname_only else self.words[0]

    @property
    def surname(self) -> str:
        """The family name, with any particle before it ('de Piero')."""
        words = self.words
        if len(words) == 1:
            return words[0]
        for i in range(1, len(words)):
            if words[i].lower() in PARTICLES:
                return " ".join(words[i:])
        return words[-1]


def _compatible_first(a: str, b: str) -> bool:
    """'Sam' and 'Samantha', 'Jo' and 'Joanne', 'Elliot' and 'Elliott', 'Zoe' and 'Zoë' are one first name."""
    a, b = fold(a), fold(b)
    return a.startswith(b) or b.startswith(a)


class People:
    def __init__(self) -> None:
        self.records: list[PersonRecord] = []
        # By the last word of the surname, which a record keeps when a fuller form renames it; folded, as a paper
        # may print "O'Neill" and "O’Neill", 'Zoë' and 'Zoe' in one article.
        self._by_last: dict[str, list[PersonRecord]] = {}

    def _with_last(self, word: str) -> list[PersonRecord]:
        return self._by_last.get(fold(word.split()[-1]), []) if word.split() else []

    def by_name(self, name: str) -> PersonRecord | None:
        return next((r for r in self.records if r.name == name), None)

    def full_name(self, words: tuple[str, ...], at: int, title: str | None) -> PersonRecord:
        """The person a printed name stands for; a new one if no one fits."""
        printed = " ".join(words)
        surname_only = len(words) == 1 or words[0].lower() in PARTICLES
        record = self._by_surname(printed, at) if surname_only else self._by_full_name(words, at)
        if record is None and surname_only and title in ("Sir", "Dame"):
            record = self.bare_word(printed, at)  # 'Sir Peter': a knight is named by his first name
        if record is None:
            record = PersonRecord(printed, at)
            self.records.append(record)
            self._by_last.setdefault(fold(record.surname.split()[-1]), []).append(record)
        elif not surname_only and (len(printed) > len(record.name) or record.surname_only):
            record.forms.add(record.name)
            record.name = printed
        record.forms.add(f"{title} {printed}" if title else printed)
        gender = titles().get(title or "")
        if gender and record.gender is None:
            record.gender = gender
        return record

    def _by_full_name(self, words: tuple[str, ...], at: int) -> PersonRecord | None:
        surname = words[-1]
        fitting = [r for r in self._with_last(surname) if (
            r.surname_only or fold(r.name) == fold(" ".join(words)) or
            (len(r.words) == len(words) and _compatible_first(r.first, words[0])))]
        return _nearest(fitting, at)

    def _by_surname(self, surname: str, at: int) -> PersonRecord | None:
        fitting = [r for r in self._with_last(surname) if fold(r.surname) == fold(surname)]
        return _nearest(fitting, at)

    def bare_word(self, word: str, at: int) -> PersonRecord | None:
        """The person a lone capitalised word names: their surname, else a first name only one person has."""
        by_surname = [r for r in self._with_last(word) if len(r.words) > 1 and fold(r.surname) == fold(word)]
        if by_surname:
            return _nearest(by_surname, at)
        by_first = [r for r in self.records if r.first == word]
        return by_first[0] if len(by_first) == 1 else None

    def gender_of(self, name: str) -> str | None:
        record = self.by_name(name)
        return record.gender if record else None


def _nearest(records: list[PersonRecord], at: int) -> PersonRecord | None:
    """The person last named before `at`, else the first named after it."""
    before = [r for r in records if r.first_seen <= at]
    if before:
        return max(before, key=lambda r: r.first_seen)
    return min(records, key=lambda r: r.first_seen) if records else None
