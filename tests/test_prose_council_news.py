"""Council and by-election results told in a local paper's plain prose: the ward a by-election's headline or story
names when its lead names none, a ward's name cut from the council or the day printed beside it, a lead that says
someone is the new councillor, a date printed in figures, a ward named as its councillor's title ('Lowfield
councillor Jane Roe'), a candidate who 'stood in' a ward, 'Elsewhere in Abbey, …', and a councillor's own seat lost
to a party in a story about control. Invented names and wards, real councils so that the elections are known; each
shape generated, with the shapes that must give nothing beside them."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.elections import article_election
from elexgraph.extract import extract_document
from elexgraph.extract.places import head_ward
from elexgraph.facts import Candidacy, SeatResult

SETTINGS = settings(max_examples=20, deadline=None)
WARDS = ["Brook Hill", "Lowfield", "Kingsmead North", "Upton Vale", "Ash & Oak"]
ONE_WORD_WARDS = ["Lowfield", "Abbeydale", "Castlegate"]
COUNCILS = ["Gedling Borough Council", "Erewash Borough Council", "Nottinghamshire County Council"]
PEOPLE = [("Jane Roe", "Tom Smith"), ("Ann Lee", "Bob Gray"), ("Kim Vell", "Sam Tarn")]
PARTIES = [("Labour", "Labour's"), ("Conservative", "Conservative"), ("Reform UK", "Reform UK's"), ("Green", "Green")]
COUNCIL_LEAD = "The borough council elections were held on Thursday, May 2, 2019."


def _facts(title: str, *paragraphs: str, date: str | None = None) -> tuple[list[Candidacy], list[SeatResult]]:
    facts = extract_document(document_of(*paragraphs, title=title, date=date))
    return ([f for f in facts if isinstance(f, Candidacy)], [f for f in facts if isinstance(f, SeatResult)])


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(COUNCILS), st.sampled_from(PEOPLE),
       st.sampled_from(["{w} by-election: Labour hold", "Labour win {w} by-election", "Labour take {w} ward in by-election"]))
def test_a_by_election_s_ward_in_the_headline_alone_places_the_story(ward: str, council: str, people: tuple[str, str],
                                                                    title: str) -> None:
    """The lead names the council and no ward: the headline's ward (in plain case) is the by-election's."""
    winner, rival = people
    cands, _ = _facts(title.format(w=ward, n=winner), f"Labour's {winner} has won the {council} by-election held on "
                      f"Thursday, March 9, 2023.", f"She received 804 votes, with {rival} (Con) on 611.")
    assert {(c.area, c.person, c.votes) for c in cands} == {(ward, winner, 804), (ward, rival, 611)}


@given(st.sampled_from(WARDS), st.sampled_from(COUNCILS))
def test_a_title_in_capitals_gives_a_ward_only_where_the_story_prints_it_again(ward: str, council: str) -> None:
    lead = f"Labour has won the {council} by-election held on Thursday, March 9, 2023."
    title = f"Labour Wins {ward.title()} By-Election"
    assert head_ward(document_of(lead, "Jane Roe received 804 votes.", title=title)) is None
    assert head_ward(document_of(lead, f"The by-election in {ward} was called after a death.", title=title)) == ward


@given(st.sampled_from(COUNCILS))
def test_a_story_naming_two_wards_and_a_lead_naming_none_place_nothing(council: str) -> None:
    doc = document_of(f"Labour has won the {council} by-election held on Thursday, March 9, 2023.",
                      "Voters in Abbey and voters in Castle went to the polls.", title="Labour hold seat")
    assert head_ward(doc) is None


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(COUNCILS),
       st.sampled_from(["Voters went to the polls in {w} on Thursday, March 9, 2023, in a {c} by-election.",
                        "A {c} by-election for {w} was held on Thursday, March 9, 2023.",
                        "Labour gained a seat on {c} in the {w} ward by-election on 9 March 2023."]))
def test_a_ward_is_cut_from_the_day_and_the_council_printed_beside_it(ward: str, council: str, lead: str) -> None:
    doc = document_of(lead.format(w=ward, c=council), title="By-election result")
    assert head_ward(doc) == ward


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(PARTIES),
       st.sampled_from(["{n} is the new {p} councillor for {w} after the vote on March 9, 2023.",
                        "{n} has been elected as the new {p} councillor for {w} on March 9, 2023."]))
def test_a_lead_saying_who_is_the_new_councillor_reports_a_council_contest(
        ward: str, people: tuple[str, str], party: tuple[str, str], lead: str) -> None:
    winner, rival = people
    cands, _ = _facts("Result", lead.format(n=winner, p=party[0], w=ward),
                      f"She won 804 votes, while {rival} got 611.")
    assert {(c.election.kind, c.area, c.person, c.votes) for c in cands} == {
        ("local", ward, winner, 804), ("local", ward, rival, 611)}


@given(st.sampled_from(PEOPLE), st.sampled_from(PARTIES))
def test_a_councillor_elected_years_ago_in_a_defection_story_reports_no_contest(people: tuple[str, str],
                                                                                party: tuple[str, str]) -> None:
    doc = document_of(f"{people[0]}, who was elected as a {party[0]} councillor in 2019 with 804 votes, has left the "
                      f"party.", title="Councillor quits", date=None)
    assert doc.election.main is None


@SETTINGS
@given(st.integers(1, 28), st.integers(1, 12), st.integers(2005, 2024), st.booleans())
def test_a_date_printed_in_figures_dates_the_article(day: int, month: int, year: int, short: bool) -> None:
    printed = f"{day}/{month}/{year % 100:02d}" if short else f"{day:02d}/{month:02d}/{year}"
    doc = document_of(f"The Gedling Borough Council by-election in Brook Hill ward took place on Thursday {printed}.",
                      title="By-election result", date=None)
    assert article_election(doc).year == year


def test_figures_that_are_no_date_date_nothing() -> None:
    doc = document_of("The Gedling Borough Council by-election in Brook Hill ward was won 3/4 of the way through.",
                      title="By-election result", date=None)
    assert doc.election.main is not None and doc.election.main.undated_in


def _council(*paragraphs: str) -> tuple[list[Candidacy], list[SeatResult]]:
    return _facts("Borough council election results in full", COUNCIL_LEAD, *paragraphs, date="2019-05-03")


@SETTINGS
@given(st.sampled_from(WARDS + ONE_WORD_WARDS), st.sampled_from(PEOPLE), st.integers(200, 3000),
       st.sampled_from(["{w} councillor {n} was re-elected with {v:,} votes.",
                        "Labour's {n} is the new {w} councillor after polling {v:,} votes.",
                        "{w}'s new councillor is {n}, who polled {v:,} votes.",
                        "{n}, who stood in {w}, received {v:,} votes and was elected."]))
def test_a_ward_named_as_its_councillor_s_title_or_where_she_stood_is_hers(ward: str, people: tuple[str, str],
                                                                         votes: int, shape: str) -> None:
    sentence = shape.format(w=ward, n=people[0], v=votes)
    again = [] if " " in ward or not sentence.startswith(ward) else [f"Voters in {ward} had three candidates."]
    cands, _ = _council(*again, sentence)
    assert [(c.area, c.person, c.votes) for c in cands] == [(ward, people[0], votes)]


@given(st.sampled_from(PEOPLE), st.sampled_from(["Fellow", "County", "Former Lowfield", "Gedling"]))
def test_words_of_an_office_before_councillor_name_no_ward(people: tuple[str, str], before: str) -> None:
    cands, results = _council(f"{before} councillor {people[0]} was re-elected with 804 votes.")
    assert not cands and not results


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(PARTIES),
       st.sampled_from(["Elsewhere", "Over", "Meanwhile"]))
def test_a_ward_after_an_opening_word_and_in_is_the_clause_s(ward: str, people: tuple[str, str],
                                                             party: tuple[str, str], opener: str) -> None:
    _, results = _council(f"{opener} in {ward}, {party[1]} {people[0]} won with 612 votes.")
    assert [(r.area, r.winner, r.party) for r in results] == [(ward, people[0], party[0])]


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(PARTIES[:2]), st.sampled_from(PARTIES[2:]))
def test_a_group_leader_s_seat_lost_to_a_party_is_that_party_s_gain(ward: str, people: tuple[str, str],
                                                                   lost: tuple[str, str], taker: tuple[str, str]) -> None:
    cands, results = _council(f"The leader of the {lost[0]} group, {people[1]}, lost his seat in {ward} ward to "
                              f"{taker[0]}.")
    assert [(c.area, c.person, c.party) for c in cands] == [(ward, people[1], lost[0])]
    assert [(r.area, r.winner, r.party, r.outcome, r.previous_party) for r in results] == [
        (ward, None, taker[0], "gain", lost[0])]


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(["{w}:", "Ward: {w}", "Division: {w}"]))
def test_a_ward_s_label_line_over_its_prose_is_a_crosshead(ward: str, people: tuple[str, str], label: str) -> None:
    """'Brook Hill:' or 'Ward: Brook Hill' on a line of its own: the prose under it is that ward's ('Ward: Brook Hill'
    was once the ward's name, and 'Brook Hill:' placed nothing)."""
    _, results = _facts("County council results", "The Nottinghamshire County Council elections were held on Thursday, "
                        "May 6, 2021.", label.format(w=ward), f"Labour's {people[0]} won with 804 votes, ahead of "
                        f"{people[1]} (Con) on 700.")
    assert [(r.area, r.winner) for r in results] == [(ward, people[0])]


