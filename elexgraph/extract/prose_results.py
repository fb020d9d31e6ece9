"""Results told in narrative prose: who won which seat, by how much, and who came where.

    Labour's Jane Doe has won the Anytown seat from Conservative John Roe.
    She polled 20,117 votes; the Green Party's Ann Poe was runner-up on 9,850.
    Anytown was won by Jane Doe, who beat the sitting MP John Roe by 412 votes.

Each sentence (speech masked out) is cut into clauses, and each clause into its main part
and the relative or appositive asides that describe a person (', who held the seat since
2015,'). A clause has a subject (a person, a party, he/she, 'the Labour candidate'), a verb
of winning, losing or placing, objects, and figures; a figure goes to the person it follows.
A clause that names no seat is about its people's contest, else the contest of the sentences
just before. Everything an article says about one contest is pooled in a ``Contest`` and
turned into facts at the end, so what one sentence leaves unsaid another may fill in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from elexgraph import reference
from elexgraph.extract import register
from elexgraph.extract.document import Document, PersonMention
from elexgraph.extract.result_lists import result_lists, seat_of_list
from elexgraph.facts import Candidacy, Election, Fact, SeatResult
from elexgraph.mentions import NUMBER as _NUMBER, party_mentions, pronoun_gender, seat_mentions, to_int
from elexgraph.text import Sentence

NAME = "prose-results"
NUMBER = rf"(?:{_NUMBER})"

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6}
_ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th|5th|6th)"
_NOT_A_PLACE = r"(?!\s*(?:last|-last|consecutive|successive|time|term|largest|biggest|highest|lowest|round|preference))"
_RANK_VERB = (r"\b(?:came|come|comes|coming|finished|finish|finishes|finishing|was|were|is|placed|trailed|trailing|"
              r"ended|ending|limped|limping|took|taking|pushed|pushing|beaten|relegated)")
_RANK = re.compile(
    rf"{_RANK_VERB}\s+(?:(?:up|in|at|into|a|an|the|strong|distant|close|respectable|poor|embarrassing|embarassing|"
    rf"creditable|surprise|solid|narrow|runaway|clear|comfortable|overall)\s+)*(?P<ord>{_ORD}){_NOT_A_PLACE}\b"
    rf"|\binto\s+(?:an?\s+)?(?:\w+\s+)?(?P<ord2>{_ORD})\s+place\b"
    rf"|\b(?P<ord3>{_ORD})\s+place\b", re.I)
_RESPECTIVELY = re.compile(rf"\b((?:{_ORD})(?:\s*,\s*{_ORD})*\s*,?\s+and\s+{_ORD})\s+respectively\b", re.I)
_RUNNER_UP = re.compile(r"\b(?:nearest|closest)\s+(?:rival|challenger)\b|\brunner-?up\b", re.I)

_SHARE = re.compile(r"(?P<share>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)")
_SHARE_NOT = re.compile(r"(?:\bby|\bdrop|\bdropped|\bfell|\bfall|\brise|\brose|\bup|\bdown|\bswing|\bturnout\s+(?:was|of)|"
                        r"\bfrom|\bthan|\bto\s+Labour|\bincrease|\bdecrease)\s+(?:of\s+)?(?:nearly\s+|almost\s+|about\s+|"
                        r"around\s+|just\s+|over\s+|more\s+than\s+|less\s+than\s+)?$", re.I)
_QUALIFIER = r"(?:(?:a|an|just|only|about|around|almost|nearly|roughly|some|more\s+than|over|under|just\s+under|" \
             r"just\s+over|fewer\s+than|less\s+than|a\s+whopping|a\s+mere|whopping|mere|slim|narrow|huge|massive|" \
             r"comfortable|healthy|reduced|increased|wafer-thin|small)\s+)*"
_MAJORITY = re.compile(
    rf"\bmajority\s+(?:of|was|is|stood\s+at|to)\s+{_QUALIFIER}(?P<a>{NUMBER})(?!\s*(?:%|per\s?cent))"
    rf"|\bmajority\b[^.;]*?\bfrom\s+{_QUALIFIER}{NUMBER}\s+to\s+{_QUALIFIER}(?P<d>{NUMBER})"
    rf"|\bmajority\s+to\s+its\s+(?:\w+\s+){{0,3}}?of\s+(?P<e>{NUMBER})"
    rf"|(?P<b>{NUMBER})(?:-vote|\s+vote)?\s+majority"
    rf"|\b(?:won|win|wins|winning|beat|beats|beating|defeated|defeating|held|holds|retained|retains|took|takes)\b"
    rf"[^.;]*?\bby\s+{_QUALIFIER}(?P<c>{NUMBER})\s+votes", re.I)
_MORE_THAN = re.compile(rf"{_QUALIFIER}(?P<n>{NUMBER})\s+(?:votes\s+)?more\s+than\s+$", re.I)
_BEHIND = re.compile(rf"{_QUALIFIER}(?P<n>{NUMBER})\s+votes\s+(?:behind|short\s+of)\s+$", re.I)
_PAST_MAJORITY = re.compile(r"\b(?:overc[ao]me|overturn\w*|previous|former|defend\w*|inherited|notional)\b[^.;]*$", re.I)

_VOTES_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?votes?\b", re.I)
_VOTES_BEFORE = re.compile(
    r"(?:\b(?:got|gets|get|getting|polled|polls|polling|received|receiving|receives|secured|securing|secures|"
    r"achieved|achieving|gained|gaining|won|winning|claimed|claiming|attracted|garnered|collected|took|taking|"
    r"picked\s+up|scored|tallied|on|with|had)\s+(?:a\s+total\s+of\s+|some\s+|just\s+|only\s+)?"
    rf"|['’]s\s+|\b{_ORD}\s+(?:place\s+)?(?:with|on)\s+)$", re.I)

_WIN = (r"\b(?:won|wins|win|winning|took|takes|take|taking|taken|gained|gains|gain|gaining|claimed|claims|claim|held|holds|"
        r"holding|hold|retained|retains|retain|retaining|kept|keeps|keep|regained|regains|reclaimed|reclaims|reclaim|"
        r"captured|captures|seized|seizes|snatched|snatches|elected|re-elected|returned|beat|beats|beating|defeated|"
        r"defeats|defeat|defeating|overcame|overcomes|pushing|pushed|ousted|ousts|unseated|unseats|toppled|topples|"
        r"becomes|became|declared|clinched|secured|eased|cruised|romped|swept|is(?=\s+(?:now\s+)?the\s+(?:[\w'’]+\s+){0,3}?MP\b))\b")
_WIN_RE = re.compile(_WIN, re.I)
_NOT_WIN = re.compile(r"\b(?:took|taken|takes|taking)\s+over\b|\b(?:held|holding|holds|hold)\s+(?:the\s+|his\s+|her\s+)?"
                      r"(?:seat\s+)?(?:since|from|for\s+\d|until|between)\b|\bwrongly|\bmistakenly|\bincorrectly|"
                      r"\bwin\s+(?:back|support)|\bseats\b", re.I)
_GAIN = re.compile(r"\b(?:gained|gains|gain|gaining|regained|regains|reclaimed|reclaims|reclaim|captured|captures|"
                   r"seized|seizes|snatched|snatches|ousted|unseated|toppled)\b", re.I)
_HOLD = re.compile(r"\b(?:held|holds|holding|hold|retained|retains|retain|retaining|kept|keeps|keep|re-elected|"
                   r"defended|defends)\b|\bconsecutive\s+time\b|\bstays\b|\bremains\b", re.I)
_FROM = re.compile(r"\bfrom\s+(?:[\w-]+[\s,]+){0,6}?$", re.I)
_LOSE = re.compile(r"\b(?:lost|loses|lose|losing)\b(?!\s+(?:his|her|their|its)\s+deposits?)|\b(?:(?:defeated|beaten|"
                   r"losing)\s+(?:[A-Z][\w ]*?\s+)?(?:candidate|MP|challenger)|(?:was|were|been|being)\s+(?:also\s+|narrowly\s+|"
                   r"heavily\s+)?(?:defeated|beaten|ousted|unseated))\b", re.I)
_LOST_TO = re.compile(r"\bto\s+$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|has\s+been|had\s+been|have\s+been|is)\s+(?:won|taken|gained|held|retained|"
                      r"claimed|captured|kept|seized)\s+by\s+", re.I)
_BEAT = re.compile(r"\b(?:beat|beats|beating|defeated|defeats|defeat|defeating|pushing|pushed|ousted|ousts|unseated|"
                   r"unseats|toppled|over|ahead\s+of)\s+(?:[\w-]+[\s,]+){0,5}?$", re.I)
_INCUMBENT_BEFORE = re.compile(r"\b(?:incumbent|sitting|outgoing)\s+(?:\w+\s+){0,2}$", re.I)
_INCUMBENT = re.compile(r"\b(?:held|had\s+held|has\s+held)\s+the\s+seat\s+(?:since|from|for)\b|\bMP\s+(?:of|for)\s+\d+\s+years\b|"
                        r"\bMP\s+since\b|\bvacates?\b|\brepresentative\b[^.;]*\bsince\b|^\W*(?:the\s+)?incumbent\b|"
                        r"\bwas\s+(?:first\s+)?elected\s+(?:in|at)\b", re.I)
_DEFENDING = re.compile(r"\b(?:his|her|their)\s+seat\b", re.I)
_YEAR_IN = re.compile(r"\b(?:in|at\s+the)\s+((?:19|20)\d\d)\b(?!\s*[-–])|\b((?:19|20)\d\d)\s+(?:general\s+)?election\b", re.I)
_NOT_RESULT = re.compile(r"\bcontrol\b|\bcouncil\b|\bcouncillors?\b|\bward\b|\boverall\b|\breferendum\b|\bpolls?\s+suggest",
                         re.I)
_MAYOR = re.compile(r"\b(?:Mayor|mayor)\s+(?:of|for)\s+(?:the\s+)?(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
                    r"|\b(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?)(?:['’]s)?\s+(?:[Mm]ayor(?:alty)?|[Mm]ayoral)\b")
_OTHER_PARTY = re.compile(r"\b(?:from|for|of)\s+the\s+(?P<p>(?:[A-Z][\w'’]*\s+)(?:(?:[A-Z][\w'’]*|and|&|for|of)\s+)*"
                          r"(?:Party|Coalition|Alliance|Movement|Front|League|Independents|Group|Union))\b")
_DESCRIPTION = re.compile(r"\bthe\s+(?P<party>[A-Z][\w ]*?)\s+(?:candidate|MP|challenger|incumbent|contender|"
                          r"[A-Z][a-z]+er)\s*$", re.I)
_PRONOUN = re.compile(r"^\W*(?:(?:In\s+fact|Meanwhile|However|Instead)\s*,?\s*)?(?P<p>he|she|his|her)\b", re.I)
_THE_PARTY = re.compile(r"^\W*(?:In\s+fact\s+|Meanwhile\s*,?\s*)?the\s+party\b", re.I)
_THE_SEAT = re.compile(r"\b(?:the|this|his|her|their|its)\s+(?:[\w-]+\s+)?(?:seat|constituency)\b|"
                       r"\b(?:won|gained|took|taken|held|kept|retained|claimed)\s+it\b|\bthe\s+(?:by-?election|"
                       r"contest|race|count)\b", re.I)
_RELATIONAL = re.compile(r"\b(?:husband|wife|partner|widow|widower|son|daughter|brother|sister|father|mother|friend|"
                         r"friends|set\s+up\s+by|founded\s+by|led\s+by|married\s+to|of|under|insider)\b[^,]*$", re.I)
_APPOSITION_PARTY = re.compile(r"^\s*(?:of|for)\s+(?:the\s+)?(?P<p>.+?)\s*$|^\s*(?:a|an)\s+(?:former\s+)?(?P<q>[A-Z][\w ]*?)"
                               r"(?:\s+(?:MP|candidate|councillor|member|who|and)\b|\s*$)")
_STOOD = re.compile(r"\b(?:stood|standing|stands|ran|running)\s+(?:[\w ]*?\s+)?(?:for|as)\s+(?:an?\s+|the\s+)?(?P<p>[A-Za-z][\w ]*)")


@dataclass
class Entry:
    """One candidate in one contest, as the article describes them."""

    party: str | None = None
    votes: int | None = None
    share: float | None = None
    rank: int | None = None
    lost: bool = False  # named as beaten, unseated or defeated
    incumbent: bool = False
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Contest:
    """One seat at one election: its result and its candidates, pooled over the article."""

    election: Election
    seat: str
    winner: str | None = None
    party: str | None = None
    outcome: str | None = None
    previous_party: str | None = None
    majority: int | None = None
    candidates: dict[str, Entry] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)

    def entry(self, person: str) -> Entry:
        return self.candidates.setdefault(person, Entry())


@dataclass
class Actor:
    """Who a clause is about: a person (resolved full name) or, failing that, a party."""

    person: str | None = None
    party: str | None = None
    at: int = 0  # offset of the mention within the sentence
    end: int = 0


@dataclass
class Unit:
    """A piece of a sentence read on its own: a clause's main part or one of its asides."""

    start: int
    end: int
    subject: Actor | None  # given for an aside: the person it describes
    aside: bool = False
    blanks: tuple[tuple[int, int], ...] = ()  # the asides cut out of a clause's main part

    def text_in(self, text: str) -> str:
        """The sentence with this unit's asides blanked out (offsets unchanged)."""
        for start, end in self.blanks:
            text = text[:start] + " " * (end - start) + text[end:]
        return text


