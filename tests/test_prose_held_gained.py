"""Gains and holds the prose states about a seat whose winner is read, in shapes once not read: the outcome in a
sentence of its own after a ward's result ('It was a Labour hold.'), a gain or hold as a noun beside the win ('a gain
for the Liberal Democrats', '- a Labour hold', 'keeping the seat in Labour hands'), the holder told by pronoun, office
or seat name ('She has been the MP since 2010', 'who has been a councillor for Abbey since 2015', 'The sitting
commissioner, Conservative Jane Roe'), and an office kept ('retained her post as police and crime commissioner').
Never one it does not state: a council's control, another party's gain, an office of another election. Invented
names and wards, real constituencies and councils so that the places and the elections are known; each shape
generated."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from test_prose_kept_and_lost import PARTIES, PEOPLE, SEATS, WARDS

from elexgraph.extract import extract_document
from elexgraph.extract.gate import check
from elexgraph.extract.prose_results import extract
from elexgraph.facts import SeatResult

SETTINGS = settings(max_examples=15, deadline=None)
COUNCIL_TITLE = "Borough council election results in full"
COUNCIL_LEAD = "The borough council elections in Gedling were held on Thursday, May 2, 2019."
GENERAL_TITLE = "General election 2019: the result"
GENERAL_LEAD = "The general election was held on Thursday, December 12, 2019."
PCC_TITLE = "Police and crime commissioner election"
PCC_LEAD = "The election for Derbyshire police and crime commissioner was held on Thursday, May 6, 2021."
OTHER = {"Labour": "Conservative", "Conservative": "Labour", "Liberal Democrats": "Labour", "Reform UK": "Labour"}


def _results(doc) -> dict[tuple[str, int], SeatResult]:  # type: ignore[no-untyped-def]
    return {(r.area, r.seat): r for r in check(list(extract(doc)), doc).kept if isinstance(r, SeatResult)}


def _council(*paragraphs: str) -> dict[tuple[str, int], SeatResult]:
    return _results(document_of(COUNCIL_LEAD, *paragraphs, title=COUNCIL_TITLE, date="2019-05-03"))


def _general(*paragraphs: str) -> dict[tuple[str, int], SeatResult]:
    return _results(document_of(GENERAL_LEAD, *paragraphs, title=GENERAL_TITLE, date="2019-12-13"))


def _pcc(*paragraphs: str) -> dict[tuple[str, int], SeatResult]:
    return _results(document_of(PCC_LEAD, *paragraphs, title=PCC_TITLE, date="2021-05-08"))


def _said(result: SeatResult) -> tuple[str | None, str | None, str | None]:
    return result.winner, result.party, result.outcome


def test_a_council_s_control_after_a_ward_s_result_is_no_outcome_of_the_ward() -> None:
    results = _council("Ann Roe won Abbey for Labour with 1,204 votes. Labour held control of the council.")
    assert results[("Abbey", 0)].outcome is None


@SETTINGS
@given(st.sampled_from(SEATS + WARDS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE), st.sampled_from(["hold", "gain"]),
       st.sampled_from([", a {o} for {p}.", ", a comfortable {o} for the {p}.", ". It was a {o} for {p}.",
                        " - a {p} {o}.", ", a narrow {p} {o}.", ". It was a {p} {o}.", ". The seat was a {p} {o}.",
                        ". This was a {p} {o}."]))
def test_a_gain_or_hold_said_beside_the_win_or_after_it_is_the_seat_s(place: str, party: tuple[str, str],
                                                                      person: str, outcome: str, said: str) -> None:
    win = f"{party[1]} {person} won {place} with 1,204 votes" + said.format(p=party[0], o=outcome)
    results = _council(win) if place in WARDS else _general(win)
    assert _said(results[(place, 0)]) == (person, party[0], outcome)


@SETTINGS
@given(st.sampled_from(SEATS + WARDS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from([", a gain for the {p}.", ". It was a {p} hold.", " - a {p} gain."]))
def test_a_gain_or_hold_said_for_another_party_than_the_winner_s_is_not_read(place: str, party: tuple[str, str],
                                                                            person: str, said: str) -> None:
    win = f"{party[1]} {person} won {place} with 1,204 votes" + said.format(p=OTHER[party[0]])
    results = _council(win) if place in WARDS else _general(win)
    assert results[(place, 0)].outcome is None


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["keeping the seat in {p} hands", "retaining the seat for {p}", "keeping it in {p} hands"]))
def test_a_seat_kept_in_the_party_s_hands_is_a_hold(seat: str, party: tuple[str, str], person: str, said: str) -> None:
    results = _general(f"{party[1]} {person} won {seat} with 22,000 votes, {said.format(p=party[0])}.")
    assert _said(results[(seat, 0)]) == (person, party[0], "hold")


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE), st.integers(1997, 2017),
       st.sampled_from(["She has been the MP since {y}.", "She has been MP for {s} since {y}.",
                        "She has represented {s} since {y}.", "She has held the seat since {y}."]))
def test_a_winner_told_as_the_holder_by_pronoun_or_seat_held_it(seat: str, party: tuple[str, str], person: str,
                                                                year: int, said: str) -> None:
    results = _general(f"{party[1]} {person} won {seat} with 22,000 votes. {said.format(s=seat, y=year)}")
    assert _said(results[(seat, 0)]) == (person, party[0], "hold")


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE), st.integers(1997, 2017),
       st.sampled_from(["She has been a councillor since {y}.", "She has represented Erewash since {y}.",
                        "She has been MP for Erewash since {y}."]))
def test_another_office_or_seat_held_is_no_hold(seat: str, party: tuple[str, str], person: str, year: int,
                                                said: str) -> None:
    """A councillor since 2015 who won a seat in Parliament held no seat there; a seat she held is not this one."""
    seat = "Gedling" if seat == "Erewash" else seat
    results = _general(f"{party[1]} {person} won {seat} with 22,000 votes. {said.format(y=year)}")
    assert results[(seat, 0)].outcome is None


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.integers(2003, 2015),
       st.sampled_from(["{w}, who has been a councillor for {d} since {y}, won with 1,204 votes.",
                        "{w} won {d} with 1,204 votes. She has represented the ward since {y}."]))
def test_a_councillor_holding_the_ward_since_a_year_held_it(ward: str, person: str, year: int, said: str) -> None:
    results = _council(said.format(w=person, d=ward, y=year))
    assert (results[(ward, 0)].winner, results[(ward, 0)].outcome) == (person, "hold")


@SETTINGS
@given(st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["The sitting commissioner, {p} {w}, won with 150,000 votes.",
                        "{p} {w}, who has been commissioner since 2016, won with 150,000 votes.",
                        "{p} {w} retained her post as police and crime commissioner with 150,000 votes.",
                        "{p} {w} kept her job as police and crime commissioner with 150,000 votes.",
                        "{p} {w} retained the role for {p} with 150,000 votes.",
                        "{p} {w} will serve a second term as commissioner after polling 150,000 votes."]))
def test_a_commissioner_who_held_the_office_or_kept_it_held_it(party: tuple[str, str], person: str, said: str) -> None:
    results = _pcc(said.format(p=party[0], w=person))
    assert _said(results[("Derbyshire", 0)]) == (person, party[0], "hold")


def test_an_office_held_of_a_council_is_no_win() -> None:
    results = _pcc("Ann Roe kept her job as leader of the council.", "Labour's Sam Tarn won with 150,000 votes.")
    assert _said(results[("Derbyshire", 0)]) == ("Sam Tarn", "Labour", None)


def test_a_term_being_served_is_no_win() -> None:
    results = _pcc("Ann Roe, who is serving a second term, will serve until May.",
                   "Labour's Sam Tarn won with 150,000 votes.")
    assert _said(results[("Derbyshire", 0)]) == ("Sam Tarn", "Labour", None)


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE), st.integers(1997, 2017),
       st.sampled_from(["{w} kept {s}, the seat she has held since {y}, with 22,000 votes.",
                        "{w} won {s}, a seat {p} has held since {y}, with 22,000 votes."]))
def test_a_seat_held_since_a_year_told_without_that_is_still_this_contest_s_and_held(
        seat: str, party: tuple[str, str], person: str, year: int, said: str) -> None:
    """'the seat she has held since 2017' names no contest of 2017: the win is this election's (it was lost)."""
    results = _general(f"{party[1]} " + said.format(w=person, s=seat, p=party[0], y=year))
    assert _said(results[(seat, 0)]) == (person, party[0], "hold")


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["{p} {w}, who was seeking re-election, won {s} with 22,000 votes.",
                        "{p} {w} won {s} with 22,000 votes. She was standing for re-election.",
                        "{p} {w}, the incumbent, won {s} with 22,000 votes."]))
