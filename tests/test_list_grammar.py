"""Results lists read by the grammar of their parts, tested on generated lists: every combination of
field order, separator, thousands style, name form, party form, bullet or number, with and without
'votes', shares and changes. Names and places are invented from syllables; none comes from an article."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations

import pytest
from article_text import document_of
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from elexgraph import reference
from elexgraph.annotate.gazetteer import gazetteer
from elexgraph.annotate.lexicon import not_names, titles, words
from elexgraph.annotate.list_lines import lexicon, read_line
from elexgraph.annotate.names import PARTICLES
from elexgraph.annotate.tokens import tokenize
from elexgraph.extract.gate import check
from elexgraph.extract.result_lists import extract
from elexgraph.facts import Candidacy, Election, Evidence, SeatResult

# 200 generated examples a test: out of `make test-fast` (marked slow); `make test` runs them.
SETTINGS = settings(max_examples=200, deadline=None)
TITLE = "Anyshire District Council election results"

SYLLABLES = ["ka", "lo", "mi", "ren", "tor", "vel", "dan", "su", "bri", "gan", "hol", "mer", "zo", "pa", "ri",
             "fen", "quil", "bax", "nor", "tam", "wex", "yul", "op", "eb", "ith", "ul", "vor", "jen", "ske", "dro"]
PARTIES = [("Labour", "Labour"), ("Lab", "Labour"), ("Conservative", "Conservative"), ("Con", "Conservative"),
           ("Liberal Democrats", "Liberal Democrats"), ("Lib Dem", "Liberal Democrats"), ("LD", "Liberal Democrats"),
           ("Green Party", "Green"), ("Grn", "Green"), ("Reform UK", "Reform UK"), ("UKIP", "UKIP"),
           ("Ind", "Independent")]
SEPARATORS = [", ", "; ", ": ", " - ", " – ", "\t", " | ", "   "]  # the last: a table's columns flattened to spaces
THOUSANDS = [",", "\u2009", "'", "", " ", "\u00a0", "’"]  # a plain space too: "1 204"
BULLETS = ["", "• ", "- ", "* ", "{n}. ", "{n}) "]
NAME_FORMS = ["plain", "caps_comma", "caps_space", "comma", "given_caps"]
NOT_NAMED = ["Labour hold", "Con gain from Lab", "Candidates:", "Turnout: 31%", "Electorate 9,876", "Majority 204",
             "Spoilt papers 45", "Rejected ballots: 12"]  # lines under a list that name no candidate
NOT_CANDIDATES = ["Turnout: {pct}%", "Electorate {n}", "Majority {n}", "Spoilt ballots {small}",
                  "Total votes cast: {n}", "Rejected ballots - {small}", "Labour {n}", "Turnout {pct} per cent"]


def _usable(word: str) -> bool:
    """An invented word that is nothing else: no ordinary capitalised word, party, place or title."""
    key = tuple(t.lower for t in tokenize(word))
    return (word not in not_names() and reference.party_named(word) is None and key not in gazetteer().places
            and word not in titles() and word.lower() not in PARTICLES and word.lower() not in words("list_fillers")
            and word.lower() not in lexicon()["not_candidate"] and word.upper() != word)


WORD = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda s: "".join(s).capitalize()) \
    .filter(_usable)


@dataclass(frozen=True)
class Person:
    given: str
    surname: str

    @property
    def name(self) -> str:
        return f"{self.given} {self.surname}"

    def printed(self, form: str) -> str:
        caps = _capitals(self.surname)
        return {"plain": self.name, "caps_comma": f"{caps}, {self.given}", "caps_space": f"{caps} {self.given}",
                "comma": f"{self.surname}, {self.given}", "given_caps": f"{self.given} {caps}"}[form]


def _capitals(surname: str) -> str:
    """A surname as a ballot paper prints it: in capitals, a 'Mc' before them kept as written ('McKALO')."""
    return "Mc" + surname[2:].upper() if surname.startswith("Mc") else surname.upper()


@st.composite
def people(draw: st.DrawFn, count: int) -> list[Person]:
    surnames = draw(st.lists(WORD, min_size=count, max_size=count, unique=True))
    surnames = [("Mc" + s if draw(st.booleans()) else s) for s in surnames]  # 'McKalo', printed 'McKALO' in capitals
    given = draw(st.lists(st.one_of(WORD, st.tuples(WORD, WORD).map(" ".join)), min_size=count, max_size=count))
    return [Person(g, s) for g, s in zip(given, surnames)]


@dataclass(frozen=True)
class Style:
    """How one list is printed."""

    order: tuple[str, ...]
    separator: str
    thousands: str
    name_form: str
    bracket_party: bool
    votes_word: bool
    shares: bool
    changes: bool
    bullet: str


STYLES = st.builds(Style, st.sampled_from(list(permutations(("name", "party", "figures")))),
                   st.sampled_from(SEPARATORS), st.sampled_from(THOUSANDS), st.sampled_from(NAME_FORMS),
                   st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.sampled_from(BULLETS))


def _count(n: int, thousands: str) -> str:
    return f"{n:,}".replace(",", thousands)


def _row(style: Style, person: Person, party: str, votes: int, share: float, change: float, position: int) -> str:
    figures = _count(votes, style.thousands) + (" votes" if style.votes_word else "")
    if style.shares:
        figures += f" ({share:.1f}%" + (f", {change:+.1f}%" if style.changes else "") + ")"
    fields = {"name": person.printed(style.name_form), "party": party, "figures": figures}
    order = list(style.order)
    if style.bracket_party and order.index("party") == order.index("name") + 1:
        fields["name"] += f" ({party})"
        order.remove("party")
    return style.bullet.format(n=position) + style.separator.join(fields[f] for f in order)


@dataclass(frozen=True)
class Contest:
    ward: str
    rows: list[tuple[Person, str, str, int]]  # person, printed party, canonical party, votes


@st.composite
def contests(draw: st.DrawFn) -> Contest:
    size = draw(st.integers(2, 5))
    ward = " ".join(draw(st.lists(WORD, min_size=1, max_size=2)))
    names = draw(people(size))
    assume(not set(ward.split()) & {w for p in names for w in p.name.split()})  # a ward is not named as a candidate
    parties = draw(st.lists(st.sampled_from(PARTIES), min_size=size, max_size=size,
                            unique_by=lambda p: p[1]))
    votes = draw(st.lists(st.integers(10, 60000), min_size=size, max_size=size, unique=True))
    return Contest(ward, [(p, printed, canonical, v) for p, (printed, canonical), v in zip(names, parties, votes)])


def _printed_list(contest: Contest, style: Style, alphabetical: bool) -> str:
    rows = sorted(contest.rows, key=lambda r: r[0].surname) if alphabetical else contest.rows
    total = sum(r[3] for r in rows)
    lines = [_row(style, person, printed, votes, round(100 * votes / total, 1), 1.5, i)
             for i, (person, printed, _, votes) in enumerate(rows, 1)]
    return contest.ward + "\n" + "\n".join(lines)


def _expected(contest: Contest) -> set[tuple]:
    by_votes = sorted(contest.rows, key=lambda r: -r[3])
    return {(contest.ward, person.name, canonical, votes, rank)
            for rank, (person, _, canonical, votes) in enumerate(by_votes, 1)}


def _distinct(wards: list[Contest]) -> list[Contest]:
    """One article's candidates have distinct surnames (two of one surname are told apart by the story)."""
    surnames = [p.surname for c in wards for p, *_ in c.rows]
    assume(len(surnames) == len(set(surnames)))
    # A ward named like one of its candidates ('Kalo' ward, 'Ann Kalo') is ambiguous to any reader.
    names = {part for c in wards for p, *_ in c.rows for part in (p.given, p.surname)}
    assume(not any(word in names for c in wards for word in c.ward.split()))
    return wards