def test_a_label_line_that_names_no_ward_places_nothing() -> None:
    _, results = _facts("County council results", "The Nottinghamshire County Council elections were held on Thursday, "
                        "May 6, 2021.", "The results were:", "Labour's Jane Roe won with 804 votes.")
    assert not results


COUNTY_LEAD = "The Nottinghamshire County Council elections were held on Thursday, May 6, 2021."


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.integers(200, 3000),
       st.sampled_from(["Council leader {n}, who represents {w}, was confident before the count.",
                        "{n} has represented {w} since 2013."]))
def test_the_ward_a_councillor_represents_is_hers_for_her_result_told_later(ward: str, people: tuple[str, str],
                                                                            votes: int, said: str) -> None:
    cands, results = _facts("County council results", COUNTY_LEAD, said.format(n=people[0], w=ward),
                            f"She was re-elected with {votes:,} votes.")
    assert [(c.area, c.person, c.votes) for c in cands] == [(ward, people[0], votes)]
    assert [(r.area, r.winner) for r in results] == [(ward, people[0])]


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(PARTIES),
       st.sampled_from(["The closest contest was in {w}.", "The tightest race of the night was in {w}."]
                       + [f"{w} saw the closest contest of the night." for w in ONE_WORD_WARDS]))
def test_a_ward_where_a_sentence_says_a_contest_was_is_the_one_read_next(ward: str, people: tuple[str, str],
                                                                         party: tuple[str, str], said: str) -> None:
    ward = next((w for w in ONE_WORD_WARDS if said.startswith(w)), ward)
    _, results = _facts("County council results", COUNTY_LEAD, said.format(w=ward),
                        f"{party[1]} {people[0]} won with 804 votes.")
    assert [(r.area, r.winner, r.party) for r in results] == [(ward, people[0], party[0])]


