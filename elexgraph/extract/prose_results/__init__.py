"""Results told in narrative prose: who won which seat, by how much, and who came where.

    Labour's Jane Doe has won the Anytown seat from Conservative John Roe.
    She polled 20,117 votes; the Green Party's Ann Poe was runner-up on 9,850.
    Anytown was won by Jane Doe, who beat the sitting MP John Roe by 412 votes.

Each sentence is cut into clauses (``clauses``); each clause says something about a contest
(``statements``). A clause is placed in the contest it is about: the election its words name (a year,
'last time', 'mayoral', 'division') or the article's own, in the area it names (read as that election
requires), else its people's own area, else the contest of the sentences just before. Everything said
about one contest is pooled and settled (``contests``), so what one sentence leaves unsaid another fills.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from elexgraph import reference
from elexgraph.annotate.blocks import ResultBlock, ResultLine
from elexgraph.annotate.document import Document, Mention, Sentence
from elexgraph.annotate.elections import kind_named
from elexgraph.annotate.lexicon import words
from elexgraph.extract.list_places import contest_of, elected_lines, person_of, seats_filled
from elexgraph.extract.registry import register
from elexgraph.extract.places import area_named, areas_in, election_of, main_area, with_area
from elexgraph.extract.prose_results.checks import in_turn, run_parts
from elexgraph.extract.prose_results.clauses import Clause, clauses
from elexgraph.extract.prose_results.divisions import crosshead_division, divisions
from elexgraph.extract.prose_results.contests import NAME, SEVERAL_SEATS, Contest, facts_of, settle
from elexgraph.extract.prose_results.notes import (holds_of_listed_winners, note_held_since, note_holders,
                                                   note_represented, office_holders_said, outcomes_said_of_several,
                                                   parties_held_since, parties_named_once, predecessors_said,
                                                   read_party_seats, seat_vacated_by)
from elexgraph.extract.prose_results.pooling import pool, pool_result, won_a_seat_of_several
from elexgraph.extract.prose_results.reading import Reading
from elexgraph.extract.prose_results.statements import PersonFacts, Statement
from elexgraph.extract.prose_results.when import election_said, year_in
from elexgraph.facts import Election, Fact

_FOR_PARTY = re.compile(r"\bfor\s+(?:the\s+)?$")
CONTEXT_SENTENCES = 4  # sentences about people after which the contest just read is forgotten
JUST_READ = 2  # sentences after a ward's result within which 'it was a Labour hold' is still that ward's


class Reader(Reading):
    """Reads an article's prose sentence by sentence, in the order `read` gives."""

    def read(self) -> None:
        cut = {sentence.index: clauses(sentence) for sentence in self.doc.sentences}
        self._read_lists()
        self._note_parties(cut)
        for sentence in self.doc.sentences:
            if (self.doc.is_headline(sentence.paragraph) or sentence.paragraph in self.listed
                    or self._is_ward_label_line(sentence)) and not self._declared_just_after(cut[sentence.index]):
                self._note_crosshead(sentence)
                continue
            if sentence.people:
                self.context_age += 1
            if self.context_age > CONTEXT_SENTENCES:
                self.moved_on = self.moved_on or self.context is not None
                self.context = None
            note_held_since(self, sentence)
            read_party_seats(self, sentence)
            if len(sentence.people) >= 2:
                self._read_standing(cut[sentence.index])
                if "respectively" in sentence.text and self._read_respectively(cut[sentence.index]):
                    continue
            self._read_clauses(cut[sentence.index])
        self._read_headlines(cut)

    def _note_crosshead(self, sentence: Sentence) -> None:
        """A council round-up's crosshead opens a section: one that is a ward's or division's name ('Brook Hill',
        'Castle division') makes it the contest the prose under it tells of ('Reform UK's Jane Roe won with 1,204
        votes'); any other ('Reform surge', a district's name) leaves no contest being read."""
        main = self.doc.election.main
        if main is None or main.area_kind != "division" or sentence.paragraph == 0 or sentence.paragraph in self.listed:
            return
        label = crosshead_division(sentence.text) if not (sentence.parties or self._named_elsewhere(sentence)) else None
        self.context = (with_area(main, label), label) if label else None
        self.context_age, self.context_sentence = 0, sentence.index
        self.under_crosshead = self.context

    def _is_ward_label_line(self, sentence: Sentence) -> bool:
        """'Brook Hill:' on a line of its own over the prose of that ward's result: a crosshead, the colon apart."""
        return sentence.text.endswith(":") and not sentence.figures \
            and self.doc.paragraphs[sentence.paragraph].text.strip() == sentence.text \
            and crosshead_division(sentence.text) is not None

    def _named_elsewhere(self, sentence: Sentence) -> bool:
        """A person the sentence names is named in another sentence too (a crosshead 'Jane Roe' is hers, not a
        division's: a division's name, which looks like a person's, is printed once)."""
        named = {m.person for m in sentence.people}
        return bool(named) and any(m.person in named for s in self.doc.sentences if s is not sentence for m in s.people)

    def _read_headlines(self, cut: dict[int, list[Clause]]) -> None:
        """What a headline says of a contest the body reads ('Labour gain Anytown', 'Jane Roe retains Anytown seat
        for the Conservatives'): the result's party, gain or hold and party before, where the body leaves them out.
        A headline makes no contest of its own: its words are too short to place one safely."""
        for sentence in self.doc.sentences:
            if self.doc.is_headline(sentence.paragraph):
                for clause in cut[sentence.index]:
                    _, st = self.clauses.read(clause, (None, None))
                    contest = self._headline_contest(clause, st) if st is not None else None
                    if contest is not None:
                        pool_result(contest, st, None, sentence)

    def _headline_contest(self, clause: Clause, st: Statement) -> Contest | None:
        """The contest read from the body that a headline's clause names (or its winner's own)."""
        election = election_said(self, clause, st)
        if election is None:
            return None
        areas = self.areas(clause, election)
        home = self.homes.get((st.winner, election)) if st.winner and not areas else None
        areas = [home] if home else areas or self._contests_headlined(clause, election)
        found = self.contests.get((with_area(election, areas[0]), areas[0])) if len(areas) == 1 else None
        return found or self._headline_list_contest(clause, st, election)

    def _headline_list_contest(self, clause: Clause, st: Statement, election: Election) -> Contest | None:
        """'Labour hold Brook Hill in by-election' over a results list the prose does not retell: the gain or hold
        of the list's contest the headline prints (else of the one list, where the headline names no place), where
        the party is the one the list's most votes went to. The headline is the evidence of what it gives."""
        listed = [area for (e, area) in self.list_winners if e == with_area(election, area)]
        text = clause.sentence.text.lower()
        printed = [area for area in listed if re.search(rf"\b{re.escape(area.lower())}\b", text)]
        if not printed and len(listed) == 1 and not clause.where("place") and self._names_nothing_new(clause):
            printed = listed
        key = (with_area(election, printed[0]), printed[0]) if len(printed) == 1 else None
        if key is None or st.people or not st.outcome or self.list_winners[key] != st.party:
            return None
        contest = self.contest(*key)
        contest.sentences.append(clause.sentence)
        return contest

    def _contests_headlined(self, clause: Clause, election: Election) -> list[str]:
        """The areas of the body's contests at the election that the headline prints ('Brook Hill By-Election: Labour
        Hold', where title case hides the ward's name); else, where the headline names no place, the body's only one
        ('By-election: Labour hold' over one ward's by-election)."""
        areas = [area for (e, area) in self.contests if e == election]
        text = clause.sentence.text.lower()
        printed = [area for area in areas if re.search(rf"\b{re.escape(area.lower())}\b", text)]
        if printed or clause.where("place") or not self._names_nothing_new(clause):
            return printed
        return areas if len(areas) == 1 else []

    def _names_nothing_new(self, clause: Clause) -> bool:
        """Every capitalised word of the headline, but its parties', is one the body prints too ('Labour hold Castle'
        over a story of Brook Hill alone names another ward)."""
        body = " ".join(s.text for s in self.doc.sentences if not self.doc.is_headline(s.paragraph)).lower()
        return all(item.text.lower() in body for i, item in enumerate(clause.items)
                   if i > 0 and item.text[:1].isupper() and clause.kind(i) != "party")

    def _read_clauses(self, cut: list[Clause]) -> None:
        """A sentence's clauses in turn: what one is about carries to the next; 'as were …' says the one before
        again of others."""
        carried: tuple[str | None, str | None] = (None, None)
        said: Statement | None = None
        for clause in cut:
            for aside in clause.asides:
                self.clauses.note_aside(aside)
                note_represented(self, aside)
            note_represented(self, clause)
            if clause.elliptic:
                if said is not None and said.won:
                    self._read_again(clause, said)
                elif said is not None and said.eliminated:
                    clause.eliminated = True  # 'A was eliminated, as was B': B was too
                    carried, said = self._read_clause(clause, (None, None))
                continue
            if said is not None and said.eliminated and self.clauses.first_verb(clause) == len(clause.items):
                clause.eliminated = True  # 'Eliminated were A with 900 votes and B with 700': B as well
            carried, said = self._read_clause(clause, carried, said)
            for aside in clause.asides:
                self._read_clause(aside, (None, None) if aside.about else carried)

    def _read_standing(self, cut: list[Clause]) -> None:
        """'The other candidates were A (Con), B (LD) and C (Green)', 'Also standing were A (Con) and B (Green)':
        a sentence opening on a word of standing names several people, each with their party: they stood."""
        if not cut or not _opens_on_standing(cut[0]):
            return
        named = [(clause, i) for clause in cut for i in clause.where("person")]
        parties = {clause.mention(i).person: self.clauses.party_beside(clause, i) for clause, i in named}
        if len(parties) < 2 or not all(parties.values()):
            return
        self.place(cut[0], Statement(people={p: PersonFacts(party=party, stood=True) for p, party in parties.items()}))

    def _read_respectively(self, cut: list[Clause]) -> bool:
        """'Jane Roe and Tom Smith won Brook Hill and Abbey respectively': the n-th person named before the verb
        won the n-th seat named after it, for the party printed beside them (or the sentence's one party).
        Whether the sentence pairs people with seats so (then it is read no other way)."""
        sentence = cut[0].sentence
        found = in_turn(sentence.text)
        election = election_said(self, cut[0], Statement(won=True)) if found else None
        if found is None or election is None:
            return False
        verb_at = sentence.start + found.start()
        named = [m for m in sentence.people if m.end <= verb_at]
        if len(named) < 2:
            return False
        areas = self._named_in_turn(sentence, election, found, len(named))  # none where the counts differ: not
        # guessed, and not read as one winner of several seats either
        beside = {clause.mention(i).start: self.clauses.party_beside(clause, i)
                  for clause in cut for i in clause.where("person")}
        everyone = _party_of_all(sentence, named[0])
        for mention, area in zip(named, areas):
            party = beside.get(mention.start) or everyone
            target = with_area(election, area)
            st = Statement(won=True, winner=mention.person, party=party,
                           people={mention.person: PersonFacts(party=party, rank=1)})
            pool(sentence, self.contest(target, area), st)
            self.homes.setdefault((mention.person, target), area)
        return True

    def _named_in_turn(self, sentence: Sentence, election: Election, found: re.Match[str], count: int) -> list[str]:
        """The seats named between the verb and 'respectively', one for each of `count` people in turn: the
        gazetteer's areas, or a council's divisions as printed ('Brook Hill, Abbey and Oak Vale')."""
        if election.area_kind != "division":
            start, end = sentence.start + found.start("areas"), sentence.start + found.end("areas")
            areas = areas_in([m for m in sentence.places if start <= m.start and m.end <= end], election)
        else:
            areas = run_parts(found.group("areas"))
            areas = areas if all(a[:1].isupper() for a in areas) else []
        return areas if len(areas) == count else []

    def _read_again(self, clause: Clause, said: Statement) -> None:
        """'X was re-elected, as were A in Anytown and B in Otherton': each won their own seat, as X did,
        for X's party."""
        people = [clause.mention(i) for i in clause.where("person")]
        again = Statement(won=True, outcome=said.outcome, co_winners=[p.person for p in people])
        party = said.party or (said.people[said.winner].party if said.winner in said.people else None)
        for i in clause.where("person"):
            home = next((clause.mention(k) for k in range(i + 1, min(len(clause.items), i + 4))
                         if clause.kind(k) == "place"), None)
            person = clause.mention(i).person
            again.people[person] = PersonFacts(party=party, rank=1)
            if home is not None:
                again.homes[person] = home
        if not again.people:
            return
        again.winner = again.co_winners[0]
        if len(again.homes) == len(again.people):
            self.place(clause, again)
            return
        election = election_said(self, clause, again)  # 'as did A and B': each in the seat the article places them in
        if election is not None and not again.homes and all((p, election) in self.homes for p in again.people):
            self._pool_each_at_home(clause, again, election)

    def _read_lists(self) -> None:
        """People a list places: their area is known for the prose about them."""
        for block in self.doc.blocks:
            placed = contest_of(self.doc, block)
            if placed:
                self.list_winners[placed] = _most_votes_party(block)
                top = _most_votes_line(block)
                if top is not None and top.name:
                    self.list_tops[placed] = person_of(self.doc, top.name)
                if seats_filled(block) > 1:
                    self.list_elected[placed] = {person_of(self.doc, line.name or "") for line in elected_lines(block)}
                self.party_votes[placed] = {reference.canonical_party(line.party): (line.votes, self.doc.paragraphs[line.paragraph])
                                            for line in block.party_lines if line.party}
                for line in block.lines:
                    person = person_of(self.doc, line.name or "")
                    self.homes.setdefault((person, placed[0]), placed[1])
                    if line.party:
                        self.parties.setdefault((person, placed[0].year), reference.canonical_party(line.party))

    def _note_parties(self, cut: dict[int, list[Clause]]) -> None:
        """Parties printed beside names anywhere, headlines included: who 'the Labour candidate' is."""
        for sentence in self.doc.sentences:
            for clause in cut[sentence.index] if sentence.people else ():  # a clause's people are its sentence's
                for i in clause.where("person"):
                    party = self.clauses.party_beside(clause, i)
                    if party:
                        self.clauses.named_at.append((clause.mention(i).start, clause.mention(i).person, party))

    def _read_clause(self, clause: Clause, carried: tuple[str | None, str | None], before: Statement | None = None
                     ) -> tuple[tuple[str | None, str | None], Statement | None]:
        """Read and place one clause; what it is about carries to the next clause of the sentence."""
        subject, statement = self.clauses.read(clause, carried)
        if statement is not None and before is not None:
            _won_with(clause, before, statement)
        if statement is not None:
            self.place(clause, statement)
        else:
            self.note_area(clause)
        return subject, statement

    # -- which contest -----------------------------------------------------------------------------
    def place(self, clause: Clause, st: Statement) -> None:
        """Pool a statement into the contest (or contests) it is about."""
        election = election_said(self, clause, st)
        if election is None:
            return
        for person, facts in st.people.items():
            if facts.party:
                self.parties.setdefault((person, election.year), facts.party)
        for person in (st.co_winners or st.joint) if st.outcome else ():
            self.outcomes.setdefault((person, election), st.outcome)
        if self._council_control(clause, st, election) or self._pooled_by_homes(clause, st, election) \
                or _pairs_unread(clause, st):
            return
        areas = self._areas_of(clause, st, election)
        several = self._one_ward_s_winners(clause, st, election, areas)
        if several:
            st = _all_won(st)
        if _only_party_shares(st) and not (self.areas(clause, election) or election.kind in ("by-election", "mayoral", "pcc")):
            return  # 'Reform took 30% of the vote': across the county, unless the clause or the contest is one place
        self._pool_in(clause, st, election, areas, several)
        if len(areas) == 1:
            self._after_one_area(clause, st, election, areas[0])

    def _pool_in(self, clause: Clause, st: Statement, election: Election, areas: list[str], several: bool) -> None:
        """Pool what a clause says into the contest of each area it is about; `several`: its winners are one
        ward's, each of a seat."""
        for area, said in zip(areas, _said_of_each(clause, st, areas)):
            target = with_area(election, area)
            pool(clause.sentence, self.contest(target, area), said)
            if several:
                _further_winners(self.contest(target, area), said)
            placed = list(st.people) if len(areas) == 1 and len(st.people) == 1 else [st.winner] if st.winner else []
            for person in placed:
                self.homes.setdefault((person, target), area)





    def _pooled_by_homes(self, clause: Clause, st: Statement, election: Election) -> bool:
        """'A (Anytown) and B (Otherton) kept their seats', 'A and B also lost their seats': each in their own
        area, as the clause or the article places them."""
        if election.area_kind == "division" and st.wards and not divisions(clause):
            return self._pooled_by_wards(clause, st, election)
        if st.homes and (len(st.people) > 1 or st.co_winners):
            for person, place in st.homes.items():
                area = area_named(place.place, election)
                if area:
                    pool(clause.sentence, self.contest(with_area(election, area), area), st.only(person))
            return True
        several = len(st.people) > 1 and (bool(clause.find("plural_contests")) or len(st.co_winners) > 1)
        if not several or self.areas(clause, election):
            return False
        self._pool_each_at_home(clause, st, election)
        return True

    def _pool_each_at_home(self, clause: Clause, st: Statement, election: Election) -> None:
        """Each person in the area the article places them in; two or more winners of one ward each won a seat."""
        for home, people in self._by_home(st, election).items():
            contest = self.contest(with_area(election, home), home)
            winners = [person for person in people if person == st.winner or person in st.co_winners]
            if len(winners) > 1 and election.area_kind == "division":  # two of a ward's several winners
                said = _all_won(st.among(winners))
                pool(clause.sentence, contest, said)
                _further_winners(contest, said)
                people = [person for person in people if person not in winners]
            for person in people:
                said = st.only(person)
                if said.won and contest.winner not in (None, person) \
                        and person in self.list_elected.get((with_area(election, home), home), ()):
                    won_a_seat_of_several(contest, person, said.outcome)  # 'as did B': B won another of its seats
                else:
                    pool(clause.sentence, contest, said)

    def _by_home(self, st: Statement, election: Election) -> dict[str, list[str]]:
        """A statement's people by the area the article places each in at this election (the unplaced left out)."""
        found: dict[str, list[str]] = {}
        for person in st.people:
            home = self.homes.get((person, election))
            if home:
                found.setdefault(home, []).append(person)
        return found

    def _pooled_by_wards(self, clause: Clause, st: Statement, election: Election) -> bool:
        """'Jane Roe (Abbey) and Tom Smith (Castle) were both re-elected', "Labour's Jane Roe (Abbey) held her seat": in
        a council's election, each person in the ward printed beside them (what the clause says of anyone else is
        left: which ward is theirs is not said)."""
        if len(st.wards) == 1:  # 'Jane Roe (Abbey) beat Tom Smith': everyone the clause names is of her ward
            ward = next(iter(st.wards.values()))
            pool(clause.sentence, self.contest(with_area(election, ward), ward), st)
        for person, ward in st.wards.items():
            target = with_area(election, ward)
            if len(st.wards) > 1:
                pool(clause.sentence, self.contest(target, ward), st.only(person))
            self.homes.setdefault((person, target), ward)
        return True

    def _read_about(self, clause: Clause, election: Election, area: str) -> None:
        """The contest being read is now this one, named by this clause's sentence."""
        self.context, self.context_age, self.context_sentence = (with_area(election, area), area), 0, clause.sentence.index

    def _areas_of(self, clause: Clause, st: Statement, election: Election) -> list[str]:
        """The areas a clause names, else those its asides name ('Jane Roe, who represents the Abbey division,
        lost'), else the one an earlier clause of its sentence names, else its people's own area, else the
        contest being read."""
        areas = self.areas(clause, election) or self._aside_areas(clause, st, election)
        if not areas and self.context and self.context_sentence == clause.sentence.index and self.context[0] == election:
            areas = [self.context[1]]  # 'a close contest in Anytown, where she was beaten by 40'
        if not areas and st.people:
            homes = {self.homes.get((p, election)) for p in st.people} - {None}
            areas = [homes.pop()] if len(homes) == 1 else []
        if not areas and (st.people or self._names_the_seat(clause) or st.majority or st.outcome or st.party_shares or st.party_votes) \
                and not _opens_on_another_place(clause, election):
            areas = self._context_area(election, st)
        return areas

    def _one_ward_s_winners(self, clause: Clause, st: Statement, election: Election, areas: list[str]) -> bool:
        """'In Lowfield, A and B won both seats for Labour', 'A (Lab) and B (Lab) were elected in Castle': several
        winners of the one ward (or division) the clause itself names, in a council's election: each won a seat; so
        too where its sentence says the ward's several seats were won ('Labour won both seats in Lowfield, with A and
        B elected')."""
        if not (len(st.joint) > 1 and len(areas) == 1 and election.area_kind == "division" and not st.homes):
            return False
        named = self.areas(clause, election)
        told_before = self.context_sentence == clause.sentence.index and self.context == (with_area(election, areas[0]),
                                                                                           areas[0])
        # 'Labour held Abbey, with A, B and C re-elected': the ward an earlier clause of the same sentence names
        return named == areas or (not named and (told_before or bool(SEVERAL_SEATS.search(clause.sentence.text))
                                                 or self._told_several_seats(election, areas[0])))

    def _told_several_seats(self, election: Election, area: str) -> bool:
        """A sentence already read of the ward says its several seats were won ('Labour held both seats in Abbey.'):
        the winners the next names ('Jane Roe and Tom Smith were elected.') each won one."""
        contest = self.contests.get((with_area(election, area), area))
        return contest is not None and bool(contest.several_seats_told())

    def _aside_areas(self, clause: Clause, st: Statement, election: Election) -> list[str]:
        """A councillor's division an aside names (an MP's or a mayor's office there says only what they are)."""
        if election.area_kind != "division":
            return []
        found = [self.areas(aside, election) for aside in clause.asides if aside.about and aside.about.person in st.people]
        named = [area for areas in found for area in areas]
        return named if len(named) == 1 else []

    def _after_one_area(self, clause: Clause, st: Statement, election: Election, area: str) -> None:
        """A clause about one area makes it the contest being read; a changed majority dates the earlier one."""
        if clause.about is None:
            self._read_about(clause, election, area)
        if st.previous_majority:
            self._previous_majority(clause, election, area, st)

    def _previous_majority(self, clause: Clause, election: Election, area: str, st: Statement) -> None:
        """'raised her majority from 4,000 to 6,500': the winner held the seat at the general election
        before, by the first figure."""
        holder = self.contests[(with_area(election, area), area)].winner
        earlier = [ge.year for ge in reference.general_elections() if ge.year < election.year]
        if holder is None or election.kind != "general" or not earlier:
            return
        before = election_of(self.doc, "general", st.previous_year if st.previous_year in earlier else earlier[-1])
        said = Statement(won=True, winner=holder, majority=st.previous_majority, people={holder: PersonFacts(rank=1)})
        pool(clause.sentence, self.contest(with_area(before, area), area), said)

    def note_area(self, clause: Clause) -> None:
        """A clause that names one area and says no result still makes it the contest being read (not when
        the article's own contest is of one place: 'the count was held in Anytown')."""
        year, span = year_in(self, clause)
        main = self.doc.election.main
        if span or (main is not None and main.place and not main.parliamentary):
            return
        election = election_of(self.doc, kind_named(clause.cue_text(), ("by-election", "pcc", "mayoral", "local")), year)
        areas = self.areas(clause, election)
        if len(areas) == 1 and not clause.about:
            self._read_about(clause, election, areas[0])

    def _council_control(self, clause: Clause, st: Statement, election: Election) -> bool:
        """'Labour hold Chesterfield', 'Tories lose control of X': a party winning a council is not a seat."""
        if st.people or not (st.party or st.previous_party) or divisions(clause):
            return False
        if self.context is not None and self.context == self.under_crosshead and not clause.where("place"):
            return False  # 'Reform gain from Conservative.' under the crosshead 'Brook Hill': that division's result
        lowered = {clause.lower(i) for i in range(len(clause.items))}
        if lowered & words("control"):
            return True
        if self._of_the_seat_just_read(clause, st, election):
            return False
        councils = [clause.mention(i) for i in clause.where("place")]
        return election.kind == "local" or (self.doc.election.main is not None and self.doc.election.main.kind == "local"
                                             and not any(m.place.constituencies for m in councils if m and m.place))

    def _declared_just_after(self, cut: list[Clause]) -> bool:
        """A line of its own that declares an outcome ('LABOUR HOLD', 'Conservative gain from Labour') just after a
        seat's result told in prose: that seat's, not a crosshead."""
        contest = self.contests.get(self.context) if self.context else None
        return len(cut) == 1 and _declared(cut[0]) and contest is not None and contest.winner is not None and \
            0 < cut[0].sentence.index - self.context_sentence <= JUST_READ

    def _of_the_seat_just_read(self, clause: Clause, st: Statement, election: Election) -> bool:
        """'It was a Labour hold.', 'The seat was a Conservative gain from Labour.' just after a ward's winner was
        read, '… with 1,204 votes - a Labour hold' beside it: the clause names no place and speaks of the seat ('it',
        'the seat') or stands beside the win, so the gain or hold of the winner's party is that ward's, not the
        council's."""
        if self.context is None or self.context[0] != election or clause.where("place"):
            return False
        beside = clause.lower(0) in ("a", "an") and clause.sentence.index == self.context_sentence
        contest = self.contests.get(self.context)
        return contest is not None and contest.winner is not None and contest.party in (None, st.party) and \
            (beside or clause.lower(0) in ("this", "that") or _declared(clause) or self._names_the_seat(clause)) and 0 <= clause.sentence.index - self.context_sentence <= JUST_READ

    def _names_the_seat(self, clause: Clause) -> bool:
        return any(clause.lower(i) in words("seat_words") or clause.lower(i) == "it" for i in range(len(clause.items)))

    def _context_area(self, election: Election, st: Statement) -> list[str]:
        if self.context and self.context[0].year != election.year and election.parliamentary \
                and self.context[0].parliamentary:
            seat = reference.constituency_named(self.context[1], election.year)
            return [seat.name] if seat and seat.boundary_set == election.boundary_set else []
        if self.context and self.context[0].year == election.year and self.context[0].kind == election.kind:
            known = self.contests.get(self.context)
            if st.winner and known and known.winner and known.winner != st.winner:
                return []
            return [self.context[1]]
        if self.moved_on and self._several_contests(election):
            return []  # a round-up that went on past its last named seat: an unplaced sentence is no seat's
        return self._main_area_for(election)

    def _several_contests(self, election: Election) -> bool:
        """The story has told of more than one contest of this election (a round-up of seats or divisions)."""
        return len({area for (e, area) in self.contests if e.year == election.year and e.kind == election.kind}) > 1

    def _main_area_for(self, election: Election) -> list[str]:
        """The article's own area, for its own election or an earlier one of the same office (a mayoralty's, a
        police area's)."""
        main = self.doc.election.main
        if main and main.place and election.kind == main.kind and election.kind in ("mayoral", "pcc"):
            return [main.place]
        if election == main or (main and election.year == main.year):
            area = main_area(self.doc, election)
            return [area] if area else []
        return []



    # -- pooling ------------------------------------------------------------------------------------


