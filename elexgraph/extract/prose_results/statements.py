"""What one clause says about a contest: who won or lost, for which party, and each person's figures
(votes, share, place), the majority, gain or hold and the party that held the seat before.

Verbs and the words around figures come from word classes in lexicon/words.toml; a figure belongs to
the person named last before it in the clause (or to a person whose possessive it follows), else to
the clause's subject, and to no one when a party stands between ('with Reform coming third').
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from elexgraph import reference
from elexgraph.annotate.discourse import Discourse
from elexgraph.annotate.document import Mention
from elexgraph.annotate.lexicon import says_word_of, words
from elexgraph.annotate.numbers import ORDINALS
from elexgraph.annotate.patterns import Item, Match
from elexgraph.extract.prose_results.clauses import Clause
from elexgraph.extract.list_places import division_label
from elexgraph.extract.prose_results.divisions import lost_division
from elexgraph.extract.prose_results.figures import year_at
from elexgraph.extract.prose_results.rules import meaning_at, meaning_of, patterns, table

if TYPE_CHECKING:
    from elexgraph.extract.prose_results.contests import Contest
    from elexgraph.facts import Election

_BE = frozenset({"was", "were", "is", "are", "been", "being", "be"})
_COMPOUND_PLACE = re.compile(r"([a-z0-9]+)-plac(?:e|ed)")  # 'second-place', 'third-placed'
# Words between a name and the party it stands for: 'X, of Labour', 'X, standing for the Greens'.
_PARTY_LINKS = frozenset({(), ("of",), ("for",), ("from",), ("a",), ("an",), ("standing", "for"),
                          ("stood", "for"), ("running", "for"), ("representing",)})
# Verbs of standing between a name and its party, an aside's or the clause's own: 'X, who stood for Labour',
# 'X is standing for the Greens', 'X stood as an independent'.
_STOOD_FOR = frozenset({("who", "stood", "for"), ("who", "is", "standing", "for"), ("who", "was", "standing", "for"),
                        ("is", "standing", "for"), ("was", "standing", "for"), ("stood", "for")})
_STOOD_AS = frozenset({(*who, verb, "as", a) for who in ((), ("who",)) for verb in ("stood", "standing", "ran", "running")
                       for a in ("an", "a")})
# Words that qualify an office between a party and its person: 'Labour parliamentary candidate Jane Roe',
# 'Conservative county councillor Jane Roe', 'Labour group leader Jane Roe', 'Labour council leader Jane Roe'.
_OFFICE_QUALIFIERS = frozenset({"parliamentary", "prospective", "county", "district", "borough", "city", "parish",
                                "town", "ward", "division", "local", "group", "council"})
_DESCRIBING = frozenset({"'s", "’s", "'", "’", "former", "new", "current"})  # words between a party and its person
# A word of every [[threshold]] shape: a sentence with none is not tried.
MIN_BRACKETED_COUNT = 100  # a smaller number in brackets after a name is more often an age than a count
LOST_TO_REACH = 13  # items after a verb of losing that may hold the winner: a seat, its division and its council between


@dataclass
class PersonFacts:
    """What a statement says of one candidate."""

    party: str | None = None
    votes: int | None = None
    share: float | None = None
    rank: int | None = None
    lost: bool = False
    incumbent: bool = False
    won_votes: bool = False  # the figure came with 'won': 'Jane Roe won 35,090 votes'
    rank_from_order: bool = False  # the place follows from the order of a list in prose, not stated
    stood: bool = False  # named among the candidates, with a party: 'the other candidates were A (Con) and B (LD)'


@dataclass
class Statement:
    """What one clause says about one contest."""

    won: bool = False
    winner: str | None = None
    party: str | None = None
    outcome: str | None = None
    previous_party: str | None = None
    majority: int | None = None
    previous_majority: int | None = None  # 'raised her majority from 1,200 to 3,400': the last election's
    previous_year: int | None = None  # the year printed with it, if one is
    subject: str | None = None  # the person the clause is about
    subject_party: str | None = None  # the party the clause is about, when no person is
    co_winners: list[str] = field(default_factory=list)  # 'held by Labour's A, B and C'
    joint: list[str] = field(default_factory=list)  # 'A and B won Brook Hill': a list of winners, one seat's or each their own
    people: dict[str, PersonFacts] = field(default_factory=dict)
    homes: dict[str, Mention] = field(default_factory=dict)  # 'Jane Roe (Anytown)': the place printed beside a name
    wards: dict[str, str] = field(default_factory=dict)  # 'Jane Roe (Brook Hill)': a ward printed beside a name
    party_shares: dict[str, float] = field(default_factory=dict)  # 'the Greens took 31.4% of the vote'
    party_votes: dict[str, int] = field(default_factory=dict)  # 'Labour polled 1,204 votes'
    eliminated: bool = False  # the clause tells of candidates eliminated from the count

    def person(self, name: str) -> PersonFacts:
        return self.people.setdefault(name, PersonFacts())

    def only(self, name: str) -> Statement:
        """What this statement says of one of its people (and of their seat, if they won it)."""
        won = name == self.winner or name in self.co_winners
        part = Statement(won=won, winner=name if won else None, subject=self.subject, people={name: self.person(name)})
        if won:
            part.party, part.outcome, part.previous_party, part.majority = (
                self.party, self.outcome, self.previous_party, self.majority)
        return part

    def among(self, names: list[str]) -> Statement:
        """What this statement says of several of its winners, and of the seats they won."""
        return replace(self.only(names[0]), co_winners=list(names), joint=list(names),
                       people={name: self.person(name) for name in names})

    def says_a_result(self) -> bool:
        counted = any(f.rank or f.votes or f.share or f.lost or f.stood for f in self.people.values())
        return bool(self.won or self.previous_party or self.majority or counted or self.party_shares or self.party_votes)


def _their_seats(clause: Clause, v: int) -> bool:
    """'… kept their seats', '… held on to their wards', '… retained their Abbey seats': the verb's object is each
    subject's own seat."""
    at = next((j for j in range(v + 1, min(len(clause.items), v + 4)) if clause.lower(j) == "their"), None)
    if at is None:
        return False
    named = at + 1
    while named < min(at + 3, len(clause.items)) and clause.items[named].text[:1].isupper():
        named += 1  # the ward's name between: 'their Abbey seats'
    return clause.lower(named) in words("plural_contests")


def _stood_as(clause: Clause) -> str | None:
    """'Jane Roe stood as an independent', 'he ran for Reform UK': the party of the clause's subject."""
    for v in clause.find("stood_verbs"):
        for j in range(v + 1, min(len(clause.items), v + 8)):
            if clause.lower(j) in ("independent", "independents") and clause.lower(j - 1) in ("an", "a"):
                return "Independent"
            if clause.kind(j) == "party" and clause.lower(j - 1) in ("for", "as", "a", "the"):
                return clause.mention(j).party
            if clause.kind(j) in ("person", "figure") or clause.lower(j) in (",", "against"):
                break
    return None


def first_since(clause: Clause) -> tuple[int, int] | None:
    """The items of 'for the first time since 1997', 'the first Labour MP for Anytown since 1945', 'for the first
    time in 30 years': a win the seat's party had not had for years (a gain), whose year is no span of this contest."""
    if "first" not in clause.lowered:
        return None  # every shape says 'first': most clauses are not tried
    found = next(patterns("first_since").finditer(clause.items), None)
    return (found.start, found.end) if found else None


def _purpose_outcome(clause: Clause, v: int) -> str | None:
    """'defeated Jane Roe to hold the seat', 'beat the Tories to take it': what the win did."""
    for j in range(v + 1, min(len(clause.items), v + 10)):
        if clause.lower(j) == "to" and clause.lower(j + 1) in words("hold", "gain"):
            return "hold" if clause.lower(j + 1) in words("hold") else "gain"
        if clause.lower(j) in (",", ";") or clause.kind(j) == "figure":
            return None
    return None


def _outcome_for(clause: Clause) -> tuple[str, str] | None:
    """The party and the gain or hold of an [[outcome_for]] shape ('a gain for the Liberal Democrats', '- a Labour
    hold', 'keeping the seat in Labour hands')."""
    if not any(word in clause.lowered for word in ("gain", "hold", "keeping", "retaining")):
        return None  # every shape says one of these: most clauses are not tried
    found = next(patterns("outcome_for").finditer(clause.items), None)
    party = found.items(clause.items, "party") if found else None
    if not party or not getattr(party[0].ref, "party", None):
        return None
    what = found.items(clause.items, "what")[0].lower
    return party[0].ref.party, "hold" if what in words("hold") else what


def _outcome_by_colour(clause: Clause) -> tuple[str, str] | None:
    """'Anytown stays blue', 'the seat turned red', 'turning the seat blue': a party named by its colour, and the
    gain or hold the verb says."""
    colours = table("party_colours")
    if not any(colour in clause.lowered for colour in colours):
        return None  # every shape names a colour: most clauses are not tried
    found = next(patterns("colour_outcome").finditer(clause.items), None)
    return (colours[found.items(clause.items, "colour")[0].lower], meaning_of("colour_outcome", found)) if found else None


def _party_they(clause: Clause, j: int) -> str | None:
    """'Reform UK campaigned hard in Anytown, where they won the seat from Labour': 'they' at j stands for the one party its
    sentence names before it (none where it names several, or none)."""
    if clause.lower(j) != "they":
        return None
    before = {m.party for m in clause.sentence.parties if m.start < clause.items[j].start}
    return before.pop() if len(before) == 1 else None


def _gapped_count(clause: Clause, i: int) -> bool:
    """'…, Conservative Jane Roe 10,000 and Green Sam Hill 2,000': a count right after a name (and its bracketed
    party) that follows ',' or 'and', in a clause that polled a count with its verb before."""
    k = i - 1
    if clause.lower(k) == ")" and clause.kind(k - 1) == "party" and clause.lower(k - 2) == "(":
        k -= 3
    if clause.kind(k) != "person":
        return False
    possessive = clause.lower(k - 1) in ("'s", "’s") and clause.kind(k - 2) == "party"  # "Reform UK's Ann Lee 90,000"
    lead = k - 3 if possessive else k - 1 - (clause.kind(k - 1) == "party")
    polled = any(clause.lower(j) in words("poll") and clause.kind(j + 1) == "figure" or
                 clause.lower(j) in words("poll") and clause.kind(j + 2) == "figure" for j in range(lead))
    return clause.lower(lead) in (",", "and") and (polled or _counted_after_name(clause, lead))


def _figures_in_turn(clause: Clause, st: Statement) -> bool:
    """'A and B polled 12,345 and 8,000 respectively': the n-th figure is the n-th person's (none is guessed where the
    counts differ). Whether the clause pairs several people with figures so."""
    people = clause.where("person")
    figures = [i for i in range(people[-1] + 1 if people else 0, len(clause.items)) if clause.kind(i) == "figure"
               and clause.mention(i).figure.kind in ("votes", "number", "share")]
    if len(people) < 2 or not figures:
        return False
    if len(figures) == len(people) and len({clause.mention(i).figure.kind == "share" for i in figures}) == 1:
        for person, at in zip(people, figures):
            facts, figure = st.person(clause.mention(person).person), clause.mention(at).figure
            if figure.kind == "share":
                facts.share = facts.share or figure.value
            elif figure.value >= 10:
                facts.votes = facts.votes or figure.count
    return True


def _counted_after_name(clause: Clause, end: int) -> bool:
    """'The count gave Jane Roe 76,000 votes and Tom Smith 61,500': before `end`, a name with a count of votes
    right after it, the pattern the gapped count repeats."""
    return any(clause.kind(j) == "person" and clause.kind(j + 1) == "figure" and clause.mention(j + 1).figure.kind == "votes"
               for j in range(end))


