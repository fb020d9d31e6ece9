"""How things are named to readers: places told apart, shares as percents, dates in words."""

from __future__ import annotations

import pytest

from elexgraph.labels import Place, boundary_span, kind_words, long_date, percent, told_apart


def test_places_of_one_name_are_told_apart_by_boundaries_or_kind() -> None:
    places = [("a10", Place("Ashfield", 2010)), ("a24", Place("Ashfield", 2024)),
              ("m", Place("Mansfield", None, "https://elexgraph.org/ontology#Mayoralty")), ("m24", Place("Mansfield", 2024)),
              ("t", Place("Tamworth"))]
    assert told_apart(places) == {"a10": "Ashfield (2010–2024)", "a24": "Ashfield (2024–)", "m": "Mansfield mayoralty",
                                  "m24": "Mansfield (2024–)", "t": "Tamworth"}
    assert (boundary_span(2010), kind_words("PoliceArea")) == ("2010–2024", "police area")


@pytest.mark.parametrize(("fraction", "said"), [("0.455", "45.5%"), ("0.11", "11%"), ("0.5", "50%"), ("0.03214", "3.2%")])
def test_shares_read_as_percents(fraction: str, said: str) -> None:
    assert percent(fraction) == said


@pytest.mark.parametrize(("iso", "said"), [("2024-03-11", "11 March 2024"), ("2010-05", "May 2010"), ("2017", "2017"),
                                           ("someday", "someday")])
def test_dates_read_in_words(iso: str, said: str) -> None:
    assert long_date(iso) == said