def _candidacies(body: str) -> set[tuple]:
    doc = document_of(body, title=TITLE, date="2023-05-05")
    return {(f.area, f.person, f.party, f.votes, f.rank) for f in extract(doc) if isinstance(f, Candidacy)}


@pytest.mark.slow
@SETTINGS
@given(st.lists(contests(), min_size=1, max_size=3, unique_by=lambda c: c.ward), STYLES, st.booleans())
def test_every_row_is_read_with_its_seat_and_rank(wards: list[Contest], style: Style, alphabetical: bool) -> None:
    body = "\n\n".join(_printed_list(c, style, alphabetical) for c in _distinct(wards))
    assert _candidacies(body) == set().union(*(_expected(c) for c in wards)), body


@pytest.mark.slow
@SETTINGS
@given(st.lists(contests(), min_size=1, max_size=3, unique_by=lambda c: c.ward), st.sampled_from(THOUSANDS),
       st.booleans())
def test_a_line_per_seat_with_its_candidates_in_segments(wards: list[Contest], thousands: str, votes_word: bool) -> None:
    lines = []
    for c in _distinct(wards):
        cells = [f"{p.name}, {printed}, {_count(v, thousands)}" + (" votes" if votes_word else "")
                 for p, printed, _, v in c.rows]
        lines.append(f"{c.ward}: " + "; ".join(cells) + ".")
    body = "\n\n".join(lines)
    assert _candidacies(body) == set().union(*(_expected(c) for c in wards)), body


