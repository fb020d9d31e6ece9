"""Where a results list belongs: the election and area a list reports (its own seat line, its heading, the
prose around it, else the article's own contest), and the full name each printed candidate stands for.

Shared by the readers that meet results lists (result_lists reads them, prose_results checks its statements
against them), so that neither reader imports the other.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import takewhile

from elexgraph import reference
from elexgraph.annotate.blocks import HEADING_WORDS, ResultBlock, ResultLine
from elexgraph.annotate.document import Document, Mention, Sentence
from elexgraph.annotate.elections import kind_named, title_case
from elexgraph.annotate.lexicon import says, titles, words
from elexgraph.annotate.list_lines import declarations, lexicon as list_words, only_a_label, seat_count
from elexgraph.annotate.names import tidy
from elexgraph.annotate.sentences import Paragraph
from elexgraph.annotate.tokens import Token
from elexgraph.extract.places import area_named, election_of, head_ward, main_area, with_area
from elexgraph.facts import Election

DIVISION_HEADING_WORDS = 6  # a ward's heading is short


def person_of(doc: Document, printed: str) -> str:
    """The full name a printed candidate name stands for in the article."""
    words = printed.split()
    if words and words[0].rstrip(".") in titles() and len(words) > 1:
        words = words[1:]
    bare = " ".join(words)
    return doc.person_named(printed) or doc.person_named(bare) or bare


def contest_of(doc: Document, block: ResultBlock) -> tuple[Election, str] | None:
    """The election and area a list reports: the seat on its own line, else its heading, else the
    sentence before it that names one of its candidates and one area, else the article's contest
    when the article names no other."""
    heading = " ".join(p.text for p in block.heading) + (" " + block.seat[0] if block.seat else "")
    main = doc.election.main
    kind = kind_named(heading, ("by-election", "pcc", "mayoral")) or _ward_heading(block) or (main.kind if main else None)
    own = block.seat[0] if block.seat else block.heading[-1].text if block.heading else ""
    election = _council_by_election(election_of(doc, kind, _heading_year(doc, block)), main, own)
    above = _continued(doc, block)
    if above is not None:
        return contest_of(doc, above)
    if block.seat and not only_a_label(block.seat[0]):
        area = _printed_area(doc, block.seat, election)
        return (with_area(election, area), area) if area else None
    area = _heading_area(doc, block, election) or _area_by_prose(doc, block, election)
    if area is None and _own_contest_is_clear(doc, election):
        area = main_area(doc, election) or _the_lead_s_one_ward(doc, block, election)
    return (with_area(election, area), area) if area else None


def _the_lead_s_one_ward(doc: Document, block: ResultBlock, election: Election) -> str | None:
    """The ward the lead of a council election's story names, when it names one and the story prints one list
    ('Voters in the Brook Hill ward went to the polls …' above an unheaded list): that list is the ward's."""
    lists = [b for b in doc.blocks if not b.inline]
    return head_ward(doc) if election.area_kind == "division" and lists == [block] else None


def _continued(doc: Document, block: ResultBlock) -> ResultBlock | None:
    """The list a list continues: one ending just above the candidate-like line that was not read between
    them ('LEE, Ann (an unread description) 901' split one contest's list in two, and is no heading)."""
    if not block.broken or block.seat or block.inline:
        return None
    first = block.lines[0].paragraph if block.lines else -1
    return next((b for b in doc.blocks if b.lines and not b.inline and b.lines[-1].paragraph == first - 2), None)


def _council_by_election(election: Election, main: Election | None, heading: str) -> Election:
    """A by-election listed in an article on a council's elections is that council's ('Brook Hill by-election'
    under 'Anyshire County Council elections'), unless the line above the list names a parliamentary seat."""
    if election.kind != "by-election" or election.council or main is None or not main.council:
        return election
    seat = re.split(r"(?i)\s*\(?by-election", heading.strip())[0]
    return election if reference.constituency_named(seat) else replace(election, council=main.council)


def _ward_heading(block: ResultBlock) -> str | None:
    """'local' when the line just above a list is a ward's or division's own heading ('Brook Hill ward',
    'Abbey division (two seats)'): a council contest, whatever else the article reports."""
    if not block.heading or block.seat:
        return None
    head = block.heading[-1].text
    if len(head.split()) > DIVISION_HEADING_WORDS:
        return None
    cued = any(says(head.lower(), w) for w in words("division_words") if w != "seat")
    return "local" if cued and division_label(head) else None


