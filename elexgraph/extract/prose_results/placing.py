"""Placing a statement in the contest (or contests) it is about, then pooling it there (``pooling``).

The election comes from ``when``; the area is the one the clause names, else one its asides name, else one an
earlier clause of its sentence named, else its people's own area, else the contest being read (`_areas_of`).
Several people with their own areas ('A (Anytown) and B (Otherton) kept their seats') are each placed in theirs;
several winners of one council ward are each a seat's; a party's win of a council is no seat (`_council_control`).
A clause naming one area and no result still makes it the contest being read (`note_area`)."""

from __future__ import annotations

from dataclasses import replace

from elexgraph import reference
from elexgraph.annotate.elections import kind_named
from elexgraph.annotate.lexicon import words
from elexgraph.extract.places import area_named, election_of, main_area, with_area
from elexgraph.extract.prose_results.clauses import Clause
from elexgraph.extract.prose_results.contests import SEVERAL_SEATS, Contest
from elexgraph.extract.prose_results.divisions import divisions
from elexgraph.extract.prose_results.pooling import pool, won_a_seat_of_several
from elexgraph.extract.prose_results.reading import Reading
from elexgraph.extract.prose_results.statements import PersonFacts, Statement
from elexgraph.extract.prose_results.when import election_said, year_in
from elexgraph.facts import Election

JUST_READ = 2  # sentences after a ward's result within which 'it was a Labour hold' is still that ward's


def place(reader: Reading, clause: Clause, st: Statement) -> None:
    """Pool a statement into the contest (or contests) it is about."""
    election = election_said(reader, clause, st)
    if election is None:
        return
    for person, facts in st.people.items():
        if facts.party:
            reader.parties.setdefault((person, election.year), facts.party)
    for person in (st.co_winners or st.joint) if st.outcome else ():
        reader.outcomes.setdefault((person, election), st.outcome)
    if _council_control(reader, clause, st, election) or _pooled_by_homes(reader, clause, st, election) \
            or _pairs_unread(clause, st):
        return
    areas = _areas_of(reader, clause, st, election)
    if not areas and _of_a_ward_not_yet_named(reader, clause, st, election):
        reader.before_the_ward.append((clause.sentence, st, election))
        return
    several = _one_ward_s_winners(reader, clause, st, election, areas)
    if several:
        st = _all_won(st)
    if _only_party_shares(st) and not (reader.areas(clause, election) or election.kind in ("by-election", "mayoral", "pcc")):
        return  # 'Reform took 30% of the vote': across the county, unless the clause or the contest is one place
    _pool_in(reader, clause, st, election, areas, several)
    if len(areas) == 1:
        _after_one_area(reader, clause, st, election, areas[0])


def _pool_in(reader: Reading, clause: Clause, st: Statement, election: Election, areas: list[str], several: bool) -> None:
    """Pool what a clause says into the contest of each area it is about; `several`: its winners are one
    ward's, each of a seat."""
    for area, said in zip(areas, _said_of_each(clause, st, areas)):
        target = with_area(election, area)
        pool(clause.sentence, reader.contest(target, area), said)
        if several:
            _further_winners(reader.contest(target, area), said)
        placed = list(st.people) if len(areas) == 1 and len(st.people) == 1 else [st.winner] if st.winner else []
        for person in placed:
            reader.homes.setdefault((person, target), area)


def _pooled_by_homes(reader: Reading, clause: Clause, st: Statement, election: Election) -> bool:
    """'A (Anytown) and B (Otherton) kept their seats', 'A and B also lost their seats': each in their own
    area, as the clause or the article places them."""
    if election.area_kind == "division" and st.wards and not divisions(clause):
        return _pooled_by_wards(reader, clause, st, election)
    if st.homes and (len(st.people) > 1 or st.co_winners):
        for person, place in st.homes.items():
            area = area_named(place.place, election)
            if area:
                pool(clause.sentence, reader.contest(with_area(election, area), area), st.only(person))
        return True
    several = len(st.people) > 1 and (bool(clause.find("plural_contests")) or len(st.co_winners) > 1)
    if not several or reader.areas(clause, election):
        return False
    pool_each_at_home(reader, clause, st, election)
    return True


