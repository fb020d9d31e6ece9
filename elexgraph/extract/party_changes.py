"""Party changes of anyone the article names: MPs, councillors, mayors, MEPs — defections, resignations,
expulsions, suspensions and whips removed, standing as an independent.

The shapes are patterns in ``patterns/party_changes.toml``. Who made the change is whoever the sentence
says did what its verb tells ('Jane Roe has', 'A, B and C have all', 'she', 'Jane Roe, a former mayor, who
… before defecting'); not a name before a report or a possessive whose clause has a subject of its own
('Jane Roe said the result left the party'), nor a relative clause of others ('eight MPs who left'). The
party left is the one printed ('from the Conservatives', 'the fourth Conservative member to'), else the
party the article gives the person ('Tory Jane Roe', 'Ex-Tory', 'Conservative councillors A and B',
'elected as a Conservative'). Joining a party, or becoming an independent, is a change only when the
party left is known. When a sentence tells a move of people it does not name ('three councillors have
left X and joined Y', 'twenty councillors have resigned from X') and a later one names who resigned
('Jane Roe is one of the twenty to have quit'), they made that move; 'They are to sit as a group of
independents' ends the moves the sentence before told as independents. Those listed after a move ('…, following
A, B and C') made the same move. A remark inside quotation marks is never read as the change itself;
nor is what someone only might do.

The date is the one printed with the change; else, in a dated article, the article's own date, marked
as such ('joined on Tuesday' is news of that week); a change told as earlier ('last month') has no date.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from elexgraph import reference
from elexgraph.articles import calendar_date
from elexgraph.annotate.discourse import Discourse
from elexgraph.annotate.document import Document, Mention, Sentence
from elexgraph.annotate.lexicon import calendar, load_toml, says_word_of, word_classes, words
from elexgraph.annotate.patterns import Item, Match, PatternSet
from elexgraph.extract.registry import register
from elexgraph.extract.merge import merge_facts
from elexgraph.facts import ChangeKind, Fact, PartyChange, Quote

NAME = "party-changes"
PATTERNS = Path(__file__).parent / "patterns" / "party_changes.toml"
NAMED_WITHIN = 3  # sentences after an unnamed mover's move within which the one named made it
_ORDER: dict[str, int] = {"expulsion": 0, "suspension": 1, "resignation": 2, "stood_as_independent": 3, "defection": 4}


@cache
def _patterns() -> tuple[PatternSet, list[str]]:
    rules = load_toml(PATTERNS)["change"]
    return PatternSet([r["pattern"] for r in rules], word_classes(), anchor="verb"), [r["kind"] for r in rules]


@dataclass(frozen=True)
class _Move:
    """A move told of people the sentence does not name: of several ('three councillors have left X and
    joined Y', at >= 0) or of one described ('a councillor has switched', at == -1; 'a councillor has quit X',
    at == -2, named only by a sentence that tells the move again: 'the resignation of Jane Roe')."""

    at: int
    from_party: str | None
    to_party: str | None  # None: they left, and where to is told later ('They are to form a group of independents')
    sentence: int
    count: int = 0  # how many the sentence says moved ('Three councillors have quit'), 0 if it does not say


@dataclass(frozen=True)
class _Told:
    """What one matched pattern tells: the kind of change, its verb, and the parties it names."""

    kind: ChangeKind
    verb: tuple[Item, ...]
    stated_from: str | None
    to_stated: bool  # the pattern names where to; else a defection goes to the party the article gives
    to_party: str | None


def _with_group_move(moves: list[_Move], kind: ChangeKind, from_party: str | None) -> tuple[ChangeKind, str | None, str | None]:
    """A resignation told of one of a group whose move the article told ('twenty councillors have left X and
    joined Y' … 'Jane Roe has resigned'): the group's move, with where it went."""
    move = next((mv for mv in reversed(moves) if mv.at >= 0 and from_party in (None, mv.from_party)), None)
    if move is None:
        return kind, None, from_party
    return (kind if move.to_party in (None, "Independent") else "defection"), move.to_party, from_party or move.from_party


def _group_left(moves: list[_Move], sentence: int) -> str | None:
    """The party the unnamed movers whose move an article told just before left ('Three Labour councillors have
    quit', 'Labour councillor quits party', "The Labour group has lost a member")."""
    move = next((mv for mv in reversed(moves) if mv.from_party and 0 < sentence - mv.sentence <= NAMED_WITHIN), None)
    return move.from_party if move else None


def _left_for(moves: list[_Move], to_party: str | None, sentence: int) -> str | None:
    """The party left by the unnamed mover the article told of just before, who went where this one goes: the
    headline's 'Tory councillor defects to Reform UK' is the body's 'Jane Roe has joined Reform UK'."""
    move = next((mv for mv in reversed(moves) if to_party and mv.to_party == to_party
                 and 0 < sentence - mv.sentence <= NAMED_WITHIN), None)
    return move.from_party if move else None


def _is_a_change(told: _Told, kind: str, from_party: str | None, to_party: str | None) -> bool:
    """Not a defection to no party, nor joining a party with none left that the article names (a defection
    verb says there was one), nor a move to the party left."""
    if kind == "defection" and (to_party is None or from_party is None
                                and " ".join(v.lower for v in told.verb) not in words("defect_verbs")):
        return False
    return to_party is None or to_party != from_party


class ChangeReader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.discourse = Discourse(doc)
        self.patterns, self.kinds = _patterns()
        self.known: dict[str, str] = {}  # each person's party as the changes read so far leave it
        self.left_the_group: set[int] = set()  # changes away from 'the group' or 'the party', unnamed
        self.last_told = -1  # the sentence that told the last changes read

    def read(self) -> list[PartyChange]:
        moves: list[_Move] = []
        found: list[PartyChange] = []
        for sentence in self.doc.sentences:
            items = sentence.items
            unnamed = [m for m in moves if m.at == -1]
            if unnamed and sentence.people and not self.doc.is_headline(sentence.paragraph):
                found.extend(self._named_later(sentence, unnamed[0]))
                moves[moves.index(unnamed[0])] = replace(unnamed[0], at=-2)  # named or not, only a move of the story now
            if _a_question(sentence):
                continue
            here: list[PartyChange] = []
            for match in self.patterns.finditer(items, sentence.encoded) if self.patterns.may_match(sentence.words_lower()) else ():
                here.extend(self._read_match(sentence, items, match, found, moves, here))
            if not here:
                here = list(self._counted(sentence, moves))
            if here:
                self.last_told = sentence.index
            found.extend(_one_move(here))
        found.extend(self._said(found))
        # an independent may always have been one: no party left that the article names, no change
        # and a change with neither party known tells nothing a reader could check
        return [c for c in self._then_independent(self._groups_left(found))
                if c.from_party or c.to_party not in ("Independent", None)]

    def _said(self, found: list[PartyChange]) -> list[PartyChange]:
        """'"I have today resigned from the Conservative Party," said Jane Roe': the speaker's own move, told in the
        first person with the party named, when the prose told none of theirs."""
        moved = {c.person for c in found}
        said: list[PartyChange] = []
        for quote in (f for f in self.doc.found if isinstance(f, Quote) and f.speaker not in moved):
            said_words = frozenset(re.findall(r"[\w'’]+", quote.text.lower()))
            if "i" not in said_words or not self.patterns.may_match(said_words):
                continue  # no first person, or no verb of a move: most quotations
            span = next(((s, e) for s, e, q in self.doc.quotes if q.text == quote.text), None)
            items = _quoted_items(self.doc, *span) if span else []
            here = []
            for match in self.patterns.finditer(items):
                told = self._told(items, match) if self.kinds[match.pattern] in _OWN_KINDS else None
                if told is not None and told.stated_from and _first_person(items, told.verb[0]):
                    here.append(PartyChange(quote.evidence, NAME, quote.speaker, told.kind, told.stated_from,
                                            told.to_party, *self._date(self.doc.sentence_at(span[0]))))  # type: ignore[index,arg-type]
            said.extend(_one_move(here))
        return said

    def _read_match(self, sentence: Sentence, items: list[Item], match: Match, found: list[PartyChange],
                    moves: list[_Move], here: list[PartyChange]) -> list[PartyChange]:
        """The changes one match tells: its own, or those it gives people named by it or before it."""
        kind = self.kinds[match.pattern]
        if kind == "same_move":
            return list(self._same_move(sentence, items, match, here))
        if kind == "named_move":
            return list(self._named_movers(sentence, items, match, moves))
        if kind == "group_independent":
            joined = _unlisted_party(match.items(items, "to"))
            if not joined:
                return []
            self._now_independent(sentence, found, moves, joined)
            return list(self._named_independents(sentence, items, match, found, moves, joined))
        changes = list(self._change(sentence, items, match, moves))
        for change in changes:
            self.known[change.person] = change.to_party or change.from_party or self.known.get(change.person, "")
        return changes

    def _then_independent(self, found: list[PartyChange]) -> list[PartyChange]:
        """'… had the whip suspended.' 'She will sit as an independent.': one change, to independent — a
        suspension told at most two sentences before one's sitting as an independent (a remark between), or in the
        same; leaving the party, told anywhere ('the fifth councillor to leave the party'), is that same move."""
        sitting = [c for c in found if c.to_party == "Independent"
                   and words("sitting_words") & set(re.findall(r"\w+", c.evidence.text.lower()))]
        if not sitting:
            return found
        sentence_at = {self.doc.evidence(s).start: s.index for s in self.doc.sentences}
        out = list(found)
        for sits in sitting:
            at = sentence_at.get(sits.evidence.start, -9)
            out = [c for c in out if c is sits or c.person != sits.person or c.to_party is not None
                   or c.from_party not in (None, sits.from_party)
                   or c.kind != "resignation" and not 0 <= at - sentence_at.get(c.evidence.start, -9) <= 2]
        return out

    def _now_independent(self, sentence: Sentence, found: list[PartyChange], moves: list[_Move], joined: str) -> None:
        """'They are to form a group of independents', 'They will sit as the Anytown Independents': those who
        left in the sentence before, named or not, now sit as independents, or in the group named."""
        if not 0 < sentence.index - self.last_told <= 2:  # 'They will …', a remark between at most
            return
        told = self.doc.evidence(self.doc.sentences[self.last_told]).start
        kind: ChangeKind = "resignation" if joined == "Independent" else "defection"
        for k, change in enumerate(found):
            if change.evidence.start == told and change.kind == "resignation" and change.to_party is None \
                    and change.from_party and change.from_party != joined:
                found[k] = replace(change, kind=kind, to_party=joined)
        moves[:] = [replace(m, to_party=joined) if m.to_party is None else m for m in moves]

    def _named_independents(self, sentence: Sentence, items: list[Item], match: Match, found: list[PartyChange],
                            moves: list[_Move], joined: str) -> Iterator[PartyChange]:
        """'A, B and C said they would sit as independents': those named, of the party the article gives them or
        that the group whose move it told just before left ('Three Labour councillors have quit'); as independents
        or in the group named."""
        they = match.items(items, "verb")[0]
        token = next((k for k, t in enumerate(sentence.tokens) if t.start > they.start), len(sentence.tokens))
        moved = {c.person for c in found}
        for person in self.discourse.doers(sentence, token):
            left = self.party_of(person, they.start) or self.known.get(person) or _group_left(moves, sentence.index)
            if person not in moved and left and left not in ("Independent", joined):
                when, from_article = self._date(sentence)
                kind: ChangeKind = "stood_as_independent" if joined == "Independent" else "defection"
                yield PartyChange(self.doc.evidence(sentence), NAME, person, kind, left, joined, when, from_article)

    def _counted(self, sentence: Sentence, moves: list[_Move]) -> Iterator[PartyChange]:
        """'Three Labour councillors have quit the party.' 'Cllrs A, B and C said …': as many people as the move
        counted, listed at the head of a sentence right after it, made it."""
        move = next((mv for mv in reversed(moves) if mv.count and mv.from_party and mv.at >= 0
                     and 0 < sentence.index - mv.sentence <= 2), None)
        listed = _opening_list(sentence.items) if move else []
        if not move or len(listed) != move.count:
            return
        kind: ChangeKind = "resignation" if move.to_party in (None, "Independent") else "defection"
        when, from_article = self._date(self.doc.sentences[move.sentence])
        for person in listed:
            yield PartyChange(self.doc.evidence(sentence), NAME, person, kind, move.from_party, move.to_party,
                              when, from_article)

    def _named_movers(self, sentence: Sentence, items: list[Item], match: Match,
                      moves: list[_Move]) -> Iterator[PartyChange]:
        """'Two councillors have quit Labour.' 'A and B announced their resignations.': those named made the move
        told just before; with no such move, a resignation is no party's (from a post, a seat)."""
        move = next((mv for mv in reversed(moves) if mv.from_party and 0 < sentence.index - mv.sentence <= NAMED_WITHIN),
                    None)
        if move is None:
            return
        kind: ChangeKind = "resignation" if move.to_party in (None, "Independent") else "defection"
        token = next((k for k, t in enumerate(sentence.tokens) if t.start >= items[match.start].start),
                     len(sentence.tokens))
        when, from_article = self._date(sentence)
        for person in self._people(sentence, items, match, token):
            yield PartyChange(self.doc.evidence(sentence), NAME, person, kind, move.from_party, move.to_party,
                              when, from_article)

    def _groups_left(self, found: list[PartyChange]) -> list[PartyChange]:
        """'… were leaving the group': the group the story's other movers left, when they all left one."""
        left = {c.from_party for c in found if c.from_party and id(c) not in self.left_the_group}
        if len(left) != 1:
            return found
        (party,) = left
        return [replace(c, from_party=party) if id(c) in self.left_the_group and c.to_party != party else c
                for c in found]

    def _same_move(self, sentence: Sentence, items: list[Item], match: Match,
                   here: list[PartyChange]) -> Iterator[PartyChange]:
        """'X joined the Greens, after the same switch by Jane Roe': Jane Roe's change is X's."""
        if not here:
            return
        model = here[-1]
        when, from_article = self._date(sentence)
        for item in match.items(items, "who"):
            person = item.ref.person if isinstance(item.ref, Mention) and item.ref.kind == "person" else None
            if person and person != model.person:
                yield replace(model, person=person, date=when, date_from_article=from_article)

    def _named_later(self, sentence: Sentence, move: _Move) -> Iterator[PartyChange]:
        """'A county councillor has switched from X to Y.' then 'Cllr Jane Roe said …': she made the move — when
        she is named soon after, with the title of one who could have ('Cllr', 'Councillor', 'ward councillor')."""
        subject = self.discourse.subject_at(sentence, len(sentence.tokens))
        if subject is None or subject.kind != "person" or sentence.index - move.sentence > NAMED_WITHIN:
            return
        before = sentence.tokens[subject.first - 1].lower if subject.first else ""
        person = subject.person if subject.title or before in words("offices") else None
        reacts = any(t.lower in words("reacting_offices") for t in sentence.tokens[:subject.first])
        if person and not reacts:  # 'Conservative group leader Cllr Ann Lee said she was disappointed': who reacts
            yield PartyChange(self.doc.evidence(self.doc.sentences[move.sentence]), NAME, person, "defection",
                              move.from_party, move.to_party, *self._date(self.doc.sentences[move.sentence]))

    def _change(self, sentence: Sentence, items: list[Item], match: Match, moves: list[_Move]) -> Iterator[PartyChange]:
        told = self._told(items, match)
        if told is None:
            return
        token = next((k for k, t in enumerate(sentence.tokens) if t.start >= told.verb[0].start), len(sentence.tokens))
        people = self._people(sentence, items, match, token)
        if not people:
            self._unnamed(sentence, items, match, told, moves)
            return
        for person in people:
            change = self._person_change(sentence, items, match, told, person, moves)
            if change is not None:
                yield change

    def _told(self, items: list[Item], match: Match) -> _Told | None:
        """What a match tells, or None when it tells no change: what someone only might do, a party no one
        can join, a post the party holds ('quit the Labour front bench')."""
        verb = tuple(match.items(items, "verb"))
        if not verb or self._hypothetical(items, match.start):
            return None
        if _party_describes(items, match) or _left_behind(items, match):
            return None
        if _undone(items, match.end) or not match.captures.get("from") and _from_a_post(items, match.captures["verb"][1]):
            return None
        to_items = match.items(items, "to")
        to_party = _party(to_items) if len(to_items) == 1 else None  # 'Anytown Independents': more than a party
        if self.kinds[match.pattern] == "resignation" and not to_items and _whip_follows(items, match.end):
            to_party = "Independent"  # 'resigned the Conservative Party whip': one who gives up the whip sits as an independent
        kind = self.kinds[match.pattern]
        if to_items and to_party is None:
            to_party = _unlisted_party(to_items)
            if to_party is None and " ".join(v.lower for v in verb) not in words("leave_verbs"):
                return None
            if to_party is None:  # 'left Labour and joined forces with residents': Labour left, for nowhere named
                kind, to_items = "resignation", ()
        return _Told(kind, verb, _stated_from(items, match), bool(to_items), to_party)  # type: ignore[arg-type]

    def _unnamed(self, sentence: Sentence, items: list[Item], match: Match, told: _Told, moves: list[_Move]) -> None:
        """A move of people the sentence does not name ('three councillors have left X and joined Y', 'a
        councillor has switched'), kept for the sentences that name them."""
        # 'a councillor', 'Former Labour councillor joins Greens', 'The Labour group has lost a member': one mover
        one = not any(it.lower in words("plural_members") or it.lower in words("count_words") for it in items[:match.end])
        movers = any(it.lower in words("offices") for it in items[:match.end])  # 'a councillor', 'two members'; not 'the seat'
        defected = told.kind == "defection" and told.to_party
        left = told.stated_from or _subject_party(items, match.start)  # 'Three Labour councillors have quit the party'
        resigned = told.kind in ("resignation", "suspension", "expulsion") and left
        told_before = any(m.from_party == left and m.to_party == told.to_party and m.at < 0 for m in moves)
        if not sentence.people and movers and (defected or resigned) and not (one and told_before):  # the headline's, retold
            # one who resigned is named later only as a defector, or where a later sentence tells the move (-2)
            at = sentence.start if not one else -1 if defected else -2
            moves.append(_Move(at, left, told.to_party, sentence.index, _count(items[:match.start])))

    def _person_change(self, sentence: Sentence, items: list[Item], match: Match, told: _Told, person: str,
                       moves: list[_Move]) -> PartyChange | None:
        """The change a match tells of one person, with the party left and the party joined."""
        at = told.verb[0].start
        from_party = told.stated_from or self.party_of(person, at) or self.known.get(person) \
            or _elected_as(items, match.start)
        kind, moved_to = told.kind, told.to_party
        if kind == "defection" and not told.to_stated:
            # 'Reform's Jane Roe, who defected from X'; 'quit Reform UK, a year after defecting from X': the party
            # the article gives her, else the one she was in as the changes read so far leave it
            moved_to = self.party_of(person, at) or self.known.get(person) or None
        if kind == "resignation" and moved_to is None:
            kind, moved_to, from_party = _with_group_move(moves, kind, from_party)
        if kind == "resignation" and moved_to is None and told.stated_from:
            kind, moved_to = self._now_in(person, at, told.stated_from)
        if from_party is None and kind == "stood_as_independent":
            from_party = _barred_by(items)
        if from_party is None:
            from_party = _story_left(items, match, kind, moved_to, moves, sentence.index)
        if not _is_a_change(told, kind, from_party, moved_to):
            return None
        when, from_article = self._date(sentence)
        change = PartyChange(self.doc.evidence(sentence), NAME, person, kind, from_party, moved_to, when, from_article)
        if from_party is None and any(it.lower in words("group_words") for it in items[match.start:match.end]):
            self.left_the_group.add(id(change))
        return change

    def _now_in(self, person: str, at: int, left: str) -> tuple[ChangeKind, str | None]:
        """'Independent councillor Jane Roe, who quit Labour in 2022', "Reform UK's Jane Roe, who left the
        Conservatives": one who left a party the sentence names is in the party the article gives them now."""
        now = self.party_of(person, at)
        if now is None or now == left:
            return "resignation", None
        return ("resignation" if now == "Independent" else "defection"), now

    def _hypothetical(self, items: list[Item], start: int) -> bool:
        """'could defect', 'is set to quit', 'would not rule out'; not 'in May, have quit' (the month), nor 'said he
        would continue as an independent' (what one says one will do)."""
        before = items[max(0, start - 3):start]
        reported = any(it.lower in words("speech") for it in items[max(0, start - 6):start])
        return any((it.lower in words("hypothetical") or it.lower in words("change_not_made")) and it.text != "May"
                   and not (reported and it.lower in ("would", "will")) for it in before)

    def _people(self, sentence: Sentence, items: list[Item], match: Match, token: int) -> list[str]:
        """Who made the change: a possessive ('his defection', "Jane Roe's decision"), those a party acts on
        ('Labour has suspended Jane Roe'), the one a relative clause is about, the people named right before
        the verb, or the sentence's subject."""
        owner = self._owner(sentence, items, match)
        if owner is not None:
            return owner
        objects = [it.ref.person for it in match.items(items, "who") if _is_person(it)]  # type: ignore[union-attr]
        if objects:
            return objects
        related = _relative_clause_of(items, match.start)
        if related is not None:
            return related
        if _told_of_another_subject(items, match.start) or _told_of_an_event(items, match.start):
            return []
        doers = [_titled_name(items, person) for person in self.discourse.doers(sentence, token)]
        if len(doers) > 1:  # 'The Conservative councillor for Brook Hill, Jane Roe, has': a place read as a name
            doers = [d for d in doers if not _after_a_preposition(items, d, match.start)] or doers
        if len(doers) == 1 and _after_a_preposition(items, doers[0], match.start):
            subject = self.discourse.subject_of(sentence)  # 'Jane Roe, a councillor for Brook Vale, has defected'
            return [subject] if subject and subject != doers[0] else []
        return doers

    def _owner(self, sentence: Sentence, items: list[Item], match: Match) -> list[str] | None:
        """"Jane Roe's decision", 'his defection', 'Cllr Jane Roe announced her resignation': whose it is
        (None: no possessive before the verb)."""
        before = items[max(0, match.start - 2):match.start]
        if before and before[-1].lower in ("'s", "’s") and len(before) > 1 and _is_person(before[-2]):
            return [before[-2].ref.person]  # type: ignore[union-attr]
        if not (match.start > 0 and items[match.start - 1].lower in ("his", "her") or items[match.start].lower in ("his", "her")):
            return None
        ref = items[match.start - 1].ref
        if not (isinstance(ref, Mention) and ref.kind == "pronoun"):
            return None
        subject = _only_person_before(sentence, items, match.start - 1, ref.gender, self.doc) \
            or self.discourse.subject_of(sentence) or self.discourse.resolve_pronoun(sentence, ref.start, ref.gender)
        return [subject] if subject else []

    def party_of(self, person: str, at: int) -> str | None:
        """The party the article gives a person: the last one stated before offset `at`, else the first
        one stated after it."""
        before: str | None = None
        after: str | None = None
        for sentence in self.doc.sentences:
            items = sentence.items
            for i, item in enumerate(items):
                ref = item.ref
                if not (isinstance(ref, Mention) and ref.kind == "person" and ref.person == person):
                    continue
                party = _party_before(items, i) or _party_of_list(items, i) or _party_after(items, i)
                if party and sentence.start < at:
                    before = party
                elif party and after is None and sentence.start > at:
                    after = party
        return before or after

    def _date(self, sentence: Sentence) -> tuple[str | None, bool]:
        """The date printed with the change, a day the text dates from the article's ('yesterday',
        'on Tuesday', 'in May'), else the article's own date, marked as such; a change told as earlier
        ('last month', 'in 2019') has no date rather than the article's."""
        published = self.doc.election.published
        text = sentence.text.lower()
        printed = _printed_date(text, published)
        if printed is not None or published is None:
            return printed or None, False
        if re.search(r"\byesterday\b", text):
            return (published - timedelta(days=1)).isoformat(), False
        weekdays = calendar("weekdays")
        weekday = re.search(rf"\bon\s+({'|'.join(weekdays)})\b", text)
        if weekday:
            back = (published.weekday() - weekdays.index(weekday.group(1))) % 7
            return (published - timedelta(days=back)).isoformat(), False
        if re.search(r"\bin\s+(?:19|20)\d\d\b", text) or says_word_of(text, "earlier_times"):
            return None, False  # an earlier change, told in passing: its date is not the article's
        return published.isoformat(), True


_OWN_KINDS = ("defection", "resignation", "stood_as_independent")  # what one tells of one's own move


def _quoted_items(doc: Document, start: int, end: int) -> list[Item]:
    """The words inside a quotation as patterns see them: a party named there is one item, any other token one."""
    out: list[Item] = []
    for sentence in doc.sentences:
        if sentence.end <= start or sentence.start >= end:
            continue
        parties = {m.first: m for m in sentence.mentions if m.kind == "party" and start <= m.start < end}
        k = 0
        while k < len(sentence.tokens):
            token, party = sentence.tokens[k], parties.get(k)
            if party is not None:
                out.append(Item(party.tags, party.text, party.start, party.end, party))
                k = party.last
                continue
            if start <= token.start < end:
                out.append(Item(("W",) if token.kind == "w" else ("N",) if token.kind == "n" else ("P",),
                                token.text, token.start, token.end, token))
            k += 1
    return out


def _first_person(items: list[Item], verb: Item) -> bool:
    """'I have today resigned', 'I have decided to leave': the verb is the speaker's own."""
    k = items.index(verb) - 1
    while k >= 0 and items[k].lower in words("first_person_before"):
        k -= 1
    return k >= 0 and items[k].lower == "i"


def _count(items: list[Item]) -> int:
    """How many movers the words before a verb count: 'Three Labour councillors', '20 councillors', 'Both'."""
    numbers = {w: n for n, w in enumerate(calendar("numbers"), start=1)}
    for item in items:
        if item.lower in numbers:
            return numbers[item.lower]
        if item.tags[0] in ("N", "NUM") and item.text.isdigit() and len(item.text) <= 4:
            return int(item.text)  # (a longer run of digits counts no one: '20' councillors, not a 5,000-digit run)
    return 0


def _opening_list(items: list[Item]) -> list[str]:
    """'Cllrs A, B and C said …', 'Councillors A and B have …': the names listed at the head of a sentence, when a
    verb follows them."""
    k = 1 if items and items[0].lower in words("plural_members") else 0
    named: list[str] = []
    while k < len(items) and _is_person(items[k]):
        named.append(items[k].ref.person)  # type: ignore[union-attr]
        k += 1
        if k + 1 < len(items) and items[k].lower in (",", "and") and _is_person(items[k + 1]):
            k += 1
        elif k + 2 < len(items) and [it.lower for it in items[k:k + 2]] == [",", "and"] and _is_person(items[k + 2]):
            k += 2
    return named if k < len(items) and items[k].tags == ("W",) and items[k].lower not in ("'s", "’s", "of") else []


def _a_question(sentence: Sentence) -> bool:
    """'Will Jane Roe quit Labour?': a question tells no change."""
    return sentence.text.rstrip(" \"'’”").endswith("?")


def _printed_date(text: str, published: date | None) -> str | None:
    """'on 2 January 2025', 'in May 2019'; without a year ('on 2 January', 'in May'), the last such day or
    month on or before the article's date; '' for an impossible day ('31 February'): a date, but none."""
    months = calendar("months")
    found = re.search(rf"\b(?:in|on|since|during|from)\s+(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?({'|'.join(months)})"
                      rf"(?:\s+((?:19|20)\d\d))?\b", text)
    if not found or (found.group(3) is None and published is None):
        return None
    month = months.index(found.group(2)) + 1
    year = int(found.group(3)) if found.group(3) else published.year - (month > published.month)  # type: ignore[union-attr]
    if found.group(1) is None:
        return f"{year}-{month:02d}"
    day = calendar_date(year, month, int(found.group(1)))
    return day.isoformat() if day else ""


def _one_move(here: list[PartyChange]) -> list[PartyChange]:
    """'became an independent after leaving the Conservatives': one sentence telling where a person went and,
    apart, what they left is one move."""
    out = list(here)
    for went in here:
        left = next((c for c in out if c.person == went.person and c.to_party is None and c.from_party
                     and c.kind in ("resignation", went.kind)), None)
        if went.from_party in (None, left and left.from_party) and went.to_party and left is not None and went in out:
            out.remove(left)  # 'who left Labour in 2023, held her seat as an independent': one move, Labour to independent
            out[out.index(went)] = replace(went, from_party=left.from_party)
    return out


def _only_person_before(sentence: Sentence, items: list[Item], at: int, gender: str | None, doc: Document) -> str | None:
    """'Leader of the council, Cllr Jane Roe, announced on Thursday her resignation': the one person named
    before 'her', when she is the only one and fits."""
    named = {it.ref.person for it in items[:at] if isinstance(it.ref, Mention) and it.ref.kind == "person"}
    if len(named) != 1:
        return None
    (person,) = named
    return person if person and (gender is None or doc.gender_of(person) in (None, gender)) else None


def _told_of_an_event(items: list[Item], at: int) -> bool:
    """'…, leaving the Tories in third place', '…, which left Labour with two seats': the verb's subject is
    what happened, not a person."""
    k = at - 1
    while k >= 0 and items[k].lower in ("has", "had", "have", "now", "also"):
        k -= 1
    return k >= 0 and (items[k].lower in ("which", "that") or items[k].text == "," and items[at].lower == "leaving")


def _relative_clause_of(items: list[Item], at: int) -> list[str] | None:
    """A verb at item `at` in a relative clause: 'Jane Roe, a former mayor, who sat for years as a Green
    councillor until defecting' is Jane Roe's move; 'eight MPs who left the party' is no named person's
    (no one). None when the verb is in no such clause, or its 'who' follows a name (read as usual)."""
    k = at - 1
    while k >= 0 and at - k <= 15 and items[k].lower != "who":
        ref = items[k].ref
        if isinstance(ref, Mention) and ref.kind in ("person", "pronoun") or "QUOTE" in items[k].tags \
                or items[k].text in (".", ";", ":"):
            return None
        k -= 1
    if k < 1 or items[k].lower != "who":
        return None
    j = k - 1 if items[k - 1].text not in (",", "-", "–", "—") else k - 2
    if j < 0 or _is_person(items[j]):
        return None
    comma = next((c for c in range(j, max(0, j - 10), -1) if items[c].text == ","), None)
    if comma is not None and items[comma + 1].lower in words("aside_openers") and _is_person(items[comma - 1]):
        return [items[comma - 1].ref.person]  # type: ignore[union-attr]
    return []


def _told_of_another_subject(items: list[Item], at: int) -> bool:
    """'Jane Roe said the result left the party', "Jane Roe's win leaves the Tories with two seats": between
    the last person named and the verb, a report or a possessive opens a clause with a subject of its own."""
    k = next((k for k in range(at - 1, -1, -1) if isinstance(items[k].ref, Mention)
              and items[k].ref.kind in ("person", "pronoun")), None)
    if k is None:
        return False
    gap = items[k + 1:at]
    if len(gap) > 1 and gap[0].lower in ("'s", "’s"):
        return True
    reported = [j for j, it in enumerate(gap) if it.lower in words("speech") or it.lower == "that"]
    if not reported:
        return False
    clause = gap[reported[-1] + 1:]  # 'announced a defection' is no clause; 'said the result left' is
    return not any(it.lower in ("he", "she", "they", "we", "i") for it in clause) and \
        any(it.lower not in ("a", "an", "the", "his", "her", "their", "its") for it in clause)


def _after_a_preposition(items: list[Item], person: str, at: int) -> bool:
    """Whether the last mention of `person` before item `at` is the object of a preposition ('a councillor for
    Brook Vale', 'beat Jane Roe by'), so not who acts."""
    k = next((k for k in range(at - 1, -1, -1) if _is_person(items[k]) and items[k].ref.person == person), None)  # type: ignore[union-attr]
    return k is not None and k > 0 and items[k - 1].lower in ("for", "of", "in", "at", "from", "by", "with", "to")


def _is_person(item: Item) -> bool:
    return isinstance(item.ref, Mention) and item.ref.kind == "person"


def _titled_name(items: list[Item], person: str) -> str:
    """'Brook Vale councillor Jane Roe': capitalised words before an office, read as a name, are a place;
    the one who acts is the name after the office."""
    at = next((k for k, it in enumerate(items) if _is_person(it) and it.ref.person == person), None)  # type: ignore[union-attr]
    if at is None:
        return person
    j = at + 1
    while j < len(items) and items[j].tags == ("W",) and items[j].lower in words("offices"):
        j += 1
    return items[j].ref.person if at + 1 < j < len(items) and _is_person(items[j]) else person  # type: ignore[union-attr]


def _member_of(items: list[Item], at: int) -> str | None:
    """'the fifth Green borough member to go independent', 'the third Tory MP to defect': the
    party the sentence gives the mover right before the verb."""
    k = at - 1
    if k < 1 or items[k].lower != "to":
        return None
    k -= 1
    while k > 0 and items[k].tags == ("W",) and items[k].lower in words("party_member_words"):
        k -= 1
    return _party([items[k]]) if k < at - 2 else None


def _barred_by(items: list[Item]) -> str | None:
    """'will stand as an independent after being deselected by Labour', 'Labour has barred Jane Roe from standing, so
    she will run as an independent': the one party the sentence says kept them from standing for it."""
    found = set()
    for k, item in enumerate(items):
        if item.lower in words("barred_words"):
            near = [_party([it]) for it in items[k + 1:k + 4] if it.lower not in ("from", "standing", "running")]
            near += [_party([items[k - j]]) for j in (1, 2) if k - j >= 0]  # 'Labour (has) barred'
            found |= {p for p in near if p}
    return found.pop() if len(found) == 1 else None


def _elected_as(items: list[Item], at: int) -> str | None:
    """'who sat for a decade as a Green councillor until defecting', 'who was elected as a Conservative in 2021',
    'who won the seat for Labour': the party the mover served for, told before the verb."""
    for k in range(at - 1, 1, -1):
        party = _party([items[k]])
        if party is None:
            continue
        j = k - 1 if items[k - 1].lower in ("a", "an", "the") else k
        member = j < k and k + 1 < at and items[k + 1].lower in words("party_member_words")  # 'as a Green councillor'
        served = any(it.lower in words("served_words") for it in items[max(0, j - 6):j - 1])
        if items[j - 1].lower in ("as", "for") and (member or served):
            return party
    return None


def _party_describes(items: list[Item], match: Match) -> bool:
    """'joined Labour colleagues in voting', 'joined Conservative leader Jane Roe', 'quit the Labour front bench',
    "left the Green Party's executive": the party names whose people or post, not the party joined or left."""
    k = match.end
    verb_end = match.captures["verb"][1] if "verb" in match.captures else k
    if not _party(items[max(0, k - 2, verb_end):k]) or k - verb_end > 3:  # the party the verb acts on
        return False
    while k + 1 < len(items) and items[k].lower in ("and", ",", "or") and _party([items[k + 1]]):
        k += 2  # 'joined Labour and Green councillors'
    k += k < len(items) and items[k].lower in ("'s", "’s")
    if k >= len(items):
        return False
    after = items[k]
    return after.lower != "whip" and (_is_person(after) or after.lower in words("party_things")
                                      or after.lower in words("offices") or after.lower in words("plural_members"))


def _left_behind(items: list[Item], match: Match) -> bool:
    """'left the Conservatives trailing in second place', 'left Labour reeling': a result told, not a party left."""
    verb = match.items(items, "verb")
    if match.end >= len(items) or not verb or verb[0].lower not in ("left", "leaves", "leave", "leaving"):
        return False
    after = [it.lower for it in items[match.end:match.end + 2]]
    return after[0].endswith("ing") or after[0] in words("left_behind") \
        or after[0] == "in" and len(after) > 1 and after[1] in words("places_behind")


def _whip_follows(items: list[Item], end: int) -> bool:
    return end < len(items) and items[end].lower == "whip"


def _undone(items: list[Item], end: int) -> bool:
    """'had the whip restored', 'has the whip back': the change told was undone."""
    return any(it.lower in words("restore_verbs") for it in items[end:end + 2])


def _from_a_post(items: list[Item], verb_end: int) -> bool:
    """'suspended from her job', "suspended from the council's planning committee": from a post, not from a party."""
    if verb_end >= len(items) or items[verb_end].lower != "from":
        return False
    for item in items[verb_end + 1:verb_end + 5]:
        if _party([item]) or item.lower in words("group_words") or item.lower == "whip":
            return False
        if item.lower in words("party_things"):
            return True
    return False


def _story_left(items: list[Item], match: Match, kind: str, moved_to: str | None, moves: list[_Move],
                sentence: int) -> str | None:
    """The party left by one the article gives none, from the story around: the unnamed movers told just before
    ('… have quit Labour.' 'A, B and C will sit as independents.'), the only party the sentence names when the
    match says 'the party' ("Anytown's Labour group lost a member when X quit the party"); for a defection, the
    unnamed mover's who went the same way ('Tory councillor defects to Reform' … 'X has joined Reform')."""
    if kind == "defection":
        return _left_for(moves, moved_to, sentence)
    return _group_left(moves, sentence) or (_subject_party(items, match.start) if _the_party(items, match) else None)


def _the_party(items: list[Item], match: Match) -> bool:
    """'quit the party', 'left the group': the match names no party, only 'the party'."""
    return not match.captures.get("from") and any(it.lower in words("group_words") for it in items[match.start:match.end])


def _subject_party(items: list[Item], at: int) -> str | None:
    """'A Green councillor quit the party': the party of the unnamed mover, before the verb."""
    parties = {p for p in (_party([it]) for it in items[:at]) if p}
    return parties.pop() if len(parties) == 1 else None


def _unlisted_party(items: list[Item] | tuple) -> str | None:
    """A party to go to that the reference data does not know ('the newly formed Anytown Independents'),
    every word of it capitalised; or independence ('to sit as independents')."""
    if any(i.lower.startswith("independent") for i in items) and len(items) == 1:
        return "Independent"
    named = " ".join(i.text for i in itertools.takewhile(lambda i: i.text[:1].isupper(), items))  # 'Anytown Together would'
    if len(named.split()) < 2 or named.split()[-1].lower() in words("bodies_not_parties"):
        return None  # 'to join Anytown Council's cabinet': a body, not a party
    return reference.canonical_party(named)


def _stated_from(items: list[Item], match: Match) -> str | None:
    """The party a change's own words say was left: captured, a membership told before the verb, or sitting as an
    independent ('has rejoined Labour after two years as an independent')."""
    stated = _party(match.items(items, "from")) or _member_of(items, match.start)
    return stated or ("Independent" if match.captures.get("from_independent") else None)


def _party(items: list[Item] | tuple) -> str | None:
    for item in items:
        ref = item.ref
        if isinstance(ref, Mention) and ref.kind == "party":
            return ref.party
    return None


def _party_before(items: list[Item], i: int) -> str | None:
    """'Tory Jane Roe', 'former Conservative councillor Jane Roe', "Labour's Jane Roe", 'Ex-Tory Jane Roe',
    'the former Conservative leader of Anyshire County Council, Jane Roe'."""
    titled = i > 0 and items[i - 1].text == ","
    for k in range(i - 1, max(-1, i - (9 if titled else 5)), -1):
        ref = items[k].ref
        if isinstance(ref, Mention) and ref.kind == "party":
            return ref.party
        former = re.match(r"(?i)(?:ex|former)[-‐](.+)$", items[k].text)
        if former and reference.party_named(former.group(1)):
            return reference.canonical_party(former.group(1))
        if isinstance(ref, Mention) and ref.kind in ("person", "figure", "pronoun"):
            break
        allowed = words("offices") | words("title_words")
        if items[k].lower not in allowed and not isinstance(ref, Mention) and not (titled and items[k].text[:1].isupper()):
            break
    return None


def _party_of_list(items: list[Item], i: int) -> str | None:
    """'Labour councillors Jane Roe, Ann Lee and Bob Gray': the party before the plural office that opens a list
    of names is each one's ('Tory Jane Roe and Ann Lee' is not: no office tells that both are)."""
    k = i
    while k >= 2 and items[k - 1].lower in (",", "and") and (_is_person(items[k - 2]) or items[k - 2].text == ","):
        k -= 1 if items[k - 2].text == "," else 2  # ', and' before the last name
    if k == i or k < 2 or items[k - 1].lower not in words("plural_members"):
        return None
    return _party([items[k - 2]])


def _party_after(items: list[Item], i: int) -> str | None:
    """'Jane Roe (Con)', 'Jane Roe, a Conservative councillor,', 'Jane Roe was elected as a Conservative'."""
    window = items[i + 1:i + 7]
    for k, item in enumerate(window):
        ref = item.ref
        if isinstance(ref, Mention) and ref.kind == "party":
            lead = [w.lower for w in window[:k]]
            if lead[:1] == ["("] or all(w in words("affiliation_words") for w in lead):
                return ref.party
            return None
        if isinstance(ref, Mention) and ref.kind != "ordinal":
            return None
    return None


@register(NAME, "6", reads=("quote",))
def extract(doc: Document) -> Iterator[Fact]:
    """Party changes of named people, with the party left and the party joined."""
    found = merge_facts(ChangeReader(doc).read())
    yield from sorted(found, key=lambda c: _ORDER.get(c.kind, 9))  # an expulsion before the move that follows it
