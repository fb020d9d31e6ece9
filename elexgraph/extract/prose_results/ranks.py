"""Places in a count, as a clause says them: 'came second', 'third-placed', 'finished last', 'second and third
respectively', 'followed by Y on 3,193 and Z with 2,398' (each below the one before), 'was eliminated'."""

from __future__ import annotations

import re

from elexgraph.annotate.lexicon import words
from elexgraph.annotate.numbers import ORDINALS
from elexgraph.extract.prose_results.clauses import Clause
from elexgraph.extract.prose_results.rules import patterns
from elexgraph.extract.prose_results.statements import Statement, words_to_number
from elexgraph.extract.prose_results.who import Who, attached_party, owner_at

_COMPOUND_PLACE = re.compile(r"([a-z0-9]+)-plac(?:e|ed)")  # 'second-place', 'third-placed'


def read_followers(reader: Who, clause: Clause, st: Statement) -> None:
    """'X came third on 8,210 votes, followed by Y on 3,193 and Z with 2,398': Y fourth, Z fifth (each
    named with a count below the one before, in order, to the sentence's end)."""
    start = 0
    if reader.followed is None or reader.followed[0] != clause.sentence.index:
        reader.followed = None
        cue = clause.find("followed_by")
        ranked = [f for i in range(cue[0] if cue else 0) if clause.kind(i) == "person"
                  for f in [st.person(clause.mention(i).person)] if f.rank and f.votes]
        if not cue or len(ranked) != 1:
            return
        reader.followed, start = (clause.sentence.index, ranked[0].rank + 1, ranked[0].votes), cue[0] + 1
    for i in range(start, len(clause.items)):
        if clause.kind(i) == "party" and not _names_a_person(clause, i):
            reader.followed = None  # 'followed by the Greens on 3,193': a place no one named is counted
            return
        facts = st.people.get(clause.mention(i).person) if clause.kind(i) == "person" else None
        if facts is not None and facts.votes and facts.rank is None:
            at, place, above = reader.followed
            if facts.votes >= above:
                reader.followed = None  # not in order: the places are not told
                return
            facts.rank, facts.rank_from_order, reader.followed = place, True, (at, place + 1, facts.votes)


def _names_a_person(clause: Clause, j: int) -> bool:
    """A party printed as someone's: 'Sam Hill of the Liberal Democrats', "the Greens' Kim Ford", 'X (Lab)',
    'Green Party candidate Kim Ford'."""
    possessive = clause.lower(j + 1) in ("'s", "’s", "'", "’") and clause.kind(j + 2) == "person"
    titled = clause.lower(j + 1) in words("standing_offices", "elected_offices") and clause.kind(j + 2) == "person"
    return possessive or titled or clause.kind(j + 1) == "person" or attached_party(clause, j)


def read_ranks(clause: Clause, st: Statement) -> None:
    for i in clause.find("runner_up"):
        after = next((j for j in range(i + 1, min(len(clause.items), i + 4)) if clause.kind(j) == "person"), None)
        verb = _rank_verb_before(clause, i)
        if after is None and verb is not None and clause.kind(verb - 1) == "person":
            after = verb - 1  # 'Jane Roe was runner-up', 'Jane Roe finished the runner-up'
        after = _with_person_before(clause, i) if after is None else after  # 'with Jane Roe the runner-up'
        if after is not None:
            st.person(clause.mention(after).person).rank = 2
    _read_placed_named(clause, st)
    _read_opening_place(clause, st)
    _read_last(clause, st)
    ordinals = clause.where("ordinal")
    respectively = clause.find("respectively")
    if ordinals and respectively:
        _read_respectively(clause, st, ordinals, respectively[0])
        return
    named_after = _places_before_names(clause)
    for i in ordinals:
        if i in named_after:
            st.person(named_after[i]).rank = clause.mention(i).ordinal  # 'In second place was Jane Roe'
        elif clause.lower(i + 1) == "placed" and clause.kind(i + 2) == "person":
            st.person(clause.mention(i + 2).person).rank = clause.mention(i).ordinal  # 'second placed Jane Roe'
        elif _is_place(clause, i):
            owner = owner_at(clause, i, st)
            place = clause.mention(i).ordinal
            if owner and place and place > 1:
                st.person(owner).rank = place


def _places_before_names(clause: Clause) -> dict[int, str]:
    """The person each place told before a name went to, by the ordinal's index: 'In second place was Jane Roe'."""
    if clause.sentence.words_lower().isdisjoint(("place", "spot", "position")):
        return {}  # every shape names the place: most clauses are not tried
    found = {}
    for match in patterns("place_before_name").finditer(clause.items):
        place, who = match.items(clause.items, "place"), match.items(clause.items, "who")
        at = next(i for i, item in enumerate(clause.items) if item is place[0])
        found[at] = getattr(who[0].ref, "person", None) or ""
    return {at: person for at, person in found.items() if person}


def _read_placed_named(clause: Clause, st: Statement) -> None:
    """'the second-place candidate, Conservative Jane Roe': the person named after a compound place."""
    for i in range(len(clause.items)) if "-plac" in clause.lowered else ():
        m = _COMPOUND_PLACE.fullmatch(clause.lower(i)) if "-plac" in clause.lower(i) else None
        place = ORDINALS.get(m.group(1)) if m else None
        if place is None:
            continue
        j = i + 1
        while clause.lower(j) in words("offices") or clause.lower(j) in (",", "'s", "’s") or clause.kind(j) == "party":
            j += 1
        if clause.kind(j) == "person":
            st.person(clause.mention(j).person).rank = place
        elif (verb := _rank_verb_before(clause, i)) is not None and clause.kind(verb - 1) == "person":
            st.person(clause.mention(verb - 1).person).rank = place  # 'Jane Roe was third-placed'