class Reader:
    """Reads an article's prose into contests."""

    def __init__(self, doc: Document, homes: dict[tuple[str, Election], str]) -> None:
        self.doc = doc
        self.homes = homes  # (person, election) -> seat: the seat each person stood in, where a sentence says so
        self.contests: dict[tuple[Election, str], Contest] = {}
        self.parties: dict[str, str] = {}  # a person's party, as the article names it beside them
        self.found_homes: dict[tuple[str, Election], str] = {}
        self.list_paragraphs = {line.paragraph.index for lines in result_lists(doc) for line in lines}
        self.unplaced: set[str] = set()  # people whose seat the article leaves unsaid
        self.context: tuple[Election, str] | None = None
        self.context_age = 0
        self.last_party: str | None = None
        self.sentence_subject: Actor | None = None
        # An article dated near no election (a defection story, say) reports results only for years it names.
        self.reporting = doc.election.date is not None or doc.election.kind != "general"
        self.parliamentary = doc.election.kind in ("general", "by-election") and (
            doc.election.date is not None or doc.election.kind == "by-election")

    # -- contests ---------------------------------------------------------------------------
    def contest(self, election: Election, seat: str) -> Contest:
        return self.contests.setdefault((election, seat), Contest(election, seat))

    def read(self) -> None:
        for sentence in self.doc.sentences:
            if self.doc.mentions_in(sentence):  # the story moves on only with sentences about people
                self.context_age += 1
            if self.context_age > 6:
                self.context = None
            self.read_sentence(sentence)
            self.note_seat(sentence)

    def note_seat(self, sentence: Sentence) -> None:
        """A sentence naming one seat and no other makes it the contest the next sentences are about."""
        text = self.masked(sentence)
        seats = {m.value for m in seat_mentions(text, self.doc.election.year)}
        if len(seats) == 1 and sentence.paragraph not in self.list_paragraphs and self.doc.election.kind != "mayoral":
            self.context, self.context_age = (self.election_for(None), seats.pop()), 0

    def only_party(self, person: str) -> str | None:
        """The party a person stands for everywhere in the article, when there is just one."""
        seen = {e.party for c in self.contests.values() for p, e in c.candidates.items() if p == person and e.party}
        if person in self.parties:
            seen.add(self.parties[person])
        return seen.pop() if len(seen) == 1 else None

    def last_winning_party(self, contest: Contest) -> str | None:
        """The party that won the seat at the latest earlier election the article mentions."""
        earlier = [c for c in self.contests.values() if c.election.year < contest.election.year
                   and reference.seat_key(c.seat) & reference.seat_key(contest.seat) == reference.seat_key(contest.seat)
                   and c.party]
        return max(earlier, key=lambda c: c.election.year).party if earlier else None

    # -- one sentence -------------------------------------------------------------------------
    def read_sentence(self, sentence: Sentence) -> None:
        if sentence.paragraph in self.list_paragraphs:
            return  # a line of a printed result list: read by the result-lists extractor
        text = self.masked(sentence)
        self.sentence_subject = None
        if not re.search(r"\w", text):
            return
        people = [m for m in self.doc.mentions_in(sentence) if text[m.mention.start] != " "]
        for unit in self.units(text, people):
            self.read_unit(sentence, text, unit, people)

    def masked(self, sentence: Sentence) -> str:
        """The sentence with speech blanked out (same length, so offsets still hold)."""
        chars = list(sentence.text)
        for start, end in self.doc.quoted:
            for i in range(max(start, sentence.start), min(end, sentence.end)):
                chars[i - sentence.start] = " "
        return "".join(chars)

    def units(self, text: str, people: list[PersonMention]) -> Iterator[Unit]:
        """Clauses, and inside each the asides that describe a person."""
        for start, end in _clauses(text, people):
            yield from _asides(text, start, end, people)

    def read_unit(self, sentence: Sentence, text: str, unit: Unit, people: list[PersonMention]) -> None:
        text = unit.text_in(text)
        part = text[unit.start:unit.end]
        if not re.search(r"[A-Za-z]", part):
            return
        inside = [m for m in people if unit.start <= m.mention.start < unit.end and text[m.mention.start] != " "
                  and self.takes_part(text, m, unit)]
        year = self.year_of(part)
        mayoralty = _mayoralty(part)
        election = self.mayoral_election(mayoralty, year) if mayoralty else self.election_for(year)
        verb = _first_verb(part)
        verb_at = unit.start + verb.start() if verb else unit.end
        subject = unit.subject or self.subject(sentence, text, unit, inside, verb_at)
        if subject is None and not unit.aside:
            subject = self.sentence_subject  # '…, while holding on to Derby South': the last clause's subject
        elif not unit.aside:
            self.sentence_subject = subject
        if unit.aside and subject and subject.person:
            self.read_aside(text, unit, subject)
        statement = self.statement(text, unit, subject, inside, verb, people)
        if statement is None:
            return
        if not statement.people_facts and _NOT_RESULT.search(part):
            return  # 'Labour hold Chesterfield council': control of a council, not a seat
        seats = [mayoralty] if mayoralty else self.seats_in(text, unit, year or self.doc.election.year)
        if not statement.people_facts and not seats and not _THE_SEAT.search(part):
            return  # a party's result is a seat result only where the seat is named
        if len(seats) == 1:
            for person in statement.people():
                self.found_homes.setdefault((person, election), seats[0])
        targets = [(election, seat, statement) for seat in seats] or self.targets_without_name(
            text, unit, statement, year)
        if not targets and statement.subject_person:
            self.unplaced.add(statement.subject_person)
        for target_election, seat, st in targets:
            if target_election == self.doc.election and not self.reporting:
                continue  # an article written between elections: its present tense reports no result
            if len(targets) == 1 and not st.many_subjects:
                for person in st.people():
                    self.found_homes.setdefault((person, target_election), seat)
            self.apply(sentence, self.contest(target_election, seat), st)
        if len(targets) == 1 and targets[0][0].year == self.doc.election.year:
            self.context, self.context_age = (targets[0][0], targets[0][1]), 0

    def targets_without_name(self, text: str, unit: Unit, statement: Statement,
                             year: int | None) -> list[tuple[Election, str, Statement]]:
        """Where a clause that names no seat belongs: each person's own seat (people named together
        may have stood in different seats), else the contest just read about."""
        election = self.election_for(year)
        homes = {p: self.homes.get((p, election)) for p in statement.people()}
        lead = homes.get(statement.subject_person or "")
        if lead and not statement.many_subjects:
            return [(election, lead, statement)]
        if any(homes.values()) and (statement.many_subjects or statement.co_winners or len(set(homes.values())) > 1):
            # people named together who stood in different seats: each to their own
            return [(election, home, statement.only(person)) for person, home in homes.items() if home]
        found = self.seat_without_name(text, unit, statement, year)
        return [(found[0], found[1], statement)] if found else []

    def takes_part(self, text: str, m: PersonMention, unit: Unit) -> bool:
        """A name inside an aside about someone else ('sister of … Amy Lark') is not a contestant,
        nor is a possessive that owns something other than a result ('the prime minister's party')."""
        before = text[unit.start:m.mention.start]
        chunk = before.rsplit(",", 1)[-1]
        if _RELATIONAL.search(chunk) and not re.search(r"\b(?:won|held|taken|beaten|defeated)\s+by\s*$", chunk):
            return False
        after = text[m.mention.end:]
        if re.match(r"['’]s\b", after) and not re.match(
                rf"['’]s\s+(?:[A-Z]\w+\s+)?(?:{NUMBER}|majority|victory|win|seat|\d)", after):
            return False
        return True

    def year_of(self, part: str) -> int | None:
        found = _YEAR_IN.search(part)
        if not found:
            return None
        year = int(found.group(1) or found.group(2))
        return year if year <= self.doc.election.year else None

    def election_for(self, year: int | None) -> Election:
        if year is None or year == self.doc.election.year:
            return self.doc.election if self.doc.election.kind != "mayoral" else self.doc.general_election(
                self.doc.election.year)
        return self.doc.election_in(year)

    def mayoral_election(self, place: str, year: int | None) -> Election:
        year = year or self.doc.election.year
        known = next((e for e in reference.election_dates()
                      if e.kind == "mayoral" and e.year == year and e.place == place), None)
        return Election("mayoral", year, known.date if known else None, place)

    def seats_in(self, text: str, unit: Unit, year: int) -> list[str]:
        part = text[unit.start:unit.end]
        taken = [(p.start, p.end) for p in party_mentions(part)]
        seats: list[str] = []
        for m in seat_mentions(part, year):
            if any(s <= m.start < e for s, e in taken) or re.match(r"\s+(?:Borough|District|City|County)\b",
                                                                   part[m.end:]):
                continue
            if m.value not in seats:
                seats.append(m.value)
        return seats

    def seat_without_name(self, text: str, unit: Unit, statement: Statement,
                          year: int | None) -> tuple[Election, str] | None:
        """A clause that names no seat: its people's own seat, else the contest just read about,
        unless it names a new winner while that contest already has one."""
        election = self.election_for(year)
        for person in statement.people():
            home = self.homes.get((person, election))
            if home:
                return election, home
        if self.context is None or statement.subject_person in self.unplaced:
            return None
        context_election, seat = self.context
        if year is not None and year != context_election.year:
            renamed = reference.constituency_named(seat, year, allow_short=True)
            return election, renamed.name if renamed else seat
        known = self.contests.get(self.context)
        if statement.winner and known and known.winner and known.winner != statement.winner:
            return None
        if statement.many_subjects and re.search(r"\bseats\b", text[unit.start:unit.end]):
            return None  # 'X and Y also lost their seats': seats elsewhere
        return context_election, seat

    # -- who the clause is about -----------------------------------------------------------------
    def subject(self, sentence: Sentence, text: str, unit: Unit, inside: list[PersonMention],
                verb_at: int) -> Actor | None:
        before = [m for m in inside if m.mention.start < verb_at]
        if before:
            m = before[0]
            return Actor(m.person, None, m.mention.start, m.mention.end)
        part = text[unit.start:verb_at]
        pronoun = _PRONOUN.match(part)
        if pronoun:
            person = self.doc.resolve_pronoun(sentence, sentence.start + unit.start + pronoun.start("p"),
                                              pronoun_gender(pronoun.group("p")))
            if person:
                return Actor(person, None, unit.start + pronoun.start("p"), unit.start + pronoun.end("p"))
        described = _DESCRIPTION.search(part)
        if described and reference.party_named(described.group("party")):
            party = reference.canonical_party(described.group("party"))
            person = self.last_of_party(party)
            return Actor(person, party, unit.start, unit.start + described.end())
        if _THE_PARTY.match(part) and self.last_party:
            return Actor(None, self.last_party, unit.start, unit.start + _THE_PARTY.match(part).end())
        parties = party_mentions(part)
        if parties:
            first = parties[0]
            return Actor(None, first.value, unit.start + first.start, unit.start + first.end)
        return None

    def last_of_party(self, party: str) -> str | None:
        for name, known in reversed(list(self.parties.items())):
            if known == party:
                return name
        return None

    # -- what the clause says -----------------------------------------------------------------
    def statement(self, text: str, unit: Unit, subject: Actor | None, inside: list[PersonMention],
                  verb: re.Match[str] | None, people: list[PersonMention]) -> Statement | None:
        part = text[unit.start:unit.end]
        st = Statement()
        if subject and subject.person:
            named = next((m for m in people if m.mention.start == subject.at), None)
            stood = _STOOD.search(part)
            party = (self.party_beside(text, named, Unit(0, len(text), None)) if named else None) or (
                _party_at_start(stood.group("p")) if stood else None)
            st.person(subject.person).party = party
            if unit.aside and _INCUMBENT.search(part):
                st.person(subject.person).incumbent = True
        # Every person named takes part; parties beside them are theirs.
        for m in inside:
            st.person(m.person).party = st.person(m.person).party or self.party_beside(text, m, unit)
        subjects = [m for m in inside if subject and subject.person and m.person == subject.person]
        subjects += [m for m in inside if m.mention.start < (unit.start + verb.start() if verb else unit.end)
                     and m not in subjects]
        st.many_subjects = len({m.person for m in subjects}) > 1
        if subject and subject.person:
            st.person(subject.person)
            if subject.party:
                st.person(subject.person).party = st.person(subject.person).party or subject.party
        lead = subject.person if subject else None
        st.subject_person = lead
        self.read_win_or_loss(text, unit, subject, inside, verb, st)
        self.read_ranks(text, unit, inside, subjects, st)
        self.read_figures(text, unit, inside, lead, st)
        self.read_majority(text, unit, inside, st)
        if subject and subject.person is None and subject.party and st.won and st.winner is None:
            st.party = subject.party
        if not (st.won or st.previous_party or st.lost_people() or any(s.rank or s.votes or s.share or s.incumbent
                                                  for s in st.people_facts.values()) or st.majority):
            return None
        if st.winner is None and st.party is None and st.previous_party is None and not st.people_facts \
                and st.majority is None:
            return None
        if st.winner is None and not st.people_facts and not self.parliamentary:
            return None  # a party winning a place outside a parliamentary election is council control
        return st

    def read_win_or_loss(self, text: str, unit: Unit, subject: Actor | None, inside: list[PersonMention],
                         verb: re.Match[str] | None, st: Statement) -> None:
        part = text[unit.start:unit.end]
        passive = _PASSIVE.search(part)
        if passive:
            after = unit.start + passive.end()
            by_person = next((m for m in inside if m.mention.start >= after and not text[after:m.mention.start].strip(" ,")
                              or m.mention.start >= after and re.fullmatch(r"[\w' ’]*", text[after:m.mention.start])), None)
            if by_person:
                self.win(st, by_person.person, part)
                previous = by_person
                for m in [m for m in inside if m.mention.start > by_person.mention.start]:
                    if not re.fullmatch(r"[\s,]*(?:and\s+)?", text[previous.mention.end:m.mention.start]):
                        break
                    st.co_winners.append(m.person)
                    st.person(m.person).rank = 1
                    previous = m
                if st.co_winners:
                    st.co_winners.insert(0, by_person.person)
                    party = party_mentions(text[after:by_person.mention.start])
                    st.party = party[0].value if party else st.party
            else:
                parties = party_mentions(text[after:unit.end])
                if parties and parties[0].start < 5:
                    st.won, st.party = True, parties[0].value
                    st.outcome = _outcome(part)
            return
        if re.search(r"\b(?:wrongly|mistakenly|incorrectly)\s+(?:declared|announced|named)", part):
            if subject and subject.person:
                st.person(subject.person).lost = True  # the wrong winner announced: a candidate, beaten
            return
        lost = _LOSE.search(part)
        loser = subject.person if subject else None
        if lost and re.search(r"(?:candidate|MP|challenger)$", lost.group(0)):
            # 'The beaten Tory candidate for Anytown, Amy Lark, …'
            loser = next((m.person for m in inside if m.mention.start >= unit.start + lost.end()), loser)
        if lost and not loser and subject and subject.party and lost.group(0).lower().startswith("lo"):
            st.previous_party, st.outcome = subject.party, "gain"  # 'Labour lose Mansfield after 94 years'
            return
        if loser and lost and (not verb or lost.start() <= verb.start() + 1):
            st.person(loser).lost = True
            if _DEFENDING.search(part[lost.end():lost.end() + 12]):
                st.person(loser).incumbent = True
            winner = next((m for m in inside if m.mention.start > unit.start + lost.end()
                           and _LOST_TO.search(_strip_party(text[unit.start + lost.end():m.mention.start]))), None)
            if winner:
                self.win(st, winner.person, part)
                st.outcome = st.outcome or ("gain" if st.person(loser).incumbent else None)
            return
        wins = _win_verbs(part)
        if not wins:
            return
        for win in wins:
            actor = self.actor_before(text, unit, inside, unit.start + win.start()) or subject
            if actor and actor.person and not st.winner:
                self.win(st, actor.person, part[win.start():])
                st.party = st.party or _party_for(part)
            elif actor and actor.party and not actor.person and not st.party:
                if not re.search(r"\bseats\b", part[win.end():win.end() + 25]):
                    st.won = True
                    st.party = actor.party
                    st.outcome = st.outcome or _outcome(part[win.start():])
                    self.last_party = actor.party
        win = wins[0]
        # The beaten: named after 'beat', 'defeating', 'from', 'pushing … into'.
        beaten_end = None
        for m in inside:
            if m.person == st.winner or m.mention.start < unit.start + win.start():
                continue
            lead = _strip_party(text[unit.start + win.start():m.mention.start])
            joined = beaten_end is not None and re.fullmatch(r"[\s,]*and\s+(?:the\s+)?", _strip_party(
                text[beaten_end:m.mention.start]))
            if _BEAT.search(lead) or _FROM.search(lead) or joined:
                st.person(m.person).lost = True
                beaten_end = m.mention.end
                if _INCUMBENT_BEFORE.search(lead):
                    st.person(m.person).incumbent = True
        source = re.search(r"\bfrom\s+(?:the\s+)?(?P<p>[A-Z][\w’'-]*(?:\s+[A-Z][\w'’-]*)*)", part[win.end():])
        if source and _GAIN_FROM.search(part):
            party = reference.party_named(source.group("p")) or reference.party_named(source.group("p").split()[0])
            if party:
                st.previous_party = party.name
                st.outcome = "gain"
                for person, facts in st.people_facts.items():
                    if facts.lost and facts.party is None and person != st.winner:
                        facts.party = party.name
        overcame = re.search(r"\bovercame\s+(?:a|an|the)\s+(?:\w+\s+)?(?P<p>[A-Z][\w ]*?)\s+majority", part)
        if overcame and reference.party_named(overcame.group("p")):
            st.previous_party = reference.canonical_party(overcame.group("p"))
            for facts in st.people_facts.values():
                if facts.lost and facts.party is None:
                    facts.party = st.previous_party

    def actor_before(self, text: str, unit: Unit, inside: list[PersonMention], at: int) -> Actor | None:
        """Who does what a verb at `at` says: the person or party named last before it in the clause,
        when nothing but descriptive words comes between."""
        people = [m for m in inside if m.mention.end <= at]
        parties = [p for p in party_mentions(text[unit.start:at])]
        person = people[-1] if people else None
        party = parties[-1] if parties else None
        if party and (person is None or unit.start + party.start > person.mention.end) and not re.search(
                r"['’]s?\s*$", party.text) and not re.search(r"\b(?:from|to|by|than|against|over)\s+(?:the\s+)?$",
                                                             text[unit.start:unit.start + party.start]):
            if re.match(r"\s+(?:candidate|MP|challenger|incumbent|contender|[A-Za-z]+er)\s*$", text[unit.start + party.end:at]):
                return None  # 'the Conservative candidate eased to victory': a person, described
            return Actor(None, party.value, unit.start + party.start, unit.start + party.end)
        if person:
            return Actor(person.person, None, person.mention.start, person.mention.end)
        return None

    def win(self, st: Statement, person: str, part: str) -> None:
        """`part` runs from the verb of winning to the clause's end."""
        st.won, st.winner = True, person
        st.person(person).rank = 1
        st.outcome = st.outcome or _outcome(part)
        party = _party_for(part)
        if party:
            st.person(person).party = st.person(person).party or party

    def read_ranks(self, text: str, unit: Unit, inside: list[PersonMention], subjects: list[PersonMention],
                   st: Statement) -> None:
        part = text[unit.start:unit.end]
        respectively = _RESPECTIVELY.search(part)
        if respectively:
            places = [_ORDINALS[w.lower()] for w in re.findall(_ORD, respectively.group(1), re.I)]
            named = list(dict.fromkeys(m.person for m in subjects))
            if len(named) == len(places):
                for person, place in zip(named, places):
                    st.person(person).rank = place
            return
        for found in _RANK.finditer(part):
            word = found.group("ord") or found.group("ord2") or found.group("ord3")
            place = _ORDINALS[word.lower()]
            owner = self.owner(text, unit, inside, unit.start + found.start(), st)
            if owner and (place > 1 or re.search(r"\b(?:came|finished|was)\s+first\b", found.group(0))):
                st.person(owner).rank = place
        runner = _RUNNER_UP.search(part)
        if runner:
            after = next((m for m in inside if m.mention.start >= unit.start + runner.end()), None)
            if after:
                st.person(after.person).rank = 2

    def owner(self, text: str, unit: Unit, inside: list[PersonMention], at: int, st: Statement) -> str | None:
        """The person a figure or place at `at` belongs to: the one named last before it, unless a
        party comes between them ('with Reform coming third'); the subject when no one is named before."""
        before = [m for m in inside if m.mention.end <= at]
        if not before:
            return st.subject_person
        m = before[-1]
        between = text[m.mention.end:at]
        own_party = re.match(r"\s*(?:\([^)]*\)|,\s*(?:of|for)\s+[^,]*,|\s+(?:for|from|of)\s+(?:the\s+)?[A-Z][^,]*?(?=\s+[a-z]))",
                             between)
        rest = between[own_party.end():] if own_party else between
        for party in party_mentions(rest):
            if not re.search(r"\b(?:for|of|from|against|to|over|than|by)\s+(?:the\s+)?$", rest[:party.start]):
                return None  # 'with Reform coming third': the place is the party's
        return m.person

    def read_figures(self, text: str, unit: Unit, inside: list[PersonMention], lead: str | None,
                     st: Statement) -> None:
        part = text[unit.start:unit.end]
        st.subject_person = lead
        shares = list(_SHARE.finditer(part))
        share_spans = [(s.start(), s.end()) for s in shares]
        for found in re.finditer(NUMBER, part):
            if any(s <= found.start() < e for s, e in share_spans):
                continue
            value = to_int(found.group(0))
            before, after = part[:found.start()], part[found.end():]
            if re.fullmatch(r"(?:19|20)\d\d", found.group(0)) and not _VOTES_AFTER.match(after):
                continue
            if re.match(r"\s*(?:%|per\s?cent|percent|-?vote\s+majority|majority|years?|seats?|people|points?)\b", after,
                        re.I) or re.match(r"\s+(?:votes\s+)?(?:more|fewer|behind|ahead|short)\b", after):
                continue
            if re.search(r"\b(?:majority|by|from|to|number|of|turnout|than|under|over|almost|nearly|about|around)\s+"
                         rf"{_QUALIFIER}$", before, re.I) and not re.search(r"\btotal\s+of\s+$", before):
                continue
            if not (_VOTES_AFTER.match(after) or _VOTES_BEFORE.search(before)):
                continue
            owner = self.vote_owner(text, unit, inside, unit.start + found.start(), st)
            if owner and value >= 10:
                st.person(owner).votes = st.person(owner).votes or value
        for share in shares:
            before = part[:share.start()]
            if _SHARE_NOT.search(before):
                continue
            owner = self.vote_owner(text, unit, inside, unit.start + share.start(), st)
            if owner:
                st.person(owner).share = st.person(owner).share or float(share.group("share"))

    def vote_owner(self, text: str, unit: Unit, inside: list[PersonMention], at: int, st: Statement) -> str | None:
        """Figures after a beaten person's name are the winner's ('won the seat from X with 25,291 votes'),
        unless an aside or a possessive gives them to the beaten one ('to Mr Y's 13,760')."""
        owner = self.owner(text, unit, inside, at, st)
        if owner and owner != st.subject_person and st.people_facts.get(owner) and st.people_facts[owner].lost:
            m = [x for x in inside if x.person == owner][-1]
            if re.match(r"\s*(?:with|by)\b", text[m.mention.end:at]):
                return st.subject_person
        return owner

    def read_majority(self, text: str, unit: Unit, inside: list[PersonMention], st: Statement) -> None:
        part = text[unit.start:unit.end]
        for found in _MAJORITY.finditer(part):
            if _PAST_MAJORITY.search(part[:found.start()]) or re.match(r"\s+(?:in|at)\s+(?:19|20)\d\d", part[found.end():]) \
                    and self.year_of(part) is None:
                continue
            if re.search(r"\bmajority\s+by\b", found.group(0)):
                continue
            number = next(g for g in found.groups() if g)
            st.majority = st.majority or to_int(number)
        for m in inside:
            owned = re.match(rf"['’]s\s+(?:(?P<p>[A-Z][\w ]*?)\s+)?majority\b", text[m.mention.end:unit.end])
            if owned and st.majority:
                st.won, st.winner = True, m.person
                st.person(m.person).rank = 1
                party = owned.group("p") and reference.party_named(owned.group("p"))
                st.party = st.party or (party.name if party else None)
            before = text[unit.start:m.mention.start]
            more = _MORE_THAN.search(before)
            if more:
                st.majority = st.majority or to_int(more.group("n"))
                if st.subject_person and st.subject_person != m.person:
                    st.person(m.person).lost = True
            behind = _BEHIND.search(before)
            if behind:
                st.majority = st.majority or to_int(behind.group("n"))
                st.won, st.winner = True, m.person
                st.person(m.person).rank = 1

    def party_beside(self, text: str, m: PersonMention, unit: Unit) -> str | None:
        """The party printed next to a name: 'Labour's X', 'Tory candidate X', 'X (Lab)', 'X, of Labour'."""
        before = text[max(0, m.mention.start - 80):m.mention.start]
        before = re.sub(r",\s*$", " ", before)
        found = re.search(r"(?P<p>(?:[A-Z][\w’'-]*\s+)*?[A-Z][\w’'-]*?)(?:['’]s?)?\s+(?:(?:candidate|MP|MPs|councillor|"
                          r"challenger|incumbent|member|veteran|rival|leader|former|of\s+\d+\s+years|(?:in|for)\s+[A-Z][\w]*(?:\s+[A-Z]\w*)*)"
                          r"\s*,?\s*)*$", before)
        if found:
            for start in range(len(found.group("p").split())):
                words = found.group("p").split()[start:]
                party = reference.party_named(" ".join(words))
                if party:
                    return party.name
        after = text[m.mention.end:unit.end if unit.end > m.mention.end else len(text)]
        bracket = re.match(r"\s*\((?P<p>[^()]{1,60})\)", after)
        if bracket:
            return reference.canonical_party(bracket.group("p"))
        stood = _STOOD.search(after[:80])
        if stood:
            party = _party_at_start(stood.group("p"))
            if party:
                return party
        tied = re.match(r"\s*,?\s+(?:of|for|from)\s+(?:the\s+)?(?P<p>[A-Z][\w’' &-]*)", after)
        if tied:
            party = _party_at_start(tied.group("p"))
            if party:
                return party
        other = _OTHER_PARTY.match(after.lstrip(" ,"))
        if other and re.match(r"\s*,?\s*(?:from|for|of)\s+the", after):
            return other.group("p")
        described = re.match(r"\s*,\s+(?:a|an|the)\s+(?:former\s+|local\s+|veteran\s+)?(?P<p>[A-Z][\w ]*?)"
                             r"(?:\s+(?:MP|candidate|councillor|member|who)\b|\s*,|\s*$)", after)
        if described and reference.party_named(described.group("p")):
            return reference.canonical_party(described.group("p"))
        return None

    # -- asides: incumbency ---------------------------------------------------------------
    def read_aside(self, text: str, unit: Unit, subject: Actor) -> None:
        """An aside's party ('who stood for Ukip', ', of Labour,') is the party of the person it describes."""
        part = text[unit.start:unit.end]
        stood = _STOOD.search(part)
        party = _APPOSITION_PARTY.match(part)
        named = stood.group("p") if stood else party and (party.group("p") or party.group("q"))
        if named and _party_at_start(named):
            self.parties[subject.person] = _party_at_start(named)

    # -- pooling ---------------------------------------------------------------------------
    def apply(self, sentence: Sentence, contest: Contest, st: Statement) -> None:
        touched = False
        if st.won or st.majority or st.outcome or st.previous_party:
            if st.winner and contest.winner and contest.winner != st.winner:
                return  # a second winner for one seat: keep the first
            contest.winner = contest.winner or st.winner
            contest.party = contest.party or st.party or (st.people_facts[st.winner].party if st.winner else None)
            contest.outcome = contest.outcome or st.outcome
            contest.previous_party = contest.previous_party or st.previous_party
            contest.majority = contest.majority or st.majority
            touched = True
        for person, facts in st.people_facts.items():
            if not (facts.rank or facts.votes or facts.share or facts.lost or facts.incumbent or person == st.winner):
                continue
            entry = contest.entry(person)
            for name in ("party", "votes", "share", "rank"):
                if getattr(entry, name) is None and getattr(facts, name) is not None:
                    setattr(entry, name, getattr(facts, name))
            entry.lost = entry.lost or facts.lost
            entry.incumbent = entry.incumbent or facts.incumbent
            entry.sentences.append(sentence)
            if facts.party:
                self.parties[person] = facts.party
        if touched or st.people_facts:
            contest.sentences.append(sentence)