@given(st.sampled_from(PEOPLE))
def test_a_person_who_saw_a_contest_is_no_ward(people: tuple[str, str]) -> None:
    _, results = _facts("County council results", COUNTY_LEAD,
                        f"{people[0]} saw a close race in Lowfield and won with 804 votes.")
    assert [(r.area, r.winner) for r in results] == [("Lowfield", people[0])]


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.integers(200, 3000))
def test_a_past_contest_after_having_keeps_the_result_before_it(ward: str, people: tuple[str, str], votes: int) -> None:
    """'…, having stood unsuccessfully in Castle in 2017 with 300 votes': the year and the place are the clause
    after 'having''s, not the result's (the whole sentence once gave nothing)."""
    cands, results = _facts("County council results", COUNTY_LEAD, f"{people[0]} was elected in {ward} with {votes:,} "
                            f"votes, having stood unsuccessfully in Castlegate in 2017 with 300 votes.")
    assert [(c.election.year, c.area, c.person, c.votes) for c in cands] == [(2021, ward, people[0], votes)]
    assert [(r.area, r.winner) for r in results] == [(ward, people[0])]


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(PARTIES[:2]), st.sampled_from(["", " this time"]))
def test_a_seat_its_holder_lost_it_to_someone_is_their_gain(ward: str, people: tuple[str, str], party: tuple[str, str],
                                                           when: str) -> None:
    _, results = _facts("County council results", COUNTY_LEAD, f"{party[1]} {people[0]}, who won {ward} in 2017, lost "
                        f"it{when} to {people[1]}.")
    assert [(r.area, r.winner, r.outcome, r.previous_party) for r in results if r.election.year == 2021] == [
        (ward, people[1], "gain", party[0])]


def test_losing_it_all_is_no_seat_lost() -> None:
    cands, results = _facts("County council results", COUNTY_LEAD, "Jane Roe won Lowfield in 2017.",
                            "Jane Roe lost it all in the end.")
    assert not [r for r in results if r.election.year == 2021] and not [c for c in cands if c.election.year == 2021]