def _bracketed_count(clause: Clause, i: int) -> bool:
    """'ahead of Jane Roe (15,433)', 'Jane Roe (Green, 12,345)', 'Jane Roe (Green, 12,345, 9.8%)': a count in brackets
    after a name, alone or after the party (not an age, '(54)')."""
    opens = i - 1 if clause.lower(i - 1) == "(" else i - 3 if (
        clause.lower(i - 1) == "," and _party_label(clause, i - 2) and clause.lower(i - 3) == "(") else None
    closes = clause.lower(i + 1) == ")" or (clause.lower(i + 1) == "," and clause.kind(i + 2) == "figure"
                                            and clause.lower(i + 3) == ")")
    return opens is not None and closes and clause.kind(opens - 1) == "person" \
        and clause.mention(i).figure.value >= MIN_BRACKETED_COUNT


def _line_count(clause: Clause, i: int) -> bool:
    """'Ann Lee (Green) 211.', 'Tom Smith, Conservative, 640': a sentence that is a results line, a name (with its
    party bracketed or between commas) and a count, and nothing else."""
    end = i + 1 + (clause.lower(i + 1) == "votes")
    if len(clause.items) != len(clause.sentence.items) or (  # the whole sentence: not a part of a list it holds
            end < len(clause.items) and not (clause.lower(end) == "." and end == len(clause.items) - 1)):
        return False
    party = (clause.lower(1), clause.lower(3)) in (("(", ")"), (",", ",")) and _party_label(clause, 2)
    return clause.kind(0) == "person" and (i == 1 or (i == 4 and party))


def _party_label(clause: Clause, i: int) -> bool:
    """The item at i names a party: a party's mention, or a known party's short form ('Con', 'LD')."""
    return clause.kind(i) == "party" or clause.mention(i) is None and reference.party_named(clause.items[i].text) is not None


def _votes_to(clause: Clause, i: int) -> int | None:
    """Where the second count stands when the figure at i opens 'N votes to M' (else None)."""
    if clause.kind(i) != "figure":
        return None
    j = i + 1 + (clause.lower(i + 1) in ("votes", "vote"))
    return j + 1 if clause.lower(j) == "to" and clause.kind(j + 1) == "figure" else None


def _votes_to_at(clause: Clause, i: int) -> bool:
    """The figure at i is the M of 'by N votes to M'."""
    return any(_votes_to(clause, k) == i and clause.lower(_before_qualifiers(clause, k)) == "by"
               for k in (i - 2, i - 3) if k >= 0)


def _voters_elected(clause: Clause, v: int) -> bool:
    """'Anytown elected Labour's Jane Roe': a seat the gazetteer knows right before an active verb of electing, no one
    else before it, and a person (with her party) right after it."""
    if clause.lower(v) not in ("elected", "re-elected", "returned") or clause.kind(v - 1) != "place":
        return False
    if {clause.kind(j) for j in range(v)} & {"person", "party"}:
        return False
    return any(clause.kind(j) == "person" for j in range(v + 1, min(len(clause.items), v + 5)))


def _majority_plus(clause: Clause, i: int) -> bool:
    """'a healthy 9,000 plus majority', 'a 20,000+ majority': a round figure the majority passed (the gold's
    approximate figure, printed as it is)."""
    return clause.lower(i + 1) in ("plus", "+") and clause.lower(i + 2) == "majority"


def _majority_to(clause: Clause, i: int) -> bool:
    """The figure at i is what a majority changed to: 'increased his majority in Anytown to 5,000'."""
    if clause.lower(_before_qualifiers(clause, i)) != "to":
        return False
    for j in range(i - 2, max(-1, i - 8), -1):
        if clause.kind(j) in ("person", "figure"):
            return False
        if clause.lower(j) == "majority":
            return True
    return False


def _party_polled(clause: Clause, i: int) -> str | None:
    """The party whose share of the vote the figure at i is, the candidate unnamed: 'The Greens took 31.4% of
    the vote', 'Labour received just 18.2%' (a party opening the clause, a verb of polling before the figure)."""
    j = 1 if clause.lower(0) == "the" else 0
    if clause.kind(j) != "party" or not any(clause.lower(k) in words("poll") for k in range(j + 1, i)):
        return None
    if any(clause.kind(k) in ("person", "party", "place") for k in range(j + 1, i)):
        return None
    return clause.mention(j).party


def _first_preferences(text: str) -> bool:
    return says_word_of(text, "first_round")


