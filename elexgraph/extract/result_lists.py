"""Candidacies and results from the results lists the annotation found (``annotate.blocks``).

Each list is one contest, placed by its heading (a seat, a mayoralty, 'Corby by-election result'),
else the article's own contest. A complete list names the winner (the most votes) and the ranks (by
votes, whatever order it is printed in); a list inside a sentence may leave candidates out, so it
gives votes and parties only. The lines under a list give its majority and outcome
('Lab majority 1,654', 'Con gain from Lab'); a majority it does not print is worked out from the
top two and marked as derived.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from elexgraph import reference
from elexgraph.annotate.blocks import ResultBlock, ResultLine
from elexgraph.annotate.list_lines import Declaration, declarations
from elexgraph.annotate.document import Document, Mention, Paragraph, Sentence
from elexgraph.annotate.list_lines import (lexicon as list_words, name_of as list_name, phrase_in as _phrase_in,
                                          read_line, seat_and_winner_declared, seat_declared)
from elexgraph.annotate.lexicon import words
from elexgraph.extract.list_places import contest_of, division_label, elected_lines, only_a_label, person_of, seats_filled
from elexgraph.extract.registry import register
from elexgraph.facts import Candidacy, Election, Evidence, Fact, SeatResult

NAME = "result-lists"
def _line_evidence(doc: Document, line: ResultLine) -> Evidence:
    return Evidence(doc.text[line.start:line.end], line.start, line.end)


def facts_of_block(doc: Document, block: ResultBlock) -> Iterator[Fact]:
    placed = contest_of(doc, block)
    if placed is None:
        return
    election, area = placed
    if not block.lines or _later_round(block):
        return  # a list of parties only names no candidate; a later round's counts are not the votes
    if not block.counted:
        yield from _named_list(doc, block, election, area)
        return
    ranked = sorted(block.lines, key=lambda line: -line.votes) if block.complete else []
    ranks = _ranks(ranked) if seats_filled(block) == 1 else _elected(block)
    won = ranked and not (len(ranked) > 1 and ranked[0].votes == ranked[1].votes)
    declared = _declared_party(block, ranked[0]) if won else {}
    for line in block.lines:
        rank = ranks.get(id(line))
        party = reference.canonical_party(line.party) if line.party else None
        told = declared.get(id(line))
        yield Candidacy(_line_evidence(doc, line), NAME, election, area, person_of(doc, line.name or ""),
                        party or (told.outcome_party if told else None), line.votes, line.share, rank,
                        field_evidence=_declared_by(doc, told, ("party",)) if told and not party else ())
    if won:
        yield _seat_result(doc, block, ranked, election, area)
        yield from _further_winners(doc, block, ranked, election, area)


def _named_list(doc: Document, block: ResultBlock, election: Election, area: str) -> Iterator[Fact]:
    """A list of names and parties without counts: who stood, for which party; the winners are those marked
    elected, all of a list under a line that says they were ('Elected:'), or the one name a seat's line prints."""
    winners = [line for line in block.lines
               if line.elected or _elects(block) or _seat_and_one(block) or _seat_and_its_winners(block)]
    for line in block.lines:
        party = reference.canonical_party(line.party) if line.party else None
        yield Candidacy(_line_evidence(doc, line), NAME, election, area, person_of(doc, line.name or ""), party,
                        rank=1 if line in winners else None)
    for seat, line in enumerate(winners):
        yield _named_winner(doc, block, winners, line, election, area, seat)


def _named_winner(doc: Document, block: ResultBlock, winners: list[ResultLine], line: ResultLine, election: Election,
                  area: str, seat: int) -> SeatResult:
    """One winner's seat of a list without counts, with what the list declares of their party's seats ('Lab hold,
    Con gain from Lab': each party's; a gain, one seat's unless it counts more)."""
    party = reference.canonical_party(line.party) if line.party else None
    own = _declared_for(block, party)
    told = own[0] if own and _for_each(own[0], _of_party(winners, party)) else None
    previous = (told.previous or (party if told.outcome == "hold" else None)) if told else None
    return SeatResult(_line_evidence(doc, line), NAME, election, area, person_of(doc, line.name or ""), party,
                      told.outcome if told else None, previous, block.majority if len(winners) == 1 else None,
                      seat=seat)


def _of_party(lines: list[ResultLine], party: str | None) -> int:
    """How many of the lines stood for the party."""
    return sum(1 for line in lines if line.party and reference.canonical_party(line.party) == party)


