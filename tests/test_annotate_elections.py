"""The election an article reports, from its headline, lead and date (invented articles)."""

from __future__ import annotations

import pytest
from article_text import document_of


@pytest.mark.parametrize(("title", "lead", "date", "label"), [
    ("Ann Tor wins Gedling for Labour", "Labour's Ann Tor has won the Gedling seat.", "2024-07-05",
     "2024 general election"),
    ("Labour hold seat in Corby by-election", "Labour held Corby in the by-election.", "2012-11-16",
     "2012 Corby by-election"),
    ("Tor is Derbyshire's new police and crime commissioner", "Ann Tor has been elected.", "2016-05-06",
     "2016 Derbyshire police and crime commissioner election"),
    ("Tor elected East Midlands mayor", "Ann Tor won the mayoral election.", "2024-05-03",
     "2024 East Midlands mayoral election"),
    ("Tories keep Derbyshire County Council", "The Conservatives won the county council election.", "2021-05-07",
     "2021 Derbyshire County Council election"),
    ("Wellingborough by-election: Labour win", "Labour won the Wellingborough by-election.", "2024-02-16",
     "2024 Wellingborough by-election"),
])
def test_the_kind_place_and_day_of_the_articles_election(title: str, lead: str, date: str, label: str) -> None:
    doc = document_of(lead, title=title, date=date)
    assert doc.election.main.label == label


def test_a_defection_story_reports_no_contest() -> None:
    doc = document_of("Cllr Ann Tor has left the Conservatives and joined Reform UK.", title="Councillor joins Reform",
                      date="2025-02-20")
    assert doc.election.main is None


def test_an_undated_article_of_a_general_election_year_naming_a_seat() -> None:
    doc = document_of("Ann Tor has held on to the seat in Broxtowe.", title="Tor holds on", date=None)
    assert doc.election.main is None or doc.election.main.kind == "general"
    dated = document_of("Ann Tor has held on to the seat in Broxtowe.", title="Election 2017: Tor holds on", date=None)
    assert dated.election.main.label == "2017 general election"


@pytest.mark.parametrize("date", ["2024-02-31", "2024-00-10"])
def test_an_impossible_date_is_no_date(date: str) -> None:
    doc = document_of("Labour's Ann Tor has won the Gedling seat.", title="Tor wins", date=date)
    assert doc.election.published is None