class ClauseReader:
    """Reads clauses into statements, remembering each person's party as the article gives it."""

    def __init__(self, discourse: Discourse, contests: Mapping[tuple[Election, str], Contest] | None = None) -> None:
        self.discourse = discourse
        self.parties: dict[str, str] = {}  # each person's party as the article last gave it
        self.named_at: list[tuple[int, str, str]] = []  # (offset, person, party): who the article calls what, where
        self.aside_parties: dict[str, str] = {}  # parties the asides of the sentence being read give
        self.last_party: str | None = None
        self.first_preferences: bool | None = None  # whether the article gives first preferences anywhere
        self.followed: tuple[int, int, int] | None = None  # after 'X came third, followed by': (sentence, next place, votes above)
        self.contests = contests  # what the article has said of each contest so far (the reader's)

    # -- who ------------------------------------------------------------------------------------
    def subject(self, clause: Clause, verb: int) -> tuple[str | None, str | None]:
        """(person, party) the clause is about: the first actor before its verb."""
        if clause.about is not None:
            return clause.about.person, self._about_party(clause)
        for i in range(verb):
            m = clause.mention(i)
            if m is None or clause.lower(i - 1) in words("object_before"):
                continue  # 'followed by Jane Roe': not the one the clause is about
            actor = self._actor(clause, i, m)
            if actor is not None:
                return actor
        lead = [clause.lower(i) for i in range(min(verb, 3))]
        if lead[:2] == ["the", "party"] and self.last_party:
            return None, self.last_party
        office = _office_named(clause, verb)
        return (self.office_holder(office) if office else None), None

    def _about_party(self, clause: Clause) -> str | None:
        """The party printed beside the person an aside is about ("Labour's Jane Roe, who won Anytown in 2017,"):
        theirs at what the aside tells, unless the aside names a party of its own ('who won it for the Tories in
        2019') or the party is a former one ('former Labour MP Jane Roe, who …')."""
        about = clause.about
        if about is None or any(clause.kind(i) == "party" for i in range(len(clause.items))):
            return None
        party = next((party for offset, _, party in self.named_at if offset == about.start), None)
        before = clause.sentence.text[max(0, about.start - clause.sentence.start - 30):about.start - clause.sentence.start]
        return None if party is None or says_word_of(before.lower(), "former_words") else party

    def office_holder(self, office: str) -> str | None:
        """Who the article's own mayoral or PCC contest elected, so far as it has said: 'the new mayor'."""
        main = self.discourse.doc.election.main
        if main is None or not main.place or main.kind != ("mayoral" if office == "mayor" else "pcc"):
            return None
        known = (self.contests or {}).get((main, main.place))
        return known.winner if known else None


    def _actor(self, clause: Clause, i: int, m: Mention) -> tuple[str | None, str | None] | None:
        """(person, party) the mention at i stands for as an actor; None if it stands for none."""
        if m.kind == "person":
            return m.person, None
        if m.kind == "pronoun" and m.text.lower() in ("he", "she"):
            return self.discourse.resolve_pronoun(clause.sentence, m.start, m.gender), None
        if m.kind != "party":
            return None
        person_at = next((j for j in range(i + 1, min(len(clause.items), i + 4)) if clause.kind(j) == "person"), None)
        if person_at is not None and all(clause.lower(j) in words("offices", "possessive_marks", "office_modifiers")
                                         for j in range(i + 1, person_at)):
            return None  # "Labour's Jane Roe", "Tory candidate Jane Roe": the person is the actor
        office = next((clause.lower(j) for j in (i + 1, i + 2) if clause.lower(j) in words("offices")), None)
        if office and not office.endswith("s"):
            return self.of_party(m.party, m.start), m.party  # "the Labour candidate"
        return None, m.party

    def of_party(self, party: str | None, at: int) -> str | None:
        """The person the article last named with that party before `at` (else first after): 'the Labour candidate'."""
        before = [person for offset, person, known in self.named_at if known == party and offset < at]
        after = [person for offset, person, known in self.named_at if known == party and offset >= at]
        return before[-1] if before else after[0] if after else None

    def party_beside(self, clause: Clause, i: int) -> str | None:
        """The party printed next to the person at item i: 'Labour's X', 'Tory candidate X', 'X (Lab)',
        'X, of Labour', 'X for the Greens', 'X from the Y Party', 'X, the Lib Dem candidate'."""
        items = clause.sentence.items
        at = clause.sentence.item_at(clause.mention(i))
        if at is None:
            return None
        if at > 0 and items[at - 1].text == "independent":
            before = _party_before(items, at) or "Independent"
        else:
            before = _party_before(items, at)
        return before or self._party_after(items, at)

    def _party_after(self, items: list[Item], at: int) -> str | None:
        """The party printed after a name; in a council election's story not an unknown label in brackets ('Jane Roe
        (Brook Hill)' names her ward)."""
        party = _party_after(items, at)
        main = self.discourse.doc.election.main
        bracketed = at + 1 < len(items) and items[at + 1].lower == "("
        if party and bracketed and main is not None and main.area_kind == "division" and reference.party_named(party) is None:
            return None
        return party


    # -- what -----------------------------------------------------------------------------------
    def note_aside(self, aside: Clause) -> None:
        """An aside's party is the party of the person it describes: ', who stood for Ukip,', ', of Labour,',
        ', a Conservative who …', ', who stood as an independent,'."""
        person = aside.about.person if aside.about else None
        for i in range(len(aside.items)):
            m = aside.mention(i)
            lead = [aside.lower(j) for j in range(max(0, i - 2), i)]
            if lead[-1:] and lead[-1] in ("former", "ex", "ex-"):
                continue  # 'a former Labour councillor who stood for the Greens': not the party now
            if m and m.kind == "party" and (i == 0 or set(lead) & {"of", "for", "as", "a", "an", "from", "the"}):
                if person:
                    self.aside_parties[person] = m.party
                return
            if aside.lower(i) in ("independent", "independents") and lead[-2:] in (["as", "an"], ["an"]):
                if person:
                    self.aside_parties[person] = "Independent"
                return
            if m and m.kind == "person":
                return

    def read(self, clause: Clause, carried: tuple[str | None, str | None]) -> tuple[tuple[str | None, str | None], Statement | None]:
        """What the clause is about (to carry to the next clause), and what it says of a result."""
        verb = self.first_verb(clause)
        person, party = self.subject(clause, verb)
        if person is None and party is None and clause.about is None:
            person, party = carried
        st = Statement(subject=person, subject_party=party)
        if person and party:
            st.person(person).party = party  # 'the Labour candidate': the party describes the person
        self._read_beside(clause, st)
        if party and not person:
            self.last_party = party
        if person and st.person(person).party is None:
            st.person(person).party = _stood_as(clause)
        self.read_result(clause, verb, st)
        self.read_outcome_for(clause, st)
        self.read_ousted_party(clause, st)
        self.read_replaced(clause, st)
        self.read_defending(clause, st)
        if person and person in st.people and st.people[person].party is None and verb < len(clause.items):
            st.people[person].party = self._party_for(clause, verb)
        self.read_kept_majority(clause, st)
        self.read_ranks(clause, st)
        eliminated = self.read_eliminated(clause, st)
        self.read_figures(clause, st, eliminated)
        self.read_followers(clause, st)
        self.read_majority(clause, st)
        return (person, party), (st if st.says_a_result() else None)

    @staticmethod
    def read_outcome_for(clause: Clause, st: Statement) -> None:
        """'won Anytown, a gain for the Liberal Democrats', 'It was a comfortable hold for Labour.', 'Anytown stays
        blue': the gain or hold of the winner the clause names, when the party it was for is theirs (or none is
        known); of the party alone when the clause names no one."""
        said = _outcome_for(clause) or _outcome_by_colour(clause)
        if said is None:
            return
        party, what = said
        theirs = st.people[st.winner].party if st.winner in st.people else st.party
        if theirs not in (None, party) or (st.people and not st.winner):
            return
        st.won, st.party, st.outcome = True, party, st.outcome or what
        if st.winner:
            st.people[st.winner].party = party

    @staticmethod
    def read_ousted_party(clause: Clause, st: Statement) -> None:
        """'Conservative Jane Roe won Anytown, ousting Labour', 'overturning a Labour majority': a gain from that party,
        where the winner's party is another and the clause ends there."""
        if not st.winner or not any(word in clause.lowered for word in ("ousting", "unseating", "toppling", "overturning",
                                                                        "overcoming")):
            return  # every shape says one of these: most clauses are not tried
        found = next(patterns("ousted_party").finditer(clause.items), None)
        party = found.items(clause.items, "party") if found else None
        ends = found is not None and (found.end == len(clause.items) or clause.lower(found.end) in (".", ",", ";"))
        if ends and party and getattr(party[0].ref, "party", None) and st.people[st.winner].party not in (
                None, party[0].ref.party) and not st.previous_party:
            st.previous_party, st.outcome = party[0].ref.party, "gain"

    @staticmethod
    def read_replaced(clause: Clause, st: Statement) -> None:
        """'Labour's Jane Roe won, replacing Conservative Tom Smith': the winner took the seat from that party (not
        'replacing him as leader of the council', an office no election fills)."""
        if not st.winner or st.previous_party or not any(word in clause.lowered for word in ("replacing", "succeeding",
                                                                                            "over from")):
            return  # every shape says one of these: most clauses are not tried
        found = next(patterns("replacing").finditer(clause.items), None)
        if found is None or (clause.lower(found.end) == "as" and not any(
                clause.lower(j) in words("elected_offices") for j in range(found.end + 1, found.end + 6))):
            return
        st.previous_party = found.items(clause.items, "party")[0].ref.party

    @staticmethod
    def read_defending(clause: Clause, st: Statement) -> None:
        """'Jane Roe, defending her seat, won', 'Tom Smith, defending his seat, came second': the one person the
        clause names before 'defending her seat' held it (none where it names several: whose seat is not told)."""
        if "defending" not in clause.lowered:
            return  # every shape says 'defending': most clauses are not tried
        found = next(patterns("defending").finditer(clause.items), None)
        named = [clause.mention(j).person for j in clause.where("person") if found and j < found.start]
        if len(named) == 1 and named[0] in st.people:
            st.people[named[0]].incumbent = True

    def _read_beside(self, clause: Clause, st: Statement) -> None:
        """The party and the place printed beside each person the clause names."""
        for i in clause.where("person"):
            name = clause.mention(i).person
            home = self._bracketed_place(clause, i)
            if home:
                st.homes[name] = home
            ward = _bracketed_ward(clause, i)
            if ward:
                st.wards[name] = ward
            beside = self.party_beside(clause, i) or self.aside_parties.get(name)
            if beside:
                st.person(name).party = beside
                self.parties[name] = beside

    def read_kept_majority(self, clause: Clause, st: Statement) -> None:
        """'she increased her majority', 'won with a reduced majority': the winner held the seat; one whose own
        majority changed ('his' of a man, 'her' of a woman) won it."""
        if "ajority" not in clause.sentence.text:
            return  # every shape names the majority: most clauses are not tried
        for match in patterns("kept_majority").finditer(clause.items):
            if not st.won and st.subject and self._own_majority(clause, match, st.subject):
                self.win(st, st.subject, clause, match.start)
            if st.won:
                st.outcome = st.outcome or "hold"
            return

    def _own_majority(self, clause: Clause, match: Match, subject: str) -> bool:
        """The changed majority is the subject's own: 'his' of a man, 'her' of a woman; of one whose sex the article
        does not tell, where only its owner could have changed it so ('increased his majority', 'saw her majority
        cut'), not 'cut his majority' (a rival may have)."""
        own = match.items(clause.items, "own")
        gender = {"his": "m", "her": "f"}.get(own[0].lower) if own else None
        known = self.discourse.doc.gender_of(subject)
        if gender is None or known is not None:
            return gender is not None and known == gender
        changed = next((clause.lower(j) for j in range(match.start, match.end) if clause.lower(j) in words("majority_changed")), None)
        return changed in words("majority_raised") or clause.lower(match.start) in ("his", "her")

    def read_followers(self, clause: Clause, st: Statement) -> None:
        """'X came third on 8,210 votes, followed by Y on 3,193 and Z with 2,398': Y fourth, Z fifth (each
        named with a count below the one before, in order, to the sentence's end)."""
        start = 0
        if self.followed is None or self.followed[0] != clause.sentence.index:
            self.followed = None
            cue = clause.find("followed_by")
            ranked = [f for i in range(cue[0] if cue else 0) if clause.kind(i) == "person"
                      for f in [st.person(clause.mention(i).person)] if f.rank and f.votes]
            if not cue or len(ranked) != 1:
                return
            self.followed, start = (clause.sentence.index, ranked[0].rank + 1, ranked[0].votes), cue[0] + 2
        for i in range(start, len(clause.items)):
            if clause.kind(i) == "party" and not self._names_a_person(clause, i):
                self.followed = None  # 'followed by the Greens on 3,193': a place no one named is counted
                return
            facts = st.people.get(clause.mention(i).person) if clause.kind(i) == "person" else None
            if facts is not None and facts.votes and facts.rank is None:
                at, place, above = self.followed
                if facts.votes >= above:
                    self.followed = None  # not in order: the places are not told
                    return
                facts.rank, facts.rank_from_order, self.followed = place, True, (at, place + 1, facts.votes)

    def _names_a_person(self, clause: Clause, j: int) -> bool:
        """A party printed as someone's: 'Sam Hill of the Liberal Democrats', "the Greens' Kim Ford", 'X (Lab)'."""
        possessive = clause.lower(j + 1) in ("'s", "’s", "'", "’") and clause.kind(j + 2) == "person"
        return possessive or clause.kind(j + 1) == "person" or self._attached_party(clause, j)

    @staticmethod
    def _bracketed_place(clause: Clause, i: int) -> Mention | None:
        if clause.lower(i + 1) == "(" and clause.kind(i + 2) == "place" and clause.lower(i + 3) == ")":
            return clause.mention(i + 2)
        return None

    def first_verb(self, clause: Clause) -> int:
        classes = ("win", "lose", "beaten", "speech", "main_verbs")
        found = [i for cls in classes for i in clause.find(cls)]
        return min(found) if found else len(clause.items)

    def _hypothetical(self, clause: Clause, at: int) -> bool:
        """A verb said as a wish, a forecast or a mistake ('hoped to win'), or denied ('did not win', 'was never
        elected', 'were unable to hold', 'nearly lost'; not 'not only won … but')."""
        return any(clause.lower(j) in words("hypothetical") or (
            clause.lower(j) in words("negations") and clause.lower(j + 1) != "only") for j in range(max(0, at - 4), at))

    def read_result(self, clause: Clause, verb: int, st: Statement) -> None:
        if st.subject is None and clause.find("formerly_held"):
            self._read_held_before(clause, st)
        if clause.find("seat_switched"):
            self._read_switched(clause, st)
        if clause.find("mistaken") and st.subject:
            st.person(st.subject).lost = True  # 'wrongly declared the winner': a candidate who lost
            return
        passive = self._passive_win(clause)
        if passive is not None and self._read_passive(clause, passive, st):
            return
        if self._read_loss(clause, st):
            return
        v = next((v for v in sorted(clause.find("win") + clause.find("member_verbs")) if self._says_a_win(clause, v)), None)
        if v is not None:
            self._read_win(clause, v, st)
        if st.winner is None and not st.won:
            self._read_owned_majority(clause, st)

    @staticmethod
    def _read_held_before(clause: Clause, st: Statement) -> None:
        """'The seat was previously held by the Conservatives': the party before, said of the seat alone."""
        for match in patterns("held_before").finditer(clause.items):
            party = match.items(clause.items, "party")
            if party and getattr(party[0].ref, "party", None):
                st.previous_party = party[0].ref.party
                return

    @staticmethod
    def _read_switched(clause: Clause, st: Statement) -> None:
        """'Anytown switched from Conservative to Labour', 'the seat swung from Labour to Reform UK': a gain by the
        party after 'to' from the one after 'from' (said of a seat, never of a person: that is a change of party)."""
        for match in patterns("seat_switched").finditer(clause.items):
            if any(clause.kind(j) == "person" for j in range(match.start)):
                return
            old, new = (match.items(clause.items, name) for name in ("old", "new"))
            if old and new and old[0].ref.party != new[0].ref.party:
                st.won, st.party, st.previous_party, st.outcome = True, new[0].ref.party, old[0].ref.party, "gain"
            return

    def _says_a_win(self, clause: Clause, v: int) -> bool:
        """The verb at v tells of a win of one contest (not 'would win', not 'was beaten', not a party's seats)."""
        if self._hypothetical(clause, v) or not self._is_win(clause, v) or (
                clause.lower(v) in words("beaten") and self._passive(clause, v)):
            return False
        actor, party = self._actor_before(clause, v)
        if clause.lower(v + 1) == "all" and not any(clause.kind(i) == "person" for i in range(v)):
            return False  # 'Labour held all three seats in Anytown': a town's several contests, not one ward's seats
        return not (not actor and not self._listed_subjects(clause, v) and self._wins_many(clause, v))

    def _read_win(self, clause: Clause, v: int, st: Statement) -> None:
        listed = self._listed_subjects(clause, v)
        if len(listed) > 1:  # 'A (X), B (Y) and C (Z) have all kept their seats', 'A and B were both re-elected'
            for name in listed:
                self.win(st, name, clause, v)
            st.co_winners, st.winner, st.joint = listed, listed[0], listed
            shared = self._party_for(clause, v) or _one_party_before(clause, clause.where("person")[0], v)
            for name in listed:
                st.person(name).party = st.person(name).party or shared
            return
        actor, party = self._winner_at(clause, v, st)
        if actor and st.winner is None:
            self.win(st, actor, clause, v)
            self._read_joint(clause, v, st)
            self._read_along_with(clause, v, st)
        elif party and not actor and st.party is None:
            self._party_won(clause, v, st, party)
        self._read_beaten(clause, v, st)
        self._read_previous_party(clause, v, st)

    def _winner_at(self, clause: Clause, v: int, st: Statement) -> tuple[str | None, str | None]:
        """(person, party) who won: named before the verb, or after it ('the victorious Jane Roe', 'a win for
        Jane Roe', 'the only candidate to win was Jane Roe'), else the clause's subject."""
        actor, party = self._actor_before(clause, v)
        named = v + 1 + (clause.lower(v + 1) == "for")
        if clause.lower(v) in ("victorious", "winning", "successful"):  # 'the victorious Labour candidate, Jane Roe'
            named = next((j for j in range(v + 1, min(len(clause.items), v + 5)) if clause.kind(j) == "person"), named)
        if clause.lower(v) in ("victorious", "winning", "win", "victory", "landslide", "successful") and clause.kind(named) == "person":
            actor, party = clause.mention(named).person, None  # "Reform's victories included a win for X": Reform's
            if named > v + 1 and st.subject_party and not st.subject:
                st.person(actor).party = st.person(actor).party or st.subject_party
        if actor is None and party is None:
            actor = self._named_after_be(clause, v)
        if actor is None and party is None:
            return st.subject, st.subject_party
        return actor, party

    def _party_won(self, clause: Clause, v: int, st: Statement, party: str) -> None:
        """'Labour held the seat', 'Labour returned MPs in A through X', 'Labour held the seat with Jane Roe'."""
        st.won, st.party = True, party
        st.outcome = st.outcome or self._outcome(clause, v)
        self._won_through(clause, v, st)
        with_person = next((j for j in range(v + 1, min(len(clause.items), v + 8))
                            if clause.lower(j - 1) == "with" and clause.kind(j) == "person"), None)
        if with_person is not None and not st.co_winners:
            self.win(st, clause.mention(with_person).person, clause, v)
            st.person(st.winner).party = party

    def _read_owned_majority(self, clause: Clause, st: Statement) -> None:
        """'halving Jane Roe's Labour majority to 5,288', "Jane Roe's majority of 4,000", "Jane Roe's majority was
        15,162", "her majority stands at 890", 'Jane Roe had a majority of 1,200', '…, where her majority was 412': she
        won, with it (not when it was overturned or wiped out, or was one to defend: then it was the last
        election's)."""
        if "majority" not in clause.lowered or any(clause.lower(j) in words("lost_majority", "majority_defended")
                                                      for j in range(len(clause.items))):
            return
        owned = self._majority_owner(clause, st)
        if owned is None:
            return
        person, k = owned
        self.win(st, person, clause, k)
        if clause.kind(k - 1) == "party":
            st.person(person).party = clause.mention(k - 1).party
        figure = next((j for j in range(k + 1, min(len(clause.items), k + 8)) if clause.kind(j) == "figure"), None)
        if figure is not None and clause.mention(figure).figure.kind in ("majority", "number", "votes") and (
                clause.lower(figure - 1) in ("of", "to") or all(clause.lower(j) in words(
                    "majority_links", "majority_changed", "qualifiers") for j in range(k + 1, figure))):
            st.majority = clause.mention(figure).figure.count
            if any(clause.lower(j) in words("majority_changed") for j in range(k + 1, figure)):
                st.outcome = st.outcome or "hold"  # 'Jane Roe's majority was cut to 1,204': she held the seat

    def _majority_owner(self, clause: Clause, st: Statement) -> tuple[str, int] | None:
        """Whose majority the clause tells, and where its word 'majority' stands: a person's possessive ("Jane
        Roe's (Labour) majority"), a person who had one ('Jane Roe had a majority of'), or the subject's, by a
        pronoun that stands for them opening the clause ('her majority was 412' after 'won in Abbey, where')."""
        for i in clause.where("person"):
            k = i + 2 + (clause.kind(i + 2) == "party") if clause.lower(i + 1) in ("'s", "’s") else None
            if k is None and clause.lower(i + 1) in ("had", "has") and clause.lower(i + 2) in ("a", "an"):
                k = next((j for j in range(i + 3, i + 5) if clause.lower(j) == "majority"), None)
            if k is not None:
                return (clause.mention(i).person, k) if clause.lower(k) == "majority" else None
        gender = {"his": "m", "her": "f"}.get(clause.lower(0))
        if not (gender and clause.lower(1) == "majority" and st.subject) or clause.where("person"):
            return None
        owner = self.discourse.resolve_pronoun(clause.sentence, clause.items[0].start, gender)
        return (st.subject, 1) if owner == st.subject else None

    @staticmethod
    def _named_after_be(clause: Clause, v: int) -> str | None:
        """The person a 'was' after the verb names, when the verb stands in the subject: 'the first woman
        to win the seat was Jane Roe'."""
        if clause.lower(v - 1) != "to":
            return None
        be = next((j for j in range(v + 1, min(len(clause.items), v + 6)) if clause.lower(j) in ("was", "is")), None)
        return clause.mention(be + 1).person if be is not None and clause.kind(be + 1) == "person" else None

    @staticmethod
    def _wins_many(clause: Clause, v: int) -> bool:
        """'(the party) held on to its seats', 'made gains in the county': what was won is several contests,
        uncounted (a count is read elsewhere: 'held three seats at A, B and C')."""
        for j in range(v + 1, min(len(clause.items), v + 5)):  # not the verb: 'holds', 'gains' are also nouns
            if clause.lower(j) in ("every", "each"):
                return True  # 'topped the poll in every Anytown ward'
            if clause.kind(j) in ("place", "person", "figure"):
                return False
            if clause.lower(j) in words("plural_contests"):
                return not ClauseReader._names_them(clause, j) and clause.lower(j - 1) not in words("number_words")
        return False

    @staticmethod
    def _names_them(clause: Clause, j: int) -> bool:
        """'seats including A, B and C', 'the constituencies of A and B': the contests are named after the
        plural at j (not 'seats in Anyshire', which only says where they are)."""
        for k in range(j + 1, len(clause.items) - 1):
            if clause.lower(k) in words("naming_contests"):
                return clause.kind(k + 1) == "place" or clause.items[k + 1].text[:1].isupper()
        return False

    @staticmethod
    def _is_win(clause: Clause, v: int) -> bool:
        """A verb of winning that says a contest was won ('won Anytown', 'held the seat', 'was elected'), not
        'won 29,534 votes', 'took over', 'held the seat since 2005', 'won the support of': the [[win]] rules."""
        return meaning_at("win", clause, v) == "win"

    @staticmethod
    def _passive(clause: Clause, v: int) -> bool:
        """'was defeated', 'was also narrowly beaten', 'has been ousted'."""
        j = v - 1
        while j >= 0 and clause.lower(j) in words("before_verb", "manner_adverbs") \
                and clause.lower(j) not in _BE:
            j -= 1
        return clause.lower(j) in _BE | {"been", "be"}

    def _passive_win(self, clause: Clause) -> int | None:
        """'was won by', 'were all held by', 'has been taken by', 'was gained in 1997 by': the index of 'by'; 'the
        Brook Hill division went to Jane Roe', 'the seat fell to Reform': the index of 'to'."""
        for v in clause.find("win"):
            if clause.lower(v - 1) in words("formerly_held") or (
                    clause.lower(v - 1) == "been" and clause.lower(v - 2) in words("formerly_held") | {"had"}):
                continue  # 'wards that were previously held by Labour', 'had (previously) been held by': who held them before
            if self._hypothetical(clause, v):
                continue  # 'was not won by Labour'
            if clause.lower(v) in ("went", "fell") and self._is_win(clause, v):
                return v + 1
            if clause.lower(v) in words("kept_by_party") and self._is_win(clause, v):
                return v  # 'Abbey stayed Labour': the party after the verb kept it
            if _voters_elected(clause, v):
                return v  # 'Anytown elected Labour's Jane Roe': the person after the verb won
            start = v + 1 + self._taken_from_party(clause, v)  # 'was taken from the Conservatives by Jane Roe'
            by = next((j for j in range(start, min(len(clause.items), start + 3)) if clause.lower(j) == "by"), None)
            if by is not None and self._passive(clause, v) and all(
                    clause.lower(j) == "in" or clause.kind(j) == "figure" for j in range(start, by)):
                return by
        return None

    @staticmethod
    def _taken_from_party(clause: Clause, v: int) -> int:
        """How many items 'from the Conservatives' takes right after a verb of winning, else 0."""
        k = v + 1 + (clause.lower(v + 2) == "the")
        return k - v + 1 if clause.lower(v + 1) == "from" and clause.kind(k + 1) == "party" else 0

    def _read_passive(self, clause: Clause, by: int, st: Statement) -> bool:
        """Read a passive win; False when it only says who held the seat before (the clause may say more)."""
        actor = next((j for j in range(by + 1, min(len(clause.items), by + 6)) if clause.kind(j) in ("person", "party")), None)
        if actor is None:
            return False  # 'was returned by 22,487 votes': by a count, not by someone
        m = clause.mention(actor)
        if clause.lower(by - 2) == "been" and clause.lower(by - 3) == "had" or clause.lower(by - 3) in ("which", "that"):
            if m.kind == "person":  # 'the ward, which had been held by X': who held it before
                st.person(m.person).lost = st.person(m.person).incumbent = True
            return False
        if m.kind == "party" and not any(clause.kind(j) == "person" for j in range(actor + 1, min(len(clause.items), actor + 4))):
            st.won, st.party = True, m.party
            st.outcome = self._outcome(clause, by if clause.lower(by) in words("kept_by_party") else by - 1)
        else:
            people = [j for j in range(actor, len(clause.items)) if clause.kind(j) == "person"]
            if people:
                self._won_by_people(clause, by, st, people, m.party if m.kind == "party" else None)
        self._gained_from_before(clause, by, st)
        return True

    @staticmethod
    def _gained_from_before(clause: Clause, by: int, st: Statement) -> None:
        """'was taken from the Conservatives by Jane Roe': a gain from the party named before 'by'."""
        j = next((j for j in range(max(0, by - 4), by) if clause.lower(j) == "from"), None)
        party = next((clause.mention(k).party for k in range(j + 1, by) if clause.kind(k) == "party"), None) \
            if j is not None else None
        if party and st.won:
            st.previous_party, st.outcome = party, "gain"

    def _won_by_people(self, clause: Clause, by: int, st: Statement, people: list[int], party: str | None) -> None:
        """'was won by Jane Roe', 'were held by Labour's A, B and C': the first named won, and those listed with her."""
        self.win(st, clause.mention(people[0]).person, clause, by - 1)
        for j in people[1:]:
            if all(clause.lower(k) in (",", "and") for k in range(people[0] + 1, j) if clause.kind(k) != "person"):
                st.co_winners.append(clause.mention(j).person)
        if not st.co_winners:
            return
        st.co_winners.insert(0, st.winner)
        if party:
            st.party = party
            for name in st.co_winners:
                self.parties[name] = party

    def _read_loss(self, clause: Clause, st: Statement) -> bool:
        """'X lost (her seat) to Y', 'X was defeated by Y', 'the Greens lost Anytown'; False if none."""
        v = self._loss_at(clause)
        if v is None:
            return False
        if any(clause.lower(j) in ("deposit", "deposits") for j in range(v + 1, v + 4)):
            loser, _ = self._actor_before(clause, v)
            for name in self._actors_before(clause, v) or ([loser] if loser else []):
                st.person(name).lost = True
            return True
        passive = clause.lower(v) in words("lose") and self._passive(clause, v)
        agent = self._lost_by(clause, v) if passive else None  # 'Anytown was lost by the Conservatives (to Labour)'
        loser, loser_party = self._agent(clause, agent) if agent is not None else self._loser(clause, v, st)
        if loser:
            st.person(loser).lost = True
            if agent is not None or self._held_what_lost(clause, v):
                st.person(loser).incumbent = True  # 'lost her seat', 'was lost by Jane Roe': she held it
        winner = self._lost_to(clause, v, ("to",) if passive else ("to", "by"))
        if winner is not None:
            self._won_from(clause, v, st, winner, loser_party or (st.person(loser).party if loser else None),
                           st.person(loser).incumbent if loser else True)
        elif loser_party and not loser:
            st.previous_party, st.outcome = loser_party, "gain"
        return True

    def _loser(self, clause: Clause, v: int, st: Statement) -> tuple[str | None, str | None]:
        """(person, party) who lost: named before the verb, else the clause's subject; a party's member named
        after it ('the Conservatives lost council leader Jane Roe in Anytown') stood for that party."""
        loser, loser_party = self._actor_before(clause, v)
        if loser is None and loser_party is None:
            loser, loser_party = st.subject, st.subject_party
        member = _member_lost(clause, v)
        if member is None or loser is not None:
            return loser, loser_party
        loser = clause.mention(member).person
        st.person(loser).party = st.person(loser).party or loser_party
        return loser, None

    def _loss_at(self, clause: Clause) -> int | None:
        """The verb of the clause's first loss of a contest ('lost to', 'was defeated'), not 'came third'."""
        losses = [v for v in clause.find("lose") if not self._hypothetical(clause, v)]
        losses += [v for v in clause.find("beaten") if self._passive(clause, v)]
        v = min(losses, default=None)
        if v is None or not self._lost_a_contest(clause, v) or any(
                clause.kind(j) == "ordinal" for j in range(v + 1, min(len(clause.items), v + 5))):
            return None
        return v

    @staticmethod
    def _agent(clause: Clause, at: int) -> tuple[str | None, str | None]:
        """(person, party) the mention at `at` names."""
        m = clause.mention(at)
        return (m.person, None) if m.kind == "person" else (None, m.party)

    @staticmethod
    def _held_what_lost(clause: Clause, v: int) -> bool:
        """'lost her seat', 'was ousted', 'lost Anytown to', 'lost Brook Hill to': the one who lost held the seat (not
        'lost in Anytown', a contest there)."""
        return clause.lower(v) in words("unseating") or any(clause.lower(j) in ("seat", "his", "her") for j in range(v + 1, v + 4)) \
            or (clause.lower(v + 1) == "it" and _said_lost_it(clause, v)) \
            or (clause.kind(v + 1) == "place" and clause.lower(v + 2) == "to") or lost_division(clause, v + 1)

    def _lost_by(self, clause: Clause, v: int) -> int | None:
        """The one a passive loss names as losing ('the seat was lost by the Conservatives', 'has been lost by Jane
        Roe'): the party or person after 'by' (not a count: 'was lost by 40 votes'), if one is."""
        return next((j for j in range(v + 1, min(len(clause.items), v + LOST_TO_REACH)) if clause.kind(j) in ("person", "party")
                     and self._after_to(clause, j, ("by",)) and not self._describes_next_person(clause, j)), None)

    @staticmethod
    def _describes_next_person(clause: Clause, j: int) -> bool:
        """A party at j that only describes the person named right after it ("by Labour's Jane Roe")."""
        return clause.kind(j) == "party" and clause.kind(j + 1) == "person" or (
            clause.kind(j) == "party" and clause.lower(j + 1) in ("'s", "’s") and clause.kind(j + 2) == "person")

    def _lost_to(self, clause: Clause, v: int, cues: tuple[str, ...] = ("to", "by")) -> int | None:
        """Who a loss was to: 'to X', 'by X', "to Labour's X", 'to Conservative candidate X'."""
        # 'lost his seat in the Brook Hill ward to Labour's X': a division's name may stand between; 'to' or 'by'
        # must lead to the one it was lost to
        winner = next((j for j in range(v + 1, min(len(clause.items), v + LOST_TO_REACH)) if clause.kind(j) in (
            "person", "party") and self._after_to(clause, j, cues)), None)
        if winner is not None and clause.kind(winner) == "party":
            after = next((k for k in range(winner + 1, min(len(clause.items), winner + 4)) if clause.kind(k) == "person"), None)
            if after is not None and all(clause.lower(k) in words("offices", "possessive_marks") for k in range(winner + 1, after)):
                return after
        return winner

    def _won_from(self, clause: Clause, v: int, st: Statement, winner: int, lost_party: str | None, held: bool) -> None:
        """The one a loss was to won; a gain from the loser's party when the loser held the seat."""
        w = clause.mention(winner)
        if w.kind == "person":
            self.win(st, w.person, clause, v)
        else:
            st.won, st.party = True, w.party
        if lost_party and held:
            st.previous_party, st.outcome = lost_party, "gain"

    @staticmethod
    def _after_to(clause: Clause, j: int, cues: tuple[str, ...] = ("to", "by")) -> bool:
        """The item j follows 'to' or 'by' (`cues`), with only a description between ('to Conservative candidate X')."""
        k = j - 1
        while k >= 0 and (clause.lower(k) in words("offices") or clause.kind(k) == "party" or clause.lower(k) in (
                "'s", "’s", "the", "former", "new", ",") or clause.lower(k) in words("relative_nouns")):
            k -= 1
        return clause.lower(k) in cues

    @staticmethod
    def _lost_a_contest(clause: Clause, v: int) -> bool:
        """'lost to X', 'lost her seat', 'lost in Anytown', 'was defeated', 'lost Anytown'; not 'losing the
        whip', 'lost control', 'lost the support of'."""
        nxt = clause.lower(v + 1)
        if nxt in ("his", "her", "their", "its"):
            return any(clause.lower(j) in words("seat_words", "lost_stakes")
                       for j in range(v + 2, min(len(clause.items), v + 8)))
        if nxt in ("to", "by", "in", "out", "", ",", ".") or _said_lost_it(clause, v):
            return True
        if clause.kind(v + 1) == "place" or (clause.kind(v + 1) == "person" and clause.lower(v + 2) == "to") \
                or lost_division(clause, v + 1):
            return True  # 'lost Anytown', 'lost Brook Hill to X' (a ward named like a person, or by no gazetteer)
        if _member_lost(clause, v) is not None:
            return True
        if nxt in ("the", "a", "this"):  # 'lost the seat', 'lost the new Anytown constituency'
            for j in range(v + 2, min(len(clause.items), v + 5)):
                if clause.kind(j) == "place" or clause.lower(j) in words("seat_words"):
                    return True
                if clause.kind(j) or clause.lower(j) in words("not_a_contest"):
                    return False
            return False
        return clause.lower(v) in words("beaten")

    def _won_through(self, clause: Clause, v: int, st: Statement) -> None:
        """'Labour returned MPs in Anytown through Jane Roe and Otherton through Sam Poe': each seat's winner."""
        for j in range(v + 1, len(clause.items) - 2):
            if clause.kind(j) == "place" and clause.lower(j + 1) == "through" and clause.kind(j + 2) == "person":
                person = clause.mention(j + 2).person
                st.homes[person] = clause.mention(j)
                st.co_winners.append(person)
                st.person(person).rank = 1
                st.person(person).party = st.party
        if st.co_winners:
            st.winner = st.co_winners[0]

    @staticmethod
    def _listed_subjects(clause: Clause, v: int) -> list[str]:
        """'A (X), B (Y) and C (Z) have all kept their seats', 'A and B held on to their seats': everyone listed
        before the verb, said to have won each."""
        people = [i for i in range(v) if clause.kind(i) == "person"]
        if len(people) < 2 or not (any(clause.lower(j) in ("all", "both", "each") for j in range(people[-1], v))
                                   or _their_seats(clause, v)):
            return []
        return [clause.mention(i).person for i in people]

    def _read_along_with(self, clause: Clause, v: int, st: Statement) -> None:
        """'Jane Roe retained her seat along with fellow Labour councillors A and B': those after 'along with' won as
        she did, each their own seat."""
        at = next((j for j in range(v + 1, len(clause.items) - 1) if clause.lower(j) in ("along", "together")
                   and clause.lower(j + 1) == "with"), None)
        if at is None or st.winner is None:
            return
        listed = [clause.mention(i).person for i in clause.where("person") if i > at]
        if listed:
            st.co_winners = [st.winner, *listed]
            for name in listed:
                st.person(name).rank = 1

    def _read_joint(self, clause: Clause, v: int, st: Statement) -> None:
        """'Labour's A and B won Brook Hill', 'A (Lab) and B (Lab) were elected in Castle': the people listed as one
        subject right before the verb, each with the party printed beside them (else the one party printed before the
        first, or the one they won for). Whether they won one ward's seats or each their own, the reader decides."""
        people = [i for i in range(v) if clause.kind(i) == "person"]
        if len(people) < 2 or st.winner not in (clause.mention(people[0]).person, clause.mention(people[-1]).person) or not all(
                _joins_a_list(clause, j) for j in range(people[0], v) if clause.kind(j) != "person"):
            return
        shared = self._party_for(clause, v) or _one_party_before(clause, people[0], v)
        st.joint = [clause.mention(i).person for i in people]
        for name in st.joint:
            st.person(name).party = st.person(name).party or shared

    def _actor_before(self, clause: Clause, v: int) -> tuple[str | None, str | None]:
        """The person or party named last before item v, when only descriptive words stand between."""
        for j in range(v - 1, -1, -1):
            m = clause.mention(j)
            if m is None:
                if clause.lower(j) in words("before_verb") or clause.lower(j) in _BE or clause.lower(j) in (
                        "has", "have", "had", ",", "comfortably", "easily", "narrowly", "just", "also", "all"):
                    continue
                return None, _party_they(clause, j)
            if m.kind == "person":
                return m.person, None
            if m.kind == "pronoun" and m.text.lower() in ("he", "she"):
                return self.discourse.resolve_pronoun(clause.sentence, m.start, m.gender), None
            if m.kind == "party":
                return None, m.party
            return None, None
        return None, None

    def _actors_before(self, clause: Clause, v: int) -> list[str]:
        return [clause.mention(j).person for j in range(v) if clause.kind(j) == "person"]

    def _read_beaten(self, clause: Clause, v: int, st: Statement) -> None:
        """The beaten: named after 'beat', 'defeating', 'from', 'over', 'ahead of' (not after 'took over
        from', nor past a comma: ', having taken over from X' names the one they succeeded)."""
        cue = unseated = False
        for j in range(v, len(clause.items)):
            word = clause.lower(j)
            if word == "having" or (word == "," and clause.lower(j + 1) in ("having", "who", "which")) or (
                    word == "over" and clause.lower(j - 1) in ("took", "taken", "taking", "take")):
                break
            if word in words("beat") or word in ("from", "over") or f"{word} {clause.lower(j + 1)}" in words("beat"):
                cue, unseated = True, word in words("unseating")  # 'ousting Jane Roe': she held the seat
            m = clause.mention(j)
            if cue and m and m.kind == "person" and m.person != st.winner:
                st.person(m.person).lost = True
                if unseated or any(clause.lower(k) in words("incumbent_before") for k in range(max(0, j - 3), j)):
                    st.person(m.person).incumbent = True

    def _read_previous_party(self, clause: Clause, v: int, st: Statement) -> None:
        """'gained Anytown from the Conservatives', 'regained the seat from Conservative Jane Roe',
        'overcame a Labour majority', 'gained wards previously held by the Greens'."""
        held, told = self._held_before(clause, v)
        if held:
            st.previous_party, st.outcome = held, "gain"
        if told:
            return
        for j in range(v + 1, len(clause.items)):
            if clause.lower(j) == "having" or clause.lower(j) == "over" and clause.lower(j - 1) in ("took", "taken", "taking"):
                return
            if clause.lower(j) == "from" and clause.lower(j - 1) not in words("challenge_words"):
                self._won_from_named(clause, j, st)
                return
            if clause.lower(j) in ("overcame", "overturned") or clause.lower(v) in ("overcame", "overturned"):
                party = self._overturned_majority(clause, j)
                if party:
                    st.previous_party = party
                    return

    def _held_before(self, clause: Clause, v: int) -> tuple[str | None, bool]:
        """The party that held what was won, as a relative clause or 'previously held by' tells it, and whether
        one of those is there at all."""
        for j in range(v + 1, len(clause.items) - 2):
            if clause.lower(j) in ("previously", "formerly") and clause.lower(j + 2) == "by" and clause.kind(j + 3) == "party":
                return clause.mention(j + 3).party, True
            if clause.lower(j) in ("that", "which") and clause.lower(j - 1) in words("relative_nouns"):
                return self._held_for(clause, j + 1), True  # 'taking the seat that Jane Roe had held for the Tories'
        return None, False

    @staticmethod
    def _won_from_named(clause: Clause, j: int, st: Statement) -> None:
        """'from the Conservatives' (the beaten stood for them), 'from Jane Roe' (her party held it)."""
        nxt = next((k for k in range(j + 1, min(len(clause.items), j + 4)) if clause.mention(k)), None)
        m = clause.mention(nxt) if nxt is not None else None
        if m and m.kind == "party":
            st.previous_party, st.outcome = m.party, "gain"
            for facts in st.people.values():
                if facts.lost and facts.party is None:
                    facts.party = m.party
        elif m and m.kind == "person" and st.people.get(m.person) and st.people[m.person].party:
            st.previous_party, st.outcome = st.people[m.person].party, "gain"

    @staticmethod
    def _overturned_majority(clause: Clause, j: int) -> str | None:
        """'overcame a Labour majority': Labour held the seat."""
        party = next((clause.mention(k) for k in range(j, min(len(clause.items), j + 4)) if clause.kind(k) == "party"), None)
        if party and any(clause.lower(k) == "majority" for k in range(j, min(len(clause.items), j + 6))):
            return party.party
        return None

    @staticmethod
    def _held_for(clause: Clause, start: int) -> str | None:
        """The party a seat was held for in '… had held for the Tories', '… Labour had held', from item `start`."""
        for k in range(start, min(len(clause.items), start + 6)):
            if clause.lower(k) in words("hold"):
                after = next((clause.mention(n) for n in range(k + 1, min(len(clause.items), k + 4))
                              if clause.kind(n) == "party"), None)
                if after is not None and clause.lower(k + 1) == "for":
                    return after.party
                before = next((clause.mention(n) for n in range(start, k) if clause.kind(n) == "party"), None)
                return before.party if before else None
        return None

    def _outcome(self, clause: Clause, v: int) -> str | None:
        if clause.lower(v) in words("gain") or (self._taken_from(clause, v) and clause.lower(v) in words("win")) or (
                f"{clause.lower(v)} {clause.lower(v + 1)}" in words("gain")):
            return "gain"  # 'gained', 'took it from', 'won back'

        if first_since(clause):
            return "gain"  # 'won it for the first time since 1997': the party had not held it
        if self._won_again(clause, v):
            return "hold"  # 'a third successive term', 'elected for a second time', 'won again': the holder won again
        if clause.lower(v) in words("hold") or f"{clause.lower(v)} {clause.lower(v + 1)}" in words("hold"):
            return "hold"
        return _purpose_outcome(clause, v)

    @staticmethod
    def _taken_from(clause: Clause, v: int) -> bool:
        """'took Anytown from Labour', 'won it from the Tories' (not 'a challenge from', not past a comma)."""
        for j in range(v, len(clause.items)):
            if clause.lower(j) in (",", "having") or clause.lower(j) == "over":
                return False
            if clause.lower(j) == "from" and (clause.kind(j + 1) in ("party", "person") or clause.lower(j + 1) == "the") \
                    and clause.lower(j - 1) not in words("challenge_words") and clause.lower(v) not in words("hold"):
                return True
        return False

    @staticmethod
    def _won_again(clause: Clause, v: int) -> bool:
        """'a third successive term', 'for a second time', 'won again', 'has again been elected', 'once again won',
        're-elected' before the verb."""
        rest = range(v, len(clause.items))
        return any(clause.lower(j) in ("consecutive", "successive") and clause.lower(j + 1) in ("time", "term", "election")
                   or clause.lower(j) in words("terms_again") and clause.lower(j + 1) in ("term", "time") for j in rest) \
            or any(clause.lower(j) == "again" for j in range(max(0, v - 3), len(clause.items))) \
            or any(clause.lower(j) == "re-elected" for j in range(v))  # 'Re-elected councillor Jane Roe won Abbey'

    def win(self, st: Statement, person: str | None, clause: Clause, v: int) -> None:
        if person is None:
            return
        st.won, st.winner = True, person
        st.person(person).rank = 1
        st.outcome = st.outcome or self._outcome(clause, v)
        party = self._party_for(clause, v)
        if party:
            st.person(person).party = st.person(person).party or party
            self.parties.setdefault(person, party)

    def _party_for(self, clause: Clause, v: int) -> str | None:
        """'won for Labour', 'held the seat for the Tories', 'elected as a Conservative', 'a first win for
        Reform UK', 'is the last Conservative MP'."""
        if clause.lower(v) in words("member_verbs"):
            return next((clause.mention(j).party for j in range(v + 1, min(len(clause.items), v + 6))
                         if clause.kind(j) == "party"), None)
        for j in range(v + 1, len(clause.items)):
            if clause.lower(j) in ("for", "as"):
                m = next((clause.mention(k) for k in range(j + 1, min(len(clause.items), j + 4)) if clause.mention(k)), None)
                if m and m.kind == "party":
                    return m.party
                if m is not None:
                    return None
            if clause.kind(j) == "person":
                return None
        return None

    # -- places and figures -------------------------------------------------------------------------
    def owner(self, clause: Clause, at: int, st: Statement) -> str | None:
        """The person a figure or a place at item `at` belongs to."""
        if clause.lower(at - 1) in ("'s", "’s") and clause.kind(at - 2) == "party":
            return None  # "Labour's 26,844": a party's figure
        going = _going_to(clause, at)
        if going is not None:
            return going
        for j in range(at - 1, -1, -1):
            m = clause.mention(j)
            if m and m.kind == "person":
                return m.person
            if m and m.kind == "party" and not self._attached_party(clause, j):
                return st.subject if self._describes_subject(clause, j, st) else None
        if clause.about is not None:
            return clause.about.person
        return st.subject

    @staticmethod
    def _describes_subject(clause: Clause, j: int, st: Statement) -> bool:
        """The party at j names the clause's subject: 'The Labour candidate secured 98,400 votes' (a party, then one
        word of office, said of the person the article named with that party)."""
        office = clause.lower(j + 1)
        return bool(st.subject) and st.subject_party == clause.mention(j).party and office in words("offices") \
            and not office.endswith("s")

    def _attached_party(self, clause: Clause, j: int) -> bool:
        """A party that belongs to someone named before it: 'X (Lab)', 'X, of Labour,', 'X, Conservative, 640 votes',
        'came second for the Greens'."""
        before = [clause.lower(k) for k in range(max(0, j - 2), j)]
        return bool(set(before) & {"(", "of", "for", "from"}) or (clause.lower(j - 1) == "," and clause.kind(j - 2) == "person")

    def read_ranks(self, clause: Clause, st: Statement) -> None:
        for i in clause.find("runner_up"):
            after = next((j for j in range(i + 1, min(len(clause.items), i + 4)) if clause.kind(j) == "person"), None)
            verb = _rank_verb_before(clause, i)
            if after is None and verb is not None and clause.kind(verb - 1) == "person":
                after = verb - 1  # 'Jane Roe was runner-up', 'Jane Roe finished the runner-up'
            after = _with_person_before(clause, i) if after is None else after  # 'with Jane Roe the runner-up'
            if after is not None:
                st.person(clause.mention(after).person).rank = 2
        self._read_placed_named(clause, st)
        self._read_opening_place(clause, st)
        self._read_last(clause, st)
        ordinals = clause.where("ordinal")
        respectively = clause.find("respectively")
        if ordinals and respectively:
            self._read_respectively(clause, st, ordinals, respectively[0])
            return
        named_after = self._places_before_names(clause)
        for i in ordinals:
            if i in named_after:
                st.person(named_after[i]).rank = clause.mention(i).ordinal  # 'In second place was Jane Roe'
            elif clause.lower(i + 1) == "placed" and clause.kind(i + 2) == "person":
                st.person(clause.mention(i + 2).person).rank = clause.mention(i).ordinal  # 'second placed Jane Roe'
            elif self._is_place(clause, i):
                owner = self.owner(clause, i, st)
                place = clause.mention(i).ordinal
                if owner and place and place > 1:
                    st.person(owner).rank = place

    @staticmethod
    def _places_before_names(clause: Clause) -> dict[int, str]:
        """The person each place told before a name went to, by the ordinal's index: 'In second place was Jane Roe'."""
        if clause.sentence.words_lower().isdisjoint(("place", "spot", "position")):
            return {}  # every shape names the place: most clauses are not tried
        found = {}
        for match in patterns("place_before_name").finditer(clause.items):
            place, who = match.items(clause.items, "place"), match.items(clause.items, "who")
            at = next(i for i, item in enumerate(clause.items) if item is place[0])
            found[at] = getattr(who[0].ref, "person", None) or ""
        return {at: person for at, person in found.items() if person}

    @staticmethod
    def _read_placed_named(clause: Clause, st: Statement) -> None:
        """'the second-place candidate, Conservative Jane Roe': the person named after a compound place."""
        for i in range(len(clause.items)) if "-plac" in clause.lowered else ():
            m = _COMPOUND_PLACE.fullmatch(clause.lower(i)) if "-plac" in clause.lower(i) else None
            place = ORDINALS.get(m.group(1)) if m else None
            if place is None:
                continue
            j = i + 1
            while clause.lower(j) in words("offices") or clause.lower(j) in (",", "'s", "’s") or clause.kind(j) == "party":
                j += 1
            if clause.kind(j) == "person":
                st.person(clause.mention(j).person).rank = place
            elif (verb := _rank_verb_before(clause, i)) is not None and clause.kind(verb - 1) == "person":
                st.person(clause.mention(verb - 1).person).rank = place  # 'Jane Roe was third-placed'

    @staticmethod
    def _read_opening_place(clause: Clause, st: Statement) -> None:
        """'Second was Jane Roe with 8,210', 'Third came Labour's Tom Smith': a clause that opens on its place."""
        if clause.kind(0) != "ordinal" or clause.lower(1) not in ("was", "came"):
            return
        j = 2
        while clause.lower(j) in words("offices", "possessive_marks") or clause.lower(j) == "the" or clause.kind(j) == "party":
            j += 1
        place = clause.mention(0).ordinal
        if clause.kind(j) == "person" and place and place > 1:
            st.person(clause.mention(j).person).rank = place

    def _read_last(self, clause: Clause, st: Statement) -> None:
        """'finished last of the six candidates', 'came last out of 4 candidates': the place is the count."""
        for i in range(1, len(clause.items)) if "last" in clause.lowered else ():
            if clause.lower(i) != "last" or clause.lower(i - 1) not in words("rank_verbs"):
                continue
            k = i + 1 + (clause.lower(i + 1) == "out")
            if clause.lower(k) != "of":
                continue
            k += clause.lower(k + 1) == "the"
            count = words_to_number(clause.lower(k + 1))
            owner = self.owner(clause, i, st)
            if count and 1 < count < 20 and clause.lower(k + 2) in ("candidates", "contenders", "runners") and owner:
                st.person(owner).rank = count

    @staticmethod
    def _read_respectively(clause: Clause, st: Statement, ordinals: list[int], at: int) -> None:
        """'A and B came fourth and fifth respectively'."""
        named = [clause.mention(i).person for i in clause.where("person")]
        places = [clause.mention(i).ordinal for i in ordinals if i < at]
        if len(named) == len(places):
            for name, place in zip(named, places):
                st.person(name).rank = place

    def _is_place(self, clause: Clause, i: int) -> bool:
        """'came second', 'finished a distant third', 'in third place', 'fourth spot'; not 'second term'."""
        nxt = clause.lower(i + 1)
        if nxt in ("place", "spot", "position"):
            return True
        if nxt and nxt not in (",", ".", "with", "on", "and", "in", "for", "behind", "after", "ahead", "respectively", ";", "-",
                               "–", "by"):
            if not (clause.kind(i + 1) == "figure"):
                return False
        j = i - 1
        while j >= 0 and clause.lower(j) in words("rank_fillers") and clause.lower(j) not in words("rank_verbs"):
            j -= 1
        if clause.lower(j) in words("rank_verbs"):
            return True
        # 'Jane Roe took third, with Ann Poe (Lab) fourth': the verb is said once for the whole sentence
        k = i - 4 if clause.lower(i - 1) == ")" and clause.lower(i - 3) == "(" else i - 1
        return clause.kind(k) == "person" and not clause.sentence.words_lower().isdisjoint(words("rank_verbs")) \
            or _with_person_before(clause, i) is not None  # 'won, with Jane Roe second on 8,210'


    @staticmethod
    def read_eliminated(clause: Clause, st: Statement) -> bool:
        """'Jane Roe (Green) and Tom Smith were eliminated after the first round': each person the clause names (its
        winner apart) stood and lost; so did the person an aside of such a clause is about. Whether it says so."""
        if clause.eliminated:  # an aside of such a clause, or one that says it again of others ('…, as was B')
            named = [clause.about.person] if clause.about is not None else [
                clause.mention(i).person for i in clause.where("person")]
        elif ("liminat" in clause.sentence.text or "knocked out" in clause.sentence.text) \
                and any(True for _ in patterns("eliminated").finditer(clause.items)):
            named = [clause.mention(i).person for i in clause.where("person")]
            named += [clause.about.person] if clause.about is not None else []  # ', who was eliminated,
            for aside in clause.asides:
                aside.eliminated = True
        else:
            return False
        for person in named:
            if person != st.winner:
                st.person(person).stood = st.person(person).lost = True
        st.eliminated = True
        return True

    def read_figures(self, clause: Clause, st: Statement, first_round: bool = False) -> None:
        """Counts and shares; a later round's counts are left (not those of candidates eliminated before it)."""
        self._read_votes_to(clause, st)
        if clause.find("respectively") and _figures_in_turn(clause, st):
            return
        if "respectively" in clause.sentence.text and len(clause.sentence.people) > 1 and not any(
                clause.kind(i) == "person" for i in range(len(clause.items))):
            return  # 'A and B came fourth and fifth respectively, with 5,000 and 4,000 votes': whose is not guessed
        for i in clause.where("figure"):
            m = clause.mention(i)
            if m.figure is None:
                continue
            if m.figure.kind == "share" and not self._past(clause, i):
                self._read_share(clause, i, st)
            elif m.figure.kind in ("votes", "number") and self._is_votes(clause, i) and not self._a_year(clause, m) \
                    and (first_round or not self._later_round(clause)):
                self._read_votes(clause, i, st)

    def _read_votes(self, clause: Clause, i: int, st: Statement) -> None:
        """Someone's count, or a party's whose candidate the clause does not name ('Labour polled 1,204 votes')."""
        m = clause.mention(i)
        owner = self.vote_owner(clause, i, st)
        if owner and m.figure.value >= 10:
            st.person(owner).votes = st.person(owner).votes or m.figure.count
            st.person(owner).won_votes = clause.lower(i - 1) in ("won", "winning")
        elif owner is None and st.subject is None and not st.people and m.figure.value >= 10:
            party = _party_polled(clause, i)
            if party:
                st.party_votes.setdefault(party, m.figure.count)

    @staticmethod
    def _read_votes_to(clause: Clause, st: Statement) -> None:
        """'beat Jane Roe by 900 votes to 700': the winner's count, then the one beaten's."""
        beaten = [p for p, facts in st.people.items() if facts.lost and p != st.winner]
        if not st.winner or len(beaten) != 1:
            return
        for i in range(len(clause.items)):
            second = _votes_to(clause, i)
            if second is not None and clause.lower(_before_qualifiers(clause, i)) == "by":
                st.person(st.winner).votes = clause.mention(i).figure.count
                st.person(beaten[0]).votes = clause.mention(second).figure.count
                return

    def _read_share(self, clause: Clause, i: int, st: Statement) -> None:
        if any(clause.lower(j) in ("swing", "turnout", "drop", "down", "up", "rise", "fall") for j in range(max(0, i - 3), i)):
            return
        if not clause.sentence.words_lower().isdisjoint(words("threshold")) and any(
                clause.items[i] in match.items(clause.items, "share") for match in patterns("threshold").finditer(clause.items)):
            return  # 'no candidate reaching 50 per cent': a threshold
        owner = self.owner(clause, i, st)
        if owner:
            st.person(owner).share = st.person(owner).share or clause.mention(i).figure.value
        elif st.subject is None and not st.people:
            party = _party_polled(clause, i)
            if party:
                st.party_shares.setdefault(party, clause.mention(i).figure.value)

    def _later_round(self, clause: Clause) -> bool:
        """'After second preferences, she had 180,000 votes': a later round's count, where the article gives first
        preferences elsewhere (an article that gives one count only gives the count there is)."""
        if self.first_preferences is None:  # asked of the whole article once
            self.first_preferences = _first_preferences(self.discourse.doc.text.lower())
        if not self.first_preferences:
            return False
        text = clause.sentence.text.lower()
        return not _first_preferences(text) and says_word_of(text, "later_round")

    @staticmethod
    def _a_year(clause: Clause, m: Mention) -> bool:
        """'following the 2017 vote': a year, though 'vote' follows it."""
        at = clause.sentence.start
        return year_at(clause.sentence.text, m.start - at, m.end - at)

    def _is_votes(self, clause: Clause, i: int) -> bool:
        """The figure at i is someone's votes: 'polled 20,117', 'on 3,193', 'a total of 57,248 votes'; not a
        margin ('won by more than 2,000 votes', '4,000 more than') nor a majority."""
        if clause.lower(_before_qualifiers(clause, i)) == "by" or _majority_to(clause, i) or _votes_to_at(clause, i):
            return False  # 'won by more than 2,000 votes': a margin ('by 900 votes to 700': both counts, read apart)
        if clause.lower(i - 1) == "of" and clause.lower(i - 2) == "total":
            return True  # 'a total of 57,248 votes'
        if clause.mention(i).figure.kind == "votes":
            return self._counted_votes(clause, i)
        return self._number_is_votes(clause, i)

    @staticmethod
    def _counted_votes(clause: Clause, i: int) -> bool:
        """A figure printed with 'votes': someone's, unless a majority or a margin."""
        before = clause.lower(i - 1)
        majority_of = before in ("of", "to") and "majority" in (clause.lower(i - 2), clause.lower(i - 3))
        return before not in ("by", "of") and not majority_of and clause.lower(i + 2) not in words("margin_after")

    @staticmethod
    def _number_is_votes(clause: Clause, i: int) -> bool:
        """A bare number is votes by the words before it ('polled', "Roe's", 'to', 'on'), or right after a name
        where a verb of polling is left out ('A polled 20,000, B 10,000 and C (Green) 2,000')."""
        if clause.lower(i + 1) in words("margin_after") or clause.lower(i + 1) in ("majority", "-"):
            return False
        if _gapped_count(clause, i) or _bracketed_count(clause, i) or _line_count(clause, i):
            return True
        before = clause.lower(i - 1)
        two = f"{clause.lower(i - 2)} {before}"
        if two in words("poll"):
            return True  # 'picked up 17,562', 'pulled in 9,672': a verb of two words, whose last is no rise ('up 3,000')
        if before in words("not_votes_before") or two in words("not_votes_before"):
            return before in ("to", "on") and clause.kind(i - 2) != "party"
        return before in words("poll") or before in ("'s", "’s") or two in words("poll") or (
            clause.lower(i - 2) in words("poll") and before in ("a", "just", "only", "some"))

    def vote_owner(self, clause: Clause, i: int, st: Statement) -> str | None:
        """Figures after a beaten person's name are the winner's ('won the seat from X with 25,291 votes')."""
        if clause.lower(i - 2) == "by" and clause.lower(i - 1) in words("poll") and st.subject:
            return st.subject  # 'saw off the challenge of X by securing 21,031 votes': the subject's
        owner = self.owner(clause, i, st)
        if owner and owner != st.subject and st.people.get(owner) and st.people[owner].lost and not st.eliminated:
            j = max(k for k in range(i) if clause.kind(k) == "person")
            if clause.lower(j + 1) in ("with", "by"):
                return st.subject
        return owner

    def _past(self, clause: Clause, i: int) -> bool:
        before = any(clause.lower(j) in words("past_majority") and not (
            clause.lower(j) == "last" and clause.kind(j - 1) == "ordinal") and not (  # 'finishing second last': no past
            clause.lower(j) == "was" and clause.lower(j + 1) in words("win"))  # 'was re-elected with a majority of'
            for j in range(max(0, i - 7), i))
        after = any(clause.lower(j) in words("past_majority_after") for j in range(i + 1, min(len(clause.items), i + 5)))
        return before or after

    def read_majority(self, clause: Clause, st: Statement) -> None:
        for i in clause.where("figure"):
            m = clause.mention(i)
            if m.figure is None:
                continue
            old = self._majority_changed(clause, i)  # 'raised her majority from 4,000 to 6,500', 'rose to … from …'
            if old is not None:
                st.previous_majority, st.majority = clause.mention(old).figure.count, m.figure.count
                st.previous_year = next((clause.mention(j).figure.count for j in range(old + 1, min(len(clause.items), old + 6))
                                         if clause.kind(j) == "figure" and clause.mention(j).figure.kind == "year"), None)
                return
            margin = self._is_margin(clause, i)
            if m.figure.kind == "majority" or self._won_by(clause, i) or margin or _majority_to(clause, i) \
                    or _majority_plus(clause, i):
                self._read_one_majority(clause, i, st, margin)

    @staticmethod
    def _is_margin(clause: Clause, i: int) -> bool:
        """'4,000 more than', '1,058 votes ahead of' (not '2,000 more seats', nor '8,823 more second-choice votes': votes
        a later round added)."""
        after = f"{clause.lower(i + 2)} {clause.lower(i + 3)}"
        if any(after.startswith(phrase) for phrase in words("first_round", "later_round")):
            return False
        return (clause.lower(i + 1) in words("margin_after") and clause.lower(i + 2) not in words("count_after")) or (
            clause.lower(i + 1) == "votes" and clause.lower(i + 2) in words("margin_after"))

    def _read_one_majority(self, clause: Clause, i: int, st: Statement, margin: bool) -> None:
        """A majority at i: this contest's, unless it is a past one ('overturned a majority of'), or the figure a
        majority rose from ('from 1,200 to 3,400')."""
        before = [clause.lower(j) for j in range(max(0, i - 6), i)]
        count = clause.mention(i).figure.count
        if self._past(clause, i) and "to" not in before[-1:]:
            return
        if "from" in before[-3:] and any(clause.lower(j) == "to" for j in range(i + 1, i + 4)):
            st.previous_majority = count
            return
        st.majority = st.majority or count
        if margin:
            self._margin(clause, i, st)

    @staticmethod
    def _majority_changed(clause: Clause, i: int) -> int | None:
        """Where the earlier figure stands when the one at i is a majority changed from it: 'majority from N to M'
        (M at i), 'majority rose to M from N' (no word of a majority lost)."""
        to = i - 1
        while to > 0 and (clause.lower(to) in words("qualifiers") or clause.lower(to) in words("approx_before")
                          or clause.lower(to) == "a"):
            to -= 1  # 'to a whopping 8,800'
        majority = next((j for j in range(to - 1, max(-1, to - 7), -1) if clause.lower(j) == "majority"), None)
        if clause.lower(to) != "to" or majority is None or \
                any(clause.lower(j) in words("lost_majority") for j in range(max(0, majority - 3), i)):
            return None
        return _from_before(clause, to) or _from_after(clause, i, to)

    def _margin(self, clause: Clause, i: int, st: Statement) -> None:
        """'X got 4,000 votes more than Y' (X won), 'X finished 4,000 votes behind Y' (Y won)."""
        after = next((j for j in range(i + 1, min(len(clause.items), i + 6)) if clause.kind(j) == "person"), None)
        other = clause.mention(after).person if after is not None else None
        behind = any(clause.lower(j) in ("behind", "short") for j in range(i + 1, i + 3))
        winner, loser = (other, st.subject) if behind else (st.subject, other)
        if winner:
            st.won, st.winner = True, st.winner or winner
            st.person(winner).rank = 1
        if loser and loser != winner:
            st.person(loser).lost = True

    def _won_by(self, clause: Clause, i: int) -> bool:
        """'won by 7,791 votes', 'lost to X by just 3,514 votes', 'held … by 460 votes'."""
        k = i - 1
        while k > 0 and (clause.lower(k) in words("qualifiers") or clause.lower(k) in words("approx_before")):
            k -= 1
        if clause.lower(k) != "by" or clause.lower(i + 1) not in ("votes", "vote", "", ",", ".", "-") or \
                _votes_to(clause, i) is not None:
            return False
        if clause.lower(k - 1) in ("elected", "re-elected", "returned"):
            return False  # 'returned by 22,487 votes' may be the votes cast for her as well as a margin
        return any(clause.lower(j) in words("win") or clause.lower(j) in words("lose") for j in range(i))


