"""A seat's gain or hold and the party that held it before, as a clause says it: 'a gain for the Liberal
Democrats', 'Anytown stays blue', 'ousting Labour', 'replacing Conservative Tom Smith', 'the seat was previously
held by the Conservatives', 'won it from Labour', 'overturning a Labour majority', 'to hold the seat'. A new way of
saying a seat was held or gained belongs here (its shape in the rules file, ``rules``)."""

from __future__ import annotations

from collections.abc import Sequence

from elexgraph.annotate.lexicon import words
from elexgraph.annotate.patterns import Item
from elexgraph.extract.prose_results.clauses import Clause
from elexgraph.extract.prose_results.rules import meaning_of, patterns, table
from elexgraph.extract.prose_results.statements import Statement, first_since
from elexgraph.extract.prose_results.who import Who


def read_outcome_for(clause: Clause, st: Statement) -> None:
    """'won Anytown, a gain for the Liberal Democrats', 'It was a comfortable hold for Labour.', 'Anytown stays
    blue': the gain or hold of the winner the clause names, when the party it was for is theirs (or none is
    known); of the party alone when the clause names no one."""
    said = _outcome_for(clause) or _outcome_by_colour(clause)
    if said is None:
        return
    party, what = said
    theirs = st.people[st.winner].party if st.winner in st.people else st.party
    if theirs not in (None, party) or (st.people and not st.winner):
        return
    st.won, st.party, st.outcome = True, party, st.outcome or what
    if st.winner:
        st.people[st.winner].party = party


def read_ousted_party(clause: Clause, st: Statement) -> None:
    """'Conservative Jane Roe won Anytown, ousting Labour', 'overturning a Labour majority': a gain from that party,
    where the winner's party is another and the clause ends there."""
    if not st.winner or not any(word in clause.lowered for word in ("ousting", "unseating", "toppling", "overturning",
                                                                    "overcoming")):
        return  # every shape says one of these: most clauses are not tried
    found = next(patterns("ousted_party").finditer(clause.items), None)
    party = found.items(clause.items, "party") if found else None
    ends = found is not None and (found.end == len(clause.items) or clause.lower(found.end) in (".", ",", ";"))
    if ends and party and getattr(party[0].ref, "party", None) and st.people[st.winner].party not in (
            None, party[0].ref.party) and not st.previous_party:
        st.previous_party, st.outcome = party[0].ref.party, "gain"


def read_replaced(clause: Clause, st: Statement) -> None:
    """'Labour's Jane Roe won, replacing Conservative Tom Smith': the winner took the seat from that party (not
    'replacing him as leader of the council', an office no election fills)."""
    if not st.winner or st.previous_party or not any(word in clause.lowered for word in ("replacing", "succeeding",
                                                                                        "over from")):
        return  # every shape says one of these: most clauses are not tried
    found = next(patterns("replacing").finditer(clause.items), None)
    if found is None or (clause.lower(found.end) == "as" and not any(
            clause.lower(j) in words("elected_offices") for j in range(found.end + 1, found.end + 6))):
        return
    st.previous_party = found.items(clause.items, "party")[0].ref.party


def read_defending(clause: Clause, st: Statement) -> None:
    """'Jane Roe, defending her seat, won', 'Tom Smith, defending his seat, came second': the one person the
    clause names before 'defending her seat' held it (none where it names several: whose seat is not told)."""
    if "defending" not in clause.lowered:
        return  # every shape says 'defending': most clauses are not tried
    found = next(patterns("defending").finditer(clause.items), None)
    named = [clause.mention(j).person for j in clause.where("person") if found and j < found.start]
    if len(named) == 1 and named[0] in st.people:
        st.people[named[0]].incumbent = True


