"""The precision gate, rule by rule, on small sets of facts (invented names)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.extract.gate import check
from elexgraph.facts import Candidacy, Election, Evidence, PartyChange, Quote, SeatResult

GE = Election("general", 2024, "2024-07-04")
MAYOR = Election("mayoral", 2024, "2024-05-02", "East Midlands")
E = Evidence("x", 0, 1)


def cand(person: str, votes: int | None = None, rank: int | None = None, extractor: str = "result-lists",
         share: float | None = None, party: str | None = None, election: Election = GE) -> Candidacy:
    return Candidacy(E, extractor, election, "Gedling", person, party, votes, share, rank)


def result(**values: object) -> SeatResult:
    return SeatResult(E, "prose-results", values.pop("election", GE), "Gedling", **values)  # type: ignore[arg-type]


def kept(*facts):  # noqa: ANN002, ANN201
    return check(list(facts))


def test_a_party_or_a_place_is_not_a_person() -> None:
    report = kept(cand("Reform UK", 100), Quote(E, "quotes", "Gedling", "words"), cand("Ann Tor", 90))
    assert [f.person for f in report.kept] == ["Ann Tor"]
    assert {v.reason for v in report.verdicts} == {"'Reform UK' is a party, not a person", "'Gedling' is a place, not a person"}


def test_two_printed_values_of_one_fact_leave_it_blank_but_a_printed_one_beats_a_derived_one() -> None:
    report = kept(cand("Ann Tor", 100, party="Labour"), cand("Ann Tor", 100, party="Green"))
    assert report.kept[0].party is None and report.kept[0].votes == 100
    derived = SeatResult(E, "result-lists", GE, "Gedling", "Ann Tor", majority=500, derived=("majority",))
    report = kept(derived, result(majority=18000))
    assert report.kept[0].majority == 18000


def test_the_winner_has_the_most_votes() -> None:
    report = kept(result(winner="Ann Tor"), cand("Ann Tor", 432, 1), cand("Bo Ure", 17267, extractor="prose-results"))
    assert [c.votes for c in report.kept[1:]] == [432, None]
    report = kept(result(winner="Ann Tor", party="Labour", outcome="hold", majority=50), cand("Ann Tor", 432, 1),
                  cand("Bo Ure", 17267))
    assert [type(f).__name__ for f in report.kept] == ["Candidacy", "Candidacy"] and report.kept[0].rank is None
    assert {v.field for v in report.verdicts} >= {"winner", "party", "outcome", "majority"}


def test_a_result_left_with_no_value_is_not_kept() -> None:
    """What the result said of its party, gain or hold and margin went with a winner another outpolled: the empty
    result that remained was kept and written as a contest result saying nothing."""
    report = kept(result(winner="Ann Tor"), cand("Ann Tor", 432, 1), cand("Bo Ure", 17267))
    assert not any(isinstance(f, SeatResult) for f in report.kept)


def test_ranks_follow_votes_and_no_two_share_a_place() -> None:
    report = kept(cand("Ann Tor", 100, 2), cand("Bo Ure", 200, 3), cand("Cy Vale", 50, 3))
    assert [c.rank for c in report.kept] == [None, None, None]


def test_the_winners_of_a_contest_electing_several_are_each_first_but_no_one_else_is() -> None:
    seats = [result(winner="Ann Tor"), replace(result(winner="Bo Ure"), seat=1)]
    report = kept(*seats, cand("Ann Tor", 300, 1), cand("Bo Ure", 200, 1), cand("Cy Vale", 100))
    assert [c.rank for c in report.kept if isinstance(c, Candidacy)] == [1, 1, None]
    report = kept(*seats, cand("Ann Tor", 300, 1), cand("Bo Ure", 200, 1), cand("Cy Vale", 100, 1))
    assert [c.rank for c in report.kept if isinstance(c, Candidacy)] == [1, 1, None]
    report = kept(seats[0], cand("Ann Tor", 300, 1), cand("Bo Ure", 200, 1))
    assert [c.rank for c in report.kept if isinstance(c, Candidacy)] == [1, None]


def test_shares_of_a_contest_add_up_to_at_most_a_hundred() -> None:
    report = kept(cand("Ann Tor", share=60.0), cand("Bo Ure", share=55.0, extractor="prose-results"))
    assert [c.share for c in report.kept] == [60.0, None]


def test_a_majority_larger_than_the_winners_vote_is_left_out_but_a_printed_slip_is_kept() -> None:
    assert kept(result(winner="Ann Tor", majority=5000), cand("Ann Tor", 4000, 1)).kept[0].majority is None
    slip = kept(result(winner="Ann Tor", majority=4000), cand("Ann Tor", 4000, 1), cand("Bo Ure", 3000, 2))
    assert slip.kept[0].majority == 4000  # 'a majority of 4,000' that is the winner's vote: the article's slip
    # only a loser's count is printed: it bounds nothing
    assert kept(result(winner="Ann Tor", majority=9000), cand("Bo Ure", 3000)).kept[0].majority == 9000


def test_the_first_election_to_an_office_has_no_gain_or_hold() -> None:
    report = kept(SeatResult(E, "prose-results", MAYOR, "East Midlands", "Ann Tor", "Labour", "gain", "Conservative"))
    assert (report.kept[0].outcome, report.kept[0].previous_party) == (None, None)


def test_a_gain_from_the_winners_own_party_is_left_out() -> None:
    report = kept(result(winner="Ann Tor", party="Labour", outcome="gain", previous_party="Labour"))
    assert (report.kept[0].outcome, report.kept[0].previous_party) == (None, None)


def test_a_move_to_the_party_left_is_no_change() -> None:
    report = kept(PartyChange(E, "party-changes", "Ann Tor", "defection", "Labour", "Labour"))
    assert report.kept == []


def test_a_hold_for_a_party_that_did_not_hold_the_seat_has_no_outcome() -> None:
    report = kept(result(winner="Ann Tor", party="Reform UK", outcome="hold", previous_party="Conservative"))
    assert (report.kept[0].outcome, report.kept[0].previous_party) == (None, "Conservative")
    assert kept(result(winner="Ann Tor", party="Labour", outcome="hold", previous_party="Labour")).kept[0].outcome == "hold"


def test_a_printed_hold_beats_a_party_before_that_was_worked_out() -> None:
    """The printed hold says whose seat it was: the party before is then the hold's own, worked out."""
    report = kept(result(winner="Ann Tor", party="Labour", outcome="hold", previous_party="Conservative",
                         derived=("previous_party",)))
    assert (report.kept[0].outcome, report.kept[0].previous_party) == ("hold", "Labour")
    assert "previous_party" in report.kept[0].derived
    report = kept(result(winner="Ann Tor", party="Labour", outcome="hold", previous_party="Conservative",
                         derived=("outcome", "previous_party")))
    assert (report.kept[0].outcome, report.kept[0].previous_party) == (None, "Conservative")


