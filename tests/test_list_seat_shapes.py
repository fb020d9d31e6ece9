"""Results lists in the shapes of council round-ups, PCC counts and ballot papers (session 8): several seats' contests
run together in one paragraph, a seat's heading that declares its result after a dash or on the line under it, an
unheaded list after 'In <ward>, …', a surname in capitals that is an ordinary word, first and second preferences
with their total, a winner marked re-elected, and the winners of a ward of several seats. Each shape with its
non-result twin. Names and places are invented (tests/test_list_grammar.py's syllables)."""

from __future__ import annotations

from article_text import document_of
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from test_list_grammar import WORD, Contest, contests

from elexgraph import reference
from elexgraph.annotate.lexicon import surnames_too
from elexgraph.annotate.list_lines import name_of, read_line
from elexgraph.extract import extract_document
from elexgraph.extract.gate import check
from elexgraph.facts import Candidacy, Election, Evidence, SeatResult

TITLE = "Anyshire District Council election 2023: results in full"
LEAD = "Here are the results from every ward."
FEW = settings(max_examples=30, deadline=None)
CODES = {"Labour": "Lab", "Conservative": "Con", "Liberal Democrats": "LD", "Green": "Grn", "Reform UK": "Reform UK",
         "UKIP": "UKIP", "Independent": "Ind"}


def _facts(*paragraphs: str) -> list:
    return list(extract_document(document_of(LEAD, *paragraphs, title=TITLE, date="2023-05-05")))


def _seats(facts: list) -> dict[str, tuple]:
    return {f.area: (f.winner, f.party, f.outcome, f.previous_party) for f in facts if isinstance(f, SeatResult)}


def _top(contest: Contest) -> tuple:
    person, _, party, _ = max(contest.rows, key=lambda r: r[3])
    return person.name, party


def _line(contest: Contest) -> str:
    return "; ".join(f"{p.name} ({CODES[canonical]}) {v:,}" for p, _, canonical, v in contest.rows)


def _distinct(wards: list[Contest]) -> None:
    names = [w for c in wards for p, *_ in c.rows for w in (p.given, p.surname)]
    assume(len(names) == len(set(names)) and not {w for c in wards for w in c.ward.split()} & set(names))
    assume(all(len({r[3] for r in c.rows}) == len(c.rows) for c in wards))


@FEW
@given(st.lists(contests(), min_size=2, max_size=3, unique_by=lambda c: c.ward), st.booleans())
def test_several_seats_run_together_in_one_paragraph_are_each_their_own_contest(wards: list[Contest],
                                                                                 declared: bool) -> None:
    _distinct(wards)
    sentences = []
    for c in wards:
        party = _top(c)[1]
        sentences.append(f"{c.ward}: {_line(c)}." + (f" {CODES[party]} hold. Turnout 31%." if declared else ""))
    facts = _facts(" ".join(sentences))
    assert {(f.area, f.person, f.votes) for f in facts if isinstance(f, Candidacy)} == {
        (c.ward, p.name, v) for c in wards for p, _, _, v in c.rows}
    assert _seats(facts) == {c.ward: (*_top(c), *(("hold", _top(c)[1]) if declared else (None, None)))
                             for c in wards}


@FEW
@given(contests(), st.sampled_from([" - ", " – ", ": "]), st.booleans())
def test_a_heading_declaring_its_result_after_a_dash_names_its_seat(contest: Contest, cut: str, gain: bool) -> None:
    _distinct([contest])
    winner, party = _top(contest)
    other = "Independent" if party != "Independent" else "Labour"
    said = f"{party} gain from {other}" if gain else f"{party} hold"
    rows = "\n".join(f"{p.name} ({printed}) - {v:,}" for p, printed, _, v in contest.rows)
    facts = _facts(f"Jane {contest.ward}{cut}{said}\n{rows}")  # a seat's name that reads like a person's
    assert _seats(facts) == {f"Jane {contest.ward}": (winner, party, "gain" if gain else "hold",
                                                      other if gain else party)}


