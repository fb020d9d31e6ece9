"""Notes the prose reader takes beside its reading of results: what a sentence says of who held a seat before the
article's contest, and of several people at once, that no single clause's statement carries.

While reading (sentence by sentence): the party that held a seat since a year (`note_held_since`), a council party's
list of seats (`read_party_seats`), the ward a councillor represents (`note_represented`), 'who has held the seat
since 2011' (`note_incumbents`). After reading, over the whole article and its contests: the incumbents
(`note_holders`), the listed winners said to have kept their seats (`holds_of_listed_winners`), outcomes said of
several winners at once (`outcomes_said_of_several`), the party before from a long hold (`parties_held_since`), a
predecessor (`predecessors_said`), an office's holder (`office_holders_said`), a vacated seat (`seat_vacated_by`),
and each person's one party (`parties_named_once`). Each shape of a sentence is a pattern in the rules file
(``rules``); the words below only spare trying sentences that cannot match."""

from __future__ import annotations

import re

from elexgraph import reference
from elexgraph.annotate.document import Sentence
from elexgraph.annotate.lexicon import says_word_of, words
from elexgraph.annotate.patterns import Match
from elexgraph.extract.places import areas_in, main_area, with_area
from elexgraph.extract.prose_results.clauses import Clause
from elexgraph.extract.prose_results.contests import Contest
from elexgraph.extract.prose_results.divisions import divisions, party_seats
from elexgraph.extract.prose_results.pooling import pool, won_a_seat_of_several
from elexgraph.extract.prose_results.reading import Reading
from elexgraph.extract.prose_results.rules import patterns
from elexgraph.extract.prose_results.statements import PersonFacts, Statement
from elexgraph.facts import Election

_HELD_WORDS = re.compile(r"\b(?:since|sitting|outgoing|incumbent|defending|re-election)\b", re.I)  # in each [[held_seat]] shape
_HOLDER_WORDS = re.compile(r"\b(?:outgoing|retiring|previous|incumbent|sitting|current)\b", re.I)  # in [[office_holder]]
_VACATED_WORDS = re.compile(r"\b(?:death|resignation|retirement|disqualification|passing|departure|died|resigned|"
                            r"retired|quit|stood|stepped|vacant|vacancy)\b", re.I)  # in each [[vacated_by]] shape
_KEPT_LISTED_WORDS = re.compile(r"\b(?:among|amongst|re-elected)\b", re.I)  # in each [[kept_listed]] shape
_SUCCEEDED_WORDS = re.compile(r"\b(?:replac|succeed|over\s+from)", re.I)  # in each [[succeeded]] shape
# In each [[held_since]] shape
_SINCE_WORDS = re.compile(r"\b(?:since|ending|ended|ends|held by|years of|decades of)\b", re.I)


def note_represented(reader: Reading, clause: Clause) -> None:
    """'Jane Roe, who represents Lowfield, …', 'Jane Roe has represented Lowfield since 2013': in a council's
    election, the ward a councillor represents is hers, for the result told of her later ('She was re-elected
    with 804 votes')."""
    main = reader.doc.election.main
    if main is None or main.area_kind != "division" or not clause.find("seat_holder_verbs"):
        return
    people = [clause.about.person] if clause.about else [clause.mention(i).person for i in clause.where("person")]
    named = divisions(clause)
    if len(set(people)) == 1 and len(named) == 1:
        reader.homes.setdefault((people[0], with_area(main, named[0])), named[0])


def read_party_seats(reader: Reading, sentence: Sentence) -> None:
    """"Labour's gains included Abbey and Castle", "Reform UK's only win was in Lowfield", 'Labour won seats in
    Abbey, Castle and Lowfield': in a council election's story, each division listed is the party's seat (gain or
    hold where the words say so)."""
    main = reader.doc.election.main
    if main is None or main.area_kind != "division":
        return
    for match, areas in party_seats(sentence):
        party = next((item.ref.party for item in match.items(sentence.items, "party")), None)
        what = " ".join(item.lower for item in match.items(sentence.items, "what"))
        outcome = "gain" if what in words("gain") or what == "took" else "hold" if what in words("hold") else None
        for area in areas:
            said = Statement(won=True, party=party, outcome=outcome, previous_party=party if outcome == "hold" else None)
            pool(sentence, reader.contest(with_area(main, area), area), said)