@dataclass
class PersonFacts:
    party: str | None = None
    votes: int | None = None
    share: float | None = None
    rank: int | None = None
    lost: bool = False
    incumbent: bool = False


@dataclass
class Statement:
    """What one clause says about one contest."""

    won: bool = False
    winner: str | None = None
    party: str | None = None
    outcome: str | None = None
    previous_party: str | None = None
    majority: int | None = None
    subject_person: str | None = None
    many_subjects: bool = False
    people_facts: dict[str, PersonFacts] = field(default_factory=dict)

    co_winners: list[str] = field(default_factory=list)  # 'held by Labour candidates A, B and C'

    def person(self, name: str) -> PersonFacts:
        return self.people_facts.setdefault(name, PersonFacts())

    def only(self, name: str) -> Statement:
        """What this statement says about one of its people (their seat's result if they won it)."""
        won = name == self.winner or name in self.co_winners
        part = Statement(won=won, winner=name if won else None, subject_person=self.subject_person,
                         people_facts={name: self.person(name)})
        if won:
            part.party, part.outcome, part.previous_party, part.majority = (
                self.party, self.outcome, self.previous_party, self.majority)
        return part

    def people(self) -> list[str]:
        return list(self.people_facts)

    def lost_people(self) -> list[str]:
        return [p for p, f in self.people_facts.items() if f.lost]