@FEW
@given(contests(), st.sampled_from(["held on as", "kept the seat as", "won again as"]))
def test_an_unheaded_list_after_a_sentence_opening_in_its_ward_is_that_wards(contest: Contest, verb: str) -> None:
    _distinct([contest])
    winner, _ = _top(contest)
    rows = "\n".join(f"{p.name} ({CODES[canonical]}) {v:,}" for p, _, canonical, v in contest.rows)
    facts = _facts(f"In Jane {contest.ward}, the party {verb} {winner} beat the others.", rows)
    assert {f.area for f in facts if isinstance(f, Candidacy)} == {f"Jane {contest.ward}"}
    twin = _facts(f"Jane {contest.ward} and Tom {contest.ward} were counted first.", rows)  # two places: none
    assert not [f for f in twin if isinstance(f, Candidacy)]


@FEW
@given(st.sampled_from(sorted(surnames_too())), WORD, st.sampled_from(["(Labour Party)", "(Con)", "- Labour -"]))
def test_a_surname_in_capitals_first_may_be_an_ordinary_word(surname: str, given_name: str, party: str) -> None:
    assume(reference.party_named(surname) is None)
    read = read_line(f"{surname.upper()} {given_name} {party} 1,204")
    assert read is not None and [c.name for c in read.candidates] == [f"{given_name} {surname}"]


@given(st.sampled_from(["RESULT", "TURNOUT", "ELECTED", "LABOUR", "COUNCIL", "MAJORITY"]), WORD, WORD)
@FEW
def test_a_word_in_capitals_that_is_no_surname_opens_no_name(word: str, first: str, second: str) -> None:
    assert name_of(f"{word} {first} {second}") is None


@FEW
@given(contests(), st.sampled_from(["{a} | {p} | {f} | {s} | {t}", "{a} ({p}) {f} + {s} = {t}"]))
def test_first_and_second_preferences_with_their_total_give_the_first_preferences(contest: Contest, shape: str) -> None:
    _distinct([contest])
    rows = [shape.format(a=p.name, p=printed, f=f"{v:,}", s=f"{v // 3:,}", t=f"{v + v // 3:,}")
            for p, printed, _, v in contest.rows]
    assert all((read := read_line(row)) and read.candidates[0].votes == v for row, (*_, v) in zip(rows, contest.rows))
    assert read_line(f"{contest.rows[0][0].name} | Lab | 100 | 200 | 400") is None  # no sum: which count is whose?


@FEW
@given(contests())
def test_a_result_on_the_line_under_a_seats_heading_is_its_result_not_the_next_lists(contest: Contest) -> None:
    _distinct([contest])
    winner, party = _top(contest)
    rows = "\n".join(f"{p.name} ({CODES[canonical]}) {v:,}" for p, _, canonical, v in contest.rows)
    assert _seats(_facts(f"{contest.ward} ward\n{party} hold\n{rows}"))[contest.ward] == (
        winner, party, "hold", party)
    unheaded = _facts(f"Jane Roe (Ind) 1,500\nTom Smith (Ind) 1,400\n{party} hold\n{rows}")  # a footer, then a list
    assert not any(s[2] for area, s in _seats(unheaded).items() if winner in s)


@FEW
@given(contests(), st.sampled_from(["{n} ({c}) {v} (re-elected)", "{n} ({c}) re-elected with {v} votes"]))
def test_a_winner_marked_re_elected_holds_the_seat(contest: Contest, shape: str) -> None:
    _distinct([contest])
    winner, party = _top(contest)
    cells = [(shape if p.name == winner else "{n} ({c}) {v}").format(n=p.name, c=CODES[canonical], v=f"{v:,}")
             for p, _, canonical, v in contest.rows]
    assert _seats(_facts(f"{contest.ward}: " + "; ".join(cells)))[contest.ward] == (winner, party, "hold", party)
    rival = next(p for p, *_ in contest.rows if p.name != winner)
    twice = [c + (" (re-elected)" if rival.name in c and "re-elected" not in c else "") for c in cells]
    assume(len({canonical for p, _, canonical, _ in contest.rows if p.name in (winner, rival.name)}) == 2)
    assert _seats(_facts(f"{contest.ward}: " + "; ".join(twice)))[contest.ward][2] is None  # two parties: no hold