def test_a_winner_seeking_re_election_held_the_seat(seat: str, party: tuple[str, str], person: str, said: str) -> None:
    results = _general(said.format(p=party[1], w=person, s=seat))
    assert _said(results[(seat, 0)]) == (person, party[0], "hold")


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["{p} hold.", "{P} HOLD", "{p} gain from {o}.", "{P} GAIN FROM {O}"]))
def test_an_outcome_declared_after_a_ward_s_result_is_the_ward_s(ward: str, party: tuple[str, str], person: str,
                                                                 said: str) -> None:
    other = OTHER[party[0]]
    declared = said.format(p=party[0], P=party[0].upper(), o=other, O=other.upper())
    result = _council(f"{person} ({party[0]}) won {ward} with 1,204 votes.", declared)[(ward, 0)]
    assert _said(result) == (person, party[0], "gain" if "gain" in said.lower() else "hold")
    assert result.previous_party == (other if "gain" in said.lower() else party[0])


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE), st.sampled_from(PEOPLE),
       st.sampled_from(["She replaces {o}'s {b}, who stood down.", "She succeeds the retiring {o} MP {b}.",
                        "She takes over from {o}'s {b}."]))
def test_a_winner_who_replaces_a_named_party_s_holder_took_the_seat_from_that_party(
        seat: str, party: tuple[str, str], person: str, before: str, said: str) -> None:
    before = "Tom Smith" if before == person else before
    for old in (party[0], OTHER[party[0]]):
        result = _general(f"{party[1]} {person} won {seat} with 22,000 votes.", said.format(o=old, b=before))[(seat, 0)]
        assert (result.previous_party, result.outcome) == (old, "hold" if old == party[0] else "gain")


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["She replaces {o}'s Tom Smith as leader of the group.", "She replaces {o} councillor Tom Smith.",
                        "She had hoped to replace {o}'s Tom Smith."]))
