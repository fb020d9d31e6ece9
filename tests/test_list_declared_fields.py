"""A results list's outcome and majority in the shapes lists print them, and seats named after their outcome
(invented names and wards; generated shapes): every field read, and lines that are no seat giving nothing."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.list_lines import footer_declarations
from elexgraph.extract import extract_document
from elexgraph.facts import Candidacy, SeatResult

TITLE = "Anyshire District Council election results in full"
LEAD = "Here are the results of the Anyshire District Council election."
WARDS = ["Abbey", "Castle", "Kingsmead North", "Ash & Oak Vale"]
PARTIES = {"Lab": "Labour", "LAB": "Labour", "Con": "Conservative", "CON": "Conservative", "LD": "Liberal Democrats",
           "Reform UK": "Reform UK", "Labour": "Labour", "Conservative": "Conservative", "GRN": "Green"}
OUTCOMES = ["{p} hold", "{p} HOLD", "{p} gain from {q}", "{p} GAIN from {q}"]
MAJORITIES = ["majority {n}", "Majority: {n}", "maj {n}", "Maj. {n}", "majority of {n}"]
# How a line joins the outcome and the majority: the majority after ('{o}{j}{m}') or before ('{m}{j}{o}').
JOINS = [", ", ". ", " – ", " - ", " | ", "; "]
BRACKETED = ["{o} ({m})", "{m} ({o})", "{o} with a {m}"]


def seats(*paragraphs: str) -> list[SeatResult]:
    doc = document_of(LEAD, *paragraphs, title=TITLE, date="2023-05-05")
    return [f for f in extract_document(doc) if isinstance(f, SeatResult)]


def _shape() -> st.SearchStrategy[str]:
    """A shape joining an outcome {o} and a majority {m}: joined by a separator either way round, or bracketed."""
    joined = st.tuples(st.sampled_from(JOINS), st.booleans()).map(
        lambda t: "{o}" + t[0] + "{m}" if t[1] else "{m}" + t[0] + "{o}")
    return st.one_of(joined, st.sampled_from(BRACKETED))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(sorted(PARTIES)), min_size=2, max_size=2, unique_by=PARTIES.get),
       st.sampled_from(OUTCOMES), st.sampled_from(MAJORITIES), _shape(), st.integers(10, 999))
def test_an_outcome_and_a_majority_in_any_order_and_joint(parties: list[str], outcome: str, majority: str,
                                                          shape: str, n: int) -> None:
    won, lost = parties
    said = outcome.format(p=won, q=lost)
    if "with a" in shape:
        majority = "majority of {n}"  # 'with a majority of 306', not 'with a maj 306'
    text = shape.format(o=said, m=majority.format(n=n))
    found = footer_declarations(text)
    assert {(d.outcome, d.party, d.previous) for d in found if d.party} == {
        ("gain" if "gain" in said.lower() else "hold", PARTIES[won], PARTIES[lost] if "gain" in said.lower() else None)}
    assert [d.majority for d in found if d.majority is not None] == [n]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS), st.lists(st.sampled_from(sorted(PARTIES)), min_size=2, max_size=2, unique_by=PARTIES.get),
       st.sampled_from(OUTCOMES), st.sampled_from([", maj {n}", ", majority: {n}", " – majority {n}", " (majority {n})"]),
       st.integers(600, 2000), st.integers(100, 500))
def test_a_contest_on_one_line_ending_in_its_outcome_and_majority(ward: str, parties: list[str], outcome: str,
                                                                   majority: str, won: int, lost: int) -> None:
    winner, loser = parties
    said = outcome.format(p=winner, q=loser) + majority.format(n=won - lost)
    line = f"{ward}: Jane Roe ({winner}) {won:,}; Tom Smith ({loser}) {lost:,}. {said}."
    found = seats(line)
    gain = "gain" in outcome.lower()
    assert [(s.area, s.winner, s.party, s.outcome, s.previous_party, s.majority, s.derived) for s in found] == [
        (ward, "Jane Roe", PARTIES[winner], "gain" if gain else "hold", PARTIES[loser if gain else winner], won - lost,
         ())]


SEAT_LAST = ["{o}: {w}", "{o} – {w}", "{o} - {w}"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WARDS), st.sampled_from(sorted(PARTIES)), st.sampled_from(sorted(PARTIES)),
                          st.sampled_from(OUTCOMES)), min_size=1, max_size=4, unique_by=lambda t: t[0]),
       st.sampled_from(SEAT_LAST), st.sampled_from(["", ", majority 439"]))
def test_a_seat_named_after_its_outcome(rows: list, shape: str, tail: str) -> None:
    rows = [r for r in rows if PARTIES[r[1]] != PARTIES[r[2]]]
    lines = [shape.format(o=outcome.format(p=won, q=lost), w=ward) + tail for ward, won, lost, outcome in rows]
    found = {(s.area, s.winner, s.party, s.outcome, s.previous_party, s.majority) for s in seats(*lines)}
    assert found == {(ward, None, PARTIES[won], "gain" if "gain" in outcome.lower() else "hold",
                      PARTIES[lost] if "gain" in outcome.lower() else PARTIES[won], 439 if tail else None)
                     for ward, won, lost, outcome in rows}


def test_an_outcome_before_a_person_or_a_phrase_is_no_seat() -> None:
    assert not seats("Jane Roe stood for Labour again this year.", "Labour hold: Jane Roe")
    assert not seats("Labour gain: a new era for the district", "CON HOLD: what it means")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Brook Hill", "Ann Vale", "Tom Cross"]), st.sampled_from(["two seats", "2 seats", "two councillors"]),
       st.booleans())
def test_a_wards_heading_that_looks_like_a_name(ward: str, count: str, told: bool) -> None:
    """A ward heading read as a person ('Brook Hill (two seats)') heads its list when it says how many seats it
    fills, or when the article names it nowhere but in headings and after 'in'."""
    story = [f"Labour held both seats in {ward}."] if told else []
    heading = f"{ward} ({count})"
    found = seats(*story, heading, "Jane Roe (Lab) 1,204\nKim Ford (Lab) 1,100\nSam Hill (Con) 998\nBob Gray (Con) 950",
                  "Lab hold")
    assert {(s.area, s.winner, s.outcome) for s in found} == {(ward, "Jane Roe", "hold"), (ward, "Kim Ford", "hold")}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(["Lab hold", "Labour HOLD", "Lab hold, majority 106"]))
def test_a_hold_under_a_ward_of_two_seats_is_each_winner_of_that_party(ward: str, footer: str) -> None:
    found = seats(f"{ward} (two seats)", "Jane Roe (Lab) 1,204\nKim Ford (Lab) 1,100\nSam Hill (Con) 998", footer)
    assert {(s.winner, s.outcome, s.previous_party) for s in found} == {("Jane Roe", "hold", "Labour"),
                                                                          ("Kim Ford", "hold", "Labour")}


def test_a_hold_under_a_ward_of_two_seats_split_between_parties_is_the_one_partys() -> None:
    found = seats("Abbey (two seats)", "Jane Roe (Lab) 1,204\nSam Hill (Con) 1,100\nKim Ford (Lab) 998", "Lab hold")
    assert {(s.winner, s.outcome) for s in found} == {("Jane Roe", "hold"), ("Sam Hill", None)}


ONE_COUNTED = ["{w}: {n} ({p}) {v:,}", "{w} – {n} – {p} – {v:,}", "{w} - {n}, {p}, {v:,} votes", "{w}: {n}, {p}, {v}"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WARDS), st.sampled_from(["Jane Roe", "Tom Smith", "Ann Lee", "Sam Hill"]),
                          st.sampled_from(sorted(PARTIES)), st.integers(300, 3000)),
                min_size=2, max_size=4, unique_by=(lambda t: t[0], lambda t: t[1])),
       st.sampled_from(ONE_COUNTED))
def test_a_seat_a_line_with_its_winners_count(rows: list, shape: str) -> None:
    """'Abbey: Jane Roe (Lab) 1,204' a line: each line its seat's winner, never one contest of all the lines."""
    lines = [shape.format(w=ward, n=who, p=party, v=votes) for ward, who, party, votes in rows]
    found = {(s.area, s.winner, s.party) for s in seats("\n".join(lines))}
    assert found == {(ward, who, PARTIES[party]) for ward, who, party, _ in rows}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(["{w}: {n} ({p}) {v:,}", "{w} – {n} – {p} – {v:,}"]),
       st.integers(1500, 3000), st.integers(500, 1400))
