"""A round-up that goes on past the last seat it named: a later sentence that names no seat is placed in none
(not in the article's own seat by default), while a one-seat story still places it in its seat. Articles are
generated from templates with invented names, real seat names and random counts."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.document import Document
from elexgraph.articles import Article
from elexgraph.extract.prose_results import CONTEXT_SENTENCES, extract
from elexgraph.facts import Candidacy

FIRST = ["Ann", "Bob", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo", "Kit", "Lia"]
LAST = ["Roe", "Gray", "Hill", "Ford", "Tarn", "Vell", "Quill", "Brack", "Moss", "Pell", "Dore", "Lowe"]
SEATS = ["Erewash", "Broxtowe", "Gedling", "Bolsover", "Bassetlaw", "Ashfield", "Mansfield", "Amber Valley"]
ASIDES = ["{p} thanked the volunteers who had knocked on doors for weeks.",
          "{p} spent the evening at the count with family and friends.",
          "{p} told supporters the campaign had been hard fought.",
          "Turnout was down, {p} noted, blaming the weather."]
LATER = ["{a} polled {n:,} votes and {b} polled {m:,} votes.",
         "{a} finished second with {n:,} votes, ahead of {b} on {m:,}.",
         "{a} took {n:,} votes, while {b} took {m:,}."]

names = st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)).map(" ".join), min_size=4 + CONTEXT_SENTENCES,
                 max_size=4 + CONTEXT_SENTENCES, unique=True)
counts = st.integers(min_value=1_000, max_value=9_000)


def _candidacies(*paragraphs: str, title: str) -> dict[str, Candidacy]:
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    doc = Document(Article("t", Path("t.txt"), text, title, "0", date="2024-07-05"))
    return {f.person: f for f in extract(doc) if isinstance(f, Candidacy)}


@settings(max_examples=30, deadline=None)
@given(names, st.lists(st.sampled_from(SEATS), min_size=2, max_size=2, unique=True), st.sampled_from(LATER),
       counts, counts, st.lists(st.sampled_from(ASIDES), min_size=CONTEXT_SENTENCES + 1, max_size=CONTEXT_SENTENCES + 1))
def test_a_round_up_past_its_last_seat_places_no_unnamed_sentence(people: list[str], seats: list[str], later: str,
                                                                   n: int, m: int, asides: list[str]) -> None:
    a, b, winner1, winner2, *others = people
    paragraphs = [f"{winner1} won {seats[0]} for Labour with 20,117 votes.",
                  f"In {seats[1]}, {winner2} held the seat for the Conservatives with 18,402 votes.",
                  *(shape.format(p=p) for shape, p in zip(asides, others)),
                  later.format(a=a, b=b, n=n, m=m)]
    found = _candidacies(*paragraphs, title="Results across the county")
    assert found[winner1].area == seats[0] and found[winner2].area == seats[1]
    assert a not in found and b not in found


@settings(max_examples=30, deadline=None)
@given(names, st.sampled_from(SEATS), counts, counts)
def test_a_sentence_soon_after_its_seat_is_placed_there(people: list[str], seat: str, n: int, m: int) -> None:
    a, b, winner, *_ = people
    found = _candidacies(f"{winner} won {seat} for Labour with 20,117 votes.",
                         f"{a} polled {n:,} votes and {b} polled {m:,} votes.", title=f"{winner} wins {seat}")
    assert found[a].area == seat and found[b].area == seat