def test_one_replaced_in_another_office_or_in_a_wish_says_nothing_of_the_seat(
        seat: str, party: tuple[str, str], person: str, said: str) -> None:
    result = _general(f"{party[1]} {person} won {seat} with 22,000 votes.",
                      said.format(o=OTHER[party[0]]))[(seat, 0)]
    assert (result.previous_party, result.outcome) == (None, None)


COLOURS = {"Conservative": "blue", "Labour": "red", "Liberal Democrats": "orange", "Reform UK": "turquoise"}


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from([("{s} stays {c}.", "hold"), ("{s} turns {c}.", "gain"), ("The seat remained {c}.", "hold"),
                        ("It went {c}.", "gain")]), st.booleans())
def test_a_seat_told_by_its_party_s_colour_kept_or_changed_hands(seat: str, party: tuple[str, str], person: str,
                                                                 said: tuple[str, str], headline: bool) -> None:
    """Told in the body, or as the headline where it names the seat ('Anytown stays blue')."""
    told = said[0].format(s=seat, c=COLOURS[party[0]])
    win = f"{party[1]} {person} won {seat} with 22,000 votes."
    if headline and "{s}" in said[0]:
        doc = document_of(GENERAL_LEAD, win, title=told.rstrip("."), date="2019-12-13")
    else:
        doc = document_of(GENERAL_LEAD, win, told, title=GENERAL_TITLE, date="2019-12-13")
    assert _said(_results(doc)[(seat, 0)]) == (person, party[0], said[1])


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE))
def test_another_party_s_colour_says_nothing_of_the_seat(seat: str, party: tuple[str, str], person: str) -> None:
    other = COLOURS[OTHER[party[0]]]
    results = _general(f"{party[1]} {person} won {seat} with 22,000 votes, turning it {other}.")
    assert results[(seat, 0)].outcome is None


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["ousting the {o}", "unseating {o}", "overturning a {o} majority of 4,000"]))
def test_a_win_that_ousted_a_party_gained_the_seat_from_it(seat: str, party: tuple[str, str], person: str,
                                                           said: str) -> None:
    other = OTHER[party[0]]
    result = _general(f"{party[1]} {person} won {seat} with 22,000 votes, {said.format(o=other)}.")[(seat, 0)]
    assert (_said(result), result.previous_party) == ((person, party[0], "gain"), other)