def _seat_and_one(block: ResultBlock) -> bool:
    """A line that prints a seat and one name with a party ('Brook Hill – Jane Roe (Lab)') names the seat's winner:
    a contest of several prints them all."""
    return block.seat is not None and len(block.lines) == 1 and not block.party_lines


def _seat_and_its_winners(block: ResultBlock) -> bool:
    """A line that prints a seat and as many names as it has seats ('Brook Hill (two seats): Jane Roe (Lab), Tom
    Smith (Lab)'), or several of one party and no other ('Abbey – Ann Lee (Con) and Sam Hill (Con)'), names the
    seat's winners: a party stands no more candidates than there are seats, so a list of all who stood shows
    another party."""
    if block.seat is None or only_a_label(block.seat[0]) or len(block.lines) < 2 or block.party_lines:
        return False
    parties = {reference.canonical_party(line.party) for line in block.lines if line.party}
    return block.seats == len(block.lines) or (block.seats is None and len(parties) == 1
                                                and all(line.party for line in block.lines))


def _later_round(block: ResultBlock) -> bool:
    """The line just above a list says it is a later round of the count ('Second round:', 'Final count'):
    its counts are not the candidates' votes (first preferences), and the first round's list says the rest. A
    table's head naming both rounds ('1st round | 2nd round') is not one."""
    heads = [block.seat[0]] if block.seat else []  # 'Second round: Jane Roe (Lab) 180,000; …' on one line
    heads += [block.heading[-1].text] if block.heading and not block.inline else []
    return any(_said_later(re.sub(r"[^\w\s'’-]", " ", head)) for head in heads)


def _said_later(head: str) -> bool:
    return _phrase_in(head, list_words()["later_rounds"]) and not _phrase_in(head, list_words()["first_rounds"])


def _elects(block: ResultBlock) -> bool:
    """The line just above a list, or the label opening its one line, says its names were elected: 'Elected:',
    'The new councillors are'."""
    said = block.seat[0] if block.seat and only_a_label(block.seat[0]) else block.heading[-1].text if block.heading \
        else ""  # 'Elected: Jane Roe (Lab), Tom Smith (Lab)' on the line itself
    return " ".join(re.sub(r"[^\w\s'’-]", " ", said).lower().split()) in list_words()["elected_headings"]


def _seat_result(doc: Document, block: ResultBlock, ranked: list[ResultLine], election: Election,
                 area: str) -> SeatResult:
    """The winner (the most votes), with the majority and outcome the lines under the list declare; a
    majority it does not print is the gap to the second, unless the contest fills several seats."""
    winner, runner_up = ranked[0], ranked[1] if len(ranked) > 1 else None
    party = reference.canonical_party(winner.party) if winner.party else None
    told = _declared_party(block, winner).get(id(winner))
    party = party or (told.outcome_party if told else None)
    majority = block.majority
    derived: tuple[str, ...] = ()
    if seats_filled(block) > 1:
        majority = None  # several winners: the gap between the first two is no majority
    elif majority is None and runner_up:
        majority, derived = winner.votes - runner_up.votes, ("majority",)
    outcome, previous = _outcome_for(block, party)
    if outcome is None and previous and party and seats_filled(block) == 1:
        # 'Previously held by Labour' under a list Reform UK tops: a gain
        outcome, derived = ("hold" if previous == party else "gain"), (*derived, "outcome")
    evidence = _result_evidence(doc, block, winner, majority is not None and "majority" not in derived)
    told_fields = ("party", "outcome") + (("previous_party",) if previous else ())
    return SeatResult(evidence, NAME, election, area, person_of(doc, winner.name or ""), party, outcome,
                      previous or (party if outcome == "hold" else None), majority, derived=derived,
                      field_evidence=_declared_by(doc, told, told_fields, evidence) if told else ())


def _outcome_for(block: ResultBlock, party: str | None) -> tuple[str | None, str | None]:
    """The outcome and the party before the lines of the list declare for the winner's party."""
    if seats_filled(block) > 1 and (own := _declared_for(block, party)):
        return own[0].outcome, own[0].previous  # several seats, several parties' outcomes: 'Lab hold; Con gain from Lab'
    if block.outcome_party in (None, party):
        return block.outcome, block.previous_party
    return None, None