_GAIN_FROM = re.compile(r"\b(?:won|wins|took|takes|taking|taken|gained|gains|gain|claimed|captured|seized|snatched|"
                        r"regained|reclaimed)\b[^.;]*\bfrom\b", re.I)


def _party_at_start(text: str) -> str | None:
    words = text.split()
    for n in range(min(len(words), 6), 0, -1):
        party = reference.party_named(" ".join(words[:n]))
        if party:
            return party.name
    return None


def _strip_party(text: str) -> str:
    """'beat Labour's ' reads as 'beat ': party words before a name are not part of the verb phrase."""
    stripped = text
    for m in reversed(party_mentions(text)):
        stripped = stripped[:m.start] + stripped[m.end:]
    return re.sub(r"\b(?:candidate|MP|former|[a-z]+er)\s+$", "", re.sub(r"\s+", " ", stripped).rstrip() + " ").rstrip() + " "


def _first_verb(part: str) -> re.Match[str] | None:
    wins = _win_verbs(part)
    candidates = [m for m in (wins[0] if wins else None, _LOSE.search(part), _RANK.search(part),
                              re.search(r"\b(?:got|polled|received|secured|achieved|was|were|is|has|had|finished|came)\b",
                                        part)) if m]
    return min(candidates, key=lambda m: m.start()) if candidates else None


