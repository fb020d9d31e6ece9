"""The gate's prose checks: each fact against the article's own words. Every check is tried on sentences
generated from templates with invented names, real seat names and random numbers."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.document import Document
from elexgraph.extract.gate import PROSE, check
from elexgraph.extract.prose_results.checks import stated_rank
from elexgraph.extract.prose_results.figures import only_a_year, prints
from elexgraph.facts import Candidacy, Election, Evidence, Fact, SeatResult

GE = Election("general", 2024, "2024-07-04")
FIRST = ["Ann", "Bob", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo"]
LAST = ["Roe", "Gray", "Hill", "Ford", "Tarn", "Vell", "Quill", "Brack", "Moss", "Pell"]
SEATS = ["Erewash", "Broxtowe", "Gedling", "Bolsover", "Bassetlaw", "Ashfield", "Mansfield", "Amber Valley"]
PARTIES = ["Labour", "Conservative", "Reform UK", "Green", "Liberal Democrats"]
ORDINAL = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}
SETTINGS = settings(max_examples=25, deadline=None)

people = st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)).map(" ".join), min_size=3, max_size=3,
                  unique=True)
seat_pairs = st.lists(st.sampled_from(SEATS), min_size=2, max_size=2, unique=True)
counts = st.integers(min_value=1_000, max_value=60_000)
years = st.integers(min_value=1950, max_value=2024)


def at(doc: Document, phrase: str) -> Evidence:
    start = doc.text.index(phrase)
    return Evidence(phrase, start, start + len(phrase))


def sentence_of(doc: Document, phrase: str) -> Evidence:
    found = doc.sentence_at(doc.text.index(phrase))
    assert found is not None
    return doc.evidence(found)


def kept_of(report_facts: list[Fact], kind: type) -> list:
    return [f for f in report_facts if isinstance(f, kind)]


# -- a year is not a count ---------------------------------------------------------------------------
@SETTINGS
@given(st.sampled_from(["in {y}", "at the {y} general election", "the {y} vote", "since {y}", "after the {y} poll"]),
       years, people, st.sampled_from(SEATS))
def test_a_number_printed_only_as_a_year_is_no_count(shape: str, year: int, names: list[str], seat: str) -> None:
    text = f"{names[0]} was re-elected in {seat}, as {shape.format(y=year)}."
    doc = document_of(text)
    assert only_a_year(year, doc.text)
    fact = Candidacy(sentence_of(doc, names[0]), PROSE, GE, seat, names[0], votes=year, rank=1)
    report = check([fact], doc)
    assert kept_of(report.kept, Candidacy)[0].votes is None


@SETTINGS
@given(counts, st.sampled_from(["{n:,}", "{n}", "{n:,} votes", "{n} votes"]))
def test_a_count_is_printed_in_every_form(n: int, shape: str) -> None:
    text = "She polled " + shape.format(n=n) + " in all."
    assert prints(n, text)
    assert not prints(n + 1, text)
    if "votes" in shape or "," in shape:
        assert not only_a_year(n, text)


@SETTINGS
@given(people, st.sampled_from(SEATS), counts)
def test_a_count_not_printed_in_its_evidence_is_left_out(names: list[str], seat: str, votes: int) -> None:
    doc = document_of(f"{names[0]} held {seat} for Labour.", f"{names[1]} polled {votes + 7:,} votes.")
    fact = Candidacy(sentence_of(doc, names[0]), PROSE, GE, seat, names[0], votes=votes, rank=1)
    report = check([fact], doc)
    assert kept_of(report.kept, Candidacy)[0].votes is None


# -- a fact stays with the place its sentence names ---------------------------------------------------
@SETTINGS
@given(people, seat_pairs, counts, st.sampled_from(["{p} polled {n:,} votes in {s}.",
                                                     "In {s}, {p} came second on {n:,} votes.",
                                                     "{p} was beaten in {s} despite {n:,} votes."]))
def test_a_fact_stays_with_the_place_its_sentence_names(names: list[str], seats: list[str], votes: int,
                                                       shape: str) -> None:
    doc = document_of(f"{names[1]} won {seats[0]} for Labour.", shape.format(p=names[0], n=votes, s=seats[1]))
    evidence = sentence_of(doc, names[0])
    elsewhere = Candidacy(evidence, PROSE, GE, seats[0], names[0], votes=votes)
    there = Candidacy(evidence, PROSE, GE, seats[1], names[0], votes=votes)
    report = check([elsewhere, there], doc)
    assert [(c.area, c.votes) for c in kept_of(report.kept, Candidacy)] == [(seats[1], votes)]


# -- a stated place beats a list position --------------------------------------------------------------
@SETTINGS
@given(people, st.sampled_from(SEATS), st.lists(counts, min_size=3, max_size=3, unique=True), st.sampled_from([2, 3, 4]),
       st.sampled_from(["came {o} on {n:,} votes", "finished {o} with {n:,}", "was {o} on {n:,}",
                        "{n:,} votes, in {o} place"]))
def test_a_stated_place_beats_a_list_position(names: list[str], seat: str, votes: list[int], place: int,
                                              shape: str) -> None:
    votes = sorted(votes, reverse=True)
    lines = [f"{names[0]} (Reform UK) " + shape.format(o=ORDINAL[place], n=votes[0]),
             f"{names[1]} (Green) {votes[1]:,}", f"{names[2]} (Lib Dem) {votes[2]:,}"]
    doc = document_of(f"In {seat}, " + ", ".join(lines[:2]) + " and " + lines[2] + ".")
    found: list[Fact] = [Candidacy(at(doc, line), "result-lists", GE, seat, name, votes=n, rank=k)
                         for k, (line, name, n) in enumerate(zip(lines, names, votes), 1)]
    found.append(SeatResult(at(doc, lines[0]), "result-lists", GE, seat, names[0], "Reform UK", majority=votes[0] - votes[1],
                            derived=("majority",)))
    report = check(found, doc)
    ranks = {c.person: c.rank for c in kept_of(report.kept, Candidacy)}
    assert ranks == {names[0]: place, names[1]: place + 1, names[2]: place + 2}
    assert all(r.winner is None for r in kept_of(report.kept, SeatResult))


@SETTINGS
@given(st.sampled_from(list(ORDINAL.items())), st.sampled_from(["came {o}", "finished a distant {o}", "in {o} place",
                                                                 "was {o}", "{o} spot"]))
def test_the_place_a_line_states(place: tuple[int, str], shape: str) -> None:
    assert stated_rank("Jo Tarn (Green) " + shape.format(o=place[1]) + " on 1,234") == place[0]
    assert stated_rank("Jo Tarn (Green), first elected in 2010, 1,234") is None


def test_a_rank_prose_states_beats_a_list_position() -> None:
    doc = document_of("Jo Tarn came third in Gedling.")
    evidence = sentence_of(doc, "Jo Tarn")
    report = check([Candidacy(evidence, "result-lists", GE, "Gedling", "Jo Tarn", rank=2),
                    Candidacy(evidence, PROSE, GE, "Gedling", "Jo Tarn", rank=3)], doc)
    assert [c.rank for c in kept_of(report.kept, Candidacy)] == [3]


# -- a 'winner' the same article says lost is no winner --------------------------------------------------
LOST = ["{p} was ousted in {s}.", "{p}, who was narrowly defeated, had held {s} since the last boundary review.",
        "{p} lost her seat in {s}.", "{p} lost to a newcomer in {s}.", "The defeat of {p} in {s} was the night's shock.",
        "Reform's candidate beat {p} in {s}."]


@SETTINGS
@given(people, st.sampled_from(SEATS), st.sampled_from(LOST))
def test_a_winner_the_article_says_lost_is_no_winner(names: list[str], seat: str, shape: str) -> None:
    doc = document_of(shape.format(p=names[0], s=seat), f"She took {seat} with a majority of 1,234.")
    evidence = sentence_of(doc, "majority")
    found: list[Fact] = [SeatResult(evidence, PROSE, GE, seat, names[0], "Labour", majority=1234),
                         Candidacy(evidence, PROSE, GE, seat, names[0], rank=1)]
    report = check(found, doc)
    assert kept_of(report.kept, SeatResult)[0].winner is None
    assert kept_of(report.kept, Candidacy)[0].rank is None


@SETTINGS
@given(people, st.sampled_from(SEATS), st.sampled_from(LOST), st.sampled_from(["in 2017", "last time", "two years ago"]))
def test_a_loss_at_another_election_leaves_the_winner(names: list[str], seat: str, shape: str, when: str) -> None:
    said = shape.format(p=names[0], s=seat).rstrip(".") + f" {when}."
    doc = document_of(said, f"She took {seat} back with a majority of 1,234.")
    evidence = sentence_of(doc, "majority")
    report = check([SeatResult(evidence, PROSE, GE, seat, names[0], "Labour", majority=1234)], doc)
    assert kept_of(report.kept, SeatResult)[0].winner == names[0]


@SETTINGS
@given(people, st.sampled_from(["Derbyshire", "Nottinghamshire", "Leicestershire", "Lincolnshire"]),
       st.lists(counts, min_size=2, max_size=2, unique=True).map(sorted),
       st.sampled_from(["first-choice votes", "first preference votes", "votes in the first round"]),
       st.sampled_from(["The second preferences were then counted.", "The count went to a second round.", ""]))
def test_a_lead_in_the_first_round_of_a_count_that_went_on_is_no_majority(names: list[str], area: str,
                                                                          figures: list[int], first: str,
                                                                          later: str) -> None:
    """'61,250 first-choice votes, more than 20,400 more than the runner-up': the lead of the first count is the
    majority only when the article tells of no later round (the majority is the final count's)."""
    from elexgraph.extract import extract_document

    winner, rival, _ = names
    lead, votes = figures
    paras = [f"{winner} has been elected as police and crime commissioner for {area}.",
             f"The Conservative won {votes:,} {first}, more than {lead:,} votes more than the second-placed "
             f"candidate, Labour's {rival}.", *([later] if later else [])]
    doc = document_of(*paras, title=f"{winner} elected as {area} police and crime commissioner", date="2016-05-06")
    majorities = [f.majority for f in extract_document(doc) if isinstance(f, SeatResult) and f.winner == winner]
    assert majorities == ([None] if later else [lead])