def _office_named(clause: Clause, verb: int) -> str | None:
    """'The region's new mayor won 181,000 votes', 'The newly-elected commissioner polled …': the office a clause
    opens on as its subject (then its holder is the one the article's own contest elected)."""
    if verb < 2 or clause.lower(0) != "the" or clause.lower(verb - 1) not in words("elected_alone"):
        return None
    if all(clause.lower(i) in words("office_words") or clause.kind(i) == "place" for i in range(1, verb - 1)):
        return clause.lower(verb - 1)
    return None


def _rank_verb_before(clause: Clause, at: int) -> int | None:
    """The verb of placing right before item `at`, only fillers between ('was the', 'finished a distant')."""
    j = at - 1
    while j >= 0 and clause.lower(j) in words("rank_fillers") and clause.lower(j) not in words("rank_verbs"):
        j -= 1
    return j if j >= 0 and clause.lower(j) in words("rank_verbs") else None


def _with_person_before(clause: Clause, at: int) -> int | None:
    """The person of 'with (Labour's) Jane Roe (a close) second': a place told of someone named after 'with'."""
    j = at - 1
    while j >= 0 and clause.lower(j) in words("rank_fillers"):
        j -= 1
    if j < 0 or clause.kind(j) != "person":
        return None
    k = j - 1
    while k >= 0 and (clause.lower(k) in words("offices", "possessive_marks") or clause.kind(k) == "party"):
        k -= 1
    return j if clause.lower(k) == "with" or k < 0 and _opens_after(clause, "with") else None