def _win_verbs(part: str) -> list[re.Match[str]]:
    """The verbs of winning in a clause, leaving out what only might have happened."""
    found = []
    losses = [(x.start(), x.end()) for x in _LOSE.finditer(part)]
    for m in _WIN_RE.finditer(part):
        if _HYPOTHETICAL.search(part[max(0, m.start() - 40):m.start()]) or any(a <= m.start() < b for a, b in losses):
            continue
        window = part[max(0, m.start() - 12):m.end() + 30]
        if _NOT_WIN.search(window) and not re.search(r"\bseats\b", window[:10]):
            continue
        word = m.group(0).lower()
        if word in ("declared", "becomes", "became", "is") and not re.search(
                r"^(?:declared\s+(?:the\s+)?winner|(?:becomes|became|is)\s+(?:now\s+)?(?:[\w'’]+\s+){0,4}?MP\b)",
                part[m.start():]):
            continue
        if word in ("secured", "clinched", "eased", "cruised", "romped", "swept") and not re.search(
                r"\bvictory|\bwin\b|\bthe\s+seat", part[m.end():m.end() + 40]):
            continue
        if word in ("returned",) and not re.search(r"\bthrough|\bas\s+MP", part[m.end():]):
            continue
        if word in ("take", "taking", "took", "takes", "taken", "claimed", "claims", "claim", "kept", "keep", "keeps",
                    "win", "won", "wins", "winning") and not re.search(
                r"^\s+(?:(?:the|his|her|their|a|back|this)\s+(?:[\w'’-]+\s+){0,3}?(?:seat|constituency|by-?election|"
                r"election|race|contest|victory)\b|(?:the\s+)?[A-Z]|(?:it|for|in|by|with|from|comfortably|easily|narrowly|"
                r"again|re-?election|handsomely|convincingly)\b)", part[m.end():]):
            continue
        found.append(m)
    return found