def _result_evidence(doc: Document, block: ResultBlock, winner: ResultLine, majority_printed: bool) -> Evidence:
    """The winner's line, with the lines under it that declare the result, and the heading above it where that
    prints the majority ('Anytown – Lab hold, majority 439'): the evidence prints what it gives."""
    evidence = _line_evidence(doc, winner)
    if block.footer and block.footer[-1].start - winner.end < 400:
        evidence = Evidence(doc.text[winner.start:block.footer[-1].end], winner.start, block.footer[-1].end)
    above = block.majority_in if majority_printed else None
    if above is not None and above.start <= evidence.start and evidence.end <= above.end:
        return Evidence(doc.text[above.start:above.end], above.start, above.end)  # one line: '…; Lab hold, maj 306'
    if above is not None and above.end <= evidence.start and evidence.start - above.end < 400:
        evidence = Evidence(doc.text[above.start:evidence.end], above.start, evidence.end)
    return evidence


def _declared_party(block: ResultBlock, winner: ResultLine) -> dict[int, ResultBlock]:
    """A winner whose line prints no party stood for the party a line of the list declares won ('Anytown (Lab
    hold)' above it, 'Labour hold' under it): {id of the winner's line: the block} where that holds. Not where
    the contest fills several seats (which of them the party's is not told)."""
    if winner.party or not block.outcome_party or block.declared_in is None or seats_filled(block) != 1:
        return {}
    return {id(winner): block}


def _declared_by(doc: Document, block: ResultBlock, names: tuple[str, ...],
                 own: Evidence | None = None) -> tuple[tuple[str, Evidence], ...]:
    """The declaring line as the evidence of the values it gave (none where the fact's own evidence holds it)."""
    said = doc.evidence(block.declared_in) if block.declared_in is not None else None
    if said is None or (own is not None and own.start <= said.start and said.end <= own.end):
        return ()
    return tuple((name, said) for name in names)


def _further_winners(doc: Document, block: ResultBlock, ranked: list[ResultLine], election: Election,
                     area: str) -> Iterator[SeatResult]:
    """A contest electing several: each further seat goes to the next most votes (none where the last seat's
    count ties with the first loser's: who took it is not told)."""
    seats = seats_filled(block)
    if seats < 2 or len(ranked) <= seats or ranked[seats - 1].votes == ranked[seats].votes:
        return
    for seat, line in enumerate(ranked[1:seats], 1):
        party = reference.canonical_party(line.party) if line.party else None
        own = _declared_for(block, party)
        told = own if own and _for_each(own[0], _of_party(ranked[:seats], party)) else None
        outcome = told[0].outcome if told else None
        previous = (told[0].previous or (party if outcome == "hold" else None)) if told else None
        yield SeatResult(_further_evidence(doc, line, told[1] if told else None), NAME, election, area,
                         person_of(doc, line.name or ""), party, outcome, previous, seat=seat)


def _for_each(said: Declaration, winners: int) -> bool:
    """Whether a party's declared outcome is each of its winners' in a ward: a hold is each's unless it counts fewer
    seats ('Lab hold (1)'); a gain, its one seat's, or as many as it counts ('Reform UK gain from Con (2 seats)')."""
    return (said.seats or (winners if said.outcome == "hold" else 1)) >= winners


def _declared_for(block: ResultBlock, party: str | None) -> tuple[Declaration, Paragraph] | None:
    """What the lines of a contest of several seats declare of one party's ('Lab hold' under a ward of two Labour
    winners; 'Lab hold; Con gain from Lab'): its one outcome, none where it has none or several that differ."""
    mine = [(d, where) for d, where in block.said if party and d.party == party and d.outcome]
    return mine[0] if mine and len({(d.outcome, d.previous) for d, _ in mine}) == 1 else None


def _further_evidence(doc: Document, line: ResultLine, said: Paragraph | None) -> Evidence:
    """A further winner's line; with the lines under it down to the one that declares their seat's outcome."""
    if said is None or said.end <= line.end or said.start - line.end > 400:
        return _line_evidence(doc, line)
    return Evidence(doc.text[line.start:said.end], line.start, said.end)


def _elected(block: ResultBlock) -> dict[int, int]:
    """In a contest electing several, those elected are each first (rank 1 means elected); the order among
    them and of the rest is not told."""
    return {id(line): 1 for line in elected_lines(block)}


def _ranks(ranked: list[ResultLine]) -> dict[int, int]:
    """Each line's place in the count (by id), but for lines tied on votes: their order is not told."""
    tied = Counter(line.votes for line in ranked)
    return {id(line): place for place, line in enumerate(ranked, 1) if tied[line.votes] == 1}