def test_a_party_ousted_from_more_than_the_seat_says_nothing_of_it() -> None:
    result = _general("Labour's Ann Roe won Gedling with 22,000 votes, ousting the Conservatives from power.")
    assert (result := result[("Gedling", 0)]).outcome is None and result.previous_party is None


@SETTINGS
@given(st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2, unique=True), st.sampled_from(WARDS),
       st.sampled_from(PARTIES))
def test_winners_named_after_a_sentence_of_a_ward_s_seats_held_won_one_each(names: list[str], ward: str,
                                                                            party: tuple[str, str]) -> None:
    results = _council(f"{party[0]} held both seats in {ward}. {names[0]} and {names[1]} were elected.")
    assert [_said(r) for r in results.values()] == [(n, party[0], "hold") for n in names]


@SETTINGS
@given(st.lists(st.sampled_from(PEOPLE), min_size=3, max_size=3, unique=True), st.sampled_from(WARDS),
       st.sampled_from(PARTIES), st.sampled_from(["gained the third seat for", "took the other seat for"]))
def test_a_further_seat_of_a_ward_won_by_another_party_is_its_own(names: list[str], ward: str,
                                                                  party: tuple[str, str], said: str) -> None:
    other = OTHER[party[0]]
    results = _council(f"In {ward}, {party[1]} {names[0]} and {names[1]} were re-elected and {names[2]} {said} {other}.")
    outcome = "gain" if said.startswith("gained") else None
    assert [_said(r) for r in results.values()] == [(names[0], party[0], "hold"), (names[1], party[0], "hold"),
                                                    (names[2], other, outcome)]


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["kept seat as {s} MP", "retains seat as {s} MP", "wins seat in {s}"]))
def test_a_seat_won_or_kept_without_an_article_is_a_win(seat: str, party: tuple[str, str], person: str,
                                                        said: str) -> None:
    """A headline's words: 'retains seat as Anytown MP' (no 'the' before 'seat')."""
    results = _general(f"{party[0]} {person} {said.format(s=seat)} with 22,000 votes.")
    outcome = None if said.startswith("wins") else "hold"
    assert _said(results[(seat, 0)]) == (person, party[0], outcome)


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE))
def test_they_after_one_party_is_that_party(seat: str, party: tuple[str, str], person: str) -> None:
    other = OTHER[party[0]]
    result = _general(f"{party[0]} campaigned hard in {seat}, where they won the seat from {other}.",
                      f"{person} won 22,000 votes.")[(seat, 0)]
    assert (result.party, result.outcome, result.previous_party) == (party[0], "gain", other)



@SETTINGS
@given(st.sampled_from(PARTIES), st.sampled_from(PEOPLE), st.booleans(),
       st.sampled_from(["{p} {w} won with 150,000 votes, replacing {o} Tom Smith.",
                        "{p} {w} won with 150,000 votes, succeeding the {o} commissioner Tom Smith.",
                        "{p} {w} won with 150,000 votes, taking the role from the {o}.",
                        "{p} {w} won with 150,000 votes. {o} Tom Smith, the outgoing commissioner, did not stand.",
                        "{p} {w} won with 150,000 votes. The previous commissioner, {o} Tom Smith, stood down."]))
def test_a_commissioner_who_replaced_one_of_a_party_took_the_office_from_it(party: tuple[str, str], person: str,
                                                                           same: bool, said: str) -> None:
    same = same and "taking" not in said  # a role taken from one's own party is no result
    old = party[0] if same else OTHER[party[0]]
    result = _pcc(said.format(p=party[0], w=person, o=old))[("Derbyshire", 0)]
    assert (_said(result), result.previous_party) == ((person, party[0], "hold" if same else "gain"), old)


@SETTINGS
@given(st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["{p} {w} won with 150,000 votes, replacing {o} Tom Smith as leader of the council.",
                        "{p} {w} won with 150,000 votes. {o} Tom Smith, the outgoing MP, did not stand."]))
def test_one_replaced_in_another_office_gives_the_commissioner_no_party_before(party: tuple[str, str], person: str,
                                                                              said: str) -> None:
    result = _pcc(said.format(p=party[0], w=person, o=OTHER[party[0]]))[("Derbyshire", 0)]
    assert (result.outcome, result.previous_party) == (None, None)


BY_ELECTION_LEAD = "A by-election was held in the {w} ward of Gedling Borough Council on Thursday, March 9, 2023{why}."
LIST = ["{a} ({p}) 1,204", "{b} ({o}) 600", "Bob Gray (Green) 100"]


