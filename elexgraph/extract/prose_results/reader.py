"""Reading an article's prose in order and placing what each clause says in the contest it is about:
the seat it names, else its people's own seats, else the contest of the sentences just before."""

from __future__ import annotations

import re

from elexgraph import reference
from elexgraph.extract.document import Document, PersonMention
from elexgraph.extract.prose_results.clauses import Actor, Unit, masked, takes_part, units
from elexgraph.extract.prose_results.contests import Contest
from elexgraph.extract.prose_results.statements import ClauseReader, PersonFacts, Statement
from elexgraph.extract.prose_results.words import NOT_RESULT, THE_SEAT, mayoralty_in, year_named
from elexgraph.extract.result_lists import result_lists, seat_of_list
from elexgraph.facts import Election
from elexgraph.mentions import party_mentions, seat_mentions
from elexgraph.text import Sentence

Target = tuple[Election, str, Statement]  # what a clause says about one seat at one election


class Reader:
    """Reads an article's prose into contests."""

    def __init__(self, doc: Document, homes: dict[tuple[str, Election], str]) -> None:
        self.doc = doc
        self.homes = homes  # (person, election) -> seat: the seat each person stood in, where a sentence says so
        self.contests: dict[tuple[Election, str], Contest] = {}
        self.parties: dict[str, str] = {}  # a person's party, as the article names it beside them
        self.clauses = ClauseReader(doc, self.parties)
        self.found_homes: dict[tuple[str, Election], str] = {}
        self.list_paragraphs = {line.paragraph.index for lines in result_lists(doc) for line in lines}
        self.unplaced: set[str] = set()  # people whose seat the article leaves unsaid
        self.context: tuple[Election, str] | None = None
        self.context_age = 0
        self.sentence_subject: Actor | None = None
        # An article dated near no election (a defection story, say) reports results only for years it names.
        self.reporting = doc.election.date is not None or doc.election.kind != "general"

    def contest(self, election: Election, seat: str) -> Contest:
        return self.contests.setdefault((election, seat), Contest(election, seat))

    def read_lists(self) -> None:
        """Results printed as lists go into the pool first: prose then adds what the lists leave out."""
        doc = self.doc
        for lines in result_lists(doc):
            seat = seat_of_list(doc, lines[0].paragraph)
            if seat is None:
                continue
            contest = self.contest(doc.election, seat)
            ranked = sorted(lines, key=lambda line: -line.votes)
            for line in lines:
                person = doc.person_named(line.name)
                entry = contest.entry(person)
                entry.party, entry.votes, entry.share = line.party, line.votes, line.share
                entry.rank = ranked.index(line) + 1
                self.homes.setdefault((person, doc.election), seat)
                self.parties.setdefault(person, line.party)

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
        text = masked(self.doc, sentence)
        seats = {m.value for m in seat_mentions(text, self.boundaries(None))}
        if len(seats) == 1 and sentence.paragraph not in self.list_paragraphs and self.doc.election.kind != "mayoral":
            self.context, self.context_age = (self.election_for(None), seats.pop()), 0

    # -- one sentence -------------------------------------------------------------------------
    def read_sentence(self, sentence: Sentence) -> None:
        if sentence.paragraph in self.list_paragraphs:
            return  # a line of a printed result list: read by the result-lists extractor
        text = masked(self.doc, sentence)
        self.sentence_subject = None
        if not re.search(r"\w", text):
            return
        people = [m for m in self.doc.mentions_in(sentence) if text[m.mention.start] != " "]
        for unit in units(text, people):
            self.read_unit(sentence, text, unit, people)

    def read_unit(self, sentence: Sentence, text: str, unit: Unit, people: list[PersonMention]) -> None:
        text = unit.text_in(text)
        if not re.search(r"[A-Za-z]", text[unit.start:unit.end]):
            return
        inside = [m for m in people if unit.start <= m.mention.start < unit.end and text[m.mention.start] != " "
                  and takes_part(text, m, unit)]
        subject, statement = self.clauses.read(sentence, text, unit, inside, people, self.sentence_subject)
        if not unit.aside:
            self.sentence_subject = subject
        if statement is not None:
            self.place(sentence, text, unit, inside, statement)

    # -- which contest ---------------------------------------------------------------------------
    def place(self, sentence: Sentence, text: str, unit: Unit, inside: list[PersonMention],
              statement: Statement) -> None:
        """Pool what a clause says into each contest it is about."""
        part = text[unit.start:unit.end]
        if not statement.people_facts and NOT_RESULT.search(part):
            return  # 'Labour hold Chesterfield council': control of a council, not a seat
        year = year_named(part, self.doc.election.year)
        mayoralty = mayoralty_in(part)
        election = self.mayoral_election(mayoralty, year) if mayoralty else self.election_for(year)
        seats = [mayoralty] if mayoralty else self.seats_in(part, self.boundaries(year))
        if not statement.people_facts and not seats and not THE_SEAT.search(part):
            return  # a party's result is a seat result only where the seat is named
        through = self.winners_through(text, unit, inside, year) if statement.won and not statement.winner else {}
        self.note_homes(statement, election, seats, through)
        targets = [(election, seat, statement.credited_to(through[seat]) if seat in through else statement)
                   for seat in seats] or self.targets_without_name(text, unit, statement, year)
        if not targets and statement.subject_person:
            self.unplaced.add(statement.subject_person)
        for target_election, seat, st in targets:
            if target_election == self.doc.election and not self.reporting:
                continue  # an article written between elections: its present tense reports no result
            if len(targets) == 1 and not st.many_subjects:
                for person in st.people():
                    self.found_homes.setdefault((person, target_election), seat)
            self.pool(sentence, self.contest(target_election, seat), st)
        if len(targets) == 1 and targets[0][0].year == self.doc.election.year:
            self.context, self.context_age = (targets[0][0], targets[0][1]), 0

    def note_homes(self, statement: Statement, election: Election, seats: list[str], through: dict[str, str]) -> None:
        """A clause naming one seat ties its people to it; 'Anytown through Jane Roe' ties her to Anytown."""
        if len(seats) == 1:
            for person in statement.people():
                self.found_homes.setdefault((person, election), seats[0])
        for seat, person in through.items():
            self.found_homes.setdefault((person, election), seat)

    def targets_without_name(self, text: str, unit: Unit, statement: Statement, year: int | None) -> list[Target]:
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

    def seats_in(self, part: str, year: int) -> list[str]:
        """The seats a clause names, once each; not a party's word ('Ashfield Independents') nor a council."""
        taken = [(p.start, p.end) for p in party_mentions(part)]
        seats: list[str] = []
        for m in seat_mentions(part, year):
            if any(s <= m.start < e for s, e in taken) or re.match(r"\s+(?:Borough|District|City|County)\b",
                                                                   part[m.end:]):
                continue
            if m.value not in seats:
                seats.append(m.value)
        return seats

    def winners_through(self, text: str, unit: Unit, inside: list[PersonMention], year: int | None) -> dict[str, str]:
        """Each seat's winner where a party's win names them after it: 'returned MPs in Anytown
        through Jane Roe and Otherton through Sam Poe'."""
        part = text[unit.start:unit.end]
        winners: dict[str, str] = {}
        for seat in seat_mentions(part, self.boundaries(year)):
            after = next((m for m in inside if m.mention.start >= unit.start + seat.end), None)
            if after and re.fullmatch(r"\s*,?\s*through\s+", text[unit.start + seat.end:after.mention.start]):
                winners.setdefault(seat.value, after.person)
        return winners

    # -- which election ---------------------------------------------------------------------------
    def boundaries(self, year: int | None) -> int:
        """The year whose seat boundaries a clause about `year` uses: the article's own election may
        be a by-election fought on the boundaries of an earlier general election."""
        return self.doc.boundary_year if year is None or year == self.doc.election.year else year

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

    # -- pooling ---------------------------------------------------------------------------
    def pool(self, sentence: Sentence, contest: Contest, st: Statement) -> None:
        """Add what a clause says to a contest, filling only what is still blank."""
        states_result = bool(st.won or st.majority or st.outcome or st.previous_party)
        if states_result:
            if st.winner and contest.winner and contest.winner != st.winner:
                return  # a second winner for one seat: keep the first
            contest.winner = contest.winner or st.winner
            contest.party = contest.party or st.party or (st.people_facts[st.winner].party if st.winner else None)
            contest.outcome = contest.outcome or st.outcome
            contest.previous_party = contest.previous_party or st.previous_party
            contest.majority = contest.majority or st.majority
        for person, facts in st.people_facts.items():
            if facts.rank or facts.votes or facts.share or facts.lost or facts.incumbent or person == st.winner:
                self.pool_person(sentence, contest, person, facts)
        if states_result or st.people_facts:
            contest.sentences.append(sentence)

    def pool_person(self, sentence: Sentence, contest: Contest, person: str, facts: PersonFacts) -> None:
        entry = contest.entry(person)
        for name in ("party", "votes", "share", "rank"):
            if getattr(entry, name) is None and getattr(facts, name) is not None:
                setattr(entry, name, getattr(facts, name))
        entry.lost = entry.lost or facts.lost
        entry.incumbent = entry.incumbent or facts.incumbent
        entry.sentences.append(sentence)
        if facts.party:
            self.parties[person] = facts.party