def test_counts_beyond_any_contest_are_left_out_before_anything_compares_them() -> None:
    huge = 10**5000 - 1  # too long even to print: two of them differing must not reach the merge's message
    report = kept(cand("Ann Tor", 10_000_001, rank=1), cand("Bob Tor", huge), cand("Bob Tor", huge - 1),
                  cand("Cy Tor", 9000, share=250.0), result(winner="Ann Tor", majority=huge))
    assert [(c.person, c.votes) for c in report.kept if isinstance(c, Candidacy)] == [
        ("Ann Tor", None), ("Bob Tor", None), ("Cy Tor", 9000)]
    assert next(c for c in report.kept if isinstance(c, Candidacy) and c.person == "Cy Tor").share is None
    assert next(r for r in report.kept if isinstance(r, SeatResult)).majority is None
    assert {v.reason for v in report.verdicts if v.field == "votes"} == {"more than 10,000,000: beyond any contest"}
    assert kept(cand("Ann Tor", 10_000_000)).kept[0].votes == 10_000_000


def test_a_party_the_article_says_someone_left_is_not_their_latest_contests_unless_its_sentence_names_it():
    from article_text import document_of

    from elexgraph.extract import extract_article

    story = document_of("Ivo Brandt, who resigned from Labour last year, has lost his seat in Amber Valley.",
                        "Brandt won the seat for Labour in the 2017 general election.",
                        "Brandt garnered just 512 votes, losing his deposit.", date="2019-12-13")
    parties = {(f.election.year, f.party) for f in extract_article(story.article).facts
               if type(f).__name__ == "Candidacy" and f.person == "Ivo Brandt"}
    assert (2017, "Labour") in parties and (2019, "Labour") not in parties


# -- one person, one seat per election (generated) ----------------------------------------------------------
SEATS = ["Gedling", "Erewash", "Broxtowe", "Bolsover", "Ashfield", "Mansfield"]
ELECTIONS = [GE, Election("local", 2025, "2025-05-01", council="Anyshire County Council"),
             Election("by-election", 2023, "2023-07-20", "Erewash")]
_FIRST, _LAST = ["Ann", "Bo", "Cy", "Di", "Ed"], ["Tor", "Ure", "Vale", "Wren", "Yeo"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(ELECTIONS), st.lists(st.sampled_from(SEATS), min_size=2, max_size=3, unique=True),
       st.tuples(st.sampled_from(_FIRST), st.sampled_from(_LAST)).map(" ".join), st.booleans())