def declared_seats(doc: Document) -> Iterator[Fact]:
    """Lines that give a seat and its outcome, without candidates ('Brook Hill: Reform UK gain from Con', 'Castle
    Vale – Lab hold, majority 439'): the winning party, the outcome, the party before and the majority; and the
    winner, where the line names only them ('Brook Hill (Lab gain from Con): Jane Roe'). Not the line that heads a
    list (the list reads it) nor the title."""
    listed = {block.heading[-1].index for block in doc.blocks if block.heading} | {
        i for block in doc.blocks for i in block.paragraphs}  # a seat's line above another list's heading is its own
    for paragraph in doc.paragraphs:
        if paragraph.index in listed or paragraph.index == 0:
            continue
        said = seat_declared(paragraph.text)
        winner = None
        if said is None and (named := seat_and_winner_declared(paragraph.text)):
            said, winner = named[:2], named[2]
        if said is None:
            continue
        (label, start, end), declared = said
        if only_a_label(label) or start > 0 and doc.person_named(label):
            continue  # 'Results: Labour gain' names no seat; 'Labour hold: Jane Roe' names a person the story does
        placed = contest_of(doc, ResultBlock([], [], seat=(label, paragraph.start + start, paragraph.start + end)))
        if placed is None:
            continue
        yield from _declared_seat(doc, paragraph, placed, declared, winner)


def _declared_seat(doc: Document, paragraph: Paragraph, placed: tuple[Election, str], declared: list[Declaration],
                   winner: str | None) -> Iterator[Fact]:
    """The seat a line declares, and its winner's candidacy where the line names them."""
    won = next(d for d in declared if d.party)
    majority = next((d.majority for d in declared if d.majority is not None), None)
    previous = won.previous or (won.party if won.outcome == "hold" else None)
    evidence = Evidence(paragraph.text, paragraph.start, paragraph.end)
    person = person_of(doc, winner) if winner else None
    if person:
        yield Candidacy(evidence, NAME, *placed, person, won.party, rank=1)
    yield SeatResult(evidence, NAME, *placed, person, won.party, won.outcome, previous, majority)


# A ward and its winner in brackets, or the winner and the ward, as a round-up lists them: 'Brook Hill (Jane Roe)',
# 'Jane Roe (Brook Hill)'.
_BRACKETED = re.compile(r"(?P<outside>[A-Z][\w'’.-]*(?:\s+(?:(?:and|&|of|the|on|upon|in)\s+){0,2}"
                        r"[A-Z][\w'’.-]*){0,4})"
                        r"\s*\((?P<inside>[A-Z][^()]{1,60})\)")


def bracketed_winners(doc: Document) -> Iterator[Fact]:
    """A council round-up's sentence of wards a party won, each with its new councillor in brackets ('Reform UK
    gained Brook Hill (Jane Roe) and Abbey (Tom Smith) from the Conservatives', 'The Greens won two seats: Abbey
    (Jane Roe) and Castle (Tom Smith)'): each ward's winner, of the party the sentence names. Not a sentence of
    losses, where the names in brackets may be those who lost."""
    main = doc.election.main
    if main is None or main.kind != "local":
        return
    for sentence in doc.sentences:
        if "(" not in sentence.text or not _tells_of_wins(sentence) or seat_and_winner_declared(sentence.text) \
                or read_line(sentence.text.rstrip(" .;")):
            continue  # a seat's line with its result and winner, or a results line, is another reader's
        found = list(_BRACKETED.finditer(sentence.text))
        people_first = bool(found) and _lists_people(sentence, sentence.start + found[0].start())
        pairs = [pair for m in found if (pair := _ward_and_winner(doc, m, people_first or _named_outside(sentence, m)))]
        if not pairs:
            continue
        party, outcome, previous = _party_of_wins(sentence)
        evidence = Evidence(sentence.text, sentence.start, sentence.end)
        for ward, winner, own in pairs:
            yield Candidacy(evidence, NAME, main, ward, winner, own or party, rank=1)
            yield SeatResult(evidence, NAME, main, ward, winner, own or party, outcome if own in (None, party) else None,
                             previous if own in (None, party) else None)