@pytest.mark.slow
@SETTINGS
@given(contests(), st.sampled_from(NOT_CANDIDATES), st.integers(1000, 90000), st.integers(1, 300),
       st.floats(10, 90).map(lambda x: round(x, 1)))
def test_totals_and_turnout_lines_yield_no_candidacy(contest: Contest, line: str, n: int, small: int, pct: float) -> None:
    total = line.format(n=f"{n:,}", small=small, pct=pct)
    read = read_line(total)
    assert read is None or all(c.name is None for c in read.candidates), total
    style = Style(("name", "party", "figures"), " ", ",", "plain", True, False, False, False, "")
    body = _printed_list(contest, style, False) + "\n" + total + "\n\n" + total
    assert _candidacies(body) == _expected(contest), body


@pytest.mark.slow
@SETTINGS
@given(contests(), st.integers(2, 3))
def test_a_ward_electing_several_names_no_majority_and_its_winners_first(contest: Contest, seats: int) -> None:
    style = Style(("name", "party", "figures"), " ", ",", "plain", True, True, False, False, "")
    heading = contest.ward + f" ({['', 'one', 'two', 'three'][seats]} seats)"
    body = heading + "\n" + "\n".join(_printed_list(contest, style, False).split("\n")[1:])
    doc = document_of(body, title=TITLE, date="2023-05-05")
    facts = list(extract(doc))
    won = {p.name for p, *_ in sorted(contest.rows, key=lambda r: -r[3])[:seats]} if len(contest.rows) > seats else set()
    assert {(f.area, f.person, f.party, f.votes, f.rank) for f in facts if isinstance(f, Candidacy)} == {
        (area, person, party, votes, 1 if person in won else None)  # rank 1 is elected; other places untold
        for area, person, party, votes, _ in _expected(contest)}
    results = sorted((f for f in facts if isinstance(f, SeatResult)), key=lambda f: f.seat)
    elected = sorted(contest.rows, key=lambda r: -r[3])[:seats]
    if len(contest.rows) <= seats:
        elected = elected[:1]  # as many standing as seats: no one is said to have lost, so no list of winners
    assert [(r.winner, r.party, r.majority) for r in results] == [(p.name, canonical, None)
                                                                 for p, _, canonical, _ in elected]


def test_an_unheaded_list_is_placed_by_the_sentence_naming_its_candidate_and_one_seat() -> None:
    seats = sorted(c.name for c in reference.constituencies() if c.boundary_set == 2024 and c.region == "East Midlands"
                   and " " not in c.name)[:2]
    doc = document_of(f"Elsewhere {seats[1]} stayed blue.", f"Ann Tovel won again in {seats[0]} on Thursday.",
                      "Ann Tovel (Lab) 21,204\nBo Kamer (Con) 12,998", title="General election 2024: the results")
    assert {(f.area, f.person) for f in extract(doc) if isinstance(f, Candidacy)} == {
        (seats[0], "Ann Tovel"), (seats[0], "Bo Kamer")}