BY_ELECTION_LEAD = "The Gedling Borough Council by-election in {w} ward was held on Thursday, March 9, 2023."


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(PARTIES), st.sampled_from(PARTIES),
       st.sampled_from(["The by-election was called after the death of {p} councillor Sam Hill.",
                        "The by-election followed the resignation of {p}'s Sam Hill.",
                        "The vacancy arose when {p} Sam Hill stood down.",
                        "The by-election was triggered after {p} councillor Sam Hill resigned.",
                        "The seat had been held by the {p}."]))
def test_the_party_of_the_councillor_a_by_election_replaces_held_the_seat(
        ward: str, people: tuple[str, str], winner: tuple[str, str], before: tuple[str, str], said: str) -> None:
    _, results = _facts("By-election result", BY_ELECTION_LEAD.format(w=ward),
                        f"{people[0]} ({winner[0]}) won with 804 votes.", said.format(p=before[0]))
    outcome = "hold" if winner[0] == before[0] else "gain"
    assert [(r.area, r.winner, r.party, r.previous_party, r.outcome) for r in results] == [
        (ward, people[0], winner[0], before[0], outcome)]


@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(PARTIES))
def test_a_party_leader_speaking_of_the_seat_held_nothing(ward: str, people: tuple[str, str],
                                                          party: tuple[str, str]) -> None:
    _, results = _facts("By-election result", BY_ELECTION_LEAD.format(w=ward),
                        f"{people[0]} (Green) won with 804 votes.",
                        f"{party[0]} leader Sam Hill said the seat was a disappointment.")
    assert [(r.previous_party, r.outcome) for r in results] == [(None, None)]


@given(st.sampled_from(WARDS))
def test_a_seat_held_before_and_no_result_is_no_hold(ward: str) -> None:
    _, results = _facts("By-election result", BY_ELECTION_LEAD.format(w=ward), "Turnout was 25 per cent.",
                        "The seat had been held by the Conservatives.")
    assert not results


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(PARTIES[:2]),
       st.sampled_from(["{p} {n}, who was defending {w}, held on.", "{p} {n}, who was defending {w}, was re-elected.",
                        "In {w}, {p} {n}, the sitting councillor, won again.",
                        "In {w}, {p} {n}, who was first elected in 2013, held on."]))
def test_a_councillor_defending_a_ward_or_named_after_it_held_it(ward: str, people: tuple[str, str],
                                                                  party: tuple[str, str], said: str) -> None:
    """'who was defending Abbey' names her seat as 'who represents Abbey' does; 'In Brook Hill, Jane Roe, the sitting
    councillor, …': a ward shaped like a person's name before a comma is no one an aside describes (the winner was
    cut out as its aside, and nothing was read)."""
    _, results = _facts("County council results", COUNTY_LEAD, said.format(p=party[1], n=people[0], w=ward))
    assert [(r.area, r.winner, r.party, r.outcome) for r in results] == [(ward, people[0], party[0], "hold")]


@given(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(PARTIES[:2]),
       st.sampled_from(["a seat {h} had held for {p} since 2011", "the ward {h} has represented since 2011"]))
def test_a_seat_held_up_to_now_in_a_relative_clause_is_no_win(ward: str, people: tuple[str, str],
                                                              party: tuple[str, str], seat: str) -> None:
    """'Tom Smith lost Abbey, a seat he had held since 2011': the holding told of the seat is its past (it was read as
    Tom Smith's hold of this contest, a false winner where no list stood to overrule it)."""
    held_for = {"Labour": "Labour", "Conservative": "the Conservatives"}[party[0]]
    said = f"{people[1]} lost {ward}, {seat.format(h='he', p=held_for)}."
    _, results = _facts("County council results", COUNTY_LEAD, said)
    assert not [r for r in results if r.winner == people[1] or r.outcome == "hold"]


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PARTIES[2:]), st.sampled_from(["has taken", "have taken", "had taken"]))
def test_a_ward_taken_after_an_auxiliary_is_the_ward(ward: str, party: tuple[str, str], verb: str) -> None:
    """'Reform UK has taken Brook Hill from Labour': the participle marks the ward as 'took' does (nothing was read)."""
    _, results = _facts("County council results", COUNTY_LEAD, f"{party[0]} {verb} {ward} from Labour.")
    assert [(r.area, r.party, r.outcome, r.previous_party) for r in results] == [(ward, party[0], "gain", "Labour")]


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(PARTIES),
       st.sampled_from(["Among {p}'s gains was {w}, where the count ran late.", "{p}'s gains came in {w}, while the rest "
                        "stayed as they were.", "{p}'s only gain was {w}."]))
