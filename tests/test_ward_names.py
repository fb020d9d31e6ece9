"""A ward's name is no one's name: a capitalised run after a verb of taking a seat, or before 'ward', names a
place; a lone word of it is no surname of a candidate with the same surname. And an undated article dated only
by the one month its lead prints reports that month's year. Sentences generated from templates (invented names
and wards)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.document import Document
from elexgraph.articles import Article
from elexgraph.extract import read_document
from elexgraph.facts import Candidacy, Role

# Two-word wards whose last word is also a candidate's surname: the trap is reading 'Hill' of 'Brook Hill' as Sam Hill.
WARDS_AND_NAMESAKES = [("Brook Hill", "Sam Hill"), ("Oak Ford", "Kim Ford"), ("Kirk Lee", "Ann Lee")]
TAKING = ["hold", "gain", "win", "retain", "capture", "seize"]
MONTHS = ["May", "July", "November"]


def document(text: str) -> Document:
    title, _, body = text.partition("\n")
    return Document(Article("t", Path("t.txt"), text, title, "0"))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS_AND_NAMESAKES), st.sampled_from(TAKING), st.sampled_from(MONTHS),
       st.integers(2005, 2024), st.integers(900, 2500))
def test_a_ward_taken_in_the_headline_is_a_place_and_its_words_no_surnames(
        ward: tuple[str, str], verb: str, month: str, year: int, winner_votes: int) -> None:
    name, namesake = ward
    text = (f"Labour {verb} {name} in Anytown Borough Council by-election\n\n"
            f"Labour's Jane Roe won the {name} ward by-election for Anytown Borough Council in {month} {year} "
            f"with {winner_votes:,} votes. Conservative Tom Smith came second with 700 votes.\n\n"
            f"{namesake}, of the Green Party, received 312 votes.\n")
    doc = document(text)
    people = {m.text for s in doc.sentences for m in s.people}
    assert name not in people and name.split()[0] not in people
    kept = read_document(doc).kept
    got = {(f.person, f.votes) for f in kept if isinstance(f, Candidacy)}
    assert {f.title for f in kept if isinstance(f, Role)} <= {f"councillor for {name}"}  # a council's seat: no MP
    assert (namesake, winner_votes) not in got  # the ward's last word is not the namesake
    assert ("Jane Roe", winner_votes) in got and (namesake, 312) in got
    assert doc.election.year == year


@given(st.sampled_from(MONTHS), st.integers(2005, 2024))
def test_two_years_in_the_lead_date_nothing(month: str, year: int) -> None:
    text = (f"Council by-election result\n\nJane Roe, first elected in {month} {year - 4}, won the Brook Hill ward "
            f"by-election in {month} {year}.\n")
    assert document(text).election.undated_in == "t"


@given(st.sampled_from(["won", "held", "gained", "took"]))
def test_a_person_before_a_possessive_after_a_verb_of_taking_is_still_a_person(verb: str) -> None:
    doc = document(f"Council by-election\n\nTom Smith, who {verb} Jane Roe's old seat, polled 900 votes.\n")
    assert "Jane Roe" in {m.text for s in doc.sentences for m in s.people}



@settings(max_examples=30, deadline=None)
@given(st.sampled_from([w for w, _ in WARDS_AND_NAMESAKES] + ["Abbey", "Castle Vale North"]),
       st.sampled_from(["ward by-election", "council by-election", "ward by-election held"]), st.integers(2005, 2024))
def test_a_council_by_election_whose_council_is_not_named_is_still_read(ward: str, words: str, year: int) -> None:
    text = (f"Labour hold {ward}\n\nLabour's Jane Roe won the {ward} {words} in May {year} with 1,204 votes. "
            f"Conservative Tom Smith came second with 980 votes.\n")
    doc = document(text)
    main = doc.election.main
    assert main is not None and main.kind == "by-election" and main.council and main.place == ward
    assert "council by-election" in main.label  # a council's, never Parliament's
    got = {(f.person, f.area, f.votes) for f in read_document(doc).kept if isinstance(f, Candidacy)}
    assert got == {("Jane Roe", ward, 1204), ("Tom Smith", ward, 980)}