def test_an_unheaded_list_in_a_round_up_of_several_seats_is_not_guessed() -> None:
    seats = sorted(c.name for c in reference.constituencies() if c.boundary_set == 2024 and c.region == "East Midlands"
                   and " " not in c.name)[:2]
    doc = document_of(f"Results came in from {seats[0]} and from {seats[1]} overnight.",
                      "Ann Tovel (Lab) 21,204\nBo Kamer (Con) 12,998", title="General election 2024: the results")
    assert not [f for f in extract(doc) if isinstance(f, Candidacy)]


@pytest.mark.slow
@SETTINGS
@given(people(6), st.integers(1, 3), st.integers(2, 3))
def test_a_place_the_story_states_beats_a_partial_lists_position(names: list[Person], told: int, listed: int) -> None:
    election, evidence = Election("general", 2024, "2024-07-04"), Evidence("x", 0, 1)
    prose = [Candidacy(evidence, "prose-results", election, "Anytown", p.name, rank=k)
             for k, p in enumerate(names[:told], 1)]
    partial = [Candidacy(evidence, "result-lists", election, "Anytown", p.name, votes=1000 - k, rank=k)
               for k, p in enumerate(names[told:told + listed], 1)]
    result = SeatResult(evidence, "result-lists", election, "Anytown", names[told].name, majority=1, derived=("majority",))
    kept = check([*prose, *partial, result]).kept
    ranks = {f.person: f.rank for f in kept if isinstance(f, Candidacy)}
    assert ranks == {p.name: (k if k <= told else None) for k, p in enumerate(names[:told + listed], 1)}
    assert not [f for f in kept if isinstance(f, SeatResult)]  # its winner and majority left out, nothing is left
    agreeing = [Candidacy(evidence, "result-lists", election, "Anytown", p.name, votes=1000 - k, rank=k)
                for k, p in enumerate(names[:told], 1)]
    assert {f.rank for f in check([*prose, *agreeing]).kept if isinstance(f, Candidacy)} == set(range(1, told + 1))


def _facts(*paragraphs: str, title: str = TITLE) -> list:
    return list(extract(document_of(*paragraphs, title=title, date="2023-05-05")))


def test_a_sentence_listing_one_seat_among_other_sentences_is_that_seats_contest() -> None:
    facts = _facts("Reform swept the board. Results in Tovel Hill: Ann Kamer, Reform UK, 596 votes; "
                   "Bo Tamren, Con, 402; Cy Lomi, Lab, 396. Turnout was low.")
    assert {(f.area, f.person, f.rank) for f in facts if isinstance(f, Candidacy)} == {
        ("Tovel Hill", "Ann Kamer", 1), ("Tovel Hill", "Bo Tamren", 2), ("Tovel Hill", "Cy Lomi", 3)}


def test_a_contests_line_may_end_by_declaring_its_outcome() -> None:
    facts = _facts("Tovel: Ann Kamer (Lab) 1,204, Bo Tamren (Con) 998. Con gain from Lab.")
    [result] = [f for f in facts if isinstance(f, SeatResult)]
    assert (result.winner, result.outcome, result.previous_party) == ("Ann Kamer", None, None)  # Lab won: no gain
    facts = _facts("Tovel: Ann Kamer (Con) 1,204, Bo Tamren (Lab) 998. Con gain from Lab.")
    [result] = [f for f in facts if isinstance(f, SeatResult)]
    assert (result.winner, result.outcome, result.previous_party) == ("Ann Kamer", "gain", "Labour")


def test_ballot_paper_descriptions_are_their_parties() -> None:
    facts = _facts("Tovel Ward", "KAMER Ann Mary - The Conservative Party Candidate - 1,204 - Elected",
                   "TAMREN Bo - Labour and Co-operative Party - 998", "LOMI Cy - Liberal Democrat Focus Team - 120")
    assert {(f.person, f.party) for f in facts if isinstance(f, Candidacy)} == {
        ("Ann Mary Kamer", "Conservative"), ("Bo Tamren", "Labour"), ("Cy Lomi", "Liberal Democrats")}


def test_a_list_of_years_is_no_results_list_and_a_headings_year_dates_a_list() -> None:
    assert not _facts("Tovel Ward", "Ann Kamer (Con) 2010\nBo Tamren (Lab) 2015")
    facts = _facts("Tovel Ward result in 2019", "Ann Kamer (Con) 1,204\nBo Tamren (Lab) 998")
    assert {f.election.year for f in facts} == {2019}