def note_held_since(reader: Reading, sentence: Sentence, cut: list[Clause]) -> None:
    """'The seat, held by the Conservatives since 2010, …', 'ending 14 years of Labour rule': the party that held
    the seat the sentence names (a place, or in a council's election the one division its clauses name; else the one
    being read) up to the article's own contest."""
    if not _SINCE_WORDS.search(sentence.text):
        return  # every shape has one of these words: most sentences are not tried
    for match in patterns("held_since").finditer(sentence.items, sentence.encoded):
        party = next((item.ref.party for item in match.items(sentence.items, "party")
                      if getattr(item.ref, "party", None)), None)
        year = next((item.ref.figure.count for item in sentence.items[match.start:match.end]
                     if getattr(getattr(item.ref, "figure", None), "kind", None) == "year"), 0)
        main = reader.doc.election.main
        named = areas_in(sentence.places, main) if main else []
        if main and not named and main.area_kind == "division":
            named = list(dict.fromkeys(name for clause in cut for name in divisions(clause)))
        area = _held_area(reader, main, named)
        if party and area:
            reader.held_since.setdefault(area, (party, year, sentence))
        if party and main and len(named) == 1:  # 'Anytown had been Labour since 1997. Jane Roe won it …'
            reader.context, reader.context_age, reader.context_sentence = (with_area(main, area), area), 0, sentence.index


def _held_area(reader: Reading, main: Election | None, named: list[str]) -> str | None:
    """The seat a sentence of a party's long hold is about: the one it names, else the one being read, else (naming
    none, with none being read) the article's own seat ('ending 14 years of Conservative rule' in a story of one)."""
    if len(named) == 1:
        return named[0]
    if named or main is None:
        return None
    if reader.context:
        return reader.context[1] if reader.context[0] == main else None
    return main_area(reader.doc, main)


def parties_held_since(reader: Reading) -> None:
    """The party a sentence says held a seat of the article's own contest for years before it is the party
    before (stated: that sentence is the evidence); gain or hold then follows from the winner's party."""
    main = reader.doc.election.main
    for contest in reader.contests.values():
        said = reader.held_since.get(contest.area)
        if said and main and contest.election == with_area(main, contest.area) and said[1] < main.year \
                and contest.previous_party is None:
            contest.previous_party = said[0]
            contest.told["previous_party"] = said[2]


def predecessors_said(reader: Reading) -> None:
    """'Jane Roe replaces Labour's Tom Smith', 'She succeeds the retiring Conservative MP Tom Smith': the winner of a
    contest of the article's own election took the seat from the one before, who held it for that party (not
    'replaces him as leader': an office no election fills)."""
    main = reader.doc.election.main
    for sentence in reader.doc.sentences if main else ():
        if not _SUCCEEDED_WORDS.search(sentence.text):
            continue  # every shape has one of these words: most sentences are not tried
        for match in patterns("succeeded").finditer(sentence.items, sentence.encoded):
            party = match.items(sentence.items, "party")[0].ref.party
            if _as_another_office(sentence, match.end):
                continue
            for person in _holders(reader, sentence, match):
                for contest in _contests_won_by(reader, person, main.year):
                    if not contest.previous_party and _held_there(sentence, match, contest):
                        contest.previous_party = party
                        contest.told["previous_party"] = sentence
                        contest.sentences.append(sentence)


def holds_of_listed_winners(reader: Reading) -> None:
    """'Among the councillors to retain their seats were A, B and C', 'A and B were both re-elected': each held the
    seat a results list of the article's own election elects them to (of anyone else, or in a sentence of another
    year, the words may tell of a past election)."""
    main = reader.doc.election.main
    for sentence in reader.doc.sentences if main and (reader.list_tops or reader.list_elected) else ():
        if not _KEPT_LISTED_WORDS.search(sentence.text) or _names_another_year(sentence, main.year):
            continue  # every shape has one of these words: most sentences are not tried
        for match in patterns("kept_listed").finditer(sentence.items, sentence.encoded):
            for item in match.items(sentence.items, "who"):
                person = getattr(item.ref, "person", None)
                if person:
                    _held_where_listed(reader, sentence, person, main)


