"""What one clause says about a contest: who won or lost, with which party, and the figures
(votes, shares, places, majority) of each person it names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from elexgraph import reference
from elexgraph.extract.document import Document, PersonMention
from elexgraph.extract.prose_results.clauses import Actor, Unit
from elexgraph.extract.prose_results.words import (
    NUMBER, APPOSITION_PARTY, BEAT, BEHIND, DEFENDING, DESCRIPTION, FROM, GAIN_FROM, INCUMBENT,
    INCUMBENT_BEFORE, LOSE, LOST_TO, MAJORITY, MORE_THAN, ORD, ORDINALS, OTHER_PARTY, PASSIVE,
    PAST_MAJORITY, PRONOUN, QUALIFIER, RANK, RESPECTIVELY, RUNNER_UP, SHARE, SHARE_NOT, STOOD,
    THE_PARTY, VOTES_AFTER, VOTES_BEFORE, first_verb, outcome_in, party_at_start, party_for, strip_party,
    win_verbs, year_named)
from elexgraph.mentions import party_mentions, pronoun_gender, to_int
from elexgraph.text import Sentence


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

    def credited_to(self, name: str) -> Statement:
        """A party's win, as the win of the person it won through."""
        return replace(self, winner=name, co_winners=[]).only(name)

    def people(self) -> list[str]:
        return list(self.people_facts)

    def says_a_result(self) -> bool:
        """Something won, lost or counted, and someone or some party it is about."""
        counted = any(f.rank or f.votes or f.share or f.incumbent or f.lost for f in self.people_facts.values())
        if not (self.won or self.previous_party or counted or self.majority):
            return False
        return bool(self.winner or self.party or self.previous_party or self.people_facts or self.majority is not None)