def _most_votes_party(block: ResultBlock) -> str | None:
    """The party of a list's line with the most votes (none where two lines share the most, or none has a count)."""
    top = _most_votes_line(block)
    return reference.canonical_party(top.party) if top is not None and top.party else None


def _most_votes_line(block: ResultBlock) -> ResultLine | None:
    """A list's line with the most votes (none where two lines share the most, or none has a count)."""
    counted = sorted((line for line in block.lines if line.votes is not None), key=lambda line: -(line.votes or 0))
    if not counted or (len(counted) > 1 and counted[0].votes == counted[1].votes):
        return None
    return counted[0]


def _declared(clause: Clause) -> bool:
    """A clause that only declares an outcome, as a results service prints it: 'Labour hold.', 'LABOUR GAIN FROM
    CONSERVATIVE'."""
    said = [i for i in range(len(clause.items)) if clause.lower(i) not in (".", "!")]
    return clause.kind(0) == "party" and clause.lower(1) in words("hold", "gain") and (
        len(said) == 2 or (len(said) <= 5 and clause.lower(2) == "from" and clause.kind(said[-1]) == "party"))


def _all_won(st: Statement) -> Statement:
    """What a clause says of the several winners it lists as one subject: each won, the first named first."""
    for name in st.joint:
        st.person(name).rank = 1
    return replace(st, winner=st.joint[0], co_winners=list(st.joint))


