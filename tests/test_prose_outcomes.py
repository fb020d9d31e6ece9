"""Gain or hold, and the party that held a seat before, read from how the prose tells who held it:
generated sentences (invented names from syllables, real seat names so that the places are known)."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from article_text import document_of
from test_list_grammar import SETTINGS, Person, people

from elexgraph.extract import extract_document
from elexgraph.facts import Candidacy, SeatResult

SEATS = ["Gedling", "Erewash", "Broxtowe", "Mansfield", "Derbyshire Dales", "Amber Valley"]
PARTIES = [("Labour", "Labour's"), ("Conservative", "Conservative"), ("Liberal Democrats", "Lib Dem"),
           ("Reform UK", "Reform UK's")]
# Sentences telling that the loser held the seat up to this contest ({l}: the loser, {p}: their party, {y}: a year).
HELD = ["{l}, who held the seat since {y}, said it had been an honour.",
        "{l}, who had held the seat since {y}, received 9,120 votes.",
        "{l}, a {p} who had held the seat since {y}, received 9,120 votes.",
        "{l}, who has represented the constituency since {y}, thanked voters.",
        "The sitting MP, {l}, thanked voters.",
        "{l}, the outgoing MP, thanked voters."]
# A win that names the loser but says nothing of who held the seat.
WON = ["{w} won {seat} for {wp}, beating {l}.",
       "{w} took the {seat} seat for {wp} ahead of {l}.",
       "{seat} was won by {wp}'s {w}, who beat {l} by 350 votes."]


def _votes(*paragraphs: str) -> dict[str, int | None]:
    doc = document_of(*paragraphs, title="Election night")
    return {f.person: f.votes for f in extract_document(doc) if isinstance(f, Candidacy)}


def _results(*paragraphs: str) -> dict[str, SeatResult]:
    doc = document_of(*paragraphs, title="Election night")
    return {f.area: f for f in extract_document(doc) if isinstance(f, SeatResult)}


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.sampled_from(WON), st.sampled_from(HELD),
       st.lists(st.sampled_from(PARTIES), min_size=2, max_size=2, unique=True), st.integers(1997, 2019))
def test_a_winner_beating_the_one_who_held_the_seat_gained_it(names: list[Person], seat: str, won: str, held: str,
                                                             parties: list[tuple[str, str]], year: int) -> None:
    winner, loser = names
    (win_party, _), (lost_party, _) = parties
    result = _results(won.format(w=winner.name, l=loser.name, seat=seat, wp=win_party),
                      held.format(l=loser.name, p=lost_party, y=year))[seat]
    assert (result.winner, result.outcome) == (winner.name, "gain")
    if "{p}" in held:
        assert result.previous_party == lost_party


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.sampled_from(WON))
def test_a_seat_held_for_a_span_that_ended_says_nothing_of_this_contest(names: list[Person], seat: str,
                                                                      won: str) -> None:
    winner, loser = names
    result = _results(won.format(w=winner.name, l=loser.name, seat=seat, wp="Labour"),
                      f"{loser.name}, who held the seat from 2005 to 2010, thanked voters.")[seat]
    assert result.outcome is None


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.sampled_from(["incumbent", "sitting MP", "the sitting Conservative MP"]))
def test_beating_a_described_incumbent_is_a_win_and_a_gain(names: list[Person], seat: str, described: str) -> None:
    winner, loser = names
    result = _results(f"{winner.name} beat {described} {loser.name} in {seat}.")[seat]
    assert (result.winner, result.outcome) == (winner.name, "gain")


@SETTINGS
@given(people(2), st.sampled_from(SEATS))
def test_one_who_lost_their_seat_held_it(names: list[Person], seat: str) -> None:
    winner, loser = names
    result = _results(f"Council leader {loser.name} lost his seat in {seat} to Labour's {winner.name}.")[seat]
    assert (result.winner, result.outcome) == (winner.name, "gain")


@SETTINGS
@given(people(1), st.sampled_from(["Brook Hill", "Abbey Fields", "Oakley"]), st.sampled_from(
    ["was elected councillor for the {w} ward", "has been re-elected as a {p} councillor for {w} ward",
     "was elected as the {p} councillor for the {w} division"]), st.sampled_from(["Labour", "Conservative"]))
def test_elected_as_a_councillor_for_a_ward_is_a_win_there(names: list[Person], ward: str, said: str,
                                                           party: str) -> None:
    doc = document_of(f"{names[0].name} " + said.format(w=ward, p=party) + ".",
                      title="Anyshire County Council election results", date="2023-05-05")
    [result] = [f for f in extract_document(doc) if isinstance(f, SeatResult)]
    assert (result.area, result.winner) == (ward, names[0].name)


def test_elected_leader_is_no_contest() -> None:
    doc = document_of("Ann Kolo was elected leader of the council.", title="Anyshire County Council election results",
                      date="2023-05-05")
    assert not [f for f in extract_document(doc) if isinstance(f, SeatResult)]


@SETTINGS
@given(people(1), st.sampled_from(SEATS), st.sampled_from(
    [("Mr", "increased his majority in {seat} to {n}"), ("Mrs", "increased her majority in {seat} to {n}"),
     ("Mr", "won {seat} with a reduced majority of {n}"), ("Ms", "held {seat} with an increased majority of {n}"),
     ("Mrs", "saw her majority in {seat} cut to {n}")]), st.integers(500, 20000))
def test_a_changed_majority_of_ones_own_is_a_hold(names: list[Person], seat: str, said: tuple[str, str],
                                                  majority: int) -> None:
    title, shape = said
    result = _results(f"{title} {names[0].name} " + shape.format(seat=seat, n=f"{majority:,}") + ".")[seat]
    assert (result.winner, result.outcome, result.majority) == (names[0].name, "hold", majority)


@SETTINGS
@given(people(2), st.sampled_from(SEATS))
def test_cutting_a_rivals_majority_is_no_win(names: list[Person], seat: str) -> None:
    holder, rival = names
    results = _results(f"Mr {holder.name} won {seat} for the Conservatives.",
                       f"Labour's {rival.name} cut his majority to 500.")
    assert results[seat].winner == holder.name


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.sampled_from([("hold", "hold"), ("retain", "hold"), ("keep", "hold"),
                                                          ("gain", "gain")]), st.integers(100, 20000))
def test_what_a_win_did_and_a_margin_of_victory(names: list[Person], seat: str, verb: tuple[str, str],
                                                margin: int) -> None:
    winner, loser = names
    said, outcome = verb
    result = _results(f"Labour's {winner.name} defeated Conservative {loser.name} to {said} the {seat} seat.",
                      f"The {margin:,} margin of victory was a surprise.")[seat]
    assert (result.winner, result.outcome, result.majority) == (winner.name, outcome, margin)


COUNCIL_SHAPES = ["{ward} was won by Reform's {w}.",
                  "Conservative {l} lost {ward} to Reform's {w} by 62 votes.",
                  "{w} is the new councillor for {ward} after winning 1,204 votes.",
                  "In {ward}, {w} (Reform UK) polled 1,204 votes, ahead of {l} (Con) with 900."]


@SETTINGS
@given(people(2), st.sampled_from(["Clay Cross North", "Belper", "Brook Hill"]), st.sampled_from(COUNCIL_SHAPES))
def test_a_council_division_is_placed_by_the_words_around_it(names: list[Person], ward: str, shape: str) -> None:
    winner, loser = names
    assume(not shape.startswith("In ") or ward == "Clay Cross North")  # 'In Belper, …' may be the town
    assume(not ("councillor for" in shape and ward == "Brook Hill"))  # a name like a person's: not taken there
    doc = document_of(shape.format(ward=ward, w=winner.name, l=loser.name),
                      title="Anyshire County Council election 2025: the results", date="2025-05-02")
    areas = {(f.area, f.person) for f in extract_document(doc) if isinstance(f, Candidacy)}
    assert (ward, winner.name) in areas


@SETTINGS
@given(people(3), st.sampled_from([("Labour", "candidates"), ("Conservative", "MPs"), ("Reform UK", "councillors")]),
       st.sampled_from(["Gedling", "Erewash", "Broxtowe"]))
def test_a_party_named_with_a_plural_office_before_a_list_of_names_is_each_ones(
        names: list[Person], described: tuple[str, str], seat: str) -> None:
    party, office = described
    a, b, c = (p.name for p in names)
    doc = document_of(f"The seats have been held by {party} {office} {a}, {b} and {c}.",
                      f"{c} is now the MP for {seat}.", title="Election night")
    [result] = [f for f in extract_document(doc) if isinstance(f, SeatResult)]
    assert (result.winner, result.party) == (c, party)


def test_a_party_before_two_names_without_a_plural_office_is_the_first_ones_only() -> None:
    doc = document_of("Conservative Ann Kolo and Bo Vemer were both at the count.", "Bo Vemer is now the MP for Gedling.",
                      title="Election night")
    [result] = [f for f in extract_document(doc) if isinstance(f, SeatResult)]
    assert (result.winner, result.party) == ("Bo Vemer", None)


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.integers(2000, 30000), st.integers(100, 1999))
def test_won_by_n_votes_to_m_gives_both_counts_and_no_majority_of_n(names: list[Person], seat: str, first: int,
                                                                   second: int) -> None:
    winner, loser = names
    said = f"{winner.name} beat Conservative {loser.name} by {first:,} votes to {second:,} in {seat}."
    assert _votes(said) == {winner.name: first, loser.name: second}
    assert _results(said)[seat].majority in (None, first - second)


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.integers(10000, 30000), st.integers(100, 9999))
def test_a_count_after_a_name_where_the_verb_of_polling_is_left_out(names: list[Person], seat: str, first: int,
                                                                    second: int) -> None:
    winner, other = names
    assert _votes(f"Labour's {winner.name} won {seat}.",
                  f"{winner.name} polled {first:,} votes, Conservative {other.name} {second:,}.") == {
        winner.name: first, other.name: second}


@SETTINGS
@given(people(3), st.sampled_from(["The other candidates were {a} ({pa}), {b} ({pb}) and {c} ({pc}).",
                                   "Also standing were {a} ({pa}), {b} ({pb}) and {c} ({pc}).",
                                   "Candidates standing are: {a} ({pa}), {b} ({pb}) and {c} ({pc})."]))
def test_people_named_as_the_candidates_with_their_parties_stood(names: list[Person], shape: str) -> None:
    a, b, c = (p.name for p in names)
    doc = document_of("Labour's Jo Quill won Gedling.", shape.format(a=a, b=b, c=c, pa="Con", pb="LD", pc="Green"),
                      title="Election night")
    stood = {(f.area, f.person, f.party) for f in extract_document(doc) if isinstance(f, Candidacy)}
    assert {("Gedling", a, "Conservative"), ("Gedling", b, "Liberal Democrats"), ("Gedling", c, "Green")} <= stood


def test_candidates_named_in_passing_did_not_stand_here() -> None:
    doc = document_of("Labour's Jo Quill won Gedling.", "Labour candidates Ann Kolo and Bo Vemer attended the count.",
                      title="Election night")
    assert {f.person for f in extract_document(doc) if isinstance(f, Candidacy)} == {"Jo Quill"}


@SETTINGS
@given(people(2), st.sampled_from(["The Conservatives' {b} was runner-up with {n} votes.",
                                   "Conservative {b} finished runner-up on {n}."]), st.integers(1000, 9999))
def test_one_said_to_be_runner_up_came_second(names: list[Person], shape: str, n: int) -> None:
    a, b = (p.name for p in names)
    doc = document_of(f"Labour's {a} won Gedling.", shape.format(b=b, n=f"{n:,}"), title="Election night")
    second = {f.person: (f.party, f.votes, f.rank) for f in extract_document(doc) if isinstance(f, Candidacy)}[b]
    assert second == ("Conservative", n, 2)


@SETTINGS
@given(people(3), st.sampled_from(["The three seats have been held by Labour candidates {a}, {b} and {c}.",
                                   "{a}, {b} and {c} have all held their seats for Labour."]))
def test_an_outcome_said_of_several_winners_is_each_ones_where_their_seat_is_told(names: list[Person],
                                                                                 shape: str) -> None:
    a, b, c = (p.name for p in names)
    doc = document_of(shape.format(a=a, b=b, c=c), f"{b} is now the MP for Gedling.", title="Election night")
    [result] = [f for f in extract_document(doc) if isinstance(f, SeatResult)]
    assert (result.area, result.winner, result.outcome) == ("Gedling", b, "hold")


@SETTINGS
@given(people(2), st.sampled_from([("as an independent", "Independent"), ("for Reform UK", "Reform UK"),
                                   ("for the Greens", "Green")]), st.sampled_from(["second", "third"]))
def test_stood_as_gives_the_party_and_second_last_is_no_earlier_election(names: list[Person], stood: tuple[str, str],
                                                                         place: str) -> None:
    winner, other = names
    said, party = stood
    doc = document_of(f"Labour's {winner.name} took Gedling from the Conservatives.",
                      f"{other.name} stood again {said}, finishing {place} last with 3.2% of the vote.",
                      title="Election night")
    cands = {f.person: f for f in extract_document(doc) if isinstance(f, Candidacy)}
    assert (cands[other.name].area, cands[other.name].party, cands[other.name].share, cands[other.name].rank) == (
        "Gedling", party, 3.2, None)


@SETTINGS
@given(people(2), st.sampled_from(["The defeated Conservative candidate in Gedling, {b}, said she was proud.",
                                   "The Conservative candidate, {b}, came second with 5,000 votes."]))
def test_an_office_and_party_set_before_a_name_give_its_party(names: list[Person], shape: str) -> None:
    a, b = (p.name for p in names)
    doc = document_of(f"Labour's {a} won Gedling.", shape.format(b=b), f"{a} beat {b} comfortably.",
                      title="Election night")
    assert {f.person: f.party for f in extract_document(doc) if isinstance(f, Candidacy)}[b] == "Conservative"


# A gain told with the one party that lost it somewhere in the same part of the sentence ({w}: the winner, {wp}:
# party before a name, {wn}: its name, {l}: the loser, {lp}: the loser's party).
GAINED_WITH_LOSER = ["{wp} {w} gained {seat}, ending years of {lp} rule.",
                     "{w} snatched {seat} for {wn}, a seat that had been in {lp} hands since 2010.",
                     "{seat} was won by {wp} {w} from {lp}.",
                     "{wp} {w} unseated {lp} MP {l} in {seat}."]


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.sampled_from(GAINED_WITH_LOSER),
       st.lists(st.sampled_from(PARTIES), min_size=2, max_size=2, unique=True))
def test_a_gain_with_one_other_party_in_its_sentence_was_from_that_party(
        names: list[Person], seat: str, said: str, parties: list[tuple[str, str]]) -> None:
    winner, loser = names
    (win_party, win_printed), (lost_party, _) = parties
    result = _results(said.format(w=winner.name, wp=win_printed, wn=win_party, l=loser.name, lp=lost_party,
                                  seat=seat))[seat]
    assert (result.winner, result.party, result.outcome, result.previous_party) == (
        winner.name, win_party, "gain", lost_party)


@SETTINGS
@given(people(2), st.lists(st.sampled_from(SEATS), min_size=2, max_size=2, unique=True),
       st.sampled_from(["while", "but", "whereas"]))
def test_a_party_of_another_contest_later_in_the_sentence_is_not_the_loser(
        names: list[Person], seats: list[str], turn: str) -> None:
    first, second = seats
    results = _results(f"{names[0].name} gained {first} for Labour, {turn} the Greens took {second} from the "
                       f"Liberal Democrats.")
    assert results[first].outcome == "gain" and results[first].previous_party is None


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.sampled_from(["ousting", "unseating", "toppling"]),
       st.sampled_from(["Conservative {l}", "the Conservative MP {l}", "{l}, the Conservative MP,"]))
def test_one_ousted_held_the_seat_so_their_party_lost_it(names: list[Person], seat: str, verb: str,
                                                         loser: str) -> None:
    winner, lost = names
    result = _results(f"Labour's {winner.name} won {seat}, {verb} {loser.format(l=lost.name)}.")[seat]
    assert (result.winner, result.outcome, result.previous_party) == (winner.name, "gain", "Conservative")


# Headlines that tell the result of the seat the body reads ({w}: the winner, {seat}, {p}: the party's name).
HEADLINES = [("{p} gain {seat}", "gain"), ("{w} retains {seat} seat for the {p}s", "hold"),
             ("{p}s hold {seat}", "hold"), ("{w} holds on to {seat} for {p}", "hold")]


@SETTINGS
@given(people(1), st.sampled_from(SEATS), st.sampled_from(HEADLINES), st.sampled_from(["Conservative", "Labour"]))
def test_a_headline_gives_the_outcome_of_the_seat_the_body_reads(names: list[Person], seat: str,
                                                                 headline: tuple[str, str], party: str) -> None:
    shape, outcome = headline
    title = shape.format(w=names[0].name, seat=seat, p=party).replace("Labours", "Labour")
    doc = document_of(f"{names[0].name} won {seat} with 21,204 votes.", title=title)
    [result] = [f for f in extract_document(doc) if isinstance(f, SeatResult)]
    assert (result.area, result.winner, result.party, result.outcome) == (seat, names[0].name, party, outcome)


@SETTINGS
@given(people(1), st.lists(st.sampled_from(SEATS), min_size=2, max_size=2, unique=True))
def test_a_headline_makes_no_contest_the_body_does_not_read(names: list[Person], seats: list[str]) -> None:
    read, other = seats
    doc = document_of(f"{names[0].name} won {read} with 21,204 votes.", title=f"Labour gain {other}")
    assert {f.area for f in extract_document(doc) if isinstance(f, SeatResult)} == {read}


@SETTINGS
@given(people(1), st.sampled_from(SEATS), st.sampled_from(
    ["{w} has again been elected in {seat}.", "{w} once again won {seat}.", "{w} won {seat} again.",
     "{w} was elected MP for {seat} for a third time.", "{w} won {seat} for a second successive term."]))
def test_a_win_said_again_is_a_hold(names: list[Person], seat: str, said: str) -> None:
    result = _results(said.format(w=names[0].name, seat=seat))[seat]
    assert (result.winner, result.outcome) == (names[0].name, "hold")


# A sentence after the win naming the winner alone: 'again' of winning is a hold, of trying again is not.
SAID_AGAIN = [("{w}, returned again, polled 21,204 votes.", "hold"),
              ("{w} will again represent the seat after polling 21,204 votes.", "hold"),
              ("{w}, who stood again after losing in 2019, polled 21,204 votes.", None),
              ("{w}, who tried again after losing in 2019, polled 21,204 votes.", None),
              ("{w}, who ran again after losing in 2019, polled 21,204 votes.", None)]


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.sampled_from(SAID_AGAIN))
def test_a_sentence_about_the_winner_alone_saying_again(names: list[Person], seat: str,
                                                        said: tuple[str, str | None]) -> None:
    winner, other = names
    shape, outcome = said
    result = _results(f"{winner.name} won {seat}, beating {other.name}.", shape.format(w=winner.name))[seat]
    assert (result.winner, result.outcome) == (winner.name, outcome)


@SETTINGS
@given(people(1), st.sampled_from(SEATS))
def test_a_gain_for_a_second_time_is_a_gain(names: list[Person], seat: str) -> None:
    result = _results(f"{names[0].name} regained {seat} for Labour for a second time.")[seat]
    assert result.outcome == "gain"


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.sampled_from(["was ousted", "was unseated", "was toppled"]))
def test_one_said_ousted_held_the_seat(names: list[Person], seat: str, ousted: str) -> None:
    winner, lost = names
    result = _results(f"Conservative {winner.name} won {seat} by 1,234 votes.",
                      f"Labour MP {lost.name}, who {ousted} in {seat}, thanked voters.")[seat]
    assert (result.outcome, result.previous_party) == ("gain", "Labour")


@SETTINGS
@given(people(1), st.sampled_from(SEATS), st.sampled_from(["by a margin of {n}", "with a slim margin of {n} votes"]),
       st.integers(20, 20000))
def test_a_margin_of_n_is_the_majority(names: list[Person], seat: str, said: str, margin: int) -> None:
    result = _results(f"Conservative {names[0].name} won {seat} " + said.format(n=f"{margin:,}") + ".")[seat]
    assert (result.winner, result.majority) == (names[0].name, margin)


def _earlier(doc_results: list[SeatResult], year: int) -> SeatResult:
    [result] = [f for f in doc_results if f.election.year == year]
    return result


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.sampled_from(PARTIES), st.sampled_from([2010, 2015, 2017, 2019]))
def test_an_earlier_win_told_in_an_aside_is_for_the_party_beside_the_name(
        names: list[Person], seat: str, party: tuple[str, str], year: int) -> None:
    holder, rival = names
    name, printed = party
    doc = document_of(f"{printed} {holder.name}, who won {seat} in {year}, lost to {rival.name} by 3,514 votes.",
                      title="Election night")
    results = [f for f in extract_document(doc) if isinstance(f, SeatResult)]
    earlier, now = _earlier(results, year), _earlier(results, 2024)
    assert (earlier.winner, earlier.party) == (holder.name, name)
    assert (now.winner, now.outcome, now.previous_party) == (rival.name, "gain", name)


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.sampled_from([2015, 2017, 2019]))
def test_an_aside_naming_its_own_party_or_a_former_one_keeps_it(names: list[Person], seat: str, year: int) -> None:
    holder, rival = names
    doc = document_of(f"Reform UK's {holder.name}, who won {seat} for the Conservatives in {year}, lost to "
                      f"{rival.name} by 3,514 votes.",
                      f"Former Labour MP {rival.name}, who won {seat} in 2010, came third.", title="Election night")
    results = [f for f in extract_document(doc) if isinstance(f, SeatResult)]
    assert _earlier(results, year).party == "Conservative"
    assert _earlier(results, 2010).party is None


# A seat lost in the passive voice: the one after 'by' lost it ({seat}, {lp}: the losing party as printed, {l}: a
# person who lost it, {wp}: the winner's party as printed, {w}: the winner).
LOST_BY = [("{seat} was lost by the {lp}.", None),
           ("{seat} was lost by the {lp} to {wp}'s {w}.", "winner"),
           ("{seat} has been lost by {lp} {l} to {wp}'s {w}.", "winner"),
           ("The {seat} seat was narrowly lost by the {lp} by 412 votes.", None)]


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.sampled_from(LOST_BY),
       st.lists(st.sampled_from([("Labour", "Labour"), ("Conservative", "Conservatives"), ("Reform UK", "Reform UK")]),
                min_size=2, max_size=2, unique=True))
def test_a_seat_lost_by_a_party_is_a_gain_from_it_never_its_win(names: list[Person], seat: str,
                                                                 shape: tuple[str, str | None],
                                                                 parties: list[tuple[str, str]]) -> None:
    winner, loser = names
    said, named = shape
    (win_party, win_printed), (lost_party, lost_printed) = parties
    lp = lost_printed if "the {lp}" in said else lost_party
    result = _results(said.format(seat=seat, lp=lp, l=loser.name, wp=win_printed, w=winner.name))[seat]
    assert (result.outcome, result.previous_party) == ("gain", lost_party)
    assert result.party == (win_party if named else None)
    assert result.winner == (winner.name if named else None)


# A winner's majority told in a sentence of its own, after the seat's result ({n}: the majority, {w}: the winner).
OWN_MAJORITY = [("{w}'s majority was {n}.", None), ("{w}'s majority stands at {n}.", None),
                ("{w}'s majority was just {n}.", None), ("{w}'s majority was cut to {n}.", "hold"),
                ("{w}'s majority has been increased to {n}.", "hold")]


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.sampled_from(OWN_MAJORITY), st.integers(100, 19000))
def test_a_majority_in_a_sentence_of_its_own_is_the_winners(names: list[Person], seat: str,
                                                           shape: tuple[str, str | None], majority: int) -> None:
    winner, rival = names
    said, outcome = shape
    result = _results(f"In {seat}, Labour's {winner.name} won with 20,112 votes.",
                      said.format(w=winner.name, n=f"{majority:,}"))[seat]
    assert (result.winner, result.majority, result.outcome) == (winner.name, majority, outcome)


# A win the party had not had for years: a gain, and its year is no contest of its own ({w}: the winner, {seat}).
FIRST_SINCE = ["Labour's {w} won {seat} for the first time since {y}.",
               "In {seat}, Labour's {w} became the first Labour MP for the seat since {y}, with 14,000 votes.",
               "Labour's {w} took {seat} for the first time in {n} years."]


@SETTINGS
@given(people(1), st.sampled_from(SEATS), st.sampled_from(FIRST_SINCE), st.integers(1945, 2017), st.integers(7, 90))
def test_a_first_win_since_a_year_is_a_gain_at_the_articles_election(names: list[Person], seat: str, said: str,
                                                                    year: int, span: int) -> None:
    doc = document_of(said.format(w=names[0].name, seat=seat, y=year, n=span), title="Election night")
    [result] = [f for f in extract_document(doc) if isinstance(f, SeatResult)]
    assert (result.election.year, result.area, result.winner, result.party, result.outcome) == (
        2024, seat, names[0].name, "Labour", "gain")


# The party that held the seat for years up to the contest, told beside the result ({pn}: that party as a noun,
# {pa}: as an adjective; {win}: a sentence of the win naming the seat, {win_it}: one naming it 'it').
HELD_SINCE = [("{win}", "The seat, held by the {pn} since {y}, was a target."),
              ("{win}", "The {pn} had held the seat since {y}."),
              ("{seat} had been {pa} since {y}.", "{win_it}"),
              ("Labour's {w} won {seat} with 20,112 votes, ending {n} years of {pa} rule.",)]
HOLDERS = [("Labour", "Labour", "Labour"), ("Conservative", "Conservatives", "Conservative"),
           ("Liberal Democrats", "Liberal Democrats", "Lib Dem"), ("Reform UK", "Reform UK", "Reform UK")]


@SETTINGS
@given(people(1), st.sampled_from(SEATS), st.sampled_from(HELD_SINCE), st.sampled_from(HOLDERS),
       st.integers(1945, 2017), st.integers(7, 40))
def test_a_seat_held_since_a_year_gives_the_party_before_and_so_gain_or_hold(
        names: list[Person], seat: str, shape: tuple[str, ...], held: tuple[str, str, str], year: int,
        span: int) -> None:
    name, noun, adjective = held
    winner = names[0].name
    said = {"win": f"Labour's {winner} won {seat} with 20,112 votes.", "win_it": f"Labour's {winner} won it with 20,112 votes.",
            "w": winner, "seat": seat, "pn": noun, "pa": adjective, "y": year, "n": span}
    text = [part.format(**said) for part in shape]
    result = _results(*text)[seat]
    assert (result.winner, result.previous_party, result.outcome) == (
        winner, name, "hold" if name == "Labour" else "gain")
    assert result.evidence_of("previous_party").text in text


@SETTINGS
@given(people(2), st.sampled_from(SEATS), st.sampled_from(
    ["Labour's {w} increased his majority in {seat} to {n}", "In {seat}, Labour's {w} doubled her majority to {n}",
     "In {seat}, Labour's {w} saw his majority cut to {n}"]), st.integers(500, 20000))
def test_a_majority_raised_or_seen_cut_is_the_subjects_own_whatever_their_sex(names: list[Person], seat: str,
                                                                              said: str, majority: int) -> None:
    winner, rival = names
    result = _results(said.format(w=winner.name, seat=seat, n=f"{majority:,}") + ".")[seat]
    assert (result.winner, result.party, result.outcome, result.majority) == (winner.name, "Labour", "hold", majority)
    results = _results(f"Conservative {winner.name} won {seat}.", f"Labour's {rival.name} cut his majority to 500.")
    assert results[seat].winner == winner.name  # cutting it: a rival may have


# A win or a loss the sentence denies: no result at all ({w}: a person, {p}: a party as printed, {seat}).
DENIED = ["{p} did not win {seat}.", "{p} didn't take {seat}.", "{w} was not elected in {seat}.",
          "{seat} was not won by {p}.", "The {p} were unable to hold {seat}.", "{seat} was nearly lost by the {p}.",
          "{w}, who was never elected in {seat}, thanked voters.", "{p} almost lost {seat}."]


@SETTINGS
@given(people(1), st.sampled_from(SEATS), st.sampled_from(DENIED), st.sampled_from(["Labour", "Conservatives", "Greens"]))
def test_a_denied_win_or_loss_gives_no_result(names: list[Person], seat: str, said: str, party: str) -> None:
    assert seat not in _results(said.format(w=names[0].name, p=party, seat=seat))


@SETTINGS
@given(people(2), st.sampled_from(SEATS))
def test_a_denial_of_someone_else_or_not_only_keeps_the_win(names: list[Person], seat: str) -> None:
    winner, other = names
    assert _results(f"Labour not only held {seat} but also took Erewash.")[seat].outcome == "hold"
    assert _results(f"{winner.name}, not {other.name}, won {seat} for Labour.")[seat].winner == winner.name


@SETTINGS
@given(people(1), st.sampled_from(SEATS), st.sampled_from(["won", "taken", "gained", "captured"]),
       st.lists(st.sampled_from([("Labour", "Labour's"), ("Conservative", "the Conservatives'"), ("Reform UK", "Reform UK's")]),
                min_size=2, max_size=2, unique=True))
def test_a_seat_taken_from_a_party_by_someone_is_their_gain(names: list[Person], seat: str, verb: str,
                                                           parties: list[tuple[str, str]]) -> None:
    (win_party, printed), (lost_party, _) = parties
    lost = {"Conservative": "the Conservatives"}.get(lost_party, lost_party)
    result = _results(f"{seat} was {verb} from {lost} by {printed} {names[0].name}.")[seat]
    assert (result.winner, result.party, result.outcome, result.previous_party) == (
        names[0].name, win_party, "gain", lost_party)


@SETTINGS
@given(people(1), st.sampled_from(SEATS), st.sampled_from(["snatch", "seize", "capture", "regain", "gain", "take"]))
def test_a_headline_in_the_present_tense_says_the_gain(names: list[Person], seat: str, verb: str) -> None:
    doc = document_of(f"Labour's {names[0].name} won {seat} with 20,112 votes.", title=f"Labour {verb} {seat}")
    [result] = [f for f in extract_document(doc) if isinstance(f, SeatResult)]
    assert (result.winner, result.party, result.outcome) == (names[0].name, "Labour", None if verb == "take" else "gain")