def test_an_unheaded_ward_list_is_placed_by_the_sentence_naming_its_candidate_and_ward() -> None:
    facts = _facts("Ann Kamer won again in Tovel Hill, while Bo Tamren came second.",
                   "Ann Kamer (Lab) 1,204\nBo Tamren (Con) 998", "Elsewhere the count went on.")
    assert {(f.area, f.person) for f in facts if isinstance(f, Candidacy)} == {
        ("Tovel Hill", "Ann Kamer"), ("Tovel Hill", "Bo Tamren")}


@pytest.mark.parametrize("lead", ["Ann Kamer will represent Tovel Hill on the council after the count.",
                                  "Tovel Hill has a new councillor after the count.",
                                  "Ann Kamer is the new councillor for Tovel Hill."])
def test_an_unheaded_ward_list_is_placed_by_the_ward_its_lead_names(lead: str) -> None:
    """'will represent Tovel Hill', 'Tovel Hill has a new councillor', 'the new councillor for Tovel Hill' name the
    ward of the story's one list (its lines were read as no one's)."""
    facts = _facts(lead, "Ann Kamer (Lab) 1,204\nBo Tamren (Con) 998")
    assert {(f.area, f.person) for f in facts if isinstance(f, Candidacy)} == {
        ("Tovel Hill", "Ann Kamer"), ("Tovel Hill", "Bo Tamren")}


@pytest.mark.slow
@SETTINGS
@given(contests(), st.sampled_from(["ward", "division", "Ward", "Division"]), st.sampled_from(
    ["Election results", "How the votes fell", "Results night"]))
def test_a_wards_own_heading_makes_its_list_a_council_contest(contest: Contest, word: str, title: str) -> None:
    style = Style(("name", "party", "figures"), " ", ",", "plain", True, True, False, False, "")
    body = f"{contest.ward} {word}\n" + "\n".join(_printed_list(contest, style, False).split("\n")[1:])
    doc = document_of("Here is how the count went.", body, title=title, date="2023-05-05")
    found = {(f.election.kind, f.area, f.person) for f in extract(doc) if isinstance(f, Candidacy)}
    assert found == {("local", contest.ward, person.name) for person, *_ in contest.rows}


def _won_by(contest: Contest, party: str | None) -> Contest:
    """The contest with the party of the most votes given to the party named (swapped with the row that had it)."""
    rows = sorted(contest.rows, key=lambda r: -r[3])
    holder = next((k for k, r in enumerate(rows) if r[2] == party), None)
    assume(holder is not None)
    top, other = rows[0], rows[holder]  # type: ignore[index]
    rows[0], rows[holder] = (top[0], other[1], other[2], top[3]), (other[0], top[1], top[2], other[3])  # type: ignore[index]
    return Contest(contest.ward, rows)


@pytest.mark.slow
@SETTINGS
@given(contests(), st.sampled_from([("Lab hold", "hold", None), ("Con gain from Lab", "gain", "Labour"),
                                    ("Labour HOLD", "hold", None)]))
def test_a_heading_may_declare_its_outcome_in_brackets(contest: Contest, said: tuple[str, str, str | None]) -> None:
    declared, outcome, previous = said
    winner_party = {"hold": "Labour" if declared.startswith("Lab") else None, "gain": "Conservative"}[outcome]
    contest = _won_by(contest, winner_party)
    style = Style(("name", "party", "figures"), " ", ",", "plain", True, True, False, False, "")
    body = f"{contest.ward} ward ({declared})\n" + "\n".join(_printed_list(contest, style, False).split("\n")[1:])
    [result] = [f for f in extract(document_of(body, title=TITLE, date="2023-05-05")) if isinstance(f, SeatResult)]
    assert (result.outcome, result.previous_party) == (outcome, previous or winner_party)


