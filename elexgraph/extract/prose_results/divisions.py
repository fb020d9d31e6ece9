"""Council divisions and wards a clause names: 'the Oakley division', 'his Kingswood seat', 'taking Duffield
and Belper South', 'for Burton and Broughton', 'in Corby Rural'. A council's divisions are not in the
gazetteer, so a division is a run of capitalised words the clause marks as one: a division word after it,
a verb of winning with 'in', 'for' or 'taking' before it, a colon after it opening the line, or a list of such runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from elexgraph import reference
from elexgraph.annotate.gazetteer import gazetteer
from elexgraph.annotate.lexicon import not_names, words
from elexgraph.annotate.list_lines import only_a_label
from elexgraph.annotate.document import Sentence
from elexgraph.annotate.patterns import Item, Match
from elexgraph.annotate.tokens import tokenize
from elexgraph.extract.list_places import division_label
from elexgraph.extract.prose_results.clauses import Clause

_NOT_NAMES = ("The", "A", "An", "His", "Her", "Their", "Its")
_OUTCOME_NOUNS = ("hold", "holds", "gain", "gains")


def capitalised(clause: Clause, i: int) -> bool:
    if not 0 <= i < len(clause.items):
        return False
    item = clause.items[i]
    if item.tags == ("W",):
        return item.text[:1].isupper() and item.text not in _NOT_NAMES
    if "PERSON" in item.tags:  # 'in Brook Hill', 'the Sandy Hill ward', 'Brook Hill was won', 'lost Brook Hill to'
        return clause.mention(i) is None or clause.lower(i + 1) in words("division_words") or (
            i == 0 and _said_won_after(clause, i + 1)) or _lost_to_someone(clause, i, i + 1)
    return "PLACE" in item.tags


def _run_end(clause: Clause, i: int) -> int:
    """Where a run of capitalised words from i ends ('Duffield and Belper South', 'Ash & Oak' are one run)."""
    j = i
    while j < len(clause.items) and (capitalised(clause, j) or (clause.lower(j) in ("and", "&") and capitalised(clause, j + 1))):
        j += 1
    inside = _inner_words(clause, j) if not _opening_word(clause, i, j) else 0  # 'Kirkby in the Dale', 'Sutton on
    # Trent': small words inside a name
    return _run_end(clause, j + inside) if inside else j


def _opening_word(clause: Clause, i: int, j: int) -> bool:
    """The run [i, j) is the sentence's first word alone, capitalised by its place ('Elsewhere in Abbey', 'Voters in
    Brook Hill'): no name goes on from it over a small word."""
    return j == i + 1 and clause.items[i].tags == ("W",) and clause.items[i].start == clause.sentence.start


def _inner_words(clause: Clause, j: int) -> int:
    """How many small words at j join two parts of one name ('in the', 'on', 'upon', 'le'), the part after them
    capitalised and no place of the gazetteer's ('Brook Hill in Anytown' is a division and its town); else 0."""
    if clause.lower(j) not in ("in", "on", "upon", "le"):
        return 0
    k = j + 1 + (clause.lower(j + 1) == "the")
    item = clause.items[k] if k < len(clause.items) else None
    return k - j if item is not None and item.tags == ("W",) and capitalised(clause, k) and not _stop(item.text) else 0


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
    if reference.party_named(" ".join(names)):
        return "", False  # 'Abbey (Jane Roe, Lab)': a party's short name, not a division's
    return " ".join(names), len(names) < whole


def _marked(clause: Clause, i: int, j: int, trimmed: bool, found: list[str]) -> bool:
    """Whether the clause marks the run [i, j) as a division (a town named alone is not one, nor 'every Anytown
    ward', a town's several)."""
    if clause.lower(i - 1) in ("every", "each", "all"):
        return False
    named = trimmed or _named_as_seat(clause, i, j) or _taken_by_a_winner(clause, i) or _won_in_by_someone(clause, i)
    if j - i == 1 and "PLACE" in clause.items[i].tags and not named:
        return False
    listed = bool(found) and clause.lower(i - 1) in (",", "and")
    return named or _cue_before(clause, i, j) or listed or clause.taking_verb(i) > 1 or _represented(clause, i, j)


def _named_as_seat(clause: Clause, i: int, j: int) -> bool:
    """Words around the run [i, j) that make even a town's name a seat: 'X ward', 'X was won by' opening the
    clause, 'lost X to', 'councillor for X', 'the Labour candidate for (or in) X'."""
    return clause.lower(j) in words("division_words") or _labelled(clause, i, j) or (
        (i == 0 or _voters_in(clause, i)) and (_said_won_after(clause, j) or _saw_a_contest(clause, j))) or (
        _lost_to_someone(clause, i, j)) or lost_division(clause, i) or (
        _office_before(clause, i))