def _bracketed_ward(clause: Clause, i: int) -> str | None:
    """'Jane Roe (Brook Hill)', 'Tom Smith (Abbey ward)': capitalised words in brackets after a name, no party's and no
    count, that may be a council ward's name (whether the contest is a council's, the reader decides)."""
    if clause.lower(i + 1) != "(":
        return None
    end = next((k for k in range(i + 2, min(len(clause.items), i + 7)) if clause.lower(k) == ")"), None)
    inside = clause.items[i + 2:end] if end else []
    if not inside or any(clause.kind(k) in ("party", "figure") for k in range(i + 2, end)) or not all(
            item.text[:1].isupper() or item.lower in ("and", "&") for item in inside):
        return None
    label = division_label(" ".join(item.text for item in inside))
    return None if label is None or reference.party_named(label) else label


def _joins_a_list(clause: Clause, j: int) -> bool:
    """The item at j may stand in a list of names before its verb: a comma, 'and', a name's party in brackets
    ('A (Lab) and B (Lab)'), a word of being or the like ('were', 'both', 'also')."""
    word = clause.lower(j)
    return word in (",", "and", "&") or word in words("before_verb") or word in _BE or _in_brackets(clause, j)


def _in_brackets(clause: Clause, j: int) -> bool:
    """The item at j is a bracket round one item, or that item ('(Lab)')."""
    return any(clause.lower(k) == "(" and clause.lower(k + 2) == ")" for k in (j, j - 1, j - 2))


