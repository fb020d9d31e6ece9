"""Who won, as a clause says it: 'Jane Roe won Anytown', 'Anytown was won by Jane Roe', 'Labour's A and B won
Brook Hill', 'she increased her majority', 'Jane Roe's majority of 4,000', 'Anytown elected Jane Roe'; with the
party the winner won for and the people beaten."""

from __future__ import annotations

from elexgraph.annotate.lexicon import words
from elexgraph.annotate.patterns import Match
from elexgraph.extract.prose_results.clauses import Clause, seat_relative_start
from elexgraph.extract.prose_results.outcomes import outcome_at, read_previous_party
from elexgraph.extract.prose_results.rules import meaning_at, patterns
from elexgraph.extract.prose_results.statements import Statement
from elexgraph.extract.prose_results.who import BE, Who, hypothetical


def read_kept_majority(reader: Who, clause: Clause, st: Statement) -> None:
    """'she increased her majority', 'won with a reduced majority': the winner held the seat; one whose own
    majority changed ('his' of a man, 'her' of a woman) won it."""
    if "ajority" not in clause.sentence.text:
        return  # every shape names the majority: most clauses are not tried
    for match in patterns("kept_majority").finditer(clause.items):
        if not st.won and st.subject and _own_majority(reader, clause, match, st.subject):
            win(reader, st, st.subject, clause, match.start)
        if st.won:
            st.outcome = st.outcome or "hold"
        return


def _own_majority(reader: Who, clause: Clause, match: Match, subject: str) -> bool:
    """The changed majority is the subject's own: 'his' of a man, 'her' of a woman; of one whose sex the article
    does not tell, where only its owner could have changed it so ('increased his majority', 'saw her majority
    cut'), not 'cut his majority' (a rival may have)."""
    own = match.items(clause.items, "own")
    gender = {"his": "m", "her": "f"}.get(own[0].lower) if own else None
    known = reader.discourse.doc.gender_of(subject)
    if gender is None or known is not None:
        return gender is not None and known == gender
    changed = next((clause.lower(j) for j in range(match.start, match.end) if clause.lower(j) in words("majority_changed")), None)
    return changed in words("majority_raised") or clause.lower(match.start) in ("his", "her")


def says_a_win(reader: Who, clause: Clause, v: int) -> bool:
    """The verb at v tells of a win of one contest (not 'would win', not 'was beaten', not a party's seats)."""
    if hypothetical(clause, v) or not _is_win(clause, v) or (
            clause.lower(v) in words("beaten") and is_passive(clause, v)) or _held_before(clause, v):
        return False
    actor, party = reader.actor_before(clause, v)
    if clause.lower(v + 1) == "all" and not any(clause.kind(i) == "person" for i in range(v)):
        return False  # 'Labour held all three seats in Anytown': a town's several contests, not one ward's seats
    return not (not actor and not _listed_subjects(clause, v) and _wins_many(clause, v))


def _held_before(clause: Clause, v: int) -> bool:
    """'lost Castle, a seat he had held since 2011', 'the ward she has represented for Labour': a seat's holding up to
    now, told in a relative clause of the seat, is no win of this contest."""
    return clause.lower(v - 1) in ("had", "has", "have") and v > seat_relative_start(clause)


def read_win(reader: Who, clause: Clause, v: int, st: Statement) -> None:
    listed = _listed_subjects(clause, v)
    if len(listed) > 1:  # 'A (X), B (Y) and C (Z) have all kept their seats', 'A and B were both re-elected'
        for name in listed:
            win(reader, st, name, clause, v)
        st.co_winners, st.winner, st.joint = listed, listed[0], listed
        shared = party_for(clause, v) or _one_party_before(clause, clause.where("person")[0], v)
        for name in listed:
            st.person(name).party = st.person(name).party or shared
        return
    actor, party = _winner_at(reader, clause, v, st)
    if actor and st.winner is None:
        win(reader, st, actor, clause, v)
        _read_joint(clause, v, st)
        _read_along_with(clause, v, st)
    elif party and not actor and st.party is None:
        _party_won(reader, clause, v, st, party)
    _read_beaten(clause, v, st)
    read_previous_party(clause, v, st)


def _winner_at(reader: Who, clause: Clause, v: int, st: Statement) -> tuple[str | None, str | None]:
    """(person, party) who won: named before the verb, or after it ('the victorious Jane Roe', 'a win for
    Jane Roe', 'the only candidate to win was Jane Roe'), else the clause's subject."""
    actor, party = reader.actor_before(clause, v)
    named = v + 1 + (clause.lower(v + 1) == "for")
    if clause.lower(v) in ("victorious", "winning", "successful"):  # 'the victorious Labour candidate, Jane Roe'
        named = next((j for j in range(v + 1, min(len(clause.items), v + 5)) if clause.kind(j) == "person"), named)
    if clause.lower(v) in ("victorious", "winning", "win", "victory", "landslide", "successful") and clause.kind(named) == "person":
        actor, party = clause.mention(named).person, None  # "Reform's victories included a win for X": Reform's
        if named > v + 1 and st.subject_party and not st.subject:
            st.person(actor).party = st.person(actor).party or st.subject_party
    if actor is None and party is None:
        actor = _named_after_be(clause, v)
    if actor is None and party is None:
        return st.subject, st.subject_party
    return actor, party