@pytest.mark.slow
@SETTINGS
@given(people(4), st.sampled_from(["winning", "taking", "holding"]))
def test_unheaded_lists_of_a_round_up_are_placed_by_the_place_each_winner_is_said_to_take(
        names: list[Person], verb: str) -> None:
    seats = sorted(c.name for c in reference.constituencies() if c.boundary_set == 2024 and c.region == "East Midlands"
                   and " " not in c.name)[:2]
    a, b, c, d = names
    assume(len({p.surname for p in names}) == 4)
    doc = document_of(f"Labour swept the county, with {a.name} {verb} {seats[0]} and {c.name} {verb} {seats[1]}.",
                      f"{a.name} (Lab) 21,204\n{b.name} (Con) 12,998", f"{c.name} (Lab) 19,000\n{d.name} (Con) 15,000",
                      title="General election 2024: the results")
    assert {(f.area, f.person) for f in extract(doc) if isinstance(f, Candidacy)} == {
        (seats[0], a.name), (seats[0], b.name), (seats[1], c.name), (seats[1], d.name)}


def test_a_surname_that_is_also_a_party_is_read_in_every_surname_first_form() -> None:
    for row in ("GREEN, Ann (Con) 1,204", "GREEN Ann (Con) 1,204", "Ann Mary GREEN (Con) 1,204",
                "Green, Ann - Conservative - 1,204"):
        read = read_line(row)
        assert read and [(c.name, c.party) for c in read.candidates] in (
            [("Ann Green", "Con")], [("Ann Mary Green", "Con")], [("Ann Green", "Conservative")]), row


@pytest.mark.slow
@SETTINGS
@given(contests(), st.sampled_from(["result", "result:", "results", "Result"]))
def test_a_heading_that_says_result_names_its_seat_even_where_it_reads_like_a_name(contest: Contest, word: str) -> None:
    ward = f"{contest.ward.split()[0]} Hill"  # 'Kalo Hill': a given name and a surname to the name reader
    style = Style(("name", "party", "figures"), " ", ",", "plain", True, False, False, False, "")
    body = f"{ward} {word}\n" + "\n".join(_printed_list(contest, style, False).split("\n")[1:])
    assert {a for a, *_ in _candidacies(body)} == {ward}, body


MARKS = [" - elected", " (elected)", " *", " ELECTED", " – Elected"]
NAMED_FORMS = ["({party})", ", {party}", " – {party}", "\t{party}", "   {party}"]


def _named_rows(contest: Contest, form: str, name_form: str, marked: int, mark: str) -> list[str]:
    return [person.printed(name_form) + form.format(party=printed) + (mark if k < marked else "")
            for k, (person, printed, _, _) in enumerate(contest.rows)]


@pytest.mark.slow
@SETTINGS
@given(contests(), st.sampled_from(NAMED_FORMS), st.sampled_from(NAME_FORMS), st.integers(0, 2),
       st.sampled_from(MARKS), st.sampled_from(["ward", "division"]))
def test_a_list_without_counts_gives_who_stood_for_which_party_and_the_winners_marked(
        contest: Contest, form: str, name_form: str, marked: int, mark: str, word: str) -> None:
    assume(not (name_form in ("comma", "caps_comma") and form.startswith(",")))  # 'ROE, Jane, Lab': ambiguous
    marked = min(marked, len(contest.rows) - 1)
    body = f"{contest.ward} {word}\n" + "\n".join(_named_rows(contest, form, name_form, marked, mark))
    doc = document_of(body, title=TITLE, date="2023-05-05")
    facts = list(extract(doc))
    assert {(f.area, f.person, f.party, f.votes, f.rank) for f in facts if isinstance(f, Candidacy)} == {
        (contest.ward, p.name, canonical, None, 1 if k < marked else None)
        for k, (p, _, canonical, _) in enumerate(contest.rows)}, body
    assert [(f.winner, f.party, f.seat) for f in facts if isinstance(f, SeatResult)] == [
        (p.name, canonical, k) for k, (p, _, canonical, _) in enumerate(contest.rows[:marked])], body


@pytest.mark.slow
@SETTINGS
@given(contests(), st.sampled_from(["Elected:", "Councillors elected", "The new councillors are:"]),
       st.sampled_from(NOT_NAMED))
def test_a_list_under_a_line_saying_elected_names_its_winners_and_totals_under_it_yield_nothing(
        contest: Contest, heading: str, total: str) -> None:
    body = f"{contest.ward} ward\n{heading}\n" + "\n".join(_named_rows(contest, "({party})", "plain", 0, "")) \
        + "\n" + total
    facts = list(extract(document_of(body, title=TITLE, date="2023-05-05")))
    assert {(f.person, f.rank) for f in facts if isinstance(f, Candidacy)} == {(p.name, 1) for p, *_ in contest.rows}
    assert len([f for f in facts if isinstance(f, SeatResult)]) == len(contest.rows)