def test_every_winner_of_a_ward_of_several_seats_may_have_fewer_votes_than_another_winner() -> None:
    election, evidence = Election("local", 2023, "2023-05-04", council="Anyshire District Council"), Evidence("x", 0, 1)
    votes = {"Jane Roe": 1500, "Tom Smith": 1400, "Ann Lee": 900}
    cands = [Candidacy(evidence, "result-lists", election, "Abbey", p, "Labour", v) for p, v in votes.items()]
    first = SeatResult(evidence, "prose-results", election, "Abbey", "Tom Smith", "Labour")
    second = SeatResult(evidence, "result-lists", election, "Abbey", "Jane Roe", "Labour", seat=1)
    assert {f.winner for f in check([*cands, first, second]).kept if isinstance(f, SeatResult)} == {
        "Tom Smith", "Jane Roe"}
    loser_ahead = SeatResult(evidence, "result-lists", election, "Abbey", "Ann Lee", "Labour", seat=1)
    kept = check([*cands, SeatResult(evidence, "prose-results", election, "Abbey", "Jane Roe", "Labour"), loser_ahead])
    assert {f.winner for f in kept.kept if isinstance(f, SeatResult)} == {"Jane Roe"}


@FEW
@given(st.lists(contests(), min_size=1, max_size=3, unique_by=lambda c: c.ward), st.sampled_from([", ", "; "]),
       st.booleans())
def test_a_seat_in_capitals_before_its_candidates_and_the_last_after_and(wards: list[Contest], separator: str,
                                                                        capitals: bool) -> None:
    _distinct(wards)
    lines = []
    for c in wards:
        cells = [f"{p.name} ({CODES[canonical]}) {v:,}" for p, _, canonical, v in c.rows]
        head = c.ward.upper() + " " if capitals else c.ward + ": "
        lines.append(head + separator.join(cells[:-1]) + " and " + cells[-1])
    facts = _facts(*lines)
    assert {(f.area.lower(), f.person, f.votes) for f in facts if isinstance(f, Candidacy)} == {
        (c.ward.lower(), p.name, v) for c in wards for p, _, _, v in c.rows}


@FEW
@given(contests())
def test_a_ballot_papers_surnames_in_capitals_on_one_line_are_no_seat(contest: Contest) -> None:
    _distinct([contest])
    line = "; ".join(f"{p.surname.upper()} {p.given} ({CODES[canonical]}) {v:,}" for p, _, canonical, v in contest.rows)
    read = read_line(line)
    assert read is not None and read.seat is None and [c.name for c in read.candidates] == [
        p.name for p, *_ in contest.rows]


@FEW
@given(contests(), st.sampled_from(["held", "kept"]))
def test_a_seat_headed_in_capitals_is_the_seat_the_prose_names(contest: Contest, verb: str) -> None:
    _distinct([contest])
    winner, party = _top(contest)
    rows = "\n".join(f"{p.name} ({CODES[canonical]}) {v:,}" for p, _, canonical, v in contest.rows)
    facts = _facts(f"The {party} party {verb} {contest.ward}, where {winner} won again.", f"{contest.ward.upper()}\n{rows}")
    assert {f.area for f in facts if isinstance(f, (Candidacy, SeatResult))} == {contest.ward}


@FEW
@given(st.integers(2005, 2025), st.sampled_from(["March", "May", "November"]), st.integers(1, 28),
       st.sampled_from(["{m} {d}, {y}", "{m} {d} {y}", "{m} {d}th, {y}", "{d} {m} {y}"]))
def test_a_council_by_election_dated_month_first_has_its_year(year: int, month: str, day: int, shape: str) -> None:
    when = shape.format(m=month, d=day, y=year)
    doc = document_of(f"A by-election for the Brook Hill ward of Anyshire District Council was held on Thursday, {when}.",
                      "Jane Roe (Lab) 1,204\nTom Smith (Con) 987", title="Labour wins Brook Hill by-election", date=None)
    assert {(f.election.year, f.area) for f in extract_document(doc) if isinstance(f, SeatResult)} == {
        (year, "Brook Hill")}