def _by_election(ward: str, names: list[str], party: str, title: str, why: str = "") -> SeatResult:
    """The by-election's result as every reader and the gate give it: the list's winner, the prose's outcome."""
    lines = [line.format(a=names[0], b=names[1], p=party, o=OTHER[party]) for line in LIST]
    doc = document_of(BY_ELECTION_LEAD.format(w=ward, why=why), *lines, title=title, date="2023-03-10")
    return next(f for f in extract_document(doc) if isinstance(f, SeatResult) and (f.area, f.seat) == (ward, 0))


@SETTINGS
@given(st.sampled_from(WARDS), st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2, unique=True),
       st.sampled_from(PARTIES), st.sampled_from(["{p} hold {w} in by-election", "{w} by-election: {p} hold",
                                                  "By-election: {p} hold"]))
def test_a_headline_s_hold_over_a_results_list_is_the_list_s_contest_s(ward: str, names: list[str],
                                                                       party: tuple[str, str], title: str) -> None:
    result = _by_election(ward, names, party[0], title.format(p=party[0], w=ward))
    assert (_said(result), result.previous_party) == ((names[0], party[0], "hold"), party[0])


@SETTINGS
@given(st.sampled_from(WARDS), st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2, unique=True),
       st.sampled_from(PARTIES))
def test_a_headline_s_outcome_for_another_party_than_the_list_s_winner_s_is_not_read(
        ward: str, names: list[str], party: tuple[str, str]) -> None:
    result = _by_election(ward, names, party[0], f"{OTHER[party[0]]} hold {ward} in by-election")
    assert result.outcome is None


@SETTINGS
@given(st.sampled_from(WARDS), st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2, unique=True),
       st.sampled_from(PARTIES), st.booleans(),
       st.sampled_from([", after the death of {o} councillor Tom Smith", ", following the resignation of {o}'s Tom Smith",
                        " after {o} councillor Tom Smith stood down",
                        ". The seat became vacant when {o}'s Tom Smith moved away",
                        ", after the resignation of Tom Smith, who had represented the ward for {o} since 2011",
                        ". Tom Smith, the {o} councillor for the ward, stood down in January"]))
def test_a_by_election_called_after_a_party_s_councillor_left_was_that_party_s_seat(
        ward: str, names: list[str], party: tuple[str, str], same: bool, why: str) -> None:
    old = party[0] if same else OTHER[party[0]]
    result = _by_election(ward, names, party[0], f"{ward} by-election result", why.format(o=old))
    assert (_said(result), result.previous_party) == ((names[0], party[0], "hold" if same else "gain"), old)


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PARTIES), st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2,
                                                                  unique=True),
       st.sampled_from(["{p} {w}, defending her seat, won {d} with 1,204 votes.",
                        "{p} {w} won {d} with 1,204 votes, defending her seat against {l}.",
                        "{o} {w} won {d} with 1,204 votes. {p} {l}, defending his seat, came second with 900."]))
def test_one_defending_their_own_seat_held_it(ward: str, party: tuple[str, str], names: list[str], said: str) -> None:
    other = OTHER[party[0]]
    result = _council(said.format(p=party[1], o=other, w=names[0], l=names[1], d=ward))[(ward, 0)]
    lost = "{o}" in said
    assert (result.outcome, result.previous_party) == (("gain", party[0]) if lost else ("hold", party[0]))


def test_one_defending_a_seat_for_the_party_need_not_have_held_it() -> None:
    result = _council("Labour's Ann Roe, defending the seat for the party, won Abbey with 1,204 votes.")[("Abbey", 0)]
    assert result.outcome is None


@SETTINGS
@given(st.sampled_from(PARTIES), st.sampled_from(PEOPLE), st.booleans(), st.sampled_from(["pcc", "general"]),
       st.sampled_from(["{w} replaces {o}'s Tom Smith.", "{w} succeeds the retiring {o} {office} Tom Smith.",
                        "The outgoing {office}, {o}'s Tom Smith, did not stand again."]))