def read_held_before(clause: Clause, st: Statement) -> None:
    """'The seat was previously held by the Conservatives': the party before, said of the seat alone; of the seat a
    clause opening on 'which' follows ('… won the seat, which was previously held by the Conservatives'); or set off by
    a comma after the seat a clause about a person names ('… won Abbey, previously held by Labour'). Said of the
    person, it tells nothing of the seat."""
    which = _of_the_seat_before(clause)
    section = "held_before_which" if which else "held_before" if st.subject is None else "held_before_aside"
    for match in patterns(section).finditer(clause.items):
        party = match.items(clause.items, "party")
        if section == "held_before_aside" and not _a_seat_at(clause, match.start - 1):
            continue
        if party and getattr(party[0].ref, "party", None) and (match.start == 0 or not which):
            st.previous_party = party[0].ref.party
            return


def _a_seat_at(clause: Clause, i: int) -> bool:
    """A seat's word or name (no person's): 'the seat', 'Abbey', 'the Abbey ward'."""
    if i < 0 or clause.kind(i) in ("person", "party"):
        return False
    return clause.lower(i) in words("seat_words", "division_words") or clause.items[i].text[:1].isupper()


def _of_the_seat_before(clause: Clause) -> bool:
    """The clause opens on 'which' right after a seat's word or name: '… won the seat, which …', '… the Abbey ward,
    which …', '… won Abbey, which …'."""
    if not clause.items:
        return False
    before = clause.sentence.text[:clause.items[0].start - clause.sentence.start]
    opens = before.lower().split()
    if len(opens) < 2 or opens[-1] != "which":
        return False
    seat = opens[-2].rstrip(",")
    named_end = clause.sentence.start + len(before.rstrip()[:-len("which")].rstrip().rstrip(","))
    named = before.split()[-2][:1].isupper() and not any(
        m.end == named_end for m in (*clause.sentence.people, *clause.sentence.parties))  # a seat's name, no one's
    return named or seat in words("seat_words", "division_words") and seat not in words("plural_contests")  # one seat's


def read_switched(clause: Clause, st: Statement) -> None:
    """'Anytown switched from Conservative to Labour', 'the seat swung from Labour to Reform UK', 'Anytown changed from
    blue to red': a gain by the party after 'to' from the one after 'from' (said of a seat, never of a person: that is a
    change of party); 'Anytown changed hands': a gain."""
    for match in patterns("seat_switched").finditer(clause.items):
        if any(clause.kind(j) == "person" for j in range(match.start)):
            return
        old, new = (_switched_party(match.items(clause.items, name)) for name in ("old", "new"))
        if old and new and old != new:
            st.won, st.party, st.previous_party, st.outcome = True, new, old, "gain"
        elif not old and not new:
            st.outcome = "gain"  # 'Anytown changed hands': who took it from whom, the sentence's other clauses say
        return


def _switched_party(items: Sequence[Item]) -> str | None:
    """The party a seat switched from or to: named, or told by its colour ('from blue to red')."""
    if not items:
        return None
    return getattr(items[0].ref, "party", None) or table("party_colours").get(items[0].lower)


def read_failed_ouster(reader: Who, clause: Clause, st: Statement) -> bool:
    """'Labour's Tom Smith failed to unseat Conservative Jane Roe': the one not unseated held the seat, and the
    challenger lost; False if the clause says no such thing."""
    match = next(patterns("failed_ouster").finditer(clause.items), None)
    if match is None:
        return False
    kept = match.items(clause.items, "who")[0].ref.person
    st.won, st.winner, st.outcome = True, kept, "hold"
    st.person(kept).rank = 1
    challenger, _ = reader.actor_before(clause, match.start)
    if challenger and challenger != kept:
        st.person(challenger).lost = True
    return True