def _party_won(reader: Who, clause: Clause, v: int, st: Statement, party: str) -> None:
    """'Labour held the seat', 'Labour returned MPs in A through X', 'Labour held the seat with Jane Roe'."""
    st.won, st.party = True, party
    st.outcome = st.outcome or outcome_at(clause, v)
    _won_through(clause, v, st)
    with_person = next((j for j in range(v + 1, min(len(clause.items), v + 8))
                        if clause.lower(j - 1) == "with" and clause.kind(j) == "person"), None)
    if with_person is not None and not st.co_winners:
        win(reader, st, clause.mention(with_person).person, clause, v)
        st.person(st.winner).party = party


def read_owned_majority(reader: Who, clause: Clause, st: Statement) -> None:
    """'halving Jane Roe's Labour majority to 5,288', "Jane Roe's majority of 4,000", "Jane Roe's majority was
    15,162", "her majority stands at 890", 'Jane Roe had a majority of 1,200', '…, where her majority was 412': she
    won, with it (not when it was overturned or wiped out, or was one to defend: then it was the last
    election's)."""
    if "majority" not in clause.lowered or any(clause.lower(j) in words("lost_majority", "majority_defended")
                                                  for j in range(len(clause.items))):
        return
    owned = _majority_owner(reader, clause, st)
    if owned is None:
        return
    person, k = owned
    win(reader, st, person, clause, k)
    if clause.kind(k - 1) == "party":
        st.person(person).party = clause.mention(k - 1).party
    figure = next((j for j in range(k + 1, min(len(clause.items), k + 8)) if clause.kind(j) == "figure"), None)
    if figure is not None and clause.mention(figure).figure.kind in ("majority", "number", "votes") and (
            clause.lower(figure - 1) in ("of", "to") or all(clause.lower(j) in words(
                "majority_links", "majority_changed", "qualifiers") for j in range(k + 1, figure))):
        st.majority = clause.mention(figure).figure.count
        if any(clause.lower(j) in words("majority_changed") for j in range(k + 1, figure)):
            st.outcome = st.outcome or "hold"  # 'Jane Roe's majority was cut to 1,204': she held the seat


def _majority_owner(reader: Who, clause: Clause, st: Statement) -> tuple[str, int] | None:
    """Whose majority the clause tells, and where its word 'majority' stands: a person's possessive ("Jane
    Roe's (Labour) majority"), a person who had one ('Jane Roe had a majority of'), or the subject's, by a
    pronoun that stands for them opening the clause ('her majority was 412' after 'won in Abbey, where'), or in a
    sentence of its own, the one the pronoun stands for where the article has said they won."""
    for i in clause.where("person"):
        k = i + 2 + (clause.kind(i + 2) == "party") if clause.lower(i + 1) in ("'s", "’s") else None
        if k is None and clause.lower(i + 1) in ("had", "has") and clause.lower(i + 2) in ("a", "an"):
            k = next((j for j in range(i + 3, i + 5) if clause.lower(j) == "majority"), None)
        if k is not None:
            return (clause.mention(i).person, k) if clause.lower(k) == "majority" else None
    gender = {"his": "m", "her": "f"}.get(clause.lower(0))
    if not (gender and clause.lower(1) == "majority") or clause.where("person"):
        return None
    owner = reader.discourse.resolve_pronoun(clause.sentence, clause.items[0].start, gender)
    if st.subject:
        return (st.subject, 1) if owner == st.subject else None
    said_alone = owner and reader.won_here(owner) and not any(
        clause.mention(j).figure.kind == "year" for j in clause.where("figure") if clause.mention(j).figure)
    return (owner, 1) if said_alone else None  # 'Her majority was 4,287.' after her win: not after 'Tom Smith had held
    # the seat since 2010', the majority he had, nor 'His majority in 2019 was …'


def _named_after_be(clause: Clause, v: int) -> str | None:
    """The person a 'was' after the verb names, when the verb stands in the subject: 'the first woman
    to win the seat was Jane Roe'."""
    if clause.lower(v - 1) != "to":
        return None
    be = next((j for j in range(v + 1, min(len(clause.items), v + 6)) if clause.lower(j) in ("was", "is")), None)
    return clause.mention(be + 1).person if be is not None and clause.kind(be + 1) == "person" else None


