"""A results line that prints the party after the name with no separator, where the party's name is an ordinary
word too ('Jane Roe Green 1,234', 'Ann Lee Reform 812'): after a name of two words or more the word is the party,
not a surname; where the line names another party, or the name has only one word before it ('Jane Green'), the
words are the name. Lines are generated with invented names and random counts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.list_lines import read_line

FIRST = ["Ann", "Bob", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana"]
LAST = ["Roe", "Tarn", "Vell", "Quill", "Brack", "Pell", "Dore", "Lowe"]
WEAK = ["Green", "Reform", "Independent"]  # parties whose names are ordinary words too
STRONG = ["Labour", "Conservative", "Liberal Democrats"]

names = st.lists(st.sampled_from(FIRST), min_size=1, max_size=2).flatmap(
    lambda given_names: st.sampled_from(LAST).map(lambda last: " ".join([*given_names, last])))
counts = st.integers(min_value=10, max_value=60_000)
shares = st.one_of(st.none(), st.floats(min_value=0.5, max_value=80).map(lambda x: round(x, 1)))


def _line(name: str, party: str, votes: int, share: float | None) -> str:
    return f"{name} {party} {votes:,}" + (f" ({share}%)" if share is not None else "")


@settings(max_examples=80, deadline=None)
@given(names, st.sampled_from(WEAK), counts, shares)
def test_a_weak_party_word_after_a_full_name_is_the_party(name: str, party: str, votes: int, share: float | None) -> None:
    read = read_line(_line(name, party, votes, share))
    assert read is not None and len(read.candidates) == 1
    got = read.candidates[0]
    assert (got.name, got.party, got.votes) == (name, party, votes)


@settings(max_examples=40, deadline=None)
@given(names, st.sampled_from(WEAK), st.sampled_from(STRONG), counts)
def test_with_another_party_on_the_line_the_word_is_the_surname(name: str, weak: str, party: str, votes: int) -> None:
    read = read_line(f"{name} {weak} ({party}) {votes:,}")
    assert read is not None and len(read.candidates) == 1
    assert (read.candidates[0].name, read.candidates[0].party) == (f"{name} {weak}", party)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(FIRST), st.sampled_from(["Green"]), counts)
def test_one_given_name_and_the_word_is_a_name(first: str, surname: str, votes: int) -> None:
    read = read_line(f"{first} {surname} {votes:,}")
    assert read is not None and read.candidates[0].name == f"{first} {surname}"