def read_previous_party(clause: Clause, v: int, st: Statement) -> None:
    """'gained Anytown from the Conservatives', 'regained the seat from Conservative Jane Roe',
    'overcame a Labour majority', 'gained wards previously held by the Greens'."""
    held, told = _held_before(clause, v)
    if held:
        st.previous_party, st.outcome = held, "gain"
    if told:
        return
    for j in range(v + 1, len(clause.items)):
        if clause.lower(j) == "having" or clause.lower(j) == "over" and clause.lower(j - 1) in ("took", "taken", "taking"):
            return
        if clause.lower(j) == "from" and clause.lower(j - 1) not in words("challenge_words"):
            _won_from_named(clause, j, st)
            return
        if clause.lower(j) in ("overcame", "overturned") or clause.lower(v) in ("overcame", "overturned"):
            party = _overturned_majority(clause, j)
            if party:
                st.previous_party = party
                return


def _held_before(clause: Clause, v: int) -> tuple[str | None, bool]:
    """The party that held what was won, as a relative clause or 'previously held by' tells it, and whether
    one of those is there at all."""
    for j in range(v + 1, len(clause.items) - 2):
        if clause.lower(j) in ("previously", "formerly") and clause.lower(j + 2) == "by" and clause.kind(j + 3) == "party":
            return clause.mention(j + 3).party, True
        if clause.lower(j) in ("that", "which") and clause.lower(j - 1) in words("relative_nouns"):
            return _held_for(clause, j + 1), True  # 'taking the seat that Jane Roe had held for the Tories'
    return None, False


def _won_from_named(clause: Clause, j: int, st: Statement) -> None:
    """'from the Conservatives' (the beaten stood for them), 'from Jane Roe' (her party held it)."""
    nxt = next((k for k in range(j + 1, min(len(clause.items), j + 4)) if clause.mention(k)), None)
    m = clause.mention(nxt) if nxt is not None else None
    if m and m.kind == "party":
        st.previous_party, st.outcome = m.party, "gain"
        for facts in st.people.values():
            if facts.lost and facts.party is None:
                facts.party = m.party
    elif m and m.kind == "person" and st.people.get(m.person) and st.people[m.person].party:
        st.previous_party, st.outcome = st.people[m.person].party, "gain"


def _overturned_majority(clause: Clause, j: int) -> str | None:
    """'overcame a Labour majority': Labour held the seat."""
    party = next((clause.mention(k) for k in range(j, min(len(clause.items), j + 4)) if clause.kind(k) == "party"), None)
    if party and any(clause.lower(k) == "majority" for k in range(j, min(len(clause.items), j + 6))):
        return party.party
    return None


def _held_for(clause: Clause, start: int) -> str | None:
    """The party a seat was held for in '… had held for the Tories', '… Labour had held', from item `start`."""
    for k in range(start, min(len(clause.items), start + 6)):
        if clause.lower(k) in words("hold"):
            after = next((clause.mention(n) for n in range(k + 1, min(len(clause.items), k + 4))
                          if clause.kind(n) == "party"), None)
            if after is not None and clause.lower(k + 1) == "for":
                return after.party
            before = next((clause.mention(n) for n in range(start, k) if clause.kind(n) == "party"), None)
            return before.party if before else None
    return None


def outcome_at(clause: Clause, v: int) -> str | None:
    if clause.lower(v) in words("gain") or (_taken_from(clause, v) and clause.lower(v) in words("win")) or (
            f"{clause.lower(v)} {clause.lower(v + 1)}" in words("gain")):
        return "gain"  # 'gained', 'took it from', 'won back'

    if first_since(clause) or _party_s_first_time(clause, v):
        return "gain"  # 'won it for the first time since 1997', 'Labour won Castle for the first time': not held
    if _won_again(clause, v):
        return "hold"  # 'a third successive term', 'elected for a second time', 'won again': the holder won again
    if (clause.lower(v - 1) == "now" or clause.lower(v + 1) == "back") and clause.lower(v) in words("hold"):
        return None  # 'Anytown is now held by Labour': who holds it now, not that they kept it; 'held back tears'
    if clause.lower(v) in words("hold") or f"{clause.lower(v)} {clause.lower(v + 1)}" in words("hold"):
        return "hold"
    return _purpose_outcome(clause, v)