def _tells_of_wins(sentence: Sentence) -> bool:
    """The sentence says seats were won or people elected, and nothing of seats lost."""
    lowered = [t.lower for t in sentence.tokens]
    said = set(lowered) | {" ".join(pair) for pair in zip(lowered, lowered[1:])}
    wins = words("division_taken") | words("elected") | words("winners_told")
    return bool(said & wins) and not said & (words("lose") | words("beaten"))


def _ward_and_winner(doc: Document, found: re.Match[str], people_first: bool) -> tuple[str, str, str | None] | None:
    """The ward, the person and their party, where the brackets print it, of one bracketed pair: the ward outside the
    brackets, but where the sentence lists people ('the new councillors are Jane Roe (Brook Hill), …', 'Jane Roe
    (Brook Hill, Lab)'): a ward's words look like a name as much as a name does."""
    outside, inside = _after_verb(found.group("outside")), found.group("inside").strip()
    if declarations(inside):
        return None  # 'Brook Hill (Lab hold): Jane Roe': the brackets hold the seat's result, not a person
    inside, party = _party_apart(inside)
    ward, who = (inside, outside) if people_first else (outside, inside)
    name = doc.person_named(who) or list_name(who)
    label = division_label(ward)
    return (label, person_of(doc, name), party) if name and label else None


def _named_outside(sentence: Sentence, found: re.Match[str]) -> bool:
    """The pairs are the subject, told before the verb of winning ("Labour's Jane Roe (Brook Hill) was elected", 'Jane
    Roe (Abbey) and Tom Smith (Castle) were elected'): each is a person with their ward in brackets; after the verb
    they are what was won ('gained Brook Hill (Jane Roe)'), each a ward with its winner."""
    wins = words("division_taken") | words("elected") | words("winners_told")
    at = sentence.start + found.start()
    before = [t for t in sentence.tokens if t.start < at and t.lower in wins]
    return not before and any(t.start >= at and t.lower in wins for t in sentence.tokens)


def _party_apart(bracketed: str) -> tuple[str, str | None]:
    """What brackets print less a party beside it ('Brook Hill, Lab', 'Lab, Brook Hill'), and that party."""
    parts = [part.strip() for part in bracketed.split(",")]
    parties = [p for p in parts if reference.party_named(p)]
    if len(parts) != 2 or len(parties) != 1:
        return bracketed, None
    return next(p for p in parts if p not in parties), reference.canonical_party(parties[0])


def _lists_people(sentence: Sentence, before: int) -> bool:
    """The words before the first bracketed pair say the list is of people: 'councillors', 'members'."""
    people = words("people_listed")
    return any(t.lower in people for t in sentence.tokens if t.start < before)


def _after_verb(run: str) -> str:
    """A ward's words less a leading word of the sentence that is no part of it ('Gained Abbey' opening a line)."""
    parts = run.split()
    while parts and (parts[0].lower() in words("division_taken") or reference.party_named(parts[0])):
        parts.pop(0)
    return " ".join(parts)


def _char_before(sentence: Sentence, mention: Mention) -> str:
    """The character just before a mention in its sentence."""
    at = mention.start - sentence.start
    return sentence.text[at - 1:at] if at > 0 else ""


def _party_of_wins(sentence: Sentence) -> tuple[str | None, str | None, str | None]:
    """The winners' party (the one party the sentence names outside brackets, but for the one they were taken
    'from'), and the outcome it declares: a gain from the party after 'from' a verb of taking, or a hold."""
    tokens = [t.lower for t in sentence.tokens]
    parties = [m for m in sentence.mentions if m.kind == "party" and m.party and not m.quoted]
    taken_from = [m for m in parties if "from" in tokens[max(0, m.first - 2):m.first]]  # 'from (the) Conservatives'
    winners = {reference.canonical_party(m.party) for m in parties  # a party in brackets is a person's, not all's
               if m not in taken_from and _char_before(sentence, m) != "("}
    party = winners.pop() if len(winners) == 1 else None
    if party is None:
        return None, None, None
    if taken_from and set(tokens) & (words("division_taken") - words("hold")):  # 'took Abbey from Labour'
        previous = reference.canonical_party(taken_from[0].party)
        return (party, "gain", previous) if previous != party else (party, None, None)
    if set(tokens) & words("hold"):
        return party, "hold", party
    return party, None, None


@register(NAME, "8")
def extract(doc: Document) -> Iterator[Fact]:
    """Candidacies and results from results printed as lists, in any shape."""
    for block in doc.blocks:
        yield from facts_of_block(doc, block)
    yield from declared_seats(doc)
    yield from bracketed_winners(doc)