def _voters_in(clause: Clause, i: int) -> bool:
    """The clause opens 'Voters in' (or residents, electors) right before the name at i."""
    return i == 2 and clause.lower(1) == "in" and clause.lower(0) in words("voter_words")


def _said_won_after(clause: Clause, j: int) -> bool:
    """After a name opening the clause, words that say it was won: 'was won by', 'went to', 'elected Jane Roe', or a
    party that kept it ('stayed Labour', 'remained in Conservative hands')."""
    if f"{clause.lower(j)} {clause.lower(j + 1)}" in words("division_after") or _declared_after(clause, j):
        return True
    k = j + (clause.lower(j) in words("voter_words"))
    if clause.lower(k) in ("elected", "re-elected", "returned") and any(
            clause.kind(p) == "person" for p in range(k + 1, min(len(clause.items), k + 5))):
        return True  # 'Brook Hill elected Labour's Jane Roe', 'Abbey voters returned …': who they elected won it
    if clause.lower(j) not in words("kept_by_party"):
        return False
    k = j + 1 + (clause.lower(j + 1) in ("in", "with"))
    k += clause.lower(k) == "the"
    return clause.kind(k) == "party" and clause.lower(k + 1) not in words("offices")


def _declared_after(clause: Clause, j: int) -> bool:
    """'Abbey was a Labour hold', 'Abbey and Castle were comfortable Labour holds', "Castle was Labour's only gain",
    'Abbey was a gain for the Greens': a party's gain or hold is what the name was."""
    if clause.lower(j) not in ("was", "were", "is", "are"):
        return False
    party = next((k for k in range(j + 1, min(len(clause.items), j + 6)) if clause.kind(k) == "party"), None)
    if party is None:
        return False
    outcome = party + 1 + (clause.lower(party + 1) in ("'s", "’s", "'", "’"))
    while clause.lower(outcome) in words("outcome_modifiers"):
        outcome += 1
    before = party - 1 - (clause.lower(party - 1) == "the")
    return clause.lower(outcome) in _OUTCOME_NOUNS or (
        clause.lower(before) == "for" and clause.lower(before - 1) in _OUTCOME_NOUNS)  # 'a gain for the Greens'



def _saw_a_contest(clause: Clause, j: int) -> bool:
    """'Lowfield saw a close race', 'Abbey saw the closest contest of the night', 'Abbey saw Jane Roe and Tom Smith
    elected': the name opening the clause is where a contest was."""
    return clause.lower(j) == "saw" and (any(clause.lower(k) in words("contest_nouns") for k in range(j + 1, j + 5))
                                         or any(clause.lower(k) in words("elected") for k in range(j + 2, len(clause.items))))


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


def _represented(clause: Clause, i: int, j: int) -> bool:
    """'who had represented Brook Hill since 2017': the seat a councillor holds (not a constituency: an MP's)."""
    if clause.lower(i - 1) not in words("seat_holder_verbs"):
        return False
    return not _known_area(" ".join(item.text for item in clause.items[i:j]))


def _known_area(name: str) -> bool:
    """A place the gazetteer knows as a council's, a constituency's, a police area's or a mayoralty's."""
    readings = gazetteer().places.get(tuple(t.lower for t in tokenize(name)))
    return readings is not None and bool(readings.council or readings.constituencies or readings.police_area
                                         or readings.mayoralty)


def _won_in_by_someone(clause: Clause, i: int) -> bool:
    """'Jane Roe won in Belper', 'was re-elected in Ashbourne', 'held on in Matlock': a town a named person won in,
    right after the verb of winning, is her division (not 'lives in Belper', not 'Reform won in Belper': a party
    wins in a town with several divisions)."""
    if clause.lower(i - 1) != "in":
        return False
    k = i - 2
    while clause.lower(k) in words("manner_words") or clause.lower(k) in ("on", "again"):
        k -= 1
    return clause.lower(k) in words("win") and any(clause.kind(p) == "person" for p in range(k)) \
        and not _known_area(clause.items[i].text)


def _lost_to_someone(clause: Clause, i: int, j: int) -> bool:
    """'lost X to Jane Roe', 'lost X to Labour' (not 'lost X to no overall control': a council)."""
    return clause.lower(i - 1) in words("lose") and clause.lower(j) == "to" and clause.kind(j + 1) in ("person", "party")