def _party_s_first_time(clause: Clause, v: int) -> bool:
    """'Labour won Castle for the first time', 'the Greens have taken Abbey for the first time ever': a party's first
    win of the seat (a person's first time is their first term, which says nothing of the seat's party)."""
    subject = v - 1
    while subject > 0 and clause.lower(subject) in words("be_forms", "manner_words"):
        subject -= 1  # 'have taken', 'also won'
    if clause.kind(subject) != "party" or any(clause.kind(j) == "person" for j in range(v)):
        return False
    rest = [clause.lower(j) for j in range(v + 1, len(clause.items))]
    return any(rest[j:j + 4] == ["for", "the", "first", "time"] for j in range(len(rest)))


def _taken_from(clause: Clause, v: int) -> bool:
    """'took Anytown from Labour', 'won it from the Tories' (not 'a challenge from', not past a comma)."""
    for j in range(v, len(clause.items)):
        if clause.lower(j) in (",", "having") or clause.lower(j) == "over":
            return False
        if clause.lower(j) == "from" and (clause.kind(j + 1) in ("party", "person") or clause.lower(j + 1) == "the") \
                and clause.lower(j - 1) not in words("challenge_words") and clause.lower(v) not in words("hold"):
            return True
    return False


def _won_again(clause: Clause, v: int) -> bool:
    """'a third successive term', 'for a second time', 'won again', 'has again been elected', 'once again won',
    're-elected' before the verb."""
    rest = range(v, len(clause.items))
    return any(clause.lower(j) in ("consecutive", "successive") and clause.lower(j + 1) in ("time", "term", "election")
               or clause.lower(j) in words("terms_again") and clause.lower(j + 1) in ("term", "time") for j in rest) \
        or any(clause.lower(j) == "again" for j in range(max(0, v - 3), len(clause.items))) \
        or any(clause.lower(j) == "re-elected" for j in range(v))  # 'Re-elected councillor Jane Roe won Abbey'


def _purpose_outcome(clause: Clause, v: int) -> str | None:
    """'defeated Jane Roe to hold the seat', 'beat the Tories to take it': what the win did."""
    for j in range(v + 1, min(len(clause.items), v + 10)):
        if clause.lower(j) == "to" and clause.lower(j + 1) in words("hold", "gain"):
            return "hold" if clause.lower(j + 1) in words("hold") else "gain"
        if clause.lower(j) in (",", ";") or clause.kind(j) == "figure":
            return None
    return None


def _outcome_for(clause: Clause) -> tuple[str, str] | None:
    """The party and the gain or hold of an [[outcome_for]] shape ('a gain for the Liberal Democrats', '- a Labour
    hold', 'keeping the seat in Labour hands')."""
    if not any(word in clause.lowered for word in ("gain", "hold", "keeping", "retaining")):
        return None  # every shape says one of these: most clauses are not tried
    found = next(patterns("outcome_for").finditer(clause.items), None)
    party = found.items(clause.items, "party") if found else None
    if not party or not getattr(party[0].ref, "party", None):
        return None
    what = found.items(clause.items, "what")[0].lower
    return party[0].ref.party, "gain" if what.startswith("gain") else "hold"  # 'one of Labour's gains': a gain


def _outcome_by_colour(clause: Clause) -> tuple[str, str] | None:
    """'Anytown stays blue', 'the seat turned red', 'turning the seat blue': a party named by its colour, and the
    gain or hold the verb says."""
    colours = table("party_colours")
    if not any(colour in clause.lowered for colour in colours):
        return None  # every shape names a colour: most clauses are not tried
    found = next(patterns("colour_outcome").finditer(clause.items), None)
    return (colours[found.items(clause.items, "colour")[0].lower], meaning_of("colour_outcome", found)) if found else None