def _further_winners(contest: Contest, st: Statement) -> None:
    """The winners of a council ward's further seats, as a statement names them after its first winner."""
    for person in st.co_winners:
        if person != contest.winner and person not in contest.further:
            contest.further.append(person)


def _party_of_all(sentence: Sentence, first: Mention) -> str | None:
    """The party a sentence gives all it names: 'for Labour', or "Labour's" before the first of them (not
    'from Labour': the party they took the seats from)."""
    parties = {m.party for m in sentence.parties
               if _FOR_PARTY.search(sentence.text[:m.start - sentence.start])
               or (m.end <= first.start and sentence.text[m.end - sentence.start:first.start - sentence.start].strip() in ("'s", "’s"))}
    return parties.pop() if len(parties) == 1 else None


def _won_with(clause: Clause, before: Statement, st: Statement) -> None:
    """'The Greens won their first seat, with Jane Roe taking Abbey': the winner after 'with' won for the party the
    clause before says won (not after a party's loss: 'Labour lost Abbey, with Jane Roe taking the seat')."""
    opens = clause.sentence.text[:clause.items[0].start - clause.sentence.start].rstrip() if clause.items else ""
    if before.won and before.party and before.winner is None and opens.lower().endswith(", with") and st.winner \
            and st.winner in st.people and st.people[st.winner].party is None:
        st.people[st.winner].party = before.party
        st.party = st.party or before.party