def lost_division(clause: Clause, i: int) -> bool:
    """'lost Brook Hill to Reform UK', 'lost Abbey division to Labour', 'lost Abbey, Castle and Lowfield to Reform UK':
    divisions' names after a verb of losing, then who took them (not 'lost Anyshire County Council to Reform UK': a
    council); or ending the clause, a party the loser or the subject carried ('Labour lost Brook Hill.', 'The
    Conservatives lost Abbey and Castle', 'Labour held Abbey but lost Castle')."""
    if clause.lower(i - 1) not in words("lose"):
        return False
    party_lost = i == 1 or clause.kind(i - 2) == "party" and i - 2 <= (clause.lower(0) == "the")  # or carried
    while capitalised(clause, i) and not _stop(clause.items[i].text):
        j = _run_end(clause, i)
        if not _name_of(clause, i, j)[0]:
            return False
        j += clause.lower(j) in words("division_words", "division_plurals")
        if clause.lower(j) == "to":
            taker = j + 2 if clause.lower(j + 1) == "the" else j + 1  # 'to the Liberal Democrats'
            return clause.kind(taker) in ("person", "party")
        if party_lost and clause.lower(j) in ("", "."):
            return True
        if clause.lower(j) not in (",", "and"):
            return False
        i = j + 1
    return False


def _cue_before(clause: Clause, i: int, j: int) -> bool:
    """'won in X', 'taking X', 'lost in X'; 'In X, Jane Roe won …' (or polled) opening the clause."""
    if clause.lower(i - 1) not in words("division_before"):
        return False
    verbs = words("win", "lose", "beaten", "division_counts", "stood_verbs", "contest_nouns")  # 'polled 980 votes in X',
    # 'came second in X', 'beaten in X', 'stood in X', 'the closest contest was in X'
    if any(clause.lower(k) in verbs for k in range(i)):
        return True
    return _opens_in(clause, i, j) and any(clause.lower(k) in verbs | words("division_counts")
                                           for k in range(j, len(clause.items)))


def _opens_in(clause: Clause, i: int, j: int) -> bool:
    """'In X, …' opening the clause, or 'Elsewhere in X, …', 'Over in X, …' (a word of the sentence's own before it,
    the run then set off by a comma)."""
    return (i == 1 and clause.lower(0) == "in") or (
        i == 2 and clause.lower(1) == "in" and _opening_word(clause, 0, 1) and clause.lower(j) == ",")


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
            after = f"{clause.lower(k)} {clause.lower(k + 1)}" in words("division_after") \
                or clause.lower(k) in words("kept_by_party")
            return names if len(names) > 1 and after else []
        i = j + 1
    return []


def _listed_before_plural(clause: Clause) -> list[str]:
    """'won the Abbey and Castle divisions', 'the Abbey, Castle and Lowfield wards went to Labour': names listed
    before a plural word of divisions, each a division's (two at least, as the plural says; none where one is a
    known area's or a party's: 'the Anytown divisions' are a town's several)."""
    plural = clause.find("division_plurals")
    if not plural:
        return []
    start = plural[0]
    while start > 0 and (clause.lower(start - 1) in (",", "and", "&") or (
            clause.items[start - 1].text[:1].isupper() and clause.items[start - 1].text not in _NOT_NAMES
            and not {"PARTY", "NUM"} & set(clause.items[start - 1].tags))):
        start -= 1
    names = names_listed(clause.items, start, False)
    return names if len(names) > 1 else []


def divisions(clause: Clause) -> list[str]:
    """The divisions a clause names, in order, once each."""
    listed = _opening_list(clause) or _listed_before_plural(clause)
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
    return out or _opening_town(clause)


def _opening_town(clause: Clause) -> list[str]:
    """'In Matlock, Jane Roe held on': a town opening the clause, in a clause that names no other division, then a
    person who won or lost there (not 'In Anytown, Labour won …': a party wins in a town with several divisions; nor a
    town that is a council's or a constituency's, which holds several)."""
    if len(clause.items) < 4 or clause.lower(0) != "in" or clause.lower(2) != "," or "PLACE" not in clause.items[1].tags \
            or _known_area(clause.items[1].text) or any(capitalised(clause, k - 1) for k in clause.find("division_words")):
        return []  # 'In Anytown, Jane Roe held the Castle ward': the ward named is hers (not 'held the seat')
    people = [k for k in clause.where("person") if k > 2]
    verbs = words("win", "lose")
    said = bool(people) and any(clause.lower(k) in verbs for k in range(people[0], len(clause.items)))
    return [clause.items[1].text] if said else []