@pytest.mark.slow
@SETTINGS
@given(st.lists(contests(), min_size=1, max_size=3, unique_by=lambda c: c.ward), st.sampled_from(["; ", ", "]))
def test_a_line_per_seat_without_counts_gives_who_stood(wards: list[Contest], separator: str) -> None:
    lines = [f"{c.ward}: " + separator.join(f"{p.name} ({printed})" for p, printed, *_ in c.rows)
             for c in _distinct(wards)]
    assert _candidacies("\n\n".join(lines)) == {(c.ward, p.name, canonical, None, None)
                                                for c in wards for p, _, canonical, _ in c.rows}


@pytest.mark.slow
@SETTINGS
@given(contests(), st.integers(100, 900))
def test_a_list_whose_top_line_was_not_read_gives_no_places(contest: Contest, later: int) -> None:
    rows = sorted(contest.rows, key=lambda r: -r[3])
    top, rest = rows[0], Contest(contest.ward, rows[1:])
    assume(len(rest.rows) >= 2)
    style = Style(("name", "party", "figures"), " ", ",", "plain", True, False, False, False, "")
    garbled = f"{top[0].name} ({top[1]}) {top[3]:,} first choices, {top[3] + later:,} with second choices"
    body = contest.ward + " ward\n" + garbled + "\n" + "\n".join(_printed_list(rest, style, False).split("\n")[1:])
    facts = list(extract(document_of(body, title=TITLE, date="2023-05-05")))
    assert {(f.person, f.votes, f.rank) for f in facts if isinstance(f, Candidacy)} == {
        (p.name, v, None) for p, _, _, v in rest.rows}, body
    assert not [f for f in facts if isinstance(f, SeatResult)]


def test_a_surname_with_particles_printed_first_in_capitals() -> None:
    for row, name in (("VAN DER KALO, Ann (Con) 1,204", "Ann van der Kalo"), ("DE KALO Ann (Con) 1,204", "Ann De Kalo"),
                      ("DE LA KALO, Ann Mary - Labour - 1,204", "Ann Mary de la Kalo")):
        read = read_line(row)
        assert read and [c.name.lower() for c in read.candidates] == [name.lower()], row


@pytest.mark.slow
@SETTINGS
@given(st.lists(contests(), min_size=1, max_size=2, unique_by=lambda c: c.ward),
       st.sampled_from(["{ward}: {said}. {rows}", "{ward} – {said}: {rows}", "{ward} ({said}): {rows}",
                        "{ward}: {rows}. {said}", "{ward}: {rows}; majority {majority}; turnout 31%",
                        "{ward}, {said}: {rows}"]))
def test_a_line_per_seat_declares_its_outcome_before_or_after_its_candidates(wards: list[Contest], shape: str) -> None:
    lines, expected = [], set()
    for c in _distinct(wards):
        rows = sorted(c.rows, key=lambda r: -r[3])
        said = f"{[p for p, canonical in PARTIES if canonical == rows[0][2]][0]} hold"
        majority = f"{rows[0][3] - rows[1][3]:,}"
        cells = "; ".join(f"{p.name} ({printed}) {v:,}" for p, printed, _, v in c.rows)
        lines.append(shape.format(ward=c.ward, said=said, rows=cells, majority=majority))
        expected.add((c.ward, rows[0][0].name, "hold" if "said" in shape else None,
                      rows[0][3] - rows[1][3]))
    facts = list(extract(document_of(*lines, title=TITLE, date="2023-05-05")))
    assert {(f.area, f.winner, f.outcome, f.majority) for f in facts if isinstance(f, SeatResult)} == expected, lines


@pytest.mark.slow
@SETTINGS
@given(contests(), st.sampled_from(["Second round:", "Final count", "After second preferences:", "Run-off"]),
       st.sampled_from(["First round:", "First preferences", ""]))