def _wins_many(clause: Clause, v: int) -> bool:
    """'(the party) held on to its seats', 'made gains in the county': what was won is several contests,
    uncounted (a count is read elsewhere: 'held three seats at A, B and C')."""
    for j in range(v + 1, min(len(clause.items), v + 5)):  # not the verb: 'holds', 'gains' are also nouns
        if clause.lower(j) in ("every", "each"):
            return True  # 'topped the poll in every Anytown ward'
        if clause.kind(j) in ("place", "person", "figure"):
            return False
        if clause.lower(j) in words("plural_contests"):
            return not _names_them(clause, j) and clause.lower(j - 1) not in words("number_words")
    return False


def _names_them(clause: Clause, j: int) -> bool:
    """'seats including A, B and C', 'the constituencies of A and B': the contests are named after the
    plural at j (not 'seats in Anyshire', which only says where they are)."""
    for k in range(j + 1, len(clause.items) - 1):
        if clause.lower(k) in words("naming_contests"):
            return clause.kind(k + 1) == "place" or clause.items[k + 1].text[:1].isupper()
    return False


def _is_win(clause: Clause, v: int) -> bool:
    """A verb of winning that says a contest was won ('won Anytown', 'held the seat', 'was elected'), not
    'won 29,534 votes', 'took over', 'held the seat since 2005', 'won the support of': the [[win]] rules."""
    return meaning_at("win", clause, v) == "win"


def is_passive(clause: Clause, v: int) -> bool:
    """'was defeated', 'was also narrowly beaten', 'has been ousted'."""
    j = v - 1
    while j >= 0 and clause.lower(j) in words("before_verb", "manner_adverbs") \
            and clause.lower(j) not in BE:
        j -= 1
    return clause.lower(j) in BE | {"been", "be"}


def passive_win(clause: Clause) -> int | None:
    """'was won by', 'were all held by', 'has been taken by', 'was gained in 1997 by': the index of 'by'; 'the
    Brook Hill division went to Jane Roe', 'the seat fell to Reform': the index of 'to'."""
    for v in clause.find("win"):
        if clause.lower(v - 1) in words("formerly_held") or (
                clause.lower(v - 1) == "been" and clause.lower(v - 2) in words("formerly_held") | {"had"}):
            continue  # 'wards that were previously held by Labour', 'had (previously) been held by': who held them before
        if hypothetical(clause, v):
            continue  # 'was not won by Labour'
        if clause.lower(v) in ("went", "fell") and _is_win(clause, v):
            return v + 1
        if clause.lower(v) in words("kept_by_party") and _is_win(clause, v):
            return v  # 'Abbey stayed Labour': the party after the verb kept it
        if _voters_elected(clause, v):
            return v  # 'Anytown elected Labour's Jane Roe': the person after the verb won
        start = v + 1 + _taken_from_party(clause, v)  # 'was taken from the Conservatives by Jane Roe'
        by = next((j for j in range(start, min(len(clause.items), start + 3)) if clause.lower(j) == "by"), None)
        if by is not None and is_passive(clause, v) and all(
                clause.lower(j) == "in" or clause.kind(j) == "figure" for j in range(start, by)):
            return by
    return None


def _taken_from_party(clause: Clause, v: int) -> int:
    """How many items 'from the Conservatives' takes right after a verb of winning, else 0."""
    k = v + 1 + (clause.lower(v + 2) == "the")
    return k - v + 1 if clause.lower(v + 1) == "from" and clause.kind(k + 1) == "party" else 0


def read_passive(reader: Who, clause: Clause, by: int, st: Statement) -> bool:
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
        st.outcome = outcome_at(clause, by if clause.lower(by) in words("kept_by_party") else by - 1)
    else:
        people = [j for j in range(actor, len(clause.items)) if clause.kind(j) == "person"]
        if people:
            _won_by_people(reader, clause, by, st, people, m.party if m.kind == "party" else None)
    _gained_from_before(clause, by, st)
    return True


def _gained_from_before(clause: Clause, by: int, st: Statement) -> None:
    """'was taken from the Conservatives by Jane Roe': a gain from the party named before 'by'."""
    j = next((j for j in range(max(0, by - 4), by) if clause.lower(j) == "from"), None)
    party = next((clause.mention(k).party for k in range(j + 1, by) if clause.kind(k) == "party"), None) \
        if j is not None else None
    if party and st.won:
        st.previous_party, st.outcome = party, "gain"


def _won_by_people(reader: Who, clause: Clause, by: int, st: Statement, people: list[int], party: str | None) -> None:
    """'was won by Jane Roe', 'were held by Labour's A, B and C': the first named won, and those listed with her."""
    win(reader, st, clause.mention(people[0]).person, clause, by - 1)
    for j in people[1:]:
        if all(clause.lower(k) in (",", "and") for k in range(people[0] + 1, j) if clause.kind(k) != "person"):
            st.co_winners.append(clause.mention(j).person)
    if not st.co_winners:
        return
    st.co_winners.insert(0, st.winner)
    if party:
        st.party = party
        for name in st.co_winners:
            reader.parties[name] = party