def test_the_one_a_results_list_tops_took_the_seat_from_the_party_of_the_one_before(
        party: tuple[str, str], person: str, same: bool, kind: str, said: str) -> None:
    """Where only a results list says who won, the prose's 'She replaces Labour's Tom Smith' still tells the seat's
    party before (it was read only of a winner the prose itself named as winning); 'the outgoing MP' tells of no
    commissioner's office."""
    person = "Kim Vell" if person == "Tom Smith" else person
    old = party[0] if same else OTHER[party[0]]
    office = {"pcc": "commissioner", "general": "MP"}[kind]
    lead, title, date, area = ((PCC_LEAD, PCC_TITLE, "2021-05-08", "Derbyshire") if kind == "pcc"
                               else (GENERAL_LEAD, "Gedling result", "2019-12-13", "Gedling"))
    rows = f"{person} ({party[0]}) 22,760\nIvo Brack ({OTHER[party[0]]}) 12,081\nFay Quill (Green) 2,279"
    doc = document_of(lead, said.format(w=person, o=old, office=office), rows, title=title, date=date)
    result = next(r for r in extract_document(doc) if isinstance(r, SeatResult) and r.area == area)
    told = kind == "pcc" or "outgoing" not in said  # the outgoing office holder is read of a one-area office
    assert (result.winner, result.party, result.previous_party) == (person, party[0], old if told else None)


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["{p} {w} survived a strong challenge from {o} to hold {s}.",
                        "{p} {w} saw off a challenge from the {o} to keep {s}.",
                        "{o}'s Tom Smith failed to unseat {p} {w} in {s}.",
                        "The {o} candidate, Tom Smith, was unable to oust the sitting MP, {p} {w}, in {s}."]))
def test_one_who_withstood_a_party_s_challenge_held_the_seat(seat: str, party: tuple[str, str], person: str,
                                                             said: str) -> None:
    """'survived a challenge from Labour to hold Anytown' made Labour the party that held it; 'failed to unseat X':
    X held the seat (it was not read)."""
    person = "Kim Vell" if person == "Tom Smith" else person
    result = _general(said.format(p=party[1], w=person, o=OTHER[party[0]], s=seat))[(seat, 0)]
    assert _said(result) == (person, party[0], "hold")


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["{p} {w} won the seat, which was previously held by the {o}.",
                        "{p} {w} took the constituency, which had been held by the {o} since 1983.",
                        "{p} {w} won {s}, a seat the {o} had held since 1983.",
                        "{p} {w} won {s}, which was previously held by the {o}.",
                        "{p} {w} won {s}, previously held by the {o}.",
                        "{p} {w} won {s}, a seat formerly held by the {o}."]))
def test_the_seat_a_relative_clause_follows_was_held_by_that_party(seat: str, party: tuple[str, str],
                                                                  person: str, said: str) -> None:
    """'… won the seat, which was previously held by the Conservatives': the clause after 'which' is the seat's, not
    the winner's (it was read as said of her, and nothing came of it); '… a seat the Tories had held since 1983'; the
    same after the seat's name, or set off by a comma with no 'which' (both were passed over)."""
    results = _general(f"The {seat} count finished at 3am.", said.format(p=party[1], w=person, o=OTHER[party[0]], s=seat))
    result = results[(seat, 0)]
    assert (_said(result), result.previous_party) == ((person, party[0], "gain"), OTHER[party[0]])


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["{p} {n} won {s}, ending 14 years of {o} rule.", "In {s}, {p} {n} ended decades of {o} rule.",
                        "{s} changed hands, with {p} {n} defeating {o} candidate Tom Smith.",
                        "{s} fell to {p} {n}, who beat the {o} candidate Tom Smith.",
                        "{p} {n} won {s} after 14 years of {o} rule.",
                        "{p} {n} won {s}, held by the {o} since 2010.",
                        "{s} is now held by {p} {n} after decades of {o} control."]))
def test_a_seat_that_changed_hands_said_so_was_gained(seat: str, party: tuple[str, str], person: str, said: str) -> None:
    """'ending 14 years of Conservative rule', 'changed hands', 'fell to': a gain, from the one other party the
    sentence names (the first two were not read as a win at all, the others gave no gain); 'after 14 years of
    Conservative rule' the same ('is now held by' was read as a hold, and the party before not at all)."""
    other = OTHER[party[0]]
    result = _general(said.format(s=seat, p=party[1], n=person, o=other))[(seat, 0)]
    assert (_said(result), result.previous_party) == ((person, party[0], "gain"), other)


