"""Figures typed by the words around them; tokens keep printed forms (invented sentences)."""

from __future__ import annotations

import pytest

from elexgraph.annotate.numbers import figures
from elexgraph.annotate.tokens import count_value, tokenize


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ann Tor (Lab) 17,267 (48.41%, +9.71%)", [("17,267", "number"), ("48.41", "share"), ("9.71", "change")]),
    ("She won with a 5,700-vote majority in 2019.", [("5,700", "majority"), ("2019", "year")]),
    ("a majority of just 389 over Labour", [("389", "majority")]),
    ("a turnout of 36% and a 21% swing", [("36", "turnout"), ("21", "swing")]),
    ("He polled 18,009 votes at about 6.30am, on a £75,000 salary.",
     [("18,009", "votes"), ("6.30", "time"), ("75,000", "money")]),
    ("The 87-year-old kept her seat with a 4.6% boost.", [("87", "age"), ("4.6", "change")]),
    ("They won 45 seats, up from 36.", [("45", "count"), ("36", "number")]),
])
def test_each_figure_is_typed(sentence: str, expected: list[tuple[str, str]]) -> None:
    tokens = tokenize(sentence)
    assert [(tokens[f.token].text, f.kind) for f in figures(tokens)] == expected


def test_approximate_figures_are_marked() -> None:
    tokens = tokenize("a majority of more than 11,000 and just under 4,000 votes, not 250")
    assert [(tokens[f.token].text, f.approx) for f in figures(tokens)] == [
        ("11,000", True), ("4,000", True), ("250", False)]


def test_possessives_split_and_printed_thousands_are_counted() -> None:
    assert [t.text for t in tokenize("Labour's Ann O'Hara")] == ["Labour", "'s", "Ann", "O'Hara"]
    assert (count_value("8.820"), count_value("15'917"), count_value("17570")) == (8820, 15917, 17570)


def test_a_number_of_thousands_of_digits_is_read_not_an_overflow() -> None:
    assert count_value("9" * 5000) > 10**300  # read, beyond any count (the gate refuses it), never an error
    assert count_value("17,267") == 17267 and count_value("8.820") == 8820


def test_a_count_with_its_last_group_printed_short_is_read_as_printed() -> None:
    """'1,75 votes' (a digit lost in print) is one count, 175, so check can set it beside the record; it was
    read as 75, a number the sentence never prints."""
    tokens = tokenize("Jane Roe, of the Green Party, got 1,75 votes, and 1,234,56 votes in 2019, 18 seats")
    assert [(tokens[f.token].text, f.kind, f.count) for f in figures(tokens)] == [
        ("1,75", "votes", 175), ("1,234,56", "votes", 123456), ("2019", "year", 2019), ("18", "count", 18)]
    assert [t.text for t in tokenize("pages 5,6 and 7")] == ["pages", "5", ",", "6", "and", "7"]