_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|should|predict\w*|expect\w*|hop(?:e|ed|ing)|bid\s+to|aim\w*|"
                           r"tipped|likely|if|whether|target\w*|want\w*|tried|trying|attempt\w*|failed)\b[^,;]*$", re.I)


def _outcome(part: str) -> str | None:
    if _GAIN.search(part) or _GAIN_FROM.search(part):
        return "gain"
    if _HOLD.search(part):
        return "hold"
    return None


def _party_for(part: str) -> str | None:
    """'won for Labour', 'held the seat for the Tories'."""
    found = re.search(r"\b(?:won|wins|win|held|holds|retained|retains|took|takes|kept|keeps|seat|elected|re-elected)"
                      r"(?:\s+[\w'’-]+){0,5}?\s+for\s+(?:the\s+)?(?P<p>[A-Z][\w ]*)"
                      r"|\b(?:elected|re-elected|won|stood|standing)\s+as\s+(?:an?\s+|the\s+)?(?P<q>[A-Z][\w ]*)"
                      r"|\bis\s+(?:now\s+)?the\s+(?:(?:last|only|new|first)\s+)?(?P<r>[A-Z][\w ]*?)\s+MP\b", part)
    if found and found.group("r"):
        return _party_at_start(found.group("r"))
    if found and found.group("q"):
        return _party_at_start(found.group("q"))
    return _party_at_start(found.group("p")) if found else None