def _one_party_before(clause: Clause, first: int, v: int) -> str | None:
    """The one party printed before the first of a list of names, as theirs ("Labour's A and B", 'Labour
    candidates A and B'), where no other stands before the verb but in brackets."""
    before = {clause.mention(k).party for k in clause.where("party") if k < first}
    among = [k for k in clause.where("party") if first < k < v and not _in_brackets(clause, k)]
    return before.pop() if len(before) == 1 and not among else None


def _opens_after(clause: Clause, word: str) -> bool:
    """Whether the clause opens right after `word`, a break its cut dropped ('…, with Jane Roe second')."""
    items = clause.sentence.items
    first = next((k for k, item in enumerate(items) if item is clause.items[0]), 0) if clause.items else 0
    return first > 0 and items[first - 1].lower == word


def _said_lost_it(clause: Clause, v: int) -> bool:
    """'lost it to Jane Roe', 'lost it this time to Labour': the seat ('it') lost to someone (not 'lost it all')."""
    return clause.lower(v + 1) == "it" and "to" in (clause.lower(v + 2), clause.lower(v + 4))


def _party_before(items: list[Item], at: int) -> str | None:
    """'Labour's X', 'Tory candidate X', 'former Labour MP X': a party with only offices between; 'Labour
    candidates A, B and C': a party named with a plural office before a list of names is each one's."""
    if at >= 2 and items[at - 1].lower in (",", "and") and _is_person(items[at - 2]):
        return _party_of_list(items, at - 2)
    if at >= 2 and items[at - 1].lower == ",":
        return _described_before(items, at - 1)
    for k in range(at - 1, max(-1, at - 6), -1):
        ref = items[k].ref
        if isinstance(ref, Mention) and ref.kind == "party":
            return ref.party if all(_qualifies_office(items, j) for j in range(k + 1, at)) else None
        if not _qualifies_office(items, k):
            return None
    return None