def test_a_list_opening_on_its_seats_line_is_that_seats_contest(ward: str, shape: str, won: int, lost: int) -> None:
    first = shape.format(w=ward, n="Jane Roe", p="Lab", v=won)
    found = seats("The by-election result:", f"{first}\nTom Smith (Con) {lost:,}\nAnn Lee (LD) {lost // 2:,}",
                  "Lab gain from Con")
    assert [(s.area, s.winner, s.outcome, s.majority) for s in found] == [(ward, "Jane Roe", "gain", won - lost)]
    assert found[0].election.kind == "by-election"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from([" – {o}, majority {n}", ". {o}. Majority {n}.", " – {o} (majority {n})"]),
       st.sampled_from(["Lab hold", "Labour HOLD", "Lab gain from Con"]), st.sampled_from([" votes", ""]),
       st.integers(1500, 3000), st.integers(500, 1400))
def test_a_seats_contest_on_one_line_ending_in_what_it_declares(ward: str, tail: str, outcome: str, unit: str,
                                                                 won: int, lost: int) -> None:
    line = (f"{ward}: Jane Roe (Lab) {won:,}{unit}; Tom Smith (Con) {lost:,}{unit}; Ann Lee (Ind) 301{unit}"
            + tail.format(o=outcome, n=won - lost))
    found = seats(line)
    gain = "gain" in outcome
    assert [(s.area, s.winner, s.outcome, s.previous_party, s.majority, s.derived) for s in found] == [
        (ward, "Jane Roe", "gain" if gain else "hold", "Conservative" if gain else "Labour", won - lost, ())]