def _mayoralty(part: str) -> str | None:
    """The place whose mayoralty a clause is about ('re-elected as Mayor of Mansfield', 'retains
    Leicester mayoral seat'); a title before a name ('Paris Mayor Amy Lark') is not one."""
    found = _MAYOR.search(part)
    if not found or re.match(r"\s+[A-Z]", part[found.end():]) or not re.search(
            rf"{_WIN}|\b(?:lost|defeated|stood|standing|bid|race|election|contest)\b", part[:found.start()], re.I):
        return None
    place = found.group("a") or found.group("b")
    words = place.split()
    while words and (reference.party_named(words[0]) or words[0] in {"The", "New", "Labour's", "Tory"}):
        words = words[1:]
    return " ".join(words) or None


_CLAUSE_BREAK = re.compile(r",?\s+while\s+|;\s*|,\s+but\s+|,\s+as\s+|\s+[–—]\s+|\s+-\s+|,\s+with\s+|,\s+and\s+(?=[a-z])"
                           r"|\s+as\s+(?=(?:he|she|the|[A-Z]))|,\s+(?=(?:having|after|before)\b)")
_NOT_AS = re.compile(r"\b(?:elected|re-elected|stood|standing|selected|chosen|declared|announced|named|returned|served|serving|"
                     r"such|known|described|same|well)$", re.I)
_AND_CLAUSE_VERB = re.compile(r"^(?:['’]s)?(?:\s*,[^,]*,|\s+(?:for|from|of)\s+(?:the\s+)?[^,]*?(?=\s+[a-z]))?\s+"
                              r"(?:was|were|came|got|polled|received|finished|took|won|secured|trailed|is|had)\b")


def _clauses(text: str, people: list[PersonMention]) -> list[tuple[int, int]]:
    """Where the sentence's clauses start and end."""
    cuts = [0]
    for m in _CLAUSE_BREAK.finditer(text):
        if m.group(0).strip().startswith("as") and _NOT_AS.search(text[:m.start()]):
            continue
        cuts.extend([m.start(), m.end()])
    for m in re.finditer(r"\s+and\s+", text):
        following = next((p for p in people if p.mention.start >= m.end()), None)
        if following is None or not re.fullmatch(r"[\w'’ -]{0,40}", text[m.end():following.mention.start]):
            continue
        if _AND_CLAUSE_VERB.match(text[following.mention.end:]) and re.search(r"\d|\b(?:came|finished|won|was)\b",
                                                                             text[:m.start()]):
            cuts.extend([m.start(), m.end()])
    cuts.append(len(text))
    pairs = sorted(set(cuts))
    spans = []
    for i in range(0, len(pairs) - 1):
        start, end = pairs[i], pairs[i + 1]
        if re.search(r"[A-Za-z0-9]", text[start:end]) and not _is_separator(text[start:end]):
            spans.append((start, end))
    return spans