def test_the_end_of_a_party_s_control_of_a_council_is_no_seat() -> None:
    results = _results(document_of("Labour ended 14 years of Conservative control of Gedling Borough Council.",
                                   title=COUNCIL_TITLE, date="2019-05-03"))
    assert not results


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(["Ann Roe", "Kim Vell", "Fay Quill"]))
def test_her_majority_told_after_her_win_is_the_seat_s(seat: str, party: tuple[str, str], person: str) -> None:
    """'Jane Roe won Anytown. Her majority was 4,287.': the majority of one the article has said won (it was lost)."""
    result = _general(f"{party[1]} {person} won {seat}.", "Her majority was 4,287.")[(seat, 0)]
    assert (result.winner, result.majority) == (person, 4287)


@given(st.sampled_from(["Conservative Tom Smith had held the seat since 2010. His majority was 9,000.",
                        "His majority in 2017 was 9,000."]))
def test_a_majority_of_one_who_did_not_win_or_of_another_year_is_not_the_seat_s(said: str) -> None:
    result = _general("Labour's Ann Roe won Gedling, beating Conservative Tom Smith.", said)[("Gedling", 0)]
    assert (result.winner, result.majority) == ("Ann Roe", None)


@SETTINGS
@given(st.sampled_from(["Abbey", "Castle", "Lowfield"]), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["{w} was {p}'s only {o}.", "{w} was one of {p}'s {o}s.", "{w} was a {o} for {p}."]),
       st.sampled_from(["hold", "gain"]))
def test_a_ward_said_to_be_a_party_s_gain_or_hold_is_the_ward_s(ward: str, party: tuple[str, str], person: str,
                                                               said: str, outcome: str) -> None:
    """"Castle was Labour's only gain", 'Castle was one of Labour's gains' (not read before)."""
    results = _council(f"{party[1]} {person} won {ward} with 1,204 votes.", said.format(w=ward, p=party[0], o=outcome))
    assert _said(results[(ward, 0)]) == (person, party[0], outcome)


@SETTINGS
@given(st.sampled_from(PARTIES), st.sampled_from([("Gedling", "Mansfield"), ("Abbey", "Castle")]),
       st.sampled_from(["took {a} from the {o} and held {b}.", "held {b} and took {a} from the {o}.",
                        "won {a} from the {o} and kept {b}."]))
def test_a_gain_and_a_hold_told_together_keep_each_its_own(party: tuple[str, str], seats: tuple[str, str],
                                                          said: str) -> None:
    """'Labour took Castle from the Conservatives and held Abbey': Abbey was a hold (it was read as a second gain
    from the Conservatives, the whole sentence one clause)."""
    (gained, held), other = seats, OTHER[party[0]]
    text = f"{party[0]} " + said.format(a=gained, b=held, o=other)
    results = _council(text) if gained == "Abbey" else _general(text)
    outcomes = {area: (r.outcome, r.previous_party) for (area, _), r in results.items()}
    assert outcomes[gained] == ("gain", other) and outcomes[held] == ("hold", party[0])


def test_a_seat_that_changed_colour_was_gained_from_the_first_colour_s_party() -> None:
    """'Erewash changed from blue to red': a gain by the party of the second colour from the first's (the colours
    were read only after 'stays', 'turned' and the like)."""
    result = _general("Erewash changed from blue to red as Labour's Ann Roe won.")[("Erewash", 0)]
    assert (_said(result), result.previous_party) == (("Ann Roe", "Labour", "gain"), "Conservative")


@SETTINGS
@given(st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from(PEOPLE),
       st.sampled_from(["{p} {n} came within 500 votes of winning {s}.", "{p} {n} came within a whisker of taking {s}.",
                        "{p} {n} fell just short of winning {s}."]))
def test_one_who_came_close_to_winning_did_not_win(seat: str, party: tuple[str, str], person: str, said: str) -> None:
    """'came within 500 votes of winning Erewash': she lost (she was read as its winner)."""
    results = _general(said.format(p=party[1], n=person, s=seat))
    assert all(r.winner != person and r.party != party[0] for r in results.values())


def test_a_winner_held_back_or_holding_back_tears_kept_nothing() -> None:
    """'held back by a recount', 'who held back tears': no hold (the first was read as one)."""
    for said in ("Labour's Ann Roe, held back by a recount, won Erewash.", "Labour's Ann Roe, who held back tears, won Erewash."):
        assert _general(said)[("Erewash", 0)].outcome is None