def _heading_year(doc: Document, block: ResultBlock) -> int | None:
    """The year a list's own heading gives ('2019 result', 'How Anytown voted in 2019'), if it gives one;
    a list under a story sentence is the article's own year."""
    latest = doc.election.main.year if doc.election.main else doc.election.year
    short = [p.text for p in block.heading if _may_date_the_list(doc, block, p)]
    years = {int(y) for text in short for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
    years = {y for y in years if y <= latest}
    return years.pop() if len(years) == 1 else None


def _may_date_the_list(doc: Document, block: ResultBlock, paragraph: Paragraph) -> bool:
    """A short line above the list (the headline only where it is the line right above), not a story sentence
    about someone."""
    placed = not doc.is_headline(paragraph.index) or paragraph is block.heading[-1]
    return len(paragraph.text.split()) <= HEADING_WORDS and placed and not _tells_of_someone(doc, paragraph)


def _tells_of_someone(doc: Document, paragraph: Paragraph) -> bool:
    """A sentence of the story about a person ('Jane Roe, first elected in 2021, won again.'): the year it names is
    their past, not the list's."""
    return paragraph.text.rstrip().endswith(".") and _names_a_person(doc, paragraph)


def _heading_area(doc: Document, block: ResultBlock, election: Election) -> str | None:
    """The area the lines above a list name: the nearest that names one (a story line about someone the
    list does not name is another contest's)."""
    if election.area_kind == "division":
        people = _people_of(doc, block)
        return next(filter(None, (_division_heading(doc, p, people) for p in reversed(block.heading))), None) \
            or _seats_told(doc, block, election, people)
    people = _people_of(doc, block)
    for paragraph in reversed(block.heading):
        sentences = _sentences_of(doc, paragraph)
        if not block.inline and any(m.person not in people for s in sentences for m in s.people):
            continue  # a line about someone the list does not name is about another contest
        areas = {area for s in sentences for m in s.places if (area := area_named(m.place, election))}
        if len(areas) == 1:  # a line naming several areas places none of them
            return areas.pop()
    return None


def _division_heading(doc: Document, paragraph: Paragraph, listed: set[str]) -> str | None:
    """The division a heading line names ('Brook Hill ward', 'Result: Brook Hill'); a heading that is a person's
    name is about the person, unless it says 'ward' or 'result'; a title in capitals ('Reform Wins Brook Hill
    By-Election') names none, as any run of its words looks like a ward's name."""
    if paragraph.index == 0 and title_case(paragraph.text):
        return None
    unbracketed = re.sub(r"\([^()]*\)(?=\s+[A-Z])", " : ", paragraph.text)  # 'Brook Hill (2 seats) Lab hold'
    unbracketed = re.sub(r"\([^()]*\)", " ", unbracketed).strip()  # 'Castle (Lab gain from Con, majority 400)'
    parts = re.split(r"\s*(?::|\s[-–—]\s|,)\s*", unbracketed)
    head = parts[1] if len(parts) > 1 and only_a_label(parts[0]) else parts[0]
    label = division_label(head)
    cued = any(says(head.lower(), w) for w in words("division_words") | list_words()["result_headings"]) \
        or any(declarations(said) for said in re.findall(r"\(([^()]*)\)", paragraph.text)) \
        or len(parts) > 1 and bool(declarations(_after_cut(unbracketed))) \
        or seat_count(paragraph.text) is not None  # its result ('Brook Hill - Lab gain'), or its seats: a seat's
    if label and len(paragraph.text.split()) <= HEADING_WORDS and (
            cued or not _names_a_person(doc, paragraph) or _a_place_read_as_a_person(doc, paragraph, listed)):
        return label
    return None


def _seats_told(doc: Document, block: ResultBlock, election: Election, listed: set[str]) -> str | None:
    """The ward a sentence just above a list names where it tells how many councillors the ward elects ('Three
    councillors were elected in Brook Hill.', 'Voters in the Abbey ward elected two councillors'): one ward, named
    with its word or after 'in', and no one the list does not name."""
    line = block.heading[-1] if block.heading and not block.inline else None
    if line is None or len(line.text.split()) > HEADING_WORDS or seat_count(line.text) is None:
        return None
    wards = set()
    for sentence in _sentences_of(doc, line):
        spots = _area_spots(sentence, election, listed)
        if any(m.person not in listed and not any(k <= m.first < k + len(area.split()) for k, area in spots)
               for m in sentence.people):
            return None  # a ward's name may read as a person's ('in Brook Hill'); anyone else is the story's
        wards |= {area for _, area in spots}
    return wards.pop() if len(wards) == 1 else None


def _after_cut(heading: str) -> str:
    """What a heading prints after its first colon or spaced dash ('Brook Hill – Lab gain from Con, majority 40')."""
    return re.split(r"\s*(?::|\s[-–—]\s)\s*", heading, maxsplit=1)[-1]


def _a_place_read_as_a_person(doc: Document, paragraph: Paragraph, listed: set[str]) -> bool:
    """A heading whose 'person' stands nowhere on its list and nowhere in the article but in headings or after a
    word that places a ward ('in Brook Hill'): a ward whose name looks like a person's ('Brook Hill')."""
    named = {m.person for s in _sentences_of(doc, paragraph) for m in s.people if m.person}
    if not named or named & listed:
        return False
    return all(_said_as_a_place(doc, s, m) for s in doc.sentences for m in s.people if m.person in named)


def _said_as_a_place(doc: Document, sentence: Sentence, mention: Mention) -> bool:
    """A mention on a heading's short line, or after 'in', 'for', 'representing'."""
    if len(doc.paragraphs[sentence.paragraph].text.split()) <= DIVISION_HEADING_WORDS:
        return True
    return mention.first > 0 and sentence.tokens[mention.first - 1].lower in list_words()["ward_before"]


def _sentences_of(doc: Document, paragraph: Paragraph) -> list[Sentence]:
    """The sentences of one paragraph, found from its offset (not by a scan of the article)."""
    first = doc.sentence_at(paragraph.start)
    if first is None:
        return []
    return list(takewhile(lambda s: s.paragraph == paragraph.index, doc.sentences[first.index:]))


def _names_a_person(doc: Document, paragraph: Paragraph) -> bool:
    """A heading that prints someone's full name ('Jane Roe'), not a word that is also a surname."""
    return any(" " in m.text or m.title for s in _sentences_of(doc, paragraph) for m in s.people)


def _people_of(doc: Document, block: ResultBlock) -> set[str]:
    return {person_of(doc, line.name) for line in block.lines if line.name}


def _printed_area(doc: Document, seat: tuple[str, int, int], election: Election) -> str | None:
    """The area a seat printed on a list's line stands for: a ward or division as printed; else the
    constituency, mayoralty or police area its words name."""
    label, start, end = seat
    if election.area_kind == "division":
        return division_label(_seat_words(label))
    sentence = doc.sentence_at(start)
    areas = {area for m in (sentence.places if sentence else []) if start <= m.start and m.end <= end
             and (area := area_named(m.place, election))}
    if len(areas) == 1:
        return areas.pop()
    seat_named = reference.constituency_named(label, election.year) if election.parliamentary else None
    return seat_named.name if seat_named else None


def _seat_words(label: str) -> str:
    """The ward's words of what a line prints before its candidates: 'The result in Brook Hill was' -> 'Brook
    Hill', 'In Brook Hill the votes were' -> 'Brook Hill' (the first lower-case word not inside a name ends it)."""
    parts = label.split()
    while parts and parts[0].lower() in list_words()["not_an_area"]:
        parts.pop(0)
    cut = next((k for k, p in enumerate(parts) if k and p[:1].islower() and p not in _INSIDE_A_NAME), len(parts))
    parts = parts[:cut]
    while parts and parts[-1] in _INSIDE_A_NAME:
        parts.pop()
    return " ".join(parts)


_INSIDE_A_NAME = ("and", "&", "of", "the", "on", "upon")


def division_label(text: str) -> str | None:
    """A ward or division as a heading prints it: 'Brook Hill', 'Brook Hill ward (two seats)',
    'Abbey division result:'; not a line of the story or a label like 'Full result'."""
    text = re.sub(r"\([^()]*\)|\[[^\[\]]*\]|\b\d+\s+(?:seats?|councillors?)\b", " ", text)  # 'Abbey [2]' too
    text = re.sub(r"[:.\-–—]+\s*$", "", text.strip()).strip()
    parts = text.split()
    while parts and parts[0].lower() in list_words()["not_an_area"]:
        parts.pop(0)  # 'Results in Brook Hill', 'The Abbey ward'
    ends = words("division_words", "heading_ends")
    cut = next((k for k, p in enumerate(parts) if k and p.lower() in ends), len(parts))
    parts = parts[:cut]  # 'Brook Hill ward result in 2019'
    if not 1 <= len(parts) <= DIVISION_HEADING_WORDS or any(p.lower() in list_words()["not_an_area"]
                                                           or p.lower() in words("offices") for p in parts):
        return None  # 'Leader: Jane Roe (Lab)' names an office, not a ward
    if not parts[0][:1].isupper() or not all(p[:1].isupper() or p.lower() in _INSIDE_A_NAME for p in parts):
        return None
    label = " ".join(parts)
    if reference.party_named(label):
        return None
    return _as_written(parts) if label.isupper() else label


def _as_written(parts: list[str]) -> str:
    """A heading's ward printed in capitals as the story writes it ('BROOK HILL AND ABBEY' -> 'Brook Hill and Abbey'),
    so that the list's contest is the one the prose names."""
    written = " ".join(p.lower() if p.lower() in _INSIDE_A_NAME else tidy(p) for p in parts)
    return re.sub(r"(?<=\w['’])S\b", "s", written)  # 'ST MARY'S' -> "St Mary's"


def _area_by_prose(doc: Document, block: ResultBlock, election: Election) -> str | None:
    """The area of an unheaded list, from the nearest sentence before it that names one of its candidates
    beside one area ('Jane Roe won again in Anytown South', '… held the Brook Hill ward')."""
    people = _people_of(doc, block)
    first = (block.lines + block.party_lines)[0].start
    for sentence in reversed([s for s in doc.sentences if s.end <= first]):
        named = [(m.first, m.last) for m in sentence.people if m.person in people]
        if not named:
            continue
        spots = _area_spots(sentence, election, people)
        inside = {k for at, area in spots for k in range(at, at + len(area.split()))}  # 'In Jane Karen Kakaka': a
        # name read inside a ward's is none of another person's
        others = [m.first for m in sentence.people if m.person not in people and m.first not in inside]
        areas = {area for span in named if (area := _nearest_area(span, spots, others))}
        return areas.pop() if len(areas) == 1 else None
    return None


def _area_spots(sentence: Sentence, election: Election, people: set[str]) -> list[tuple[int, str]]:
    """Where a sentence names an area of the election's kind (token index, area): a place read as that kind,
    or for a council election a ward named with its word ('the Brook Hill ward') or after 'in'/'for' (a
    ward's name may look like a person's: not one on the list)."""
    if election.area_kind != "division":
        return [(m.first, area) for m in sentence.places if (area := area_named(m.place, election))]
    tokens, spots = sentence.tokens, []
    taken = {i for m in sentence.mentions if m.kind == "party" or m.kind == "person" and (m.person in people or m.title)
             for i in range(m.first, m.last)}
    i = 0
    while i < len(tokens):
        j = _capitalised_run(tokens, i, taken)
        if j - i > 1 and tokens[i].lower in list_words()["ward_before"]:
            i += 1  # 'In Brook Hill, …' opening a sentence: its capital joined the run
        label = division_label(" ".join(t.text for t in tokens[i:j])) if j > i else None
        if label and _cued_ward(tokens, i, j):
            spots.append((i, label))
        i = max(j, i + 1)
    return spots


def _capitalised_run(tokens: list[Token], i: int, taken: set[int]) -> int:
    """Where a run of capitalised words from i ends."""
    j = i
    while j < len(tokens) and j not in taken and tokens[j].text[:1].isupper() and tokens[j].kind == "w":
        j += 1
    return j


def _cued_ward(tokens: list[Token], i: int, j: int) -> bool:
    """Words i..j are a ward by the words around them: 'in Brook Hill', 'the Brook Hill ward'."""
    before = tokens[i - 1].lower if i else ""
    after = tokens[j].lower if j < len(tokens) else ""
    return after in words("division_words") or before in list_words()["ward_before"]


def _nearest_area(span: tuple[int, int], spots: list[tuple[int, str]], others: list[int]) -> str | None:
    """The area named nearest to a person's name (by tokens from either end of it), with no other person
    between them; as near before and after, the one after ('A winning X and B winning Y'); none if two
    different areas stand as near on one side."""
    at, end = span
    fits = sorted((at - k if k < at else k - end + 1, k < at, area) for k, area in spots
                  if not any(min(k, at) < o < max(k, at) for o in others))
    if len(fits) > 1 and fits[0][:2] == fits[1][:2] and fits[0][2] != fits[1][2]:
        return None
    return fits[0][2] if fits else None


def _own_contest_is_clear(doc: Document, election: Election) -> bool:
    """The article's own contest stands out: its election names its area, or one area is named at least
    twice as often as any other (the headline and lead count three times)."""
    if election.place:
        return True
    counts = Counter(area for s in doc.sentences for m in s.places
                     if (area := area_named(m.place, election)) for _ in range(3 if s.paragraph < 3 else 1))
    top = counts.most_common(2)
    return len(top) < 2 or top[0][1] >= 2 * top[1][1]


def seats_filled(block: ResultBlock) -> int:
    """How many the contest elects: as its heading says, else as many as are marked elected, else as many
    as one party put up (a party stands one candidate for each seat it can win)."""
    if block.seats:
        return block.seats
    marked = sum(1 for line in block.lines if line.elected)
    if marked > 1:
        return marked
    standing = Counter(reference.canonical_party(line.party) for line in block.lines
                       if line.party and reference.party_named(line.party)
                       and reference.canonical_party(line.party) != "Independent")
    return max(standing.values(), default=1)


def elected_lines(block: ResultBlock) -> list[ResultLine]:
    """The lines of a complete list's contest of several seats that won one, most votes first: none where the last
    seat's count ties with the first loser's, or where no one lost."""
    seats = seats_filled(block)
    ranked = sorted(block.lines, key=lambda line: -(line.votes or 0)) if block.complete else []
    if len(ranked) <= seats or ranked[seats - 1].votes == ranked[seats].votes:
        return []
    return ranked[:seats]