def _pairs_unread(clause: Clause, st: Statement) -> bool:
    """'A, B and C were elected in X, Y and Z respectively' where the pairs were not read (``_read_respectively``
    reads them): which of them won which seat is not known, so nothing is said (not after figures or places: 'with
    45% and 30% respectively', 'came fourth and fifth respectively')."""
    said = clause.find("respectively")
    return bool(st.won and said and clause.kind(said[0] - 1) not in ("figure", "ordinal")
                and len(clause.where("person")) > 1)


def _said_of_each(clause: Clause, st: Statement, areas: list[str]) -> list[Statement]:
    """What a clause says of each seat it names. Of several: no one majority ('won A by 52 votes and B by 300'),
    and each its own party before ('gained A from the Conservatives and B from Labour', in the seats' order; none
    where the parties taken from are more than one and not one a seat)."""
    if len(areas) <= 1:
        return [st] * len(areas)
    st = replace(st, majority=None)
    taken = [clause.mention(i).party for i in clause.where("party") if _after_from(clause, i)]
    if len(set(taken)) <= 1:
        return [st] * len(areas)
    if len(taken) != len(areas):
        return [replace(st, previous_party=None)] * len(areas)
    return [replace(st, previous_party=party) for party in taken]


def _after_from(clause: Clause, i: int) -> bool:
    k = i - 1 if i > 0 and clause.lower(i - 1) == "the" else i
    return k > 0 and clause.lower(k - 1) == "from"