def test_a_later_rounds_list_gives_no_votes_the_first_rounds_list_does(contest: Contest, later: str, first: str) -> None:
    area = sorted(a.area for a in reference.police_areas() if a.region == "East Midlands")[0]
    style = Style(("name", "party", "figures"), " ", ",", "plain", True, False, False, False, "")
    rows = "\n".join(_printed_list(contest, style, False).split("\n")[1:])
    top = sorted(contest.rows, key=lambda r: -r[3])[:2]
    final = "\n".join(f"{p.name} ({printed}) {v + 5000:,}" for p, printed, _, v in top)
    doc = document_of(*([first] if first else []), rows, later, final,
                      title=f"{area} police and crime commissioner election result", date="2021-05-10")
    facts = list(extract(doc))
    assert {(f.person, f.votes) for f in facts if isinstance(f, Candidacy)} == {(p.name, v) for p, _, _, v in contest.rows}
    assert {f.winner for f in facts if isinstance(f, SeatResult)} == {top[0][0].name}


@pytest.mark.slow
@SETTINGS
@given(contests(), st.sampled_from(["The result in {ward} was: ", "In {ward} the votes were: ", "Result for {ward}: ",
                                    "The {ward} result: ", "In {ward}: "]))
def test_a_line_per_seat_may_name_its_seat_in_a_few_words(contest: Contest, opening: str) -> None:
    rows = "; ".join(f"{p.name} ({printed}) {v:,}" for p, printed, _, v in contest.rows)
    body = "Results came in overnight.\n\n" + opening.format(ward=contest.ward) + rows + "."
    assert _candidacies(body) == _expected(contest), body


@pytest.mark.slow
@SETTINGS
@given(contests(), st.sampled_from([("name", "party", "figures"), ("party", "name", "figures")]),
       st.sampled_from([", ", " – ", " "]), st.booleans(), st.booleans(), st.integers(0, 1))
def test_a_list_whose_line_breaks_were_lost_is_read_row_by_row(contest: Contest, order: tuple[str, ...], separator: str,
                                                               bracket: bool, shares: bool, marked: int) -> None:
    assume(separator != " " or bracket or order[0] == "party")  # 'Ann Kamer Labour 1,204': the party must stand out
    style = Style(order, separator, ",", "plain", bracket, False, shares, False, "")
    rows = _printed_list(contest, style, False).split("\n")[1:]
    rows[0] += " ELECTED" if marked else ""
    body = f"{contest.ward} ward\n" + " ".join(rows)
    assert _candidacies(body) == _expected(contest), body


@pytest.mark.slow
@SETTINGS
@given(contests(), st.sampled_from(["{v:,} votes ({s} per cent)", "{v:,} ({s} per cent)", "{v:,} votes, {s} per cent"]),
       st.booleans())
def test_a_line_per_seat_may_print_words_for_each_candidate(contest: Contest, figures: str, losers_said: bool) -> None:
    total = sum(r[3] for r in contest.rows)
    top = max(r[3] for r in contest.rows)
    cells = [f"{p.name} ({printed}) " + figures.format(v=v, s=round(100 * v / total, 1))
             + (", not elected" if losers_said and v != top else "") for p, printed, _, v in contest.rows]
    body = f"{contest.ward}: " + "; ".join(cells) + "."
    assert {(a, n, p, v, r) for a, n, p, v, r in _candidacies(body)} == _expected(contest), body


@pytest.mark.slow
@SETTINGS
@given(contests(), st.sampled_from(["{ward} by-election", "{ward} by-election result", "{ward} (by-election)",
                                    "{ward} division by-election"]))
def test_a_by_election_listed_in_a_councils_round_up_is_that_councils(contest: Contest, heading: str) -> None:
    council = sorted(c.name for c in reference.councils() if c.kind == "county" and c.until is None)[0]
    style = Style(("name", "party", "figures"), " ", ",", "plain", True, False, False, False, "")
    rows = "\n".join(_printed_list(contest, style, False).split("\n")[1:])
    doc = document_of("Results came in overnight.", heading.format(ward=contest.ward), rows,
                      title=f"{council} elections: full results", date="2021-05-07")
    found = {(f.election.kind, f.election.council, f.area) for f in extract(doc) if isinstance(f, Candidacy)}
    assert found == {("by-election", council, contest.ward)}
