"""Council divisions and wards a clause names: 'the Oakley division', 'his Kingswood seat', 'taking Duffield
and Belper South', 'for Burton and Broughton', 'in Corby Rural'. A council's divisions are not in the
gazetteer, so a division is a run of capitalised words the clause marks as one: a division word after it,
a verb of winning with 'in', 'for' or 'taking' before it, a colon after it opening the line, or a list of such runs.
"""

from __future__ import annotations

from elexgraph.annotate.lexicon import not_names, words
from elexgraph.annotate.list_lines import only_a_label
from elexgraph.extract.prose_results.clauses import Clause

_NOT_NAMES = ("The", "A", "An", "His", "Her", "Their", "Its")


def capitalised(clause: Clause, i: int) -> bool:
    if not 0 <= i < len(clause.items):
        return False
    item = clause.items[i]
    if item.tags == ("W",):
        return item.text[:1].isupper() and item.text not in _NOT_NAMES
    if "PERSON" in item.tags:  # 'in Brook Hill', 'the Sandy Hill ward', 'Brook Hill was won', 'lost Brook Hill to'
        return clause.mention(i) is None or clause.lower(i + 1) in words("division_words") or (
            i == 0 and f"{clause.lower(i + 1)} {clause.lower(i + 2)}" in words("division_after")) or (
            _lost_to_someone(clause, i, i + 1))
    return "PLACE" in item.tags


def _run_end(clause: Clause, i: int) -> int:
    """Where a run of capitalised words from i ends ('Duffield and Belper South', 'Ash & Oak' are one run)."""
    j = i
    while j < len(clause.items) and (capitalised(clause, j) or (clause.lower(j) in ("and", "&") and capitalised(clause, j + 1))):
        j += 1
    return j


def _stop(word: str) -> bool:
    """A capitalised word that is never part of a division's name ('In', 'Council'), unless it often is ('North')."""
    return word in not_names() and word.lower() not in words("area_name_words")


def _name_of(clause: Clause, i: int, j: int) -> tuple[str, bool]:
    """The run's name less a trailing division word ('Kingsway Ward' is Kingsway), and whether one was there."""
    names = [it.text for it in clause.items[i:j]]
    whole = len(names)
    while names and names[-1].lower() in words("division_words"):
        names.pop()
    if not names or any(_stop(w) for name in names for w in name.split()):  # 'Anyshire County Council' is one item
        return "", False
    return " ".join(names), len(names) < whole


def _marked(clause: Clause, i: int, j: int, trimmed: bool, found: list[str]) -> bool:
    """Whether the clause marks the run [i, j) as a division (a town named alone is not one)."""
    named = trimmed or _named_as_seat(clause, i, j) or _taken_by_a_winner(clause, i)
    if j - i == 1 and "PLACE" in clause.items[i].tags and not named:
        return False
    listed = bool(found) and clause.lower(i - 1) in (",", "and")
    return named or _cue_before(clause, i, j) or listed


def _named_as_seat(clause: Clause, i: int, j: int) -> bool:
    """Words around the run [i, j) that make even a town's name a seat: 'X ward', 'X was won by' opening the
    clause, 'lost X to', 'councillor for X', 'the Labour candidate for (or in) X'."""
    return clause.lower(j) in words("division_words") or _labelled(clause, i, j) or (
        i == 0 and f"{clause.lower(j)} {clause.lower(j + 1)}" in words("division_after")) or (
        _lost_to_someone(clause, i, j)) or lost_division(clause, i) or (
        _office_before(clause, i))


def _labelled(clause: Clause, i: int, j: int) -> bool:
    """'Brook Hill: Reform UK's Jane Roe won with 1,204 votes' — a round-up's line that opens on its division's
    name and a colon, then tells of a candidate (not 'Result:', 'Verdict:', 'Elsewhere:', which name no place; a
    seat's line of a party's gain or hold is the seat lines' reader's)."""
    return i == 0 and clause.lower(j) == ":" and any(clause.kind(k) == "person" for k in range(j + 1, len(clause.items))) \
        and not only_a_label(" ".join(item.text for item in clause.items[i:j]))


