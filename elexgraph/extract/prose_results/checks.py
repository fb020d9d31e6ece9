"""What the gate asks of an article's own words about results (the prose checks of ``extract/gate.py``):
who the article says lost, which areas a sentence names, whether a number is printed only as a year,
whether a fact's evidence prints its figure, and the place a results line states for itself.

The shapes of 'lost' are patterns in ``patterns/prose_results.toml``; the words around years and places
are word classes of lexicon/words.toml.
"""

from __future__ import annotations

import re
from functools import cache, cached_property

from elexgraph.annotate.document import Document, Sentence
from elexgraph.annotate.lexicon import says_word_of, words
from elexgraph.annotate.numbers import ORDINALS
from elexgraph.extract.places import areas_in
from elexgraph.extract.prose_results.clauses import clauses
from elexgraph.extract.prose_results.divisions import divisions, party_seats
from elexgraph.extract.prose_results.rules import patterns
from elexgraph.facts import Election

_PLACE_WORDS = ("place", "spot", "position")


def stated_rank(text: str) -> int | None:
    """The place a results line states for itself: 'came third on 8,210', 'in second place', '2nd'."""
    tokens = re.findall(r"[\w'’-]+", text.lower())
    for i, token in enumerate(tokens):
        place = ORDINALS.get(token)
        if place is None:
            continue
        if tokens[i + 1:i + 2] and tokens[i + 1] in _PLACE_WORDS:
            return place
        j = i - 1
        while j >= 0 and tokens[j] in words("rank_fillers") and tokens[j] not in words("rank_verbs"):
            j -= 1
        if j >= 0 and tokens[j] in words("rank_verbs"):
            return place
    return None


def _norm(area: str) -> str:
    name = area.lower().replace("&", "and")
    return " ".join(w for w in re.findall(r"[\w'’]+", name) if w not in words("division_words") and w != "the")


class ArticleView:
    """An article's sentences as the prose checks read them (each worked out once, when first asked)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._named: dict[tuple[int, str], set[str]] = {}  # (sentence, area kind) -> the areas it names

    @cached_property
    def said_lost(self) -> dict[str, list[Sentence]]:
        """Each person the article says lost a contest, with the sentences that say so."""
        found: dict[str, list[Sentence]] = {}
        rules = patterns("said_lost")
        for sentence in self.doc.sentences:
            if sentence.words_lower().isdisjoint(_loss_words()):
                continue
            for match in rules.finditer(sentence.items, sentence.encoded):
                for item in match.items(sentence.items, "who"):
                    person = getattr(item.ref, "person", None)
                    if person:
                        found.setdefault(person, []).append(sentence)
        return found

    def lost_at(self, person: str, election: Election) -> Sentence | None:
        """A sentence that says the person lost, at that election: it names no other year and no earlier time."""
        for sentence in self.said_lost.get(person, ()):
            years = {m.figure.count for m in sentence.figures if m.figure and m.figure.kind == "year"}
            text = sentence.text.lower()
            if years - {election.year} or says_word_of(text, "earlier_times", "previous_election"):
                continue
            if years or election.year == self.doc.election.year:  # a sentence naming no year tells of the article's own
                return sentence
        return None

    def areas_named(self, sentence: Sentence, election: Election) -> set[str]:
        """The areas of that election's kind a sentence names (normalised: 'Ashby & Oakley Ward' is 'ashby and oakley')."""
        if election.area_kind != "division":
            return {_norm(area) for area in areas_in(sentence.places, election)}
        key = (sentence.index, election.area_kind)
        if key not in self._named:  # cut into clauses once, however many facts cite the sentence
            runs = [name for clause in clauses(sentence) for name in divisions(clause)]
            taken = in_turn(sentence.text)
            runs += [taken.group("areas")] if taken else []
            runs += [name for _, names in party_seats(sentence) for name in names]
            self._named[key] = {_norm(part) for name in runs for part in (name, *run_parts(name))}
        return self._named[key]

    def names_another_area(self, sentence: Sentence, election: Election, area: str) -> bool:
        named = self.areas_named(sentence, election)
        return bool(named) and _norm(area) not in named


def in_turn(text: str) -> re.Match[str] | None:
    """'… won Brook Hill and Abbey respectively': a verb of taking a seat, then the seats taken in turn."""
    return _respectively().search(text) if "respectively" in text else None


@cache
def _respectively() -> re.Pattern[str]:
    verbs = "|".join(sorted(map(re.escape, words("division_taken")), key=len, reverse=True))
    name = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"  # a seat's name: capitalised words
    return re.compile(rf"\s(?:{verbs})\s+(?:the\s+)?(?P<areas>{name}(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?{name})+)"
                      rf"\s+(?:(?:wards|divisions|seats)\s+)?respectively\b")


def run_parts(name: str) -> list[str]:
    """The names a run of division names may hold: 'Brook Hill and Abbey' (or '&') is read as one run, and names
    both."""
    joined = _LAST_JOIN.fullmatch(name)
    return [part.strip() for part in joined.group(1).split(",")] + [joined.group(2)] if joined else []


_LAST_JOIN = re.compile(r"(.+) (?:and|&) (.+?)")  # the head is greedy: the last 'and' joins the last name


@cache
def _loss_words() -> frozenset[str]:
    """The words a sentence that says someone lost holds one of."""
    return words("beaten", "beat_active", "lost_forms")