def _held_where_listed(reader: Reading, sentence: Sentence, person: str, main: Election) -> None:
    """A hold of the seat the article's own lists elect the person to, at a further seat if another holds the first."""
    home = reader.homes.get((person, main))
    key = (with_area(main, home), home) if home else None
    if key is None or person not in {reader.list_tops.get(key), *reader.list_elected.get(key, ())}:
        return
    contest = reader.contest(*key)
    if contest.winner in (None, person):
        pool(sentence, contest, Statement(won=True, winner=person, outcome="hold", people={person: PersonFacts(rank=1)}))
    else:
        won_a_seat_of_several(contest, person, "hold")


def _contests_won_by(reader: Reading, person: str, year: int) -> list[Contest]:
    """The contests of that year a person won, as the prose tells it or as a results list tops them."""
    told = [c for c in reader.contests.values() if c.election.year == year and c.winner == person]
    listed = [_listed_contest(reader, key) for key, top in reader.list_tops.items()
              if top == person and key[0].year == year and key not in reader.contests]
    return told + [contest for contest in listed if contest is not None]


def office_holders_said(reader: Reading) -> None:
    """'Conservative Tom Smith, the outgoing commissioner, did not stand', 'The previous mayor, Labour's Tom Smith':
    the party that held the office of the article's one-area election (a police area's, a mayoralty's) up to it,
    whether or not its holder stood."""
    main = reader.doc.election.main
    if not (main and main.place and main.kind in ("pcc", "mayoral")):
        return
    key = (main, main.place)
    contest = reader.contests.get(key) or _listed_contest(reader, key)
    winner = contest.winner or reader.list_tops.get(key) if contest is not None else None
    if contest is None or contest.previous_party:
        return
    for sentence in reader.doc.sentences:
        if not _HOLDER_WORDS.search(sentence.text):
            continue  # every shape has one of these words: most sentences are not tried
        for match in patterns("office_holder").finditer(sentence.items, sentence.encoded):
            party = match.items(sentence.items, "party")
            who = match.items(sentence.items, "who")[0].ref.person
            said = party[0].ref.party if party else reader.clauses.parties.get(who)
            if said and _held_there(sentence, match, contest) and who != winner:
                contest.previous_party = said
                contest.told["previous_party"] = sentence
                contest.sentences.append(sentence)
                return


def seat_vacated_by(reader: Reading) -> None:
    """'The by-election was called after the death of Labour councillor Tom Smith': the party before of the
    article's own by-election (with the party a results list gives its winner, where the prose tells no more)."""
    main = reader.doc.election.main
    if main is None or main.kind != "by-election" or not _VACATED_WORDS.search(reader.doc.text):
        return  # every shape has one of these words
    keys = {k for k in [*reader.contests, *reader.list_winners] if (k[0].kind, k[0].year) == (main.kind, main.year)}
    if len(keys) != 1:
        return  # the by-election's one seat, as the prose or a list reads it
    key = keys.pop()
    for sentence in reader.doc.sentences:
        match = next(patterns("vacated_by").finditer(sentence.items, sentence.encoded), None)
        if match is None:
            continue
        contest = reader.contests.get(key) or _listed_contest(reader, key)
        if contest is not None and not contest.previous_party and _held_there(sentence, match, contest):
            contest.previous_party = match.items(sentence.items, "party")[0].ref.party
            contest.told["previous_party"] = sentence
            contest.sentences.append(sentence)
        return


def _listed_contest(reader: Reading, key: tuple[Election, str]) -> Contest | None:
    """A contest for a results list's seat the prose tells no result of, with its winner's party."""
    party = reader.list_winners.get(key)
    if party is None:
        return None
    contest = reader.contest(*key)
    contest.party = party
    return contest