def _office_before(clause: Clause, i: int) -> bool:
    """'councillor for X', 'the Labour candidate for (or in) X': an office or a candidacy names X's seat."""
    return (clause.lower(i - 1) == "for" and clause.lower(i - 2) in words("elected_offices")) or (
        clause.lower(i - 1) in ("for", "in") and clause.lower(i - 2) in words("standing_offices"))


def _taken_by_a_winner(clause: Clause, i: int) -> bool:
    """'Jane Roe held Belper', "Labour's Jane Roe won Staveley", 'Jane Roe held on to Belper': a town a named
    winner took is her division."""
    verb = clause.taking_verb(i)
    return bool(verb) and any(clause.kind(k) == "person" for k in range(i - verb))


def _lost_to_someone(clause: Clause, i: int, j: int) -> bool:
    """'lost X to Jane Roe', 'lost X to Labour' (not 'lost X to no overall control': a council)."""
    return clause.lower(i - 1) in words("lose") and clause.lower(j) == "to" and clause.kind(j + 1) in ("person", "party")


def lost_division(clause: Clause, i: int) -> bool:
    """'lost Brook Hill to Reform UK', 'lost Abbey, Castle and Lowfield to Reform UK': divisions' names after a
    verb of losing, then who took them (not 'lost Anyshire County Council to Reform UK': a council)."""
    if clause.lower(i - 1) not in words("lose"):
        return False
    while capitalised(clause, i) and not _stop(clause.items[i].text):
        j = _run_end(clause, i)
        if not _name_of(clause, i, j)[0]:
            return False
        if clause.lower(j) == "to":
            taker = j + 2 if clause.lower(j + 1) == "the" else j + 1  # 'to the Liberal Democrats'
            return clause.kind(taker) in ("person", "party")
        if clause.lower(j) != ",":
            return False
        i = j + 1
    return False


def _cue_before(clause: Clause, i: int, j: int) -> bool:
    """'won in X', 'taking X', 'lost in X'; 'In X, Jane Roe won …' (or polled) opening the clause."""
    if clause.lower(i - 1) not in words("division_before"):
        return False
    verbs = words("win") | words("lose") | words("division_counts")  # 'polled 980 votes in X', 'came second in X'
    if any(clause.lower(k) in verbs for k in range(i)):
        return True
    return i == 1 and clause.lower(0) == "in" and any(clause.lower(k) in verbs | words("division_counts")
                                                      for k in range(j, len(clause.items)))


def _opening_list(clause: Clause) -> list[str]:
    """'Abbey, Castle and Lowfield were won by Reform UK', '… all went to Reform UK': a list of names opening the
    clause, then words that say they were won, names divisions."""
    names: list[str] = []
    i = 0
    while capitalised(clause, i) and not _stop(clause.items[i].text):
        j = _run_end(clause, i)
        name = _name_of(clause, i, j)[0]
        if not name:
            return []
        names += name.split(" and ", 1) if names and " and " in name else [name]  # 'A, B and C': the list's 'and'
        if clause.lower(j) != ",":
            if clause.lower(j) == "both" and len(names) == 1:
                names = names[0].split(" and ", 1)  # 'Abbey and Castle both fell to Labour': two, as 'both' says
            k = j + 1 if clause.lower(j) in ("all", "both", "each") else j
            return names if len(names) > 1 and f"{clause.lower(k)} {clause.lower(k + 1)}" in words("division_after") \
                else []
        i = j + 1
    return []


def divisions(clause: Clause) -> list[str]:
    """The divisions a clause names, in order, once each."""
    listed = _opening_list(clause)
    if listed:
        return listed
    out: list[str] = []
    i = 0
    while i < len(clause.items):
        if not capitalised(clause, i) or _stop(clause.items[i].text):
            i += 1  # 'In Brook Hill, …': the run starts after the sentence's first word
            continue
        j = _run_end(clause, i)
        name, trimmed = _name_of(clause, i, j)
        if name and clause.lower(i - 1) == "," and out and " and " in name:
            first, rest = name.split(" and ", 1)  # 'A, B and C and D': the list's own 'and' comes first
            out.extend(n for n in (first, rest) if n not in out)
        elif name and name not in out and _marked(clause, i, j, trimmed, out):
            out.append(name)
        i = j
    return out
