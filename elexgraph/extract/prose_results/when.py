"""Which election a clause speaks of: the year it names ('at the 2019 election', 'in 2015'), one it names
relatively ('last time', 'two years ago'), an earlier election opening a 'when' clause, or none (a span of years:
'held it since 2005'); its kind from the clause's cues; else the article's own election, or the contest just read.
A new way of naming the year or the election belongs here (and its words in the lexicon)."""

from __future__ import annotations

import re

from elexgraph import reference
from elexgraph.annotate.elections import kind_named
from elexgraph.annotate.lexicon import words
from elexgraph.extract.places import election_of
from elexgraph.extract.prose_results.clauses import Clause, seat_relative_start
from elexgraph.extract.prose_results.divisions import divisions
from elexgraph.extract.prose_results.notes import note_incumbents
from elexgraph.extract.prose_results.reading import Reading
from elexgraph.extract.prose_results.statements import Statement, first_since, words_to_number
from elexgraph.facts import Election

_WHEN_ELECTION = re.compile(r"\b((?:19|20)\d\d)\s+(?:[\w'’-]+\s+){0,4}?(?:by-)?elections?\s*,?\s*when\s*$", re.I)


def election_said(reader: Reading, clause: Clause, st: Statement) -> Election | None:
    """The election a statement is about: the one its words name, else the article's own, else the mayoral,
    PCC or by-election contest just read; None when it names a span of years ('held it since 2005')."""
    when = _when_said(reader, clause)
    year, span = (when[0], False) if when else year_in(reader, clause)
    if st.previous_majority and year is not None and year == st.previous_year:
        year = None  # 'rose to 8,000 from 200 at the 2010 election': 2010 dates the earlier figure
    if span:
        note_incumbents(reader, clause, st)
        return None
    if year is None and not reader.doc.election.dates_results:
        return _undated(reader, clause)
    kind = kind_named(clause.cue_text(), ("by-election", "pcc", "mayoral", "local")) or (when[1] if when else None)
    election = election_of(reader.doc, kind, year)
    if kind is None and _council_division(reader, clause, election):
        election = election_of(reader.doc, "local", year)
    just_read = reader.context[0] if reader.context and reader.context_age <= 1 else None
    if kind is None and just_read and just_read.kind in ("mayoral", "pcc", "by-election") \
            and just_read.year == election.year and not reader.areas(clause, election):
        return just_read  # 'His nearest rival polled …' right after a mayoral result: that contest
    return election


def _undated(reader: Reading, clause: Clause) -> Election | None:
    """A clause naming no year in an article the date of which dates no election: the contest its sentence or
    the one before named ('At the 2019 election she won Anytown. She beat Tom Smith by 412'), else none."""
    return reader.context[0] if reader.context and reader.context_age <= 1 and not kind_named(clause.cue_text()) else None


def _when_said(reader: Reading, clause: Clause) -> tuple[int, str | None] | None:
    """'at the 2016 council elections, when she won by 412 votes': a clause opening on 'when' after an earlier
    election its sentence names is about that election (a plain 'election' is one of the article's own kind),
    with its year and kind."""
    head = clause.sentence.text[:clause.items[0].start - clause.sentence.start] if clause.items else ""
    found = _WHEN_ELECTION.search(head)
    main = reader.doc.election.main
    if found is None or int(found.group(1)) >= (main.year if main else reader.doc.election.year):
        return None
    kind = kind_named(found.group(0), ("by-election", "pcc", "mayoral", "local", "general"))
    return int(found.group(1)), (main.kind if main and kind is None else None if kind == "general" else kind)


def _council_division(reader: Reading, clause: Clause, election: Election) -> bool:
    """A clause of a mayoral or PCC report that names no area of that election but a council division, in an
    article that tells of council elections too: the council contest ('Kim Ford held Brook Hill')."""
    return election.kind in ("mayoral", "pcc") and not reader.areas(clause, election) and reader.tells_of_councils \
        and bool(divisions(clause))


def year_in(reader: Reading, clause: Clause) -> tuple[int | None, bool]:
    """The year of a past election a clause names, and whether it names a span of years instead."""
    main = reader.doc.election.main
    latest = main.year if main else reader.doc.election.year
    relative = seat_relative_start(clause)
    first = first_since(clause) or (0, 0)
    for i in clause.where("figure"):
        m = clause.mention(i)
        if i > relative:
            break  # 'taking the seat that Jane Roe had held since 2005': the seat's past, not this contest's
        if first[0] <= i < first[1]:
            continue  # 'for the first time since 1997': no span, and no contest of 1997
        if m and m.kind == "figure" and m.figure and m.figure.kind == "year":
            if _compared_with(clause, i):
                continue  # 'her majority was down on the 2017 general election': this contest's, set beside 2017
            before = clause.lower(i - 1)
            if before in words("span_before") or clause.lower(i + 1) in ("-", "–", "to", "until") or any(
                    clause.lower(j) in ("since", "until") for j in range(max(0, i - 3), i)):
                relative = _relative_year(clause, latest)
                return (relative, False) if relative else (None, True)  # 'up until 2019 … won it last time'
            year = m.figure.count
            if year <= latest and (before in ("in", "at", "the", "of") or clause.lower(i + 1) in (
                    "general", "election", "elections", "by-election", "poll", "contest")):
                return year, False
    relative = _relative_year(clause, latest)
    return relative, False


def _relative_year(clause: Clause, latest: int) -> int | None:
    """'last time', 'at the last general election', 'two years ago': a previous general election."""
    text = clause.lowered
    found = next((phrase for phrase in words("previous_election") if phrase in text), None)
    if found and not re.search(rf"\b(?:on|than|since|from|compared\s+(?:to|with))\s+{re.escape(found)}", text):
        earlier = [ge.year for ge in reference.general_elections() if ge.year < latest]
        return earlier[-1] if earlier else None
    for i in range(len(clause.items)) if "ago" in text else ():
        if clause.lower(i) == "ago" and clause.lower(i - 1) in ("years", "year"):
            count = words_to_number(clause.lower(i - 2))
            if count:
                return latest - count
    return None


def _compared_with(clause: Clause, i: int) -> bool:
    """The year at `i` is what the clause compares with ('down on the 2017 general election', 'than in 2019',
    'compared with 2017'), as a previous election told so is (`_relative_year`)."""
    j = i - 1
    while j >= 0 and clause.lower(j) in ("the", "in", "at"):
        j -= 1
    before = f"{clause.lower(j - 1)} {clause.lower(j)}" if j > 0 else clause.lower(j)
    return before in words("compared_with") or clause.lower(j) in words("compared_with")