def _read_opening_place(clause: Clause, st: Statement) -> None:
    """'Second was Jane Roe with 8,210', 'Third came Labour's Tom Smith': a clause that opens on its place."""
    if clause.kind(0) != "ordinal" or clause.lower(1) not in ("was", "came"):
        return
    j = 2
    while clause.lower(j) in words("offices", "possessive_marks") or clause.lower(j) == "the" or clause.kind(j) == "party":
        j += 1
    place = clause.mention(0).ordinal
    if clause.kind(j) == "person" and place and place > 1:
        st.person(clause.mention(j).person).rank = place


def _read_last(clause: Clause, st: Statement) -> None:
    """'finished last of the six candidates', 'came last out of 4 candidates': the place is the count."""
    for i in range(1, len(clause.items)) if "last" in clause.lowered else ():
        if clause.lower(i) != "last" or clause.lower(i - 1) not in words("rank_verbs"):
            continue
        k = i + 1 + (clause.lower(i + 1) == "out")
        if clause.lower(k) != "of":
            continue
        k += clause.lower(k + 1) == "the"
        count = words_to_number(clause.lower(k + 1))
        owner = owner_at(clause, i, st)
        if count and 1 < count < 20 and clause.lower(k + 2) in ("candidates", "contenders", "runners") and owner:
            st.person(owner).rank = count


def _read_respectively(clause: Clause, st: Statement, ordinals: list[int], at: int) -> None:
    """'A and B came fourth and fifth respectively'."""
    named = [clause.mention(i).person for i in clause.where("person")]
    places = [clause.mention(i).ordinal for i in ordinals if i < at]
    if len(named) == len(places):
        for name, place in zip(named, places):
            st.person(name).rank = place


def _is_place(clause: Clause, i: int) -> bool:
    """'came second', 'finished a distant third', 'in third place', 'fourth spot'; not 'second term'."""
    nxt = clause.lower(i + 1)
    if nxt in ("place", "spot", "position"):
        return True
    if nxt and nxt not in (",", ".", "with", "on", "and", "in", "for", "behind", "after", "ahead", "respectively", ";", "-",
                           "–", "by"):
        if not (clause.kind(i + 1) == "figure"):
            return False
    j = i - 1
    while j >= 0 and clause.lower(j) in words("rank_fillers") and clause.lower(j) not in words("rank_verbs"):
        j -= 1
    if clause.lower(j) in words("rank_verbs"):
        return True
    # 'Jane Roe took third, with Ann Poe (Lab) fourth': the verb is said once for the whole sentence
    k = i - 4 if clause.lower(i - 1) == ")" and clause.lower(i - 3) == "(" else i - 1
    return clause.kind(k) == "person" and not clause.sentence.words_lower().isdisjoint(words("rank_verbs")) \
        or _with_person_before(clause, i) is not None  # 'won, with Jane Roe second on 8,210'


def read_eliminated(clause: Clause, st: Statement) -> bool:
    """'Jane Roe (Green) and Tom Smith were eliminated after the first round': each person the clause names (its
    winner apart) stood and lost; so did the person an aside of such a clause is about. Whether it says so."""
    if clause.eliminated:  # an aside of such a clause, or one that says it again of others ('…, as was B')
        named = [clause.about.person] if clause.about is not None else [
            clause.mention(i).person for i in clause.where("person")]
    elif ("liminat" in clause.sentence.text or "knocked out" in clause.sentence.text) \
            and any(True for _ in patterns("eliminated").finditer(clause.items)):
        named = [clause.mention(i).person for i in clause.where("person")]
        named += [clause.about.person] if clause.about is not None else []  # ', who was eliminated,
        for aside in clause.asides:
            aside.eliminated = True
    else:
        return False
    for person in named:
        if person != st.winner:
            st.person(person).stood = st.person(person).lost = True
    st.eliminated = True
    return True


def _rank_verb_before(clause: Clause, at: int) -> int | None:
    """The verb of placing right before item `at`, only fillers between ('was the', 'finished a distant')."""
    j = at - 1
    while j >= 0 and clause.lower(j) in words("rank_fillers") and clause.lower(j) not in words("rank_verbs"):
        j -= 1
    return j if j >= 0 and clause.lower(j) in words("rank_verbs") else None


def _with_person_before(clause: Clause, at: int) -> int | None:
    """The person of 'with (Labour's) Jane Roe (a close) second': a place told of someone named after 'with'."""
    j = at - 1
    while j >= 0 and clause.lower(j) in words("rank_fillers"):
        j -= 1
    if j < 0 or clause.kind(j) != "person":
        return None
    k = j - 1
    while k >= 0 and (clause.lower(k) in words("offices", "possessive_marks") or clause.kind(k) == "party"):
        k -= 1
    return j if clause.lower(k) == "with" or k < 0 and _opens_after(clause, "with") else None


def _opens_after(clause: Clause, word: str) -> bool:
    """Whether the clause opens right after `word`, a break its cut dropped ('…, with Jane Roe second')."""
    items = clause.sentence.items
    first = next((k for k, item in enumerate(items) if item is clause.items[0]), 0) if clause.items else 0
    return first > 0 and items[first - 1].lower == word