def _is_separator(piece: str) -> bool:
    return bool(re.fullmatch(r",?\s+(?:while|but|as|with|and)\s+|;\s*|\s+[–—-]\s+|,\s+", piece))


def _asides(text: str, start: int, end: int, people: list[PersonMention]) -> Iterator[Unit]:
    """A clause's asides (', who …,' ', a Conservative who …,' ', of Labour,') as units of their
    own about the person just before them, and the rest of the clause as its main unit."""
    asides: list[Unit] = []
    commas = [m.start() for m in re.finditer(r",(?!\d)", text[start:end])]
    bounds = [-1] + commas + [end - start]
    for i in range(1, len(bounds) - 1):
        chunk_start, chunk_end = bounds[i] + 1, bounds[i + 1]
        chunk = text[start + chunk_start:start + chunk_end]
        if not re.match(r"\s*(?:who|whose|which|a|an|husband|wife|leader|deputy|chairman|former|the\s+former|"
                        r"herself|himself|of|for|an?\s+MP)\b", chunk):
            continue
        owner = next((p for p in reversed(people) if p.mention.end <= start + chunk_start), None)
        if owner is None or start + bounds[i - 1] + 1 > owner.mention.start and re.search(
                r"[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}", text[owner.mention.end:start + chunk_start]):
            continue
        if re.match(r"\s*(?:of|for)\b", chunk) and not _party_at_start(re.sub(r"^\s*(?:of|for)\s+(?:the\s+)?", "", chunk)):
            continue
        asides.append(Unit(start + chunk_start, start + chunk_end, Actor(owner.person, None, owner.mention.start,
                                                                          owner.mention.end), aside=True))
    yield from asides
    yield Unit(start, end, None, blanks=tuple((u.start, u.end) for u in asides))


# -- from the pooled contests to facts ---------------------------------------------------------

def seed_lists(doc: Document, reader: Reader) -> None:
    """Results printed as lists go into the pool first: prose then adds what the lists leave out."""
    for lines in result_lists(doc):
        seat = seat_of_list(doc, lines[0].paragraph)
        if seat is None:
            continue
        contest = reader.contest(doc.election, seat)
        ranked = sorted(lines, key=lambda line: -line.votes)
        for line in lines:
            entry = contest.entry(doc.person_named(line.name))
            entry.party, entry.votes, entry.share = line.party, line.votes, line.share
            entry.rank = ranked.index(line) + 1
            reader.homes.setdefault((doc.person_named(line.name), doc.election), seat)
            reader.parties.setdefault(doc.person_named(line.name), line.party)


def settle(contests: list[Contest], reader: Reader, doc: Document) -> None:
    """Fill in what follows from what the article states: the winner's party and place, a lone
    beaten rival's second place, the party that held the seat before, gain or hold, and the majority
    from the top two vote counts when none is printed."""
    for contest in contests:
        settle_people(contest, reader, doc)
    for contest in contests:
        settle_outcome(contest, reader)


def settle_people(contest: Contest, reader: Reader, doc: Document) -> None:
    entries = contest.candidates
    if contest.winner is None:
        contest.winner = next((p for p, e in entries.items() if e.rank == 1), None)
    if contest.winner is None and contest.party:
        # 'Labour took Anytown, as Amy Lark polled 20,117': the one candidate who could have won it
        able = [p for p, e in entries.items() if not e.lost and (e.rank or 1) == 1 and e.party in (None, contest.party)]
        contest.winner = able[0] if len(able) == 1 else None
    for person, entry in entries.items():
        entry.party = entry.party or reader.only_party(person)
    if contest.winner:
        winner = contest.entry(contest.winner)
        winner.rank = 1
        winner.party = winner.party or contest.party
        contest.party = contest.party or winner.party
    party_votes = dict(party_lines_for(doc, contest))
    for entry in entries.values():
        if entry.votes is None and entry.party in party_votes:
            entry.votes = party_votes[entry.party]
    beaten = [e for p, e in entries.items() if e.lost and p != contest.winner]
    if contest.winner and len(beaten) == 1 and beaten[0].rank is None and not any(e.rank == 2 for e in entries.values()):
        beaten[0].rank = 2
    second = next((e for e in entries.values() if e.rank == 2), None)
    if contest.majority is None and contest.winner and second and entries[contest.winner].votes and second.votes:
        contest.majority = entries[contest.winner].votes - second.votes


def settle_outcome(contest: Contest, reader: Reader) -> None:
    incumbent = next((e for p, e in contest.candidates.items() if e.incumbent and p != contest.winner and e.party), None)
    if contest.previous_party is None and incumbent:
        contest.previous_party = incumbent.party
    if contest.previous_party is None:
        contest.previous_party = reader.last_winning_party(contest)
    if contest.outcome is None and contest.previous_party and contest.party:
        contest.outcome = "hold" if contest.previous_party == contest.party else "gain"
    if contest.outcome is None and contest.winner and any(
            e.incumbent and e.lost for p, e in contest.candidates.items() if p != contest.winner):
        contest.outcome = "gain"  # the sitting MP beaten
    if contest.outcome == "hold" and contest.previous_party is None:
        contest.previous_party = contest.party


def party_lines_for(doc: Document, contest: Contest) -> list[tuple[str, int]]:
    if contest.election != doc.election:
        return []
    from elexgraph.extract.result_lists import party_lines

    return party_lines(doc)


def facts_of(contest: Contest, doc: Document) -> Iterator[Fact]:
    for person, entry in contest.candidates.items():
        yield Candidacy(_evidence(doc, entry.sentences or contest.sentences), NAME, contest.election, contest.seat,
                        person, entry.party, entry.votes, entry.share, entry.rank)
    if contest.winner or contest.party or contest.outcome or contest.majority:
        yield SeatResult(_evidence(doc, contest.sentences), NAME, contest.election, contest.seat, contest.winner,
                         contest.party, contest.outcome, contest.previous_party, contest.majority)


def _evidence(doc: Document, sentences: list[Sentence]):
    """The sentences stating a fact; the first alone when they lie far apart."""
    if not sentences:
        return doc.evidence(doc.sentences[0])
    first = sentences[0]
    near = [s for s in sentences if s.start - first.start < 600]
    return doc.evidence(*near)


@register(NAME, "1")
def extract(doc: Document) -> Iterator[Fact]:
    """Candidacies and seat results told in sentences rather than lists."""
    homes: dict[tuple[str, Election], str] = {}
    for _ in range(2):  # the second reading knows every seat the first one tied a person to
        reader = Reader(doc, dict(homes))
        seed_lists(doc, reader)
        reader.read()
        homes.update(reader.found_homes)
    settle(list(reader.contests.values()), reader, doc)
    for contest in reader.contests.values():
        if contest.sentences or contest.winner:
            yield from facts_of(contest, doc)
