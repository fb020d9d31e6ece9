"""Headlines and crossheads. A headline makes no contest of its own (its words are too short to place one safely):
it fills in the result's party, gain or hold of a contest the body reads, or of a results list's contest it prints
(`read_headlines`). A council round-up's crosshead that is a ward's name opens the section about that ward
(`note_crosshead`); a line that only declares an outcome just after a result told in prose is that result's, not a
crosshead (`declared_just_after`)."""

from __future__ import annotations

import re

from elexgraph.annotate.document import Sentence
from elexgraph.extract.places import with_area
from elexgraph.extract.prose_results.clauses import Clause
from elexgraph.extract.prose_results.contests import Contest
from elexgraph.extract.prose_results.divisions import crosshead_division
from elexgraph.extract.prose_results.placing import JUST_READ, declared
from elexgraph.extract.prose_results.pooling import pool_result
from elexgraph.extract.prose_results.reading import Reading
from elexgraph.extract.prose_results.statements import Statement
from elexgraph.extract.prose_results.when import election_said
from elexgraph.facts import Election


def note_crosshead(reader: Reading, sentence: Sentence) -> None:
    """A council round-up's crosshead opens a section: one that is a ward's or division's name ('Brook Hill',
    'Castle division') makes it the contest the prose under it tells of ('Reform UK's Jane Roe won with 1,204
    votes'); any other ('Reform surge', a district's name) leaves no contest being read."""
    main = reader.doc.election.main
    if main is None or main.area_kind != "division" or sentence.paragraph == 0 or sentence.paragraph in reader.listed:
        return
    label = crosshead_division(sentence.text) if not (sentence.parties or _named_elsewhere(reader, sentence)) else None
    reader.context = (with_area(main, label), label) if label else None
    reader.context_age, reader.context_sentence = 0, sentence.index
    reader.under_crosshead = reader.context


def is_ward_label_line(reader: Reading, sentence: Sentence) -> bool:
    """'Brook Hill:' on a line of its own over the prose of that ward's result: a crosshead, the colon apart."""
    return sentence.text.endswith(":") and not sentence.figures \
        and reader.doc.paragraphs[sentence.paragraph].text.strip() == sentence.text \
        and crosshead_division(sentence.text) is not None


def _named_elsewhere(reader: Reading, sentence: Sentence) -> bool:
    """A person the sentence names is named in another sentence too (a crosshead 'Jane Roe' is hers, not a
    division's: a division's name, which looks like a person's, is printed once)."""
    named = {m.person for m in sentence.people}
    return bool(named) and any(m.person in named for s in reader.doc.sentences if s is not sentence for m in s.people)


def read_headlines(reader: Reading, cut: dict[int, list[Clause]]) -> None:
    """What a headline says of a contest the body reads ('Labour gain Anytown', 'Jane Roe retains Anytown seat
    for the Conservatives'): the result's party, gain or hold and party before, where the body leaves them out.
    A headline makes no contest of its own: its words are too short to place one safely."""
    for sentence in reader.doc.sentences:
        if reader.doc.is_headline(sentence.paragraph):
            for clause in cut[sentence.index]:
                _, st = reader.clauses.read(clause, (None, None))
                contest = _headline_contest(reader, clause, st) if st is not None else None
                if contest is not None:
                    pool_result(contest, st, None, sentence)


def _headline_contest(reader: Reading, clause: Clause, st: Statement) -> Contest | None:
    """The contest read from the body that a headline's clause names (or its winner's own)."""
    election = election_said(reader, clause, st)
    if election is None:
        return None
    areas = reader.areas(clause, election)
    home = reader.homes.get((st.winner, election)) if st.winner and not areas else None
    areas = [home] if home else areas or _contests_headlined(reader, clause, election)
    found = reader.contests.get((with_area(election, areas[0]), areas[0])) if len(areas) == 1 else None
    return found or _headline_list_contest(reader, clause, st, election)


def _headline_list_contest(reader: Reading, clause: Clause, st: Statement, election: Election) -> Contest | None:
    """'Labour hold Brook Hill in by-election' over a results list the prose does not retell: the gain or hold
    of the list's contest the headline prints (else of the one list, where the headline names no place), where
    the party is the one the list's most votes went to. The headline is the evidence of what it gives."""
    listed = [area for (e, area) in reader.list_winners if e == with_area(election, area)]
    text = clause.sentence.text.lower()
    printed = [area for area in listed if re.search(rf"\b{re.escape(area.lower())}\b", text)]
    if not printed and len(listed) == 1 and not clause.where("place") and _names_nothing_new(reader, clause):
        printed = listed
    key = (with_area(election, printed[0]), printed[0]) if len(printed) == 1 else None
    if key is None or st.people or not st.outcome or reader.list_winners[key] != st.party:
        return None
    contest = reader.contest(*key)
    contest.sentences.append(clause.sentence)
    return contest


def _contests_headlined(reader: Reading, clause: Clause, election: Election) -> list[str]:
    """The areas of the body's contests at the election that the headline prints ('Brook Hill By-Election: Labour
    Hold', where title case hides the ward's name); else, where the headline names no place, the body's only one
    ('By-election: Labour hold' over one ward's by-election)."""
    areas = [area for (e, area) in reader.contests if e == election]
    text = clause.sentence.text.lower()
    printed = [area for area in areas if re.search(rf"\b{re.escape(area.lower())}\b", text)]
    if printed or clause.where("place") or not _names_nothing_new(reader, clause):
        return printed
    return areas if len(areas) == 1 else []


def _names_nothing_new(reader: Reading, clause: Clause) -> bool:
    """Every capitalised word of the headline, but its parties', is one the body prints too ('Labour hold Castle'
    over a story of Brook Hill alone names another ward)."""
    body = " ".join(s.text for s in reader.doc.sentences if not reader.doc.is_headline(s.paragraph)).lower()
    return all(item.text.lower() in body for i, item in enumerate(clause.items)
               if i > 0 and item.text[:1].isupper() and clause.kind(i) != "party")


def declared_just_after(reader: Reading, cut: list[Clause]) -> bool:
    """A line of its own that declares an outcome ('LABOUR HOLD', 'Conservative gain from Labour') just after a
    seat's result told in prose: that seat's, not a crosshead."""
    contest = reader.contests.get(reader.context) if reader.context else None
    return len(cut) == 1 and declared(cut[0]) and contest is not None and contest.winner is not None and \
        0 < cut[0].sentence.index - reader.context_sentence <= JUST_READ