def test_a_party_s_gains_said_to_be_a_ward_are_its_gains(ward: str, party: tuple[str, str], said: str) -> None:
    """'Among Labour's gains was Abbey' (the sentence was never tried: its word 'was' was not among the words looked
    for first), "Labour's gains came in Abbey, while …" (a comma after the list once voided it)."""
    name = party[0] if party[0] != "Conservative" else "the Conservatives"
    text = said.format(p=name, w=ward).replace("the Conservatives's", "the Conservatives'")
    _, results = _facts("County council results", COUNTY_LEAD, text[0].upper() + text[1:])
    assert [(r.area, r.party, r.outcome) for r in results] == [(ward, party[0], "gain")]


@given(st.sampled_from(["cabinet member", "shadow cabinet member", "council leader"]))
def test_the_party_before_an_office_of_several_words_is_the_person_s(office: str) -> None:
    _, results = _facts("County council results", COUNTY_LEAD,
                        f"Jane Roe won Lowfield for Reform UK, unseating Conservative {office} Tom Smith.")
    assert [(r.area, r.outcome, r.previous_party) for r in results] == [("Lowfield", "gain", "Conservative")]


@SETTINGS
@given(st.sampled_from(WARDS), st.sampled_from(["{n}, who quit the Conservatives last year, was re-elected in {w}.",
                                                 "Former Conservative {n} held {w} as an independent.",
                                                 "{n}, who left the Conservatives in 2022, retained his {w} seat."]))
def test_a_party_left_is_not_the_winner_s_and_no_party_held_the_seat(ward: str, said: str) -> None:
    """The party a winner left is not theirs ('who quit the Conservatives' was read as their party, and the list's
    Independent conflicted), and their re-election is their own hold, no party's (a 'hold' from the Conservatives)."""
    _, results = _facts("County council results", COUNTY_LEAD, said.format(n="Bob Gray", w=ward),
                        f"{ward}\nBob Gray (Ind) 1,010\nMo Potts (Con) 640")
    assert [(r.area, r.winner, r.party, r.outcome, r.previous_party) for r in results] == [
        (ward, "Bob Gray", "Independent", None, None)]


@given(st.sampled_from(WARDS), st.sampled_from(["Reform UK", "the Greens", "Labour"]))
def test_a_winner_named_with_of_and_their_party_won(ward: str, party: str) -> None:
    """'Bob Gray of Reform UK won Abbey': he won, for them (the party was read as the winner, and he was lost)."""
    _, results = _facts("County council results", COUNTY_LEAD, f"Bob Gray of {party} won {ward}.")
    assert [(r.area, r.winner) for r in results] == [(ward, "Bob Gray")]


@given(st.sampled_from(WARDS), st.sampled_from(["In {w}, Conservative Bob Gray was unopposed.",
                                                 "Conservative Bob Gray stood unopposed in {w}."]))
def test_a_candidate_unopposed_won(ward: str, said: str) -> None:
    _, results = _facts("County council results", COUNTY_LEAD, said.format(w=ward))
    assert [(r.area, r.winner, r.party) for r in results] == [(ward, "Bob Gray", "Conservative")]


@given(st.sampled_from(["Brook Hill", "Castle Vale"]), st.sampled_from(["{w} fell to Reform UK.",
                                                                        "{w} changed hands, with Reform UK's Ann Lee elected."]))
def test_a_ward_named_like_a_person_that_fell_or_changed_hands(ward: str, said: str) -> None:
    """'Brook Hill fell to Reform UK': the ward's name was read as a person's, and nothing came of the sentence."""
    _, results = _facts("County council results", COUNTY_LEAD, said.format(w=ward))
    assert [(r.area, r.party) for r in results] == [(ward, "Reform UK")]


@given(st.sampled_from([("Brook Hill", "Jane Roe"), ("Kirkby", "Tom Smith"), ("Castle Vale", "Ann Lee")]))
def test_a_ward_opening_after_in_with_no_comma_before_its_winner(pair: tuple[str, str]) -> None:
    """'In Brook Hill Jane Roe won for Labour': the run after 'in' is the ward, then the winner (it gave a result at
    'Brook' won by 'Hill Jane Roe')."""
    ward, person = pair
    _, results = _facts("County council results", COUNTY_LEAD, f"In {ward} {person} won for Labour.")
    assert [(r.area, r.winner, r.party) for r in results] == [(ward, person, "Labour")]