def test_a_sentence_before_a_candidate_is_no_part_of_the_name() -> None:
    """'Abbey. Jane Roe (Lab) 1,204; …': a full stop inside a run of capitalised words ends a sentence."""
    found = [f for f in extract_document(document_of(LEAD, "Abbey. Jane Roe (Lab) 1,204; Tom Smith (Con) 998",
                                                     title=TITLE, date="2023-05-05"))]
    assert not [f for f in found if getattr(f, "person", None) and "." in f.person]
    assert not [f for f in found if isinstance(f, SeatResult) and f.winner and "." in f.winner]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(["Lab hold x2", "Lab hold (x2)", "2 x Lab hold", "Labour hold both seats",
                                                "Lab HOLD ×2"]))
def test_a_hold_counted_for_a_ward_of_two_seats(ward: str, footer: str) -> None:
    found = seats(f"{ward} (two seats)", "Jane Roe (Lab) 1,204\nKim Ford (Lab) 1,100\nSam Hill (Con) 998", footer)
    assert {(s.winner, s.outcome) for s in found} == {("Jane Roe", "hold"), ("Kim Ford", "hold")}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(["Lab hold; Con gain from Lab", "Con gain from Lab\nLab hold",
                                                "Lab hold. Con gain from Lab."]), st.booleans())
def test_each_partys_outcome_in_a_ward_of_two_seats(ward: str, footer: str, labour_first: bool) -> None:
    lab, con = "Jane Roe (Lab) 1,204", "Sam Hill (Con) 1,100"
    lines = [lab, con] if labour_first else [con.replace("1,100", "1,304"), lab]
    found = seats(f"{ward} (two seats)", "\n".join(lines + ["Kim Ford (Lab) 998"]), footer)
    assert {(s.winner, s.outcome, s.previous_party) for s in found} == {("Jane Roe", "hold", "Labour"),
                                                                          ("Sam Hill", "gain", "Labour")}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["{k}. ", "{k}) ", "{k} "]), st.sampled_from(["{n} ({p}) {v:,}", "{s}, {g} ({p}) {v:,}",
                                                                    "{s}, {g} {p} {v:,}"]),
       st.permutations(["Liberal Democrats", "Labour", "Reform UK", "Conservative Party"]))
def test_numbered_rows_and_a_party_run_on_after_given_names(number: str, shape: str, parties: list[str]) -> None:
    """'1. ROE, Jane (Lab) 1,204', '2) SMITH, Tom Liberal Democrats 998': the row's number is no count, and a party
    printed straight after the given names is no name's word."""
    people = [("Jane", "Roe", 1_204), ("Tom", "Smith", 998), ("Ann", "Lee", 301)]
    rows = [number.format(k=k) + shape.format(n=f"{g} {s}", s=s.upper(), g=g, p=party, v=v)
            for k, ((g, s, v), party) in enumerate(zip(people, parties), 1)]
    found = [f for f in extract_document(document_of(LEAD, "Abbey", "\n".join(rows), title=TITLE, date="2023-05-05"))
             if isinstance(f, Candidacy)]
    assert {(c.person, c.votes, c.rank) for c in found} == {(f"{g} {s}", v, k) for k, (g, s, v) in enumerate(people, 1)}