def _qualifies_office(items: list[Item], k: int) -> bool:
    """The item at k may stand between a party and its person: an office or a word describing it ('former',
    'parliamentary', 'county'), a place right before an office ('Reform UK's Anytown candidate'), 'and'
    between two offices ('candidate and councillor')."""
    word, ref = items[k].lower, items[k].ref
    office_next = k + 1 < len(items) and items[k + 1].lower in words("offices")
    if isinstance(ref, Mention):
        return ref.kind == "place" and office_next
    if word == "and":
        return office_next and k > 0 and items[k - 1].lower in words("offices")
    return word in words("offices") or word in _DESCRIBING or word in _OFFICE_QUALIFIERS


def _party_of_list(items: list[Item], first: int) -> str | None:
    """The party of a list of names whose item `first` is a name: one named with a plural office before it."""
    while first >= 2 and items[first - 1].lower in (",", "and") and _is_person(items[first - 2]):
        first -= 2
    plural = first >= 2 and items[first - 1].lower in words("offices") and items[first - 1].lower.endswith("s")
    return _party_before(items, first) if plural else None


def _described_before(items: list[Item], comma: int) -> str | None:
    """'The defeated Conservative candidate in Anytown, Jane Roe': an office with its party right before the
    comma that sets the name off."""
    k = comma - 1
    if k >= 2 and isinstance(items[k].ref, Mention) and items[k].ref.kind == "place" and items[k - 1].lower in ("in", "for"):
        k -= 2
    office = items[k].lower if k >= 0 else ""
    if office in words("group_words"):
        return _group_led(items, k)
    return _party_before(items, k + 1) if office in words("offices") and not office.endswith("s") else None


