"""Results told in narrative prose: who won which seat, by how much, and who came where.

    Labour's Jane Doe has won the Anytown seat from Conservative John Roe.
    She polled 20,117 votes; the Green Party's Ann Poe was runner-up on 9,850.
    Anytown was won by Jane Doe, who beat the sitting MP John Roe by 412 votes.

Each sentence is cut into clauses (``clauses``); each clause says something about a contest
(``statements``). A clause is placed in the contest it is about: the election its words name (a year,
'last time', 'mayoral', 'division') or the article's own, in the area it names (read as that election
requires), else its people's own area, else the contest of the sentences just before. Everything said
about one contest is pooled and settled (``contests``), so what one sentence leaves unsaid another fills.

Here: `extract` and the Reader's reading order (lists, then each sentence's clauses, then the headlines, then the
notes over the whole article). Beside it: ``reading`` (what the reader knows as it reads), ``when`` (which
election a clause speaks of), ``placing`` (which contest a statement is about), ``pooling`` (adding it to that
contest), ``notes`` (who held a seat before, and outcomes said of several people at once), ``headlines``
(headlines and crossheads).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from elexgraph import reference
from elexgraph.annotate.blocks import ResultBlock, ResultLine
from elexgraph.annotate.document import Document, Mention, Sentence
from elexgraph.annotate.lexicon import words
from elexgraph.extract.list_places import contest_of, elected_lines, person_of, seats_filled
from elexgraph.extract.registry import register
from elexgraph.extract.places import areas_in, with_area
from elexgraph.extract.prose_results.checks import in_turn, run_parts
from elexgraph.extract.prose_results.clauses import Clause, clauses
from elexgraph.extract.prose_results.contests import NAME, facts_of, settle
from elexgraph.extract.prose_results.headlines import (declared_just_after, is_ward_label_line, note_crosshead,
                                                       read_headlines)
from elexgraph.extract.prose_results.notes import (holds_of_listed_winners, note_held_since, note_holders,
                                                   note_represented, office_holders_said, outcomes_said_of_several,
                                                   parties_held_since, parties_named_once, predecessors_said,
                                                   read_party_seats, seat_vacated_by)
from elexgraph.extract.prose_results.placing import note_area, place, pool_each_at_home, the_by_election_s_seat
from elexgraph.extract.prose_results.pooling import pool
from elexgraph.extract.prose_results.reading import Reading
from elexgraph.extract.prose_results.statements import PersonFacts, Statement
from elexgraph.extract.prose_results.when import election_said
from elexgraph.facts import Election, Fact

_FOR_PARTY = re.compile(r"\bfor\s+(?:the\s+)?$")
CONTEXT_SENTENCES = 4  # sentences about people after which the contest just read is forgotten


class Reader(Reading):
    """Reads an article's prose sentence by sentence, in the order `read` gives."""

    def read(self) -> None:
        cut = {sentence.index: clauses(sentence) for sentence in self.doc.sentences}
        self._read_lists()
        self._note_parties(cut)
        for sentence in self.doc.sentences:
            if (self.doc.is_headline(sentence.paragraph) or sentence.paragraph in self.listed
                    or is_ward_label_line(self, sentence)) and not declared_just_after(self, cut[sentence.index]):
                note_crosshead(self, sentence)
                continue
            if sentence.people:
                self.context_age += 1
            if self.context_age > CONTEXT_SENTENCES:
                self.moved_on = self.moved_on or self.context is not None
                self.context = None
            note_held_since(self, sentence, cut[sentence.index])
            read_party_seats(self, sentence)
            if len(sentence.people) >= 2 or sentence.people and _STOOD.search(sentence.text):
                self._read_standing(cut[sentence.index])
            if len(sentence.people) >= 2 and "respectively" in sentence.text and self._read_respectively(cut[sentence.index]):
                continue
            self._read_clauses(cut[sentence.index])
        read_headlines(self, cut)

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
        if any(clause.lower(j) in words("former_words") for clause, i in named for j in range(max(0, i - 3), i)):
            return  # 'Former Labour councillor Tom Smith also stood': the party beside him is one he left
        parties = {clause.mention(i).person: self.clauses.party_beside(clause, i) for clause, i in named}
        if not parties or len(parties) < 2 and not _STOOD.search(cut[0].sentence.text) or not all(parties.values()):
            return  # several named as standing, or one said to have stood ('Conservative Tom Smith also stood')
        place(self, cut[0], Statement(people={p: PersonFacts(party=party, stood=True) for p, party in parties.items()}))

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
            place(self, clause, again)
            return
        election = election_said(self, clause, again)  # 'as did A and B': each in the seat the article places them in
        if election is not None and not again.homes and all((p, election) in self.homes for p in again.people):
            pool_each_at_home(self, clause, again, election)

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
            place(self, clause, statement)
        else:
            note_area(self, clause)
        return subject, statement


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


def _opens_on_standing(clause: Clause) -> bool:
    """'The other candidates were …', 'Candidates standing are: …', 'Also standing were …', 'The candidates for
    the mayoral election on May 2 are …': a word of standing before the clause's first person, and a verb of being
    after it (or 'also' before it); or the people first, then 'are standing', 'are the candidates' (not 'are standing
    down')."""
    people = clause.where("person")
    first = people[0] if people else 0
    return any(clause.lower(c - 1) == "also" or clause.find("standing_verbs", c + 1, first)
               for c in clause.find("standing_cues", 0, first)) or (bool(people) and _standing_after(clause, people[-1]))


_STOOD = re.compile(r"\b(?:also\s+)?(?:stood|ran)\b|\b(?:was|is)\s+(?:also\s+)?an?\s+candidate\b", re.I)


def _standing_after(clause: Clause, last: int) -> bool:
    """'A, B and C are standing', 'A and B are the candidates', 'A (Con) and B (Green) also stood': a verb of being
    right after the last name (and its bracketed party), then a word of standing; or 'stood' itself (not 'stood
    down')."""
    k = last + 1
    if clause.lower(k) == "(" and clause.lower(k + 2) == ")":
        k += 3
    k += clause.lower(k) == "also"
    if clause.lower(k) in ("stood", "ran"):  # as candidates: not 'stood down', 'stood outside the count'
        return clause.lower(k + 1) in ("", ".", ",", ";", "in", "again")  # not "stood for Reform UK": a party of its own
    if clause.lower(k) not in ("are", "were", "was", "is"):
        return False
    k += 1 + (clause.lower(k + 1) == "also")
    k += clause.lower(k) in ("the", "a", "an")
    cue = clause.lower(k)
    return (cue in words("standing_cues") or cue == "candidate") and clause.lower(k + 1) not in ("down", "aside")


@register(NAME, "8")
def extract(doc: Document) -> Iterator[Fact]:
    """Candidacies and results told in sentences rather than lists."""
    reader = Reader(doc)
    reader.read()
    the_by_election_s_seat(reader)
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