def _two_seats(contest: Contest) -> tuple[list, str]:
    """The contest as a ward of two seats won by one party: its two most voted rows given that party."""
    rows = sorted(contest.rows, key=lambda r: -r[3])
    assume(len(rows) >= 3 and rows[2][2] != rows[0][2])
    rows[1] = (rows[1][0], rows[0][1], rows[0][2], rows[1][3])
    assume(all(r[2] != rows[0][2] for r in rows[2:]))
    return rows, rows[0][2]


@FEW
@given(contests(), st.sampled_from(["{w} (2)", "{w} (two seats)", "{w} ward (2)"]),
       st.sampled_from(["{p} hold (2)", "2 {p} holds", "{p} hold two seats", "{p} hold x2", "{p} hold 2 seats"]))
def test_a_ward_of_two_seats_headed_with_its_number_and_held_twice(contest: Contest, head: str, said: str) -> None:
    _distinct([contest])
    rows, party = _two_seats(contest)
    lines = "\n".join(f"{p.name} ({CODES[canonical]}) {v:,}" for p, _, canonical, v in rows)
    facts = _facts(head.format(w=contest.ward) + "\n" + lines + "\n" + said.format(p=CODES[party]))
    seats = sorted((f.seat, f.area, f.winner, f.outcome) for f in facts if isinstance(f, SeatResult))
    assert seats == [(k, contest.ward, rows[k][0].name, "hold") for k in (0, 1)]
    assert not [f for f in facts if isinstance(f, Candidacy) and f.votes is not None and f.votes < 10]


@FEW
@given(contests())
def test_the_prose_naming_a_further_seats_winner_keeps_both_winners(contest: Contest) -> None:
    _distinct([contest])
    rows, party = _two_seats(contest)
    lines = "\n".join(f"{p.name} ({CODES[canonical]}) {v:,}" for p, _, canonical, v in rows)
    first, second = rows[0][0].name, rows[1][0].name
    facts = _facts(f"The {party} party kept {contest.ward}, where {first} and {second} were returned.",
                   f"{contest.ward} (two seats)\n{lines}")
    assert sorted((f.seat, f.winner) for f in facts if isinstance(f, SeatResult)) == [(0, first), (1, second)]


def test_a_heading_declaring_its_result_after_a_dash_names_a_ward_that_reads_like_a_person() -> None:
    facts = _facts("Brook Hill - Labour gain from Conservative", "Jane Roe (Labour) - 1,204\nTom Smith (Conservative) - 987",
                   "Abbey - Conservative hold", "Sam Hill (Conservative) - 1,450\nKim Ford (Labour) - 845")
    assert _seats(facts) == {"Brook Hill": ("Jane Roe", "Labour", "gain", "Conservative"),
                             "Abbey": ("Sam Hill", "Conservative", "hold", "Conservative")}


LEAD_WARDS = ["Voters in the {w} ward went to the polls on Thursday.", "The {w} ward result was declared on Friday.",
              "Three candidates stood in {w} ward this year."]


@FEW
@given(contests(), st.sampled_from(LEAD_WARDS))
def test_the_one_list_of_a_story_whose_lead_names_one_ward_is_that_wards(contest: Contest, lead: str) -> None:
    """A council election's story with one unheaded list: the ward its lead names (the list was placed nowhere)."""
    _distinct([contest])
    rows = "\n".join(f"{p.name} ({CODES[canonical]}) {v:,}" for p, _, canonical, v in contest.rows)
    ward = f"Brook {contest.ward}"
    doc = document_of(lead.format(w=ward), "Here is how the voting went.", rows,
                      title="Council election: counting over", date="2023-05-05")
    facts = list(extract_document(doc))
    assert {f.area for f in facts if isinstance(f, Candidacy)} == {ward}
    twin = document_of(f"Voters in the {ward} ward and the Castle ward went to the polls.", "Here is how it went.", rows,
                       title="Council election: counting over", date="2023-05-05")
    assert not [f for f in extract_document(twin) if isinstance(f, Candidacy)]  # a lead naming two wards: neither
