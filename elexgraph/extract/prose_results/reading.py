"""What the prose reader knows of an article as it reads: its contests, each person's party and area, the contest
being read, and what the note-taking passes over the whole article gather (``notes``). The passes that read
(``__init__``), say which election (``when``) and place a statement (``placing``) share it."""

from __future__ import annotations

import re
from functools import cached_property

from elexgraph.annotate.discourse import Discourse
from elexgraph.annotate.document import Document, Paragraph, Sentence
from elexgraph.extract.places import areas_in
from elexgraph.extract.prose_results.checks import run_parts
from elexgraph.extract.prose_results.clause_reader import ClauseReader
from elexgraph.extract.prose_results.clauses import Clause
from elexgraph.extract.prose_results.contests import Contest
from elexgraph.extract.prose_results.divisions import divisions, titled_ward
from elexgraph.extract.prose_results.statements import Statement
from elexgraph.facts import Election

_COUNCIL_ELECTIONS = re.compile(r"\b(?:local|council)\s+elections?\b|\b(?:county|district|borough|city)\s+council\b", re.I)


class Reading:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.parties: dict[tuple[str, int], str] = {}  # a person's party at an election year
        self.contests: dict[tuple[Election, str], Contest] = {}
        self.clauses = ClauseReader(Discourse(doc), self.contests)  # the contests, not the reader: no cycle to collect
        self.homes: dict[tuple[str, Election], str] = {}  # each person's area at an election, where a sentence says
        self.context: tuple[Election, str] | None = None
        self.context_age = 0
        self.context_sentence = -1  # the sentence that named the contest being read
        self.moved_on = False  # a contest was read and then forgotten: the story went on to other things
        self.listed = {i for block in doc.blocks if not block.inline for i in block.paragraphs} | {
            p.index for block in doc.blocks for p in block.footer}  # 'Lab gain from Con' under a list is the list's
        self.party_votes: dict[tuple[Election, str], dict[str, tuple[int, Paragraph]]] = {}  # a party-only list's lines
        self.outcomes: dict[tuple[str, Election], str] = {}  # 'A, B and C held their seats': each one's outcome
        self.held_since: dict[str, tuple[str, int, Sentence]] = {}  # an area's party up to now: (party, since, said)
        self.under_crosshead: tuple[Election, str] | None = None  # the division a crosshead named, the section's
        self.list_winners: dict[tuple[Election, str], str | None] = {}  # a list's contest: its most votes' party
        self.list_tops: dict[tuple[Election, str], str] = {}  # a list's contest: who has its most votes
        self.list_elected: dict[tuple[Election, str], set[str]] = {}  # a list's contest of several seats: its winners
        self.before_the_ward: list[tuple[Sentence, Statement, Election]] = []  # said of a council by-election's seat
        # before the story names its ward: that seat's, once the story has named one ward only (`the_by_election_s_seat`)

    def contest(self, election: Election, area: str) -> Contest:
        return self.contests.setdefault((election, area), Contest(election, area))

    @cached_property
    def tells_of_councils(self) -> bool:
        return bool(_COUNCIL_ELECTIONS.search(self.doc.text))

    def areas(self, clause: Clause, election: Election) -> list[str]:
        mentions = [clause.mention(i) for i in clause.where("place")]
        found = areas_in([m for m in mentions if m is not None], election)
        if election.area_kind == "division":
            found = self._listed_apart(divisions(clause) or self._titled_ward(clause))
        return found

    def _listed_apart(self, names: list[str]) -> list[str]:
        """'Labour held Abbey and Castle': a name joined by 'and' that no list of the article heads, of two that
        lists do head, is those two wards (a ward's own name may hold 'and': 'Duffield and Belper South')."""
        listed = {area for _, area in self.list_winners}
        out = []
        for name in names:
            parts = run_parts(name)
            apart = parts and name not in listed and all(part in listed for part in parts)
            out.extend(part for part in (parts if apart else [name]) if part not in out)
        return out

    def _titled_ward(self, clause: Clause) -> list[str]:
        """The ward a clause names as its councillor's title ('Lowfield councillor Jane Roe'): a name of one word
        opening the sentence is taken only where the article prints it capitalised elsewhere ('Fellow councillor …'
        is capitalised by its place alone)."""
        name = titled_ward(clause)
        if name is None or " " in name or clause.sentence.text.split(maxsplit=1)[0] != name:
            return [name] if name else []
        printed = re.compile(rf"(?<=\S )\b{re.escape(name)}\b")
        return [name] if any(printed.search(s.text) for s in self.doc.sentences) else []