def pool_each_at_home(reader: Reading, clause: Clause, st: Statement, election: Election) -> None:
    """Each person in the area the article places them in; two or more winners of one ward each won a seat."""
    for home, people in _by_home(reader, st, election).items():
        contest = reader.contest(with_area(election, home), home)
        winners = [person for person in people if person == st.winner or person in st.co_winners]
        if len(winners) > 1 and election.area_kind == "division":  # two of a ward's several winners
            said = _all_won(st.among(winners))
            pool(clause.sentence, contest, said)
            _further_winners(contest, said)
            people = [person for person in people if person not in winners]
        for person in people:
            said = st.only(person)
            if said.won and contest.winner not in (None, person) \
                    and person in reader.list_elected.get((with_area(election, home), home), ()):
                won_a_seat_of_several(contest, person, said.outcome)  # 'as did B': B won another of its seats
            else:
                pool(clause.sentence, contest, said)


def _by_home(reader: Reading, st: Statement, election: Election) -> dict[str, list[str]]:
    """A statement's people by the area the article places each in at this election (the unplaced left out)."""
    found: dict[str, list[str]] = {}
    for person in st.people:
        home = reader.homes.get((person, election))
        if home:
            found.setdefault(home, []).append(person)
    return found


def _pooled_by_wards(reader: Reading, clause: Clause, st: Statement, election: Election) -> bool:
    """'Jane Roe (Abbey) and Tom Smith (Castle) were both re-elected', "Labour's Jane Roe (Abbey) held her seat": in
    a council's election, each person in the ward printed beside them (what the clause says of anyone else is
    left: which ward is theirs is not said)."""
    if len(st.wards) == 1:  # 'Jane Roe (Abbey) beat Tom Smith': everyone the clause names is of her ward
        ward = next(iter(st.wards.values()))
        pool(clause.sentence, reader.contest(with_area(election, ward), ward), st)
    for person, ward in st.wards.items():
        target = with_area(election, ward)
        if len(st.wards) > 1:
            pool(clause.sentence, reader.contest(target, ward), st.only(person))
        reader.homes.setdefault((person, target), ward)
    return True


def _read_about(reader: Reading, clause: Clause, election: Election, area: str) -> None:
    """The contest being read is now this one, named by this clause's sentence."""
    reader.context, reader.context_age, reader.context_sentence = (with_area(election, area), area), 0, clause.sentence.index


def _areas_of(reader: Reading, clause: Clause, st: Statement, election: Election) -> list[str]:
    """The areas a clause names, else those its asides name ('Jane Roe, who represents the Abbey division,
    lost'), else the one an earlier clause of its sentence names, else its people's own area, else the
    contest being read."""
    areas = reader.areas(clause, election) or _aside_areas(reader, clause, st, election)
    if not areas and reader.context and reader.context_sentence == clause.sentence.index and reader.context[0] == election:
        areas = [reader.context[1]]  # 'a close contest in Anytown, where she was beaten by 40'
    if not areas and st.people:
        homes = {reader.homes.get((p, election)) for p in st.people} - {None}
        areas = [homes.pop()] if len(homes) == 1 else []
    if not areas and (st.people or _names_the_seat(clause) or st.majority or st.outcome or st.party_shares or st.party_votes) \
            and not _opens_on_another_place(clause, election):
        areas = _context_area(reader, election, st)
    return areas


def _one_ward_s_winners(reader: Reading, clause: Clause, st: Statement, election: Election, areas: list[str]) -> bool:
    """'In Lowfield, A and B won both seats for Labour', 'A (Lab) and B (Lab) were elected in Castle': several
    winners of the one ward (or division) the clause itself names, in a council's election: each won a seat; so
    too where its sentence says the ward's several seats were won ('Labour won both seats in Lowfield, with A and
    B elected')."""
    if not (len(st.joint) > 1 and len(areas) == 1 and election.area_kind == "division" and not st.homes):
        return False
    named = reader.areas(clause, election)
    told_before = reader.context_sentence == clause.sentence.index and reader.context == (with_area(election, areas[0]),
                                                                                       areas[0])
    # 'Labour held Abbey, with A, B and C re-elected': the ward an earlier clause of the same sentence names
    return named == areas or (not named and (told_before or bool(SEVERAL_SEATS.search(clause.sentence.text))
                                             or _told_several_seats(reader, election, areas[0])))


