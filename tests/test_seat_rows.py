"""Seat results a round-up prints in shapes the readers once left unread (invented names and wards; a real council,
so the article reports its election): a seat's line that declares its result and names its winner, a winner's line
ending in 'gain from X', a one-line contest with its outcome on the next line, and wards a party lost to another.
Generated shapes, each read with its seat, winner, party and outcome; near misses give nothing."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.list_lines import read_line, seat_and_winner_declared
from elexgraph.extract import extract_document
from elexgraph.facts import Candidacy, SeatResult

TITLE = "Reform UK take control of Derbyshire County Council"
LEAD = "Here are the results of the Derbyshire County Council elections."
WARDS = ["Brook Hill", "Abbey", "Kingsmead North", "Ash & Oak Vale", "Castle"]
PEOPLE = ["Ann Roe", "Sam Tarn", "Kim Vell", "Bob Gray"]
PARTIES = {"Reform UK": "Reform UK", "REFORM UK": "Reform UK", "Labour": "Labour", "Lab": "Labour",
           "Conservative": "Conservative", "Con": "Conservative", "Liberal Democrats": "Liberal Democrats",
           "LD": "Liberal Democrats"}
BEFORE = {"Conservative": "Conservative", "Con": "Conservative", "Labour": "Labour", "Lab": "Labour"}
OUTCOMES = [("{p} gain from {q}", "gain"), ("{p} GAIN from {q}", "gain"), ("{p} gain", "gain"), ("{p} hold", "hold"),
            ("{p} HOLD", "hold")]
# the seat, the declared result and the winner, in the orders round-ups print them
DECLARED_WITH_WINNER = ["{s} ({d}): {w}", "{s} ({d}) - {w}", "{s} – {d} – {w}", "{s}: {d} – {w}", "{s}: {d} ({w})",
                        "{s} - {d} ({w})"]


def seats(*paragraphs: str, title: str = TITLE, date: str = "2025-05-02") -> list[SeatResult]:
    doc = document_of(LEAD, *paragraphs, title=title, date=date)
    return [f for f in extract_document(doc) if isinstance(f, SeatResult)]


def _expected(party: str, before: str, outcome: str, shape: str) -> tuple[str, str, str | None]:
    won = PARTIES[party]
    if outcome == "hold":
        return won, "hold", won
    return won, "gain", BEFORE[before] if "{q}" in shape else None


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(sorted(PARTIES)),
                          st.sampled_from(sorted(BEFORE)), st.sampled_from(OUTCOMES)),
                min_size=1, max_size=4, unique_by=(lambda t: t[0], lambda t: t[1])),
       st.sampled_from(DECLARED_WITH_WINNER))
def test_a_seat_line_declaring_its_result_and_naming_its_winner(rows: list, shape: str) -> None:
    rows = [r for r in rows if PARTIES[r[2]] != BEFORE[r[3]] or r[4][1] == "hold"]
    lines = [shape.format(s=ward, d=said.format(p=party, q=before), w=who)
             for ward, who, party, before, (said, _) in rows]
    found = {(r.area, r.winner, r.party, r.outcome, r.previous_party) for r in seats(*lines)}
    assert found == {(ward, who, *_expected(party, before, outcome, said))
                     for ward, who, party, before, (said, outcome) in rows}


def test_the_winner_named_on_a_declared_seat_line_stood_and_won() -> None:
    doc = document_of(LEAD, "Brook Hill (Reform UK gain from Conservative): Ann Roe", title=TITLE, date="2025-05-02")
    [stood] = [f for f in extract_document(doc) if isinstance(f, Candidacy)]
    assert (stood.area, stood.person, stood.party, stood.rank) == ("Brook Hill", "Ann Roe", "Reform UK", 1)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["{s}: {d} ({w}, majority 6,000)", "{s}: {d}, {w}, majority 6,000", "{s} – {d}, {w}, maj 6,000",
                        "{s}: {d}, {w}"]),
       st.sampled_from([("Labour gain from Conservative", "gain"), ("Labour hold", "hold")]), st.sampled_from(PEOPLE))
def test_a_seat_line_with_its_outcome_winner_and_majority(shape: str, said: tuple[str, str], who: str) -> None:
    """'Gedling: Labour gain (Ann Roe, majority 6,000)', 'Gedling: Labour hold, Ann Roe, majority 6,000': the winner
    and the majority after the outcome (the first gave nothing, the second only the outcome)."""
    found = seats(shape.format(s="Gedling", d=said[0], w=who), title="General election 2024: results across "
                  "Nottinghamshire", date="2024-07-05")
    majority = None if shape.endswith("{w}") else 6000
    assert [(r.area, r.winner, r.party, r.outcome, r.majority) for r in found] == [
        ("Gedling", who, "Labour", said[1], majority)]


def test_a_general_election_seat_heading_with_its_result_in_brackets() -> None:
    found = seats("Sherwood Forest (Labour gain from Conservative): Ann Roe",
                  title="General election 2024: results across Nottinghamshire", date="2024-07-05")
    assert [(r.election.kind, r.area, r.winner, r.party, r.outcome, r.previous_party) for r in found] == [
        ("general", "Sherwood Forest", "Ann Roe", "Labour", "gain", "Conservative")]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Results: {d} - {w}", "{w} said: {d}", "Brook Hill ({d}): a close night",
                        "Brook Hill ({d}): Labour", "Brook Hill: {d} - turnout 31%"]),
       st.sampled_from(["Labour gain from Conservative", "Con hold"]), st.sampled_from(PEOPLE))
def test_lines_that_name_no_seat_or_no_winner_give_no_winner(shape: str, said: str, who: str) -> None:
    line = shape.format(d=said, w=who)
    assert all(r.winner is None for r in seats(line))
    read = seat_and_winner_declared(line)
    assert read is None or read[0][0] == "Results"  # a label, not a seat: the reader skips it


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(["Reform UK", "Lab", "Liberal Democrats"]),
       st.sampled_from(sorted(BEFORE)), st.sampled_from([" - ", ": ", " – "]), st.sampled_from(["gain from", "GAIN FROM"]))
def test_a_winner_line_ending_in_gain_from_a_party(ward: str, who: str, party: str, before: str, sep: str,
                                                    gain: str) -> None:
    if PARTIES[party] == BEFORE[before]:
        return
    read = read_line(f"{ward}{sep}{who} ({party}) {gain} {before}")
    assert read is not None and read.seat is not None and read.seat[0] == ward
    [said] = read.declared
    assert (said.outcome, said.party, said.previous) == ("gain", PARTIES[party], BEFORE[before])
    assert read_line(f"{ward}{sep}{who} ({party}) gain from Anytown") is None  # no party's seat before


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(["Lab", "Labour"]), st.sampled_from(["gain from Con", "hold"]))
def test_a_contest_on_one_line_takes_its_outcome_from_the_line_below(ward: str, party: str, outcome: str) -> None:
    found = seats("Elsewhere the count went on into the night.",
                  f"{ward}: Ann Roe ({party}) 1,204; Sam Tarn (Con) 998.\n{party} {outcome}.",
                  "Lowfield (Reform UK gain from Conservative): Bob Gray")
    mine = [r for r in found if r.area == ward]
    assert [(r.winner, r.party, r.outcome) for r in mine] == [("Ann Roe", "Labour", outcome.split()[0])]
    assert all(r.outcome != outcome.split()[0] or r.party != "Labour" for r in found if r.area != ward)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["Eastfield", "Abbey", "Kingsmead North", "Castle", "Lowfield"]), min_size=1,
                max_size=4, unique=True),
       st.sampled_from(["Conservatives", "Labour"]), st.sampled_from(["Reform UK", "the Liberal Democrats"]))
def test_wards_a_party_lost_to_another(wards: list[str], loser: str, winner: str) -> None:
    listed = wards[0] if len(wards) == 1 else ", ".join(wards[:-1]) + f" and {wards[-1]}"
    found = seats(f"The {loser} lost {listed} to {winner}.")
    won = "Reform UK" if winner == "Reform UK" else "Liberal Democrats"
    before = "Conservative" if loser == "Conservatives" else "Labour"
    expected = {(w, won, "gain", before) for w in wards}
    if len(wards) == 2:  # 'A and B' may be one ward's name ('Ash and Oak'): read whole, never as a council
        expected = {(" and ".join(wards), won, "gain", before)}
    assert {(r.area, r.party, r.outcome, r.previous_party) for r in found} == expected


def test_a_council_lost_to_a_party_is_no_seat() -> None:
    assert not seats("Labour lost Derbyshire County Council to Reform UK.")
    assert not seats("The Conservatives lost control to Reform UK.")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["captured", "seized", "snatched", "regained", "retook", "secured"]),
       st.sampled_from(["Eastfield", "Kingsmead North", "Lowfield"]))
def test_a_ward_taken_by_a_party_with_a_verb_of_taking(verb: str, ward: str) -> None:
    found = seats(f"Reform UK {verb} {ward} from Labour.")
    assert {(r.area, r.party, r.outcome, r.previous_party) for r in found} == {(ward, "Reform UK", "gain", "Labour")}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["Eastfield", "Abbey", "Kingsmead North", "Castle", "Lowfield"]), min_size=3,
                max_size=4, unique=True),
       st.sampled_from([("were won by Reform UK", "Reform UK", None), ("were held by the Conservatives", "Conservative",
                                                                       "hold")]))
def test_a_list_of_wards_opening_a_sentence_that_says_they_were_won(wards: list[str], said: tuple) -> None:
    verb, party, outcome = said
    found = seats(", ".join(wards[:-1]) + f" and {wards[-1]} {verb}.")
    assert {(r.area, r.party, r.outcome) for r in found} == {(w, party, outcome) for w in wards}
    assert not seats(f"Ann Roe, Sam Tarn and Kim Vell {verb}.")  # people, not wards


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(WARDS), st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=3, unique=True),
       st.sampled_from(sorted(PARTIES)), st.sampled_from([": ", " - ", " – "]),
       st.sampled_from(["({b} {p})", ", {b} {p}"]), st.sampled_from(["both", "all"]))
def test_a_seat_and_its_winners_sharing_one_party(ward: str, people: list[str], party: str, sep: str, shape: str,
                                                  both: str) -> None:
    names = ", ".join(people[:-1]) + f" and {people[-1]}"
    line = f"{ward}{sep}{names} " + shape.format(b=both, p=party) if shape.startswith("(") else \
        f"{ward}{sep}{names}" + shape.format(b=both, p=party)
    found = {(r.area, r.winner, r.party) for r in seats(line)}
    assert found == {(ward, who, PARTIES[party]) for who in people}
    assert not seats(f"{ward}{sep}{people[0]} and others ({both} {party})")  # every name is read whole, or none


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Brook Hill (previously {b})\n{rows}", "Brook Hill (formerly {b})\n{rows}",
                        "Brook Hill\n{rows}\nPreviously held by {b}", "Brook Hill\n{rows}\nSeat previously held by the {b}"]),
       st.sampled_from(sorted(BEFORE)))
def test_a_list_s_heading_or_footer_giving_the_party_before(shape: str, before: str) -> None:
    """'Abbey (previously Labour)', 'Previously held by Labour' under the list: the party that held the seat before
    (it was not read)."""
    rows = "Ann Roe (Reform UK) 1,204\nSam Tarn (Con) 998"
    found = seats(shape.format(b=before, rows=rows))
    assert [(r.area, r.winner, r.previous_party) for r in found] == [("Brook Hill", "Ann Roe", BEFORE[before])]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["unopposed", "elected unopposed", "returned unopposed", "uncontested"]))
def test_a_seat_line_of_one_candidate_unopposed_is_won(mark: str) -> None:
    """'Brook Hill: Ann Roe (Lab) unopposed': the one candidate was elected (the line was read as no one's)."""
    found = seats(f"Brook Hill: Ann Roe (Lab) {mark}\nAbbey: Sam Tarn (Con) {mark}")
    assert [(r.area, r.winner, r.party) for r in found] == [("Brook Hill", "Ann Roe", "Labour"),
                                                          ("Abbey", "Sam Tarn", "Conservative")]


def test_a_ward_s_one_line_unopposed_under_its_heading_is_won_but_a_lone_elected_line_is_no_list() -> None:
    """'Brook Hill' over 'Ann Roe (Lab) elected unopposed' alone: the ward's contest. A line marked only 'elected'
    between other paragraphs is no list of its own (more often a piece of one set apart than a whole contest)."""
    found = seats("Brook Hill", "Ann Roe (Lab) elected unopposed", "The count went on into the night.")
    assert [(r.area, r.winner, r.party) for r in found] == [("Brook Hill", "Ann Roe", "Labour")]
    assert not seats("Brook Hill", "Ann Roe (Lab) elected", "The count went on into the night.")