def note_holders(reader: Reading) -> None:
    """Candidates a sentence says held the seat up to this contest ('Jane Roe, who held the seat since
    2011', 'the sitting MP, Jane Roe'): the incumbents of the article's own contests."""
    rules = patterns("held_seat")
    year = reader.doc.election.main.year if reader.doc.election.main else reader.doc.election.year
    for sentence in reader.doc.sentences:
        if not _HELD_WORDS.search(sentence.text):
            continue  # every shape has one of these words: most sentences are not tried
        for match in rules.finditer(sentence.items, sentence.encoded):
            for person in _holders(reader, sentence, match):
                for contest in reader.contests.values():
                    if contest.election.year == year and person in contest.candidates \
                            and _held_there(sentence, match, contest):
                        contest.candidates[person].incumbent = True


def _holders(reader: Reading, sentence: Sentence, match: Match) -> list[str]:
    """The people a [[held_seat]] match says held the seat: named, or 'she' and 'he' as the discourse resolves them."""
    found = []
    for item in match.items(sentence.items, "who"):
        m = item.ref
        if getattr(m, "kind", None) == "pronoun" and m.text.lower() in ("he", "she"):
            found.append(reader.clauses.discourse.resolve_pronoun(sentence, m.start, m.gender))
        else:
            found.append(getattr(m, "person", None))
    return [person for person in found if person]


def outcomes_said_of_several(reader: Reading) -> None:
    """'Seats held by Labour's A, B and C' … 'B is now the MP for Anytown': a hold in B's seat, wherever it is
    said to be."""
    for contest in reader.contests.values():
        said = reader.outcomes.get((contest.winner, contest.election)) if contest.winner else None
        if contest.outcome is None and said:
            contest.outcome = said
            contest.derived.add("outcome")
        for person in contest.further:
            if (person, contest.election) in reader.outcomes:
                contest.further_outcomes[person] = reader.outcomes[(person, contest.election)]


def parties_named_once(reader: Reading) -> None:
    """A person the article names with one party only ('Conservative Jane Roe'), never as a former
    member: that is their party at the article's own election, where no statement gives one."""
    named: dict[str, set[str]] = {}
    for offset, person, party in reader.clauses.named_at:
        before = reader.doc.text[max(0, offset - 30):offset].lower()
        former = says_word_of(before, "former_words")
        named.setdefault(person, set()).add("" if former else party)
    for person, parties in named.items():
        if len(parties) == 1 and "" not in parties:
            reader.parties.setdefault((person, reader.doc.election.year), parties.pop())


def note_incumbents(reader: Reading, clause: Clause, st: Statement) -> None:
    """'who held the seat since 2011': that person held the seat of the contest being read before it (not
    'from 2005 to 2010', a span that ended)."""
    said = [clause.lower(i) for i in range(len(clause.items))]
    if reader.context is None or "since" not in said or not any(word in words("hold") for word in said):
        return
    contest = reader.contests.get(reader.context)
    for person in ([st.subject] if st.subject else []) + list(st.people):
        if contest is not None and person in contest.candidates:
            contest.candidates[person].incumbent = True


def _as_another_office(sentence: Sentence, at: int) -> bool:
    """'… as leader of the council' after item `at`: an office no election fills ('as MP', 'as commissioner' do)."""
    if at >= len(sentence.items) or sentence.items[at].lower != "as":
        return False
    return not any(item.lower in words("elected_offices") for item in sentence.items[at + 1:at + 6])


def _held_there(sentence: Sentence, match: Match, contest: Contest) -> bool:
    """A [[held_seat]] match fits the contest: the office it names is one its election fills ('has been a councillor
    since 2015' holds no seat in Parliament), and the place it names is the contest's own."""
    office = {item.lower for item in match.items(sentence.items, "office")}
    every = {w for kind in ("constituency", "division", "police-area", "mayoralty") for w in words(f"held_offices_{kind}")}
    if office & every and not office & words(f"held_offices_{contest.election.area_kind}"):
        return False
    where = " ".join(item.text for item in match.items(sentence.items, "where"))
    return not where or reference.seat_key(where) == reference.seat_key(contest.area)


def _names_another_year(sentence: Sentence, year: int) -> bool:
    return any(m.figure and m.figure.kind == "year" and m.figure.count != year for m in sentence.figures)