def _told_several_seats(reader: Reading, election: Election, area: str) -> bool:
    """A sentence already read of the ward says its several seats were won ('Labour held both seats in Abbey.'):
    the winners the next names ('Jane Roe and Tom Smith were elected.') each won one."""
    contest = reader.contests.get((with_area(election, area), area))
    return contest is not None and bool(contest.several_seats_told())


def _aside_areas(reader: Reading, clause: Clause, st: Statement, election: Election) -> list[str]:
    """A councillor's division an aside names (an MP's or a mayor's office there says only what they are)."""
    if election.area_kind != "division":
        return []
    found = [reader.areas(aside, election) for aside in clause.asides if aside.about and aside.about.person in st.people]
    named = [area for areas in found for area in areas]
    return named if len(named) == 1 else []


def _after_one_area(reader: Reading, clause: Clause, st: Statement, election: Election, area: str) -> None:
    """A clause about one area makes it the contest being read; a changed majority dates the earlier one."""
    if clause.about is None:
        _read_about(reader, clause, election, area)
    if st.previous_majority:
        _previous_majority(reader, clause, election, area, st)


def _previous_majority(reader: Reading, clause: Clause, election: Election, area: str, st: Statement) -> None:
    """'raised her majority from 4,000 to 6,500': the winner held the seat at the general election
    before, by the first figure."""
    holder = reader.contests[(with_area(election, area), area)].winner
    earlier = [ge.year for ge in reference.general_elections() if ge.year < election.year]
    if holder is None or election.kind != "general" or not earlier:
        return
    before = election_of(reader.doc, "general", st.previous_year if st.previous_year in earlier else earlier[-1])
    said = Statement(won=True, winner=holder, majority=st.previous_majority, people={holder: PersonFacts(rank=1)})
    pool(clause.sentence, reader.contest(with_area(before, area), area), said)


def note_area(reader: Reading, clause: Clause) -> None:
    """A clause that names one area and says no result still makes it the contest being read (not when
    the article's own contest is of one place: 'the count was held in Anytown')."""
    year, span = year_in(reader, clause)
    main = reader.doc.election.main
    if span or (main is not None and main.place and not main.parliamentary):
        return
    election = election_of(reader.doc, kind_named(clause.cue_text(), ("by-election", "pcc", "mayoral", "local")), year)
    areas = reader.areas(clause, election)
    if len(areas) == 1 and not clause.about:
        _read_about(reader, clause, election, areas[0])


def _council_control(reader: Reading, clause: Clause, st: Statement, election: Election) -> bool:
    """'Labour hold Chesterfield', 'Tories lose control of X': a party winning a council is not a seat."""
    if st.people or not (st.party or st.previous_party) or divisions(clause):
        return False
    if reader.context is not None and reader.context == reader.under_crosshead and not clause.where("place"):
        return False  # 'Reform gain from Conservative.' under the crosshead 'Brook Hill': that division's result
    lowered = {clause.lower(i) for i in range(len(clause.items)) if not _a_council_s_seat(clause, i)}
    if lowered & words("control"):
        return True
    if _of_the_seat_just_read(reader, clause, st, election):
        return False
    councils = [clause.mention(i) for i in clause.where("place")]
    return election.kind == "local" or (reader.doc.election.main is not None and reader.doc.election.main.kind == "local"
                                         and not any(m.place.constituencies for m in councils if m and m.place))


def _a_council_s_seat(clause: Clause, i: int) -> bool:
    """'the council seat', 'a council by-election': 'council' naming one seat's kind, not the council won."""
    return clause.lower(i) == "council" and clause.lower(i + 1) in words("one_council_seat")