def _group_led(items: list[Item], k: int) -> str | None:
    """'The leader of the Conservative group, Jane Roe': an office of a party's group (or of the party) right before
    the comma that sets the name off is held by one of its members."""
    party = items[k - 1].ref if k >= 1 else None
    if not (isinstance(party, Mention) and party.kind == "party"):
        return None
    j = k - 2 - (k >= 2 and items[k - 2].lower == "the")
    return party.party if j >= 1 and items[j].lower == "of" and items[j - 1].lower in words("offices") else None


def _is_person(item: Item) -> bool:
    return isinstance(item.ref, Mention) and item.ref.kind == "person"


def _party_after(items: list[Item], at: int) -> str | None:
    """'X (Lab)', 'X, of Labour', 'X for the Greens', 'X, a former Labour councillor' (not 'X (Anytown)')."""
    after = items[at + 1:at + 9]
    lowers = [it.lower for it in after]
    if lowers[:1] == ["("] and ")" in lowers:
        decided, party = _bracketed_party(after[1:lowers.index(")")])
        if decided:
            return party
    for j, item in enumerate(after):
        lead = tuple(w for w in lowers[:j] if w not in (",", "the"))
        if item.lower == "independent" and lead in _STOOD_AS:
            return "Independent" if not _year_follows(items, at + 2 + j) else None  # 'X stood as an independent'
        if isinstance(item.ref, Mention):
            return _linked_party(items, at, j, lead) if item.ref.kind == "party" else None
    return None


def _linked_party(items: list[Item], at: int, j: int, lead: tuple[str, ...]) -> str | None:
    """The party j items after the name at `at`, if the words `lead` between link it to the name."""
    party = items[at + 1 + j].ref.party
    if lead in _STOOD_FOR:
        return party if not _year_follows(items, at + 2 + j) else None  # not 'who stood for Labour in 2017'
    bracket_closed = items[at + 1].lower == ")"
    linked = (lead in _PARTY_LINKS or _named_candidate(list(lead), items[at + 2 + j:at + 4 + j])) and not bracket_closed
    return party if linked and (lead or items[at + 1].lower == ",") else None


def _year_follows(items: list[Item], at: int) -> bool:
    """A year in the few words from `at`: what is said there is of another election ('for Labour in 2017')."""
    return any(re.fullmatch(r"(?:19|20)\d\d", it.text) for it in items[at:at + 3])


def _named_candidate(lead: list[str], after_party: list[Item]) -> bool:
    """'X is the Labour candidate', 'X was Labour's candidate': a party told as what the person stands as."""
    heads = [it.lower for it in after_party if it.lower not in words("possessive_marks")]
    return lead in (["is"], ["was"]) and heads[:1] == ["candidate"]


def _bracketed_party(inside: list[Item]) -> tuple[bool, str | None]:
    """Whether brackets after a name say the party, and which: none for a place ('Jane Roe (Anytown)': her
    seat); undecided when they hold no label or a figure."""
    label = " ".join(it.text for it in inside)
    if any("PLACE" in it.tags for it in inside) and not any("PARTY" in it.tags for it in inside):
        return True, None
    named = {it.ref.party for it in inside if isinstance(it.ref, Mention) and it.ref.kind == "party"}
    if len(named) == 1 and any(c.isdigit() for c in label):
        return True, named.pop()  # '(Labour, 20,117 votes)': the party, beside her figures
    lead = label.split(",")[0].strip()
    known = reference.party_named(lead) if "," in label and lead and not any(c.isdigit() for c in lead) else None
    if known is not None:
        return True, reference.canonical_party(lead)  # '(Con, 17,550)': a known party's short form before figures
    if label and not any(c.isdigit() for c in label):
        return True, reference.canonical_party(label)
    return False, None


def _says_majority(clause: Clause, start: int, end: int) -> bool:
    return any(clause.lower(j) == "majority" for j in range(max(0, start), end))


def _from_before(clause: Clause, to: int) -> int | None:
    """'majority from 1,200 to …': the earlier figure before 'to'."""
    if clause.kind(to - 1) == "figure" and clause.lower(to - 2) == "from" and _says_majority(clause, to - 5, to - 2):
        return to - 1
    return None


def _from_after(clause: Clause, i: int, to: int) -> int | None:
    """'majority rose to 8,000 from 200': the earlier figure after 'from'."""
    after = next((j for j in range(i + 1, min(len(clause.items), i + 5)) if clause.kind(j) == "figure"), None)
    if after is not None and "from" in [clause.lower(j) for j in range(i + 1, after)] and _says_majority(clause, to - 4, to):
        return after
    return None


def _before_qualifiers(clause: Clause, i: int) -> int:
    """Where the words before the figure at i stand, past 'more than', 'just', 'a mere' and the like."""
    k = i - 1
    while k > 0:
        two = f"{clause.lower(k - 1)} {clause.lower(k)}"
        if two in words("approx_before"):
            k -= 2
        elif clause.lower(k) in words("approx_before") or clause.lower(k) in words("qualifiers"):
            k -= 1
        else:
            break
    return k


def _going_to(clause: Clause, at: int) -> str | None:
    """'with 21,000 of the votes going to Jane Roe', 'Some 60,210 votes went to Green candidate Ann Lee', 'with 9,000
    votes (42%) going to Jane Roe': the person the figure at `at` went to, named after it."""
    if not any(clause.lower(j) in ("going", "went", "gone") for j in range(at + 1, min(len(clause.items), at + 9))):
        return None  # every shape has one of these words: most figures are not tried
    for match in patterns("went_to").finditer(clause.items):
        if match.start <= at < match.captures["who"][0]:  # the count, or its share beside it ('(42%)')
            return getattr(match.items(clause.items, "who")[0].ref, "person", None)
    return None


def _member_lost(clause: Clause, v: int) -> int | None:
    """'lost council leader Jane Roe in Anytown', 'lost cabinet member Jane Roe in Anytown': the person a party
    lost in a contest (a description, then the name, then 'in'); None if the clause says no such thing."""
    for j in range(v + 1, min(len(clause.items), v + 9)):
        if clause.kind(j) == "person":
            return j if clause.lower(j + 1) == "in" else None
        if clause.kind(j) or clause.lower(j) in words("not_a_contest", "clause_breaks", "loser_stops"):
            return None
    return None


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "a": 1}


def words_to_number(word: str) -> int | None:
    """'five', 'a' or '5'."""
    return _NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else None)