def _won_through(clause: Clause, v: int, st: Statement) -> None:
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


def _listed_subjects(clause: Clause, v: int) -> list[str]:
    """'A (X), B (Y) and C (Z) have all kept their seats', 'A and B held on to their seats': everyone listed
    before the verb, said to have won each."""
    people = [i for i in range(v) if clause.kind(i) == "person"]
    if len(people) < 2 or not (any(clause.lower(j) in ("all", "both", "each") for j in range(people[-1], v))
                               or _their_seats(clause, v)):
        return []
    return [clause.mention(i).person for i in people]


def _read_along_with(clause: Clause, v: int, st: Statement) -> None:
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


def _read_joint(clause: Clause, v: int, st: Statement) -> None:
    """'Labour's A and B won Brook Hill', 'A (Lab) and B (Lab) were elected in Castle': the people listed as one
    subject right before the verb, each with the party printed beside them (else the one party printed before the
    first, or the one they won for). Whether they won one ward's seats or each their own, the reader decides."""
    people = [i for i in range(v) if clause.kind(i) == "person"]
    if len(people) < 2 or st.winner not in (clause.mention(people[0]).person, clause.mention(people[-1]).person) or not all(
            _joins_a_list(clause, j) for j in range(people[0], v) if clause.kind(j) != "person"):
        return
    shared = party_for(clause, v) or _one_party_before(clause, people[0], v)
    st.joint = [clause.mention(i).person for i in people]
    for name in st.joint:
        st.person(name).party = st.person(name).party or shared


def _read_beaten(clause: Clause, v: int, st: Statement) -> None:
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


def win(reader: Who, st: Statement, person: str | None, clause: Clause, v: int) -> None:
    if person is None:
        return
    st.won, st.winner = True, person
    st.person(person).rank = 1
    st.outcome = st.outcome or outcome_at(clause, v)
    party = party_for(clause, v)
    if party:
        st.person(person).party = st.person(person).party or party
        reader.parties.setdefault(person, party)


def party_for(clause: Clause, v: int) -> str | None:
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


def _voters_elected(clause: Clause, v: int) -> bool:
    """'Anytown elected Labour's Jane Roe', 'Voters in Brook Hill returned Jane Roe': a seat right before an active verb
    of electing (one the gazetteer knows, or a ward's name with its voters), no one else before it, and a person (with
    her party) right after it."""
    if clause.lower(v) not in ("elected", "re-elected", "returned") or v == 0:
        return False
    if {clause.kind(j) for j in range(v)} & {"person", "party"}:
        return False
    if clause.kind(v - 1) != "place" and not _a_ward_s_voters(clause, v):
        return False
    return any(clause.kind(j) == "person" for j in range(v + 1, min(len(clause.items), v + 5)))


def _a_ward_s_voters(clause: Clause, v: int) -> bool:
    """The words before v are a ward's name and its voters: 'Brook Hill', 'Voters in Brook Hill', 'Abbey voters' (not
    a body: 'Anytown Borough Council elected …')."""
    voters = words("voter_words") | {"the", "in", "of", "ward", "division"}
    before = [clause.items[j] for j in range(v)]
    named = [it for it in before if it.lower not in voters]
    return bool(named) and all(it.text[:1].isupper() and not clause.kind(j) and it.lower not in words("thing_heads")
                               for j, it in enumerate(before) if it.lower not in voters)


def _joins_a_list(clause: Clause, j: int) -> bool:
    """The item at j may stand in a list of names before its verb: a comma, 'and', a name's party in brackets
    ('A (Lab) and B (Lab)'), a word of being or the like ('were', 'both', 'also')."""
    word = clause.lower(j)
    return word in (",", "and", "&") or word in words("before_verb") or word in BE or _in_brackets(clause, j)


def _in_brackets(clause: Clause, j: int) -> bool:
    """The item at j is a bracket round one item, or that item ('(Lab)')."""
    return any(clause.lower(k) == "(" and clause.lower(k + 2) == ")" for k in (j, j - 1, j - 2))


def _one_party_before(clause: Clause, first: int, v: int) -> str | None:
    """The one party printed before the first of a list of names, as theirs ("Labour's A and B", 'Labour
    candidates A and B'), where no other stands before the verb but in brackets."""
    before = {clause.mention(k).party for k in clause.where("party") if k < first}
    among = [k for k in clause.where("party") if first < k < v and not _in_brackets(clause, k)]
    return before.pop() if len(before) == 1 and not among else None