class ClauseReader:
    """Reads clauses one at a time into statements, remembering what earlier clauses said about
    people's parties ('the Labour candidate', 'the party')."""

    def __init__(self, doc: Document, parties: dict[str, str]) -> None:
        self.doc = doc
        self.parties = parties  # a person's party, as the article names it beside them
        self.last_party: str | None = None
        # Outside a parliamentary election a party winning a place is council control.
        self.parliamentary = doc.election.kind in ("general", "by-election") and (
            doc.election.date is not None or doc.election.kind == "by-election")

    def read(self, sentence: Sentence, text: str, unit: Unit, inside: list[PersonMention],
             people: list[PersonMention], carried: Actor | None) -> tuple[Actor | None, Statement | None]:
        """The clause's subject and what it says; `carried` is the subject of the sentence's last clause
        ('…, while holding on to Derby South')."""
        part = text[unit.start:unit.end]
        verb = first_verb(part)
        verb_at = unit.start + verb.start() if verb else unit.end
        subject = unit.subject or self.subject(sentence, text, unit, inside, verb_at)
        if subject is None and not unit.aside:
            subject = carried
        if unit.aside and subject and subject.person:
            self.read_aside(text, unit, subject)
        return subject, self.statement(text, unit, subject, inside, verb, people)

    # -- who the clause is about -----------------------------------------------------------------
    def subject(self, sentence: Sentence, text: str, unit: Unit, inside: list[PersonMention],
                verb_at: int) -> Actor | None:
        before = [m for m in inside if m.mention.start < verb_at]
        if before:
            m = before[0]
            return Actor(m.person, None, m.mention.start)
        part = text[unit.start:verb_at]
        pronoun = PRONOUN.match(part)
        if pronoun:
            person = self.doc.resolve_pronoun(sentence, sentence.start + unit.start + pronoun.start("p"),
                                              pronoun_gender(pronoun.group("p")))
            if person:
                return Actor(person, None, unit.start + pronoun.start("p"))
        described = DESCRIPTION.search(part)
        if described and reference.party_named(described.group("party")):
            party = reference.canonical_party(described.group("party"))
            person = self.last_of_party(party)
            return Actor(person, party, unit.start)
        if THE_PARTY.match(part) and self.last_party:
            return Actor(None, self.last_party, unit.start)
        parties = party_mentions(part)
        if parties:
            first = parties[0]
            return Actor(None, first.value, unit.start + first.start)
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
            stood = STOOD.search(part)
            party = (self.party_beside(text, named, Unit(0, len(text), None)) if named else None) or (
                party_at_start(stood.group("p")) if stood else None)
            st.person(subject.person).party = party
            if unit.aside and INCUMBENT.search(part):
                st.person(subject.person).incumbent = True
        # Every person named takes part; parties beside them are theirs.
        for m in inside:
            st.person(m.person).party = st.person(m.person).party or self.party_beside(text, m, unit)
        subjects = [m for m in inside if subject and subject.person and m.person == subject.person]
        subjects += [m for m in inside if m.mention.start < (unit.start + verb.start() if verb else unit.end)
                     and m not in subjects]
        st.many_subjects = len({m.person for m in subjects}) > 1
        if subject and subject.person and subject.party:
            st.person(subject.person).party = st.person(subject.person).party or subject.party
        st.subject_person = subject.person if subject else None
        self.read_win_or_loss(text, unit, subject, inside, verb, st)
        self.read_ranks(text, unit, inside, subjects, st)
        self.read_figures(text, unit, inside, st)
        self.read_majority(text, unit, inside, st)
        if subject and subject.person is None and subject.party and st.won and st.winner is None:
            st.party = subject.party
        if not st.says_a_result():
            return None
        if st.winner is None and not st.people_facts and not self.parliamentary:
            return None  # a party winning a place outside a parliamentary election is council control
        return st

    def read_win_or_loss(self, text: str, unit: Unit, subject: Actor | None, inside: list[PersonMention],
                         verb: re.Match[str] | None, st: Statement) -> None:
        part = text[unit.start:unit.end]
        passive = PASSIVE.search(part)
        if passive:
            self.read_passive(text, unit, inside, unit.start + passive.end(), st)
            return
        if re.search(r"\b(?:wrongly|mistakenly|incorrectly)\s+(?:declared|announced|named)", part):
            if subject and subject.person:
                st.person(subject.person).lost = True  # the wrong winner announced: a candidate, beaten
            return
        if self.read_loss(text, unit, subject, inside, verb, st):
            return
        wins = win_verbs(part)
        if wins:
            self.read_wins(text, unit, subject, inside, wins, st)
            self.read_beaten(text, unit, inside, wins[0], st)
            self.read_previous_party(part, wins[0], st)

    def read_passive(self, text: str, unit: Unit, inside: list[PersonMention], after: int, st: Statement) -> None:
        """'was won by Jane Roe', 'was held by Labour candidates A, B and C', 'was taken by Labour'."""
        part = text[unit.start:unit.end]
        by_person = next((m for m in inside if m.mention.start >= after and not text[after:m.mention.start].strip(" ,")
                          or m.mention.start >= after and re.fullmatch(r"[\w' ’]*", text[after:m.mention.start])), None)
        if by_person is None:
            parties = party_mentions(text[after:unit.end])
            if parties and parties[0].start < 5:
                st.won, st.party = True, parties[0].value
                st.outcome = outcome_in(part)
            return
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

    def read_loss(self, text: str, unit: Unit, subject: Actor | None, inside: list[PersonMention],
                  verb: re.Match[str] | None, st: Statement) -> bool:
        """Who lost, and to whom ('lost to Labour's Jane Roe'); False when the clause tells no loss."""
        part = text[unit.start:unit.end]
        lost = LOSE.search(part)
        loser = subject.person if subject else None
        if lost and re.search(r"(?:candidate|MP|challenger)$", lost.group(0)):
            # 'The beaten Tory candidate for Anytown, Amy Lark, …'
            loser = next((m.person for m in inside if m.mention.start >= unit.start + lost.end()), loser)
        if lost and not loser and subject and subject.party and lost.group(0).lower().startswith("lo"):
            st.previous_party, st.outcome = subject.party, "gain"  # 'Greens lose Anytown after 20 years'
            return True
        if loser and lost and (not verb or lost.start() <= verb.start() + 1):
            st.person(loser).lost = True
            if DEFENDING.search(part[lost.end():lost.end() + 12]):
                st.person(loser).incumbent = True
            winner = next((m for m in inside if m.mention.start > unit.start + lost.end()
                           and LOST_TO.search(strip_party(text[unit.start + lost.end():m.mention.start]))), None)
            if winner:
                self.win(st, winner.person, part)
                st.outcome = st.outcome or ("gain" if st.person(loser).incumbent else None)
            return True
        return False

    def read_wins(self, text: str, unit: Unit, subject: Actor | None, inside: list[PersonMention],
                  wins: list[re.Match[str]], st: Statement) -> None:
        """The winner: the person (or party) doing each verb of winning, else the clause's subject."""
        part = text[unit.start:unit.end]
        for win in wins:
            actor = self.actor_before(text, unit, inside, unit.start + win.start()) or subject
            if actor and actor.person and not st.winner:
                self.win(st, actor.person, part[win.start():])
                st.party = st.party or party_for(part)
            elif actor and actor.party and not actor.person and not st.party:
                if not re.search(r"\bseats\b", part[win.end():win.end() + 25]):
                    st.won = True
                    st.party = actor.party
                    st.outcome = st.outcome or outcome_in(part[win.start():])
                    self.last_party = actor.party

    def read_beaten(self, text: str, unit: Unit, inside: list[PersonMention], win: re.Match[str],
                    st: Statement) -> None:
        """The beaten: named after 'beat', 'defeating', 'from', 'pushing … into'."""
        beaten_end = None
        for m in inside:
            if m.person == st.winner or m.mention.start < unit.start + win.start():
                continue
            lead = strip_party(text[unit.start + win.start():m.mention.start])
            joined = beaten_end is not None and re.fullmatch(r"[\s,]*and\s+(?:the\s+)?", strip_party(
                text[beaten_end:m.mention.start]))
            if BEAT.search(lead) or FROM.search(lead) or joined:
                st.person(m.person).lost = True
                beaten_end = m.mention.end
                if INCUMBENT_BEFORE.search(lead):
                    st.person(m.person).incumbent = True

    @staticmethod
    def read_previous_party(part: str, win: re.Match[str], st: Statement) -> None:
        """The party that held the seat: 'gained Anytown from the Conservatives', 'overcame a Labour majority'."""
        source = re.search(r"\bfrom\s+(?:the\s+)?(?P<p>[A-Z][\w’'-]*(?:\s+[A-Z][\w'’-]*)*)", part[win.end():])
        if source and GAIN_FROM.search(part):
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
            return Actor(None, party.value, unit.start + party.start)
        if person:
            return Actor(person.person, None, person.mention.start)
        return None

    def win(self, st: Statement, person: str, part: str) -> None:
        """`part` runs from the verb of winning to the clause's end."""
        st.won, st.winner = True, person
        st.person(person).rank = 1
        st.outcome = st.outcome or outcome_in(part)
        party = party_for(part)
        if party:
            st.person(person).party = st.person(person).party or party

    def read_ranks(self, text: str, unit: Unit, inside: list[PersonMention], subjects: list[PersonMention],
                   st: Statement) -> None:
        part = text[unit.start:unit.end]
        respectively = RESPECTIVELY.search(part)
        if respectively:
            places = [ORDINALS[w.lower()] for w in re.findall(ORD, respectively.group(1), re.I)]
            named = list(dict.fromkeys(m.person for m in subjects))
            if len(named) == len(places):
                for person, place in zip(named, places):
                    st.person(person).rank = place
            return
        for found in RANK.finditer(part):
            word = found.group("ord") or found.group("ord2") or found.group("ord3")
            place = ORDINALS[word.lower()]
            owner = self.owner(text, unit, inside, unit.start + found.start(), st)
            if owner and (place > 1 or re.search(r"\b(?:came|finished|was)\s+first\b", found.group(0))):
                st.person(owner).rank = place
        runner = RUNNER_UP.search(part)
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

    def read_figures(self, text: str, unit: Unit, inside: list[PersonMention], st: Statement) -> None:
        part = text[unit.start:unit.end]
        shares = list(SHARE.finditer(part))
        share_spans = [(s.start(), s.end()) for s in shares]
        for found in re.finditer(NUMBER, part):
            if any(s <= found.start() < e for s, e in share_spans):
                continue
            value = to_int(found.group(0))
            before, after = part[:found.start()], part[found.end():]
            if re.fullmatch(r"(?:19|20)\d\d", found.group(0)) and not VOTES_AFTER.match(after):
                continue
            if re.match(r"\s*(?:%|per\s?cent|percent|-?vote\s+majority|majority|years?|seats?|people|points?)\b", after,
                        re.I) or re.match(r"\s+(?:votes\s+)?(?:more|fewer|behind|ahead|short)\b", after):
                continue
            if re.search(r"\b(?:majority|by|from|to|number|of|turnout|than|under|over|almost|nearly|about|around)\s+"
                         rf"{QUALIFIER}$", before, re.I) and not re.search(r"\btotal\s+of\s+$", before):
                continue
            if not (VOTES_AFTER.match(after) or VOTES_BEFORE.search(before)):
                continue
            owner = self.vote_owner(text, unit, inside, unit.start + found.start(), st)
            if owner and value >= 10:
                st.person(owner).votes = st.person(owner).votes or value
        for share in shares:
            before = part[:share.start()]
            if SHARE_NOT.search(before):
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
        for found in MAJORITY.finditer(part):
            if PAST_MAJORITY.search(part[:found.start()]) or re.match(r"\s+(?:in|at)\s+(?:19|20)\d\d", part[found.end():]) \
                    and year_named(part, self.doc.election.year) is None:
                continue
            if re.search(r"\bmajority\s+by\b", found.group(0)):
                continue
            number = next(g for g in found.groups() if g)
            st.majority = st.majority or to_int(number)
        for m in inside:
            owned = re.match(r"['’]s\s+(?:(?P<p>[A-Z][\w ]*?)\s+)?majority\b", text[m.mention.end:unit.end])
            if owned and st.majority:
                st.won, st.winner = True, m.person
                st.person(m.person).rank = 1
                party = owned.group("p") and reference.party_named(owned.group("p"))
                st.party = st.party or (party.name if party else None)
            before = text[unit.start:m.mention.start]
            more = MORE_THAN.search(before)
            if more:
                st.majority = st.majority or to_int(more.group("n"))
                if st.subject_person and st.subject_person != m.person:
                    st.person(m.person).lost = True
            behind = BEHIND.search(before)
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
        stood = STOOD.search(after[:80])
        if stood:
            party = party_at_start(stood.group("p"))
            if party:
                return party
        tied = re.match(r"\s*,?\s+(?:of|for|from)\s+(?:the\s+)?(?P<p>[A-Z][\w’' &-]*)", after)
        if tied:
            party = party_at_start(tied.group("p"))
            if party:
                return party
        other = OTHER_PARTY.match(after.lstrip(" ,"))
        if other and re.match(r"\s*,?\s*(?:from|for|of)\s+the", after):
            return other.group("p")
        described = re.match(r"\s*,\s+(?:a|an|the)\s+(?:former\s+|local\s+|veteran\s+)?(?P<p>[A-Z][\w ]*?)"
                             r"(?:\s+(?:MP|candidate|councillor|member|who)\b|\s*,|\s*$)", after)
        if described and reference.party_named(described.group("p")):
            return reference.canonical_party(described.group("p"))
        return None

    # -- asides ---------------------------------------------------------------------------
    def read_aside(self, text: str, unit: Unit, subject: Actor) -> None:
        """An aside's party ('who stood for Ukip', ', of Labour,') is the party of the person it describes."""
        part = text[unit.start:unit.end]
        stood = STOOD.search(part)
        party = APPOSITION_PARTY.match(part)
        named = stood.group("p") if stood else party and (party.group("p") or party.group("q"))
        if named and party_at_start(named):
            self.parties[subject.person] = party_at_start(named)