def _opens_on_another_place(clause: Clause, election: Election) -> bool:
    """'In Lowfield, Jane Roe and Tom Smith won both seats' in a general election's story: a clause opening on a
    place that is none of this election's areas is about a contest of its own, not the one being read."""
    return election.area_kind != "division" and bool(divisions(clause))


def _only_party_shares(st: Statement) -> bool:
    """A statement that gives parties' shares or counts and nothing else."""
    return bool(st.party_shares or st.party_votes) and not st.people and not (
        st.won or st.outcome or st.previous_party or st.majority)


def _opens_on_standing(clause: Clause) -> bool:
    """'The other candidates were …', 'Candidates standing are: …', 'Also standing were …', 'The candidates for
    the mayoral election on May 2 are …': a word of standing before the clause's first person, and a verb of being
    after it (or 'also' before it); or the people first, then 'are standing', 'are the candidates' (not 'are standing
    down')."""
    people = clause.where("person")
    first = people[0] if people else 0
    return any(clause.lower(c - 1) == "also" or clause.find("standing_verbs", c + 1, first)
               for c in clause.find("standing_cues", 0, first)) or (bool(people) and _standing_after(clause, people[-1]))


def _standing_after(clause: Clause, last: int) -> bool:
    """'A, B and C are standing', 'A and B are the candidates': a verb of being right after the last name (and its
    bracketed party), then a word of standing."""
    k = last + 1
    if clause.lower(k) == "(" and clause.lower(k + 2) == ")":
        k += 3
    if clause.lower(k) not in ("are", "were"):
        return False
    cue = k + 2 if clause.lower(k + 1) == "the" else k + 1
    return clause.lower(cue) in words("standing_cues") and clause.lower(cue + 1) not in ("down", "aside")






@register(NAME, "8")
def extract(doc: Document) -> Iterator[Fact]:
    """Candidacies and results told in sentences rather than lists."""
    reader = Reader(doc)
    reader.read()
    note_holders(reader)
    holds_of_listed_winners(reader)
    outcomes_said_of_several(reader)
    parties_held_since(reader)
    predecessors_said(reader)
    office_holders_said(reader)
    seat_vacated_by(reader)
    parties_named_once(reader)
    contests = list(reader.contests.values())
    settle(contests, reader.parties, reader.party_votes)
    for contest in contests:
        if contest.sentences or contest.winner:
            yield from facts_of(contest, doc)
