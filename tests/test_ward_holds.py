"""A hold said of a party in a ward electing several ('In Abbey, Labour held both seats', 'Labour held Abbey') is each
of that party's seats there, whatever reader read the seats; a gain said so is not spread, nor a hold to another
party's seat. Invented wards and people, real party names, generated."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.extract import extract_document
from elexgraph.facts import SeatResult

WARDS = ["Abbey", "Brook Hill", "Castle", "Lowfield"]
PEOPLE = ["Ann Tor", "Bo Ure", "Cy Vale", "Di Wren", "Ed Yeo", "Fay Zell"]
PARTIES = [("Labour", "Lab"), ("Conservative", "Con"), ("Liberal Democrats", "LD"), ("Green", "Grn")]
SAID = ["In {ward}, {party} held both seats.", "{party} held {ward}.", "{party} held on to both seats in {ward}."]


def _results(ward: str, held: str, short: str, rival: str, said: str) -> list[SeatResult]:
    lines = [f"{PEOPLE[0]} ({short}) 1,204", f"{PEOPLE[1]} ({short}) 1,150", f"{PEOPLE[2]} ({rival}) 800",
             f"{PEOPLE[3]} ({rival}) 760"]
    document = document_of(said.format(ward=ward, party=held),
                           f"{ward} ward (two seats)\n" + "\n".join(lines),
                           title="Anytown results in the Ashfield District Council election", date="2023-05-05")
    return [f for f in extract_document(document) if isinstance(f, SeatResult) and f.area == ward]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(WARDS), st.lists(st.sampled_from(PARTIES), min_size=2, max_size=2, unique=True),
       st.sampled_from(SAID))
def test_a_partys_hold_of_a_ward_is_each_of_its_seats_there(ward: str, parties: list[tuple[str, str]], said: str) -> None:
    (held, short), (_, rival) = parties
    seats = _results(ward, held, short, rival, said)
    assert {f.seat for f in seats} == {0, 1}, seats
    assert all(f.outcome == "hold" and f.party == held for f in seats), seats


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(WARDS), st.lists(st.sampled_from(PARTIES), min_size=2, max_size=2, unique=True))
def test_a_partys_gain_of_a_ward_is_not_spread_to_its_other_seats(ward: str, parties: list[tuple[str, str]]) -> None:
    (won, short), (before, rival) = parties
    seats = _results(ward, won, short, rival, f"{{party}} gained {{ward}} from the {before} Party.")
    assert not [f for f in seats if f.seat > 0 and f.outcome is not None], seats