def test_one_person_read_in_two_seats_of_one_election_keeps_only_a_lists_seat(
        election: Election, seats: list[str], person: str, listed: bool) -> None:
    """A list's seat stands; the same person read from prose in another seat of that election is dropped, and
    read from prose only, in several seats, in none of them. Another election, or another person, is untouched."""
    first = Candidacy(E, "result-lists" if listed else "prose-results", election, seats[0], person, votes=900)
    others = [Candidacy(E, "prose-results", election, seat, person, votes=800) for seat in seats[1:]]
    won = SeatResult(E, "prose-results", election, seats[-1], person)
    elsewhere = Candidacy(E, "prose-results", Election("general", 2017, "2017-06-08"), seats[-1], person, votes=700)
    rival = Candidacy(E, "prose-results", election, seats[-1], "Zed Quay", votes=500)
    report = check([first, *others, won, elsewhere, rival])
    places = {(f.election, f.area) for f in report.kept if getattr(f, "person", None) == person
              or getattr(f, "winner", None) == person}
    expected = {(election, seats[0])} if listed else set()
    assert places == expected | {(elsewhere.election, seats[-1])}
    assert rival in report.kept


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["Labour", "Conservative", "Reform UK", "Green", "Liberal Democrats"]), min_size=2,
                max_size=2, unique=True), st.sampled_from(ELECTIONS))
def test_a_winners_candidacy_in_another_party_than_the_result_gives_loses_its_party(parties: list[str],
                                                                                   election: Election) -> None:
    won = SeatResult(E, "prose-results", election, "Gedling", "Ann Tor", parties[0])
    report = check([won, Candidacy(E, "prose-results", election, "Gedling", "Ann Tor", parties[1], 900),
                    Candidacy(E, "prose-results", election, "Gedling", "Bo Ure", parties[1], 800)])
    assert [getattr(f, "party") for f in report.kept] == [parties[0], None, parties[1]]
    same = check([won, Candidacy(E, "prose-results", election, "Gedling", "Ann Tor", parties[0], 900)])
    assert [getattr(f, "party") for f in same.kept] == [parties[0], parties[0]]


_NAMES = st.tuples(st.sampled_from(["Ann", "Bob", "Cara", "Dev", "Eli"]),
                   st.sampled_from(["Tor", "Ure", "Vell", "Quill", "Brack"])).map(" ".join)
_PARTIES = st.lists(st.sampled_from(["Labour", "Conservative", "Reform UK", "Green", "Liberal Democrats"]),
                    min_size=2, max_size=2, unique=True)


@settings(max_examples=30, deadline=None)
@given(_NAMES, _PARTIES, st.sampled_from([2001, 2005, 2010]))
def test_a_contest_takes_the_one_party_the_article_gives_its_winner_in_other_contests(
        name: str, parties: list[str], year: int) -> None:
    """'Labour's Ann Tor took Lowfield in 2017' … 'Ms Tor held on in 2019': the 2019 winner and candidate
    stood for Labour, and a 'gain' from Labour is then a misreading; not so when the article gives the person two
    parties, or tells of a change of party, nor from a later contest to an earlier one."""
    party, other = parties
    then = Election("general", year, None)
    told = [result(election=then, winner=name, party=party), cand(name, rank=1, party=party, election=then)]
    later = [result(winner=name, outcome="gain", previous_party=party), cand(name, rank=1)]
    report = kept(*told, *later)
    now = [f for f in report.kept if f.election == GE]
    assert [f.party for f in now] == [party, party]
    assert (now[0].outcome, now[0].previous_party) == (None, None)
    assert now[0].evidence_of("party") is told[0].evidence_of("party")
    backwards = kept(*[replace(f, party=None) for f in told], cand(name, rank=1, party=party))
    assert [f.party for f in backwards.kept if f.election == then] == [None, None]
    before = {2001: 1997, 2005: 2001, 2010: 2005}[year]  # the general election before (one held that year)
    twice = kept(*told, cand(name, rank=2, party=other, election=Election("general", before, None)), *later)
    changed = kept(*told, PartyChange(E, "party-changes", name, party, other, "defection"), *later)
    for report in (twice, changed):
        assert [f.party for f in report.kept if isinstance(f, (SeatResult, Candidacy)) and f.election == GE] == [None, None]


def test_a_general_election_in_a_year_none_was_held_is_no_contest() -> None:
    report = check([cand("Ann Roe", 804, election=Election("general", 2019)),
                    cand("Sam Tarn", 611, election=Election("general", 2023))])
    assert [f.person for f in report.kept] == ["Ann Roe"]
    assert any("no general election was held in 2023" in v.reason for v in report.verdicts)