def titled_ward(clause: Clause) -> str | None:
    """'Lowfield councillor Jane Roe was re-elected', 'Jane Roe is the new Brook Hill councillor', "Lowfield's new
    councillor is Jane Roe": the run of capitalised words before a word of a ward's member (and 'new', "'s") is the
    ward's name; none where a word of it names nothing ('County councillor', 'Mayoral candidate'), it is a council's,
    a town's or a constituency's (a known area holds several), or 'former' stands before it."""
    for k in clause.find("ward_titles"):
        j = k - (clause.lower(k - 1) in words("ward_title_new"))
        j -= clause.lower(j - 1) in ("'s", "’s")
        i = _run_start(clause, j)
        name = " ".join(item.text for item in clause.items[i:j])
        if name and clause.lower(i - 1) not in words("former_words") and not _known_area(name):
            return name
    return None


def _run_start(clause: Clause, j: int) -> int:
    """Where the run of capitalised words ending before j starts ('Ash & Oak', 'Brook Hill and Lowfield')."""
    i = j
    while i > 0 and (capitalised(clause, i - 1) and not _stop(clause.items[i - 1].text) or (
            i < j and clause.lower(i - 1) in ("&", "and") and capitalised(clause, i - 2))):
        i -= 1
    return i


_LABELLED_AS_WARD = re.compile(r"^\s*(?:ward|division)\s*:\s*", re.I)


def crosshead_division(text: str) -> str | None:
    """The ward or division a crosshead names ('Brook Hill', 'Castle division', 'Ash & Oak Vale'): none where a word
    of it is a party's or a verb of winning or losing ('Reform Surge', 'Labour Hold Abbey'), or where it names a
    council, a district or a constituency (a section of divisions, not one)."""
    label = division_label(_LABELLED_AS_WARD.sub("", text))  # 'Ward: Brook Hill' is Brook Hill
    if label is None or any(reference.party_named(w) or w.lower() in words("win", "lose") for w in label.split()):
        return None
    if _known_area(label):
        return None
    return None if any(c.name.lower().startswith(label.lower()) for c in reference.councils()) else label


def names_listed(items: list[Item], start: int, plural: bool) -> list[str]:
    """The divisions' names listed from item `start` ('Abbey, Castle and Brook Hill'), each a run of capitalised
    words, up to the first word that is none of a list: none where one is a known area's, a party's or a word that
    names nothing ('Thursday'); a town the gazetteer knows may hold several divisions, so none where the words say
    `plural` seats are in the names ('won seats in Anytown and Otherton')."""
    runs = _runs_listed(items, start)
    found = [" ".join(it.text for it in run) for run in runs if run]
    if len(found) != len(runs) or any(_stop(w) or _known_area(n) or reference.party_named(n)
                                      for n in found for w in n.split()):
        return []
    if plural and (len(found) < 2 or any(len(run) == 1 and "PLACE" in run[0].tags for run in runs)):
        return []
    return found


def _runs_listed(items: list[Item], start: int) -> list[list[Item]]:
    """The runs of capitalised items from `start`, split at commas and 'and', to the first item of no list (a comma
    before it ends the list: 'gains came in Castle, while …')."""
    runs: list[list[Item]] = [[]]
    last = ""
    for item in items[start:]:
        if item.lower in (",", "and") and runs[-1]:
            runs.append([])
        elif item.text[:1].isupper() and not {"PARTY", "NUM"} & set(item.tags) or item.text == "&" and runs[-1]:
            runs[-1].append(item)
        else:
            break
        last = item.lower
    return runs[:-1] if last == "," and len(runs) > 1 and not runs[-1] else runs


# A word of each [[party_seats]] shape (the word of what was won): a sentence with none is not tried.
_PARTY_SEATS = re.compile(r"\b(?:gains?|holds?|wins?|victor(?:y|ies)|success(?:es)?|seats?)\b", re.I)


def party_seats(sentence: Sentence) -> Iterator[tuple[Match, list[str]]]:
    """Each [[party_seats]] match of a sentence ("Labour's gains included Abbey and Castle") with the divisions'
    names it lists."""
    if not sentence.parties or not _PARTY_SEATS.search(sentence.text):
        return
    from elexgraph.extract.prose_results.rules import flagged, patterns  # the rules read clauses, as this does

    plural = flagged("party_seats", "plural")
    for match in patterns("party_seats").finditer(sentence.items, sentence.encoded):
        names = names_listed(sentence.items, match.end, plural[match.pattern])
        if names:
            yield match, names