def _of_the_seat_just_read(reader: Reading, clause: Clause, st: Statement, election: Election) -> bool:
    """'It was a Labour hold.', 'The seat was a Conservative gain from Labour.' just after a ward's winner was
    read, '… with 1,204 votes - a Labour hold' beside it: the clause names no place and speaks of the seat ('it',
    'the seat') or stands beside the win, so the gain or hold of the winner's party is that ward's, not the
    council's."""
    if reader.context is None or reader.context[0] != election or clause.where("place"):
        return False
    beside = clause.lower(0) in ("a", "an") and clause.sentence.index == reader.context_sentence
    contest = reader.contests.get(reader.context)
    return contest is not None and contest.winner is not None and contest.party in (None, st.party) and \
        (beside or clause.lower(0) in ("this", "that") or declared(clause) or _names_the_seat(clause)) and 0 <= clause.sentence.index - reader.context_sentence <= JUST_READ


def _of_a_ward_not_yet_named(reader: Reading, clause: Clause, st: Statement, election: Election) -> bool:
    """'… when they gained the seat from Labour' in the lead of a council by-election's report that names its ward only
    later ('Jane Roe won 41% of the vote in Abbey'): a result of the article's own by-election, not yet placed."""
    main = reader.doc.election.main
    return election == main and election.kind == "by-election" and election.council is not None \
        and bool(st.won or st.outcome or st.previous_party or st.majority) and _names_the_seat(clause)


def the_by_election_s_seat(reader: Reading) -> None:
    """What the report of a council by-election said of its seat before naming the ward is that ward's, where the
    report tells of one ward only (a round-up of several by-elections leaves it unplaced)."""
    for sentence, st, election in reader.before_the_ward:
        wards = [area for (e, area) in reader.contests if e.year == election.year and e.kind == election.kind
                 and e.council == election.council]
        if len(wards) == 1:
            pool(sentence, reader.contest(with_area(election, wards[0]), wards[0]), st)


def _names_the_seat(clause: Clause) -> bool:
    return any(clause.lower(i) in words("seat_words") or clause.lower(i) == "it" for i in range(len(clause.items)))


def _context_area(reader: Reading, election: Election, st: Statement) -> list[str]:
    if reader.context and reader.context[0].year != election.year and election.parliamentary \
            and reader.context[0].parliamentary:
        seat = reference.constituency_named(reader.context[1], election.year)
        return [seat.name] if seat and seat.boundary_set == election.boundary_set else []
    if reader.context and reader.context[0].year == election.year and reader.context[0].kind == election.kind:
        known = reader.contests.get(reader.context)
        if st.winner and known and known.winner and known.winner != st.winner:
            return []
        return [reader.context[1]]
    if reader.moved_on and _several_contests(reader, election):
        return []  # a round-up that went on past its last named seat: an unplaced sentence is no seat's
    return _main_area_for(reader, election)


def _several_contests(reader: Reading, election: Election) -> bool:
    """The story has told of more than one contest of this election (a round-up of seats or divisions)."""
    return len({area for (e, area) in reader.contests if e.year == election.year and e.kind == election.kind}) > 1


def _main_area_for(reader: Reading, election: Election) -> list[str]:
    """The article's own area, for its own election or an earlier one of the same office (a mayoralty's, a
    police area's)."""
    main = reader.doc.election.main
    if main and main.place and election.kind == main.kind and election.kind in ("mayoral", "pcc"):
        return [main.place]
    if election == main or (main and election.year == main.year):
        area = main_area(reader.doc, election)
        return [area] if area else []
    return []


def declared(clause: Clause) -> bool:
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


def _pairs_unread(clause: Clause, st: Statement) -> bool:
    """'A, B and C were elected in X, Y and Z respectively' where the pairs were not read (``_read_respectively``
    reads them): which of them won which seat is not known, so nothing is said (not after figures or places: 'with
    45% and 30% respectively', 'with 1,204 and 1,100 votes respectively', 'came fourth and fifth respectively')."""
    said = clause.find("respectively")
    counted = said and any(clause.kind(j) in ("figure", "ordinal") for j in range(max(0, said[0] - 3), said[0]))
    return bool(st.won and said and not counted and len(clause.where("person")) > 1)  # '1,204 and 1,100 votes resp…'



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
