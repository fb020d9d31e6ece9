"""The election an article reports, from its headline, lead and date (invented articles)."""

from __future__ import annotations

import re

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


# -- the kind: the headline's words decide it, whatever the date ---------------------------------------------

@pytest.mark.parametrize(("title", "lead", "date", "label"), [
    # a council headline over division results, dated on a general election's polling day
    ("Conservatives take control of Anyshire County Council", "Jane Roe won the Brook Hill division.",
     "2015-05-08", "2015 Anyshire County Council election"),
    ("Labour keeps Northampton Borough Council", "Jane Roe held Abbey ward for Labour.", "2015-05-09",
     "2015 Northampton Borough Council election"),
    ("Reform gains control of Derbyshire County Council", "Reform won 42 seats.", "2025-05-02",
     "2025 Derbyshire County Council election"),
    ("Jane Roe voted in as crime commissioner", "Jane Roe won the vote in Derbyshire.", "2016-05-06",
     "2016 Derbyshire police and crime commissioner election"),
    ("Tom Smith wins Anytown by-election", "Tom Smith won the Corby seat.", "2012-11-16", "2012 Corby by-election"),
    ("Jane Roe becomes Leicester's mayor", "Jane Roe won with 40,000 votes.", "2019-05-03",
     "2019 Leicester mayoral election"),
])
def test_the_headline_names_the_kind(title: str, lead: str, date: str, label: str) -> None:
    assert document_of(lead, title=title, date=date).election.main.label == label


def test_a_lord_mayor_is_not_an_elected_mayor() -> None:
    doc = document_of("Jane Roe, a former lord mayor of the city, won the ward for the Conservatives.",
                      title="Tories win Anytown council by-election", date="2022-10-14")
    assert doc.election.main.kind == "by-election"


def test_a_council_lead_under_a_plain_headline_is_a_council_election() -> None:
    doc = document_of("Reform UK have taken control of Derbyshire County Council.",
                      "Labour had hoped to echo last year's general election success.",
                      title="A full election wrap-up", date=None)
    assert doc.election.main.kind == "local"


# -- the year: printed, counted from the years the text gives, or unknown -------------------------------------

def test_an_undated_article_naming_its_election_in_the_lead_reports_that_year() -> None:
    doc = document_of("Jane Roe held Anytown for the Conservatives at the 2019 general election.",
                      title="Roe holds on", date=None)
    assert doc.election.main.label == "2019 general election"


def test_an_undated_report_is_later_than_the_earlier_election_it_names() -> None:
    doc = document_of("Jane Roe has held the Broxtowe seat for Labour.",
                      "Her majority rose from 192 at the 2010 general election.", title="Roe holds on", date=None)
    assert doc.election.main.label == "2015 general election"


def test_an_undated_report_is_later_than_every_year_it_mentions() -> None:
    doc = document_of("Jane Roe has won the Gedling seat for Labour.", "Up until 2019, the seat was Labour's.",
                      title="Roe wins", date=None)
    assert doc.election.main.label == "2024 general election"


def test_an_undated_by_election_is_the_next_one_held_for_its_seat() -> None:
    doc = document_of("Tom Smith held Newark for the Conservatives in the by-election.",
                      "Ukip came fourth in Newark in the 2010 general election.", title="Newark by-election", date=None)
    assert doc.election.main.label == "2014 Newark by-election"


@pytest.mark.parametrize(("title", "lead", "name"), [
    ("Conservatives take control of Anyshire County Council", "The Conservatives won 40 seats.",
     "Anyshire County Council election"),
    ("Roe holds on", "Jane Roe has held on to the seat in Broxtowe.", "general election"),
    ("Jane Roe elected police and crime commissioner", "Jane Roe won in Derbyshire.",
     "Derbyshire police and crime commissioner election"),
])
def test_an_article_with_no_date_and_no_year_has_no_year(title: str, lead: str, name: str) -> None:
    main = document_of(lead, title=title, date=None).election.main
    assert main.label == f"{name} (year not stated)" and main.date is None
    assert not re.search(r"(?:19|20)\d\d", main.label)


def test_a_year_to_come_does_not_date_an_article() -> None:
    doc = document_of("Jane Roe has held on to the seat in Broxtowe.", "The next election is due by 2029.",
                      title="Roe holds on", date=None)
    assert doc.election.main.undated_in == "invented"


def test_elections_of_an_undated_article_are_never_merged_with_another_articles() -> None:
    from elexgraph.iris import Minter

    one = document_of("Jane Roe has held on to the seat in Broxtowe.", title="Roe holds on", date=None)
    iris = Minter("https://example.org/")
    other = one.election.main.__class__("general", one.election.main.year, undated_in="another")
    assert iris.election(one.election.main) != iris.election(other)


# -- generated: kind cue × date present or not × a year in the text or not -------------------------------------

from datetime import date, timedelta  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from elexgraph import reference  # noqa: E402

PEOPLE = ("Jane Roe", "Tom Smith", "Ann Lee", "Sam Hill")
PARTIES = ("Labour", "the Conservatives", "Reform UK", "the Liberal Democrats")
HEADLINES = {
    "general": ("General election: {person} wins {seat}", "{person} elected MP for {seat}",
                "{party} hold {seat} at the general election"),
    "local": ("{party} take control of {council}", "{party} keep {council}", "Local elections: {party} gain {council}",
              "{person} wins {ward} ward as {party} hold {council}"),
    "pcc": ("{person} elected {area} police and crime commissioner", "{person} voted in as crime commissioner",
            "{area} PCC election: {person} wins"),
    "mayoral": ("{person} elected mayor of {mayoralty}", "{person} wins {mayoralty} mayoral election"),
    "by-election": ("{party} win {seat} by-election", "By-election: {person} holds {seat}"),
}
ELECTION_WORDS = {"general": "general election", "local": "county council elections",
                  "pcc": "police and crime commissioner election", "mayoral": "mayoral election",
                  "by-election": "Anytown by-election"}
# The words by which a reader of the label tells its kind (a label with none is a general election's).
KIND_WORDS = {"local": ("council", "local", "ward", "division"), "pcc": ("police", "pcc", "commissioner"),
              "mayoral": ("mayor",), "by-election": ("by-election",)}


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str, str | None, int | None, str]:
    """(headline, body, date or None, a year the lead gives its election or None, kind)."""
    kind = draw(st.sampled_from(sorted(HEADLINES)))
    title = draw(st.sampled_from(HEADLINES[kind])).format(
        person=draw(st.sampled_from(PEOPLE)), party=draw(st.sampled_from(PARTIES)),
        seat=draw(st.sampled_from(("Broxtowe", "Gedling", "Bassetlaw", "Anytown"))),
        council=draw(st.sampled_from(("Derbyshire County Council", "Anyshire County Council", "Erewash Borough Council"))),
        ward=draw(st.sampled_from(("Abbey", "Brook Hill"))), area=draw(st.sampled_from(("Derbyshire", "Lincolnshire"))),
        mayoralty=draw(st.sampled_from(("Leicester", "Mansfield"))))
    dated = draw(st.booleans())
    if kind == "general":
        polled = draw(st.sampled_from(reference.general_elections())).day
    else:
        polled = date(draw(st.integers(2012, 2025)), 5, draw(st.integers(1, 7)))
    day = (polled + timedelta(days=draw(st.integers(1, 3)))).isoformat() if dated else None
    year = draw(st.one_of(st.none(), st.sampled_from([e.year for e in reference.general_elections()])))
    body = f"{draw(st.sampled_from(PEOPLE))} won with {draw(st.integers(1000, 40000)):,} votes"
    body += f" at the {year} {ELECTION_WORDS[kind]}." if year else "."
    return title, body, day, year, kind


@settings(max_examples=300, deadline=None)
@given(articles())
def test_generated_headlines_give_the_kind_and_never_a_default_year(article: tuple) -> None:
    title, body, day, year, kind = article
    main = document_of(body, title=title, date=day).election.main
    assert main is not None and main.kind == kind, (title, body)
    label = main.label.lower()
    for other, cues in KIND_WORDS.items():  # the label names its own kind, and no other
        assert any(c in label for c in cues) == (other == kind or (other == "local" and kind == "by-election"
                                                                   and main.council is not None)), label
    printed = re.findall(r"(?:19|20)\d\d", main.label)
    if day:
        assert printed == [day[:4]], (main.label, day)
    elif year:
        assert printed == [str(year)], (main.label, body)
    else:
        assert printed == [] and main.undated_in, main.label


@pytest.mark.parametrize(("lead", "council"), [
    ("Labour held the Abbey ward in a Leicester council by-election.", True),
    ("Jane Roe won the Anytown by-election for Anyshire County Council.", True),
    ("Jane Roe held Broxtowe for Labour in the by-election, a seat her party has held since the county council "
     "leader became its MP.", False),
    ("Jane Roe held Broxtowe for Labour in the by-election.", False),
])
def test_a_council_by_election_or_a_parliamentary_one(lead: str, council: bool) -> None:
    main = document_of(lead, title="By-election result", date="2024-02-16").election.main
    assert main.kind == "by-election" and (main.council is not None) == council, main


@pytest.mark.parametrize("title", ["Jane Roe becomes Anytown's first female MP", "Jane Roe is the new police and "
                                   "crime commissioner for Derbyshire", "Tom Smith ousted in Gedling"])
def test_a_headline_that_reports_a_contest_without_saying_won(title: str) -> None:
    assert document_of("Jane Roe thanked her supporters.", title=title, date="2024-07-05").election.main is not None


@pytest.mark.parametrize("title", ["Mayor opens new library", "Councillor joins Reform", "MP backs new hospital"])
def test_news_about_office_holders_reports_no_contest(title: str) -> None:
    assert document_of("Jane Roe spoke to reporters.", title=title, date="2024-03-11").election.main is None


def test_a_council_lead_on_a_general_election_s_polling_day_is_a_council_election() -> None:
    doc = document_of("The Conservatives have increased their majority on Erewash Borough Council.",
                      title="Conservatives tighten their grip", date="2015-05-08")
    assert doc.election.main.label == "2015 Erewash Borough Council election"
    seat = document_of("Jane Roe, leader of Erewash Borough Council, has won the Erewash seat.",
                       title="Roe wins", date="2015-05-08")
    assert seat.election.main.label == "2015 general election"


# -- council results just after the May polling day (branch council) -----------------------------------------

@pytest.mark.parametrize(("title", "lead"), [
    ("Lib Dems gain seat in Anytown", "Jane Roe won Abbey for the Lib Dems, unseating a Labour councillor."),
    ("Independents sweep the board", "Independent councillors won every seat they contested in Anytown."),
])
@pytest.mark.parametrize("date", ["2019-05-03", "2023-05-05", "2025-05-02"])
def test_a_result_naming_councillors_just_after_the_council_polling_day_is_a_council_election(
        title: str, lead: str, date: str) -> None:
    main = document_of(lead, title=title, date=date).election.main
    assert main is not None and main.kind == "local" and main.year == int(date[:4])


@pytest.mark.parametrize(("lead", "date"), [
    ("Jane Roe won Abbey for the Lib Dems, unseating a Labour councillor.", "2019-09-20"),  # no polling day near
    ("Jane Roe, a former councillor, won the Anytown seat for Labour.", "2024-07-05"),  # a general election's day
    ("Jane Roe won for the Lib Dems.", "2019-05-03"),  # no word of councils
])
def test_not_a_council_election_without_both_the_day_and_the_councillors(lead: str, date: str) -> None:
    main = document_of(lead, title="Lib Dems gain seat", date=date).election.main
    assert main is None or main.kind != "local"


@pytest.mark.parametrize(("lead", "date", "area"), [
    ("Jane Roe will be the region's first mayor after the count at Mansfield. The East Midlands Combined County "
     "Authority covers four councils.", "2024-05-03", "East Midlands"),  # Mansfield elects its own mayor in other years
    ("Jane Roe was re-elected after the count at Mansfield.", "2023-05-05", "Mansfield"),
])
def test_the_mayoralty_is_one_that_voted_that_year(lead: str, date: str, area: str) -> None:
    main = document_of(lead, title="Labour's Jane Roe wins mayoral race", date=date).election.main
    assert main.kind == "mayoral" and main.place == area


@pytest.mark.parametrize("council", ["Gedling Borough Council", "Mansfield District Council", "Bassetlaw District Council"])
@pytest.mark.parametrize("title", ["Labour keeps control of {town}", "{town} election results"])
def test_an_undated_council_story_named_after_its_town_is_the_council_s(council: str, title: str) -> None:
    """A council named after a town that is also an MP's seat ('Labour keeps control of Gedling' over a lead naming
    Gedling Borough Council): with no date, the seat's name made it a general election, and its wards' lists were
    filed under the constituency."""
    town = council.split()[0]
    doc = document_of(f"Labour kept control of {council} after the elections on Thursday, May 4.",
                      title=title.format(town=town), date=None)
    assert doc.election.main.label == f"{council} election (year not stated)"


@pytest.mark.parametrize(("title", "lead"), [
    ("Result: Brook Hill", "Voters in Brook Hill returned Labour's Jane Roe on Thursday, May 4, 2023."),
    ("New councillor for Brook Hill", "Jane Roe is Brook Hill's new councillor after Thursday's poll in May 2023."),
    ("Green councillor elected", "The Green Party has its first councillor in Gedling after Jane Roe won in Abbey in "
                                 "May 2023."),
])
def test_a_short_council_result_is_a_council_election(title: str, lead: str) -> None:
    """Short reports of a council seat won: the local polling day printed in the lead with a place and no MP's seat;
    "Brook Hill's new councillor"; a party's first councillor (a town that is also an MP's seat made the last a
    general election, and the first two reported no election at all)."""
    main = document_of(lead, "She received 804 votes.", title=title, date=None).election.main
    assert main is not None and (main.kind, main.year) == ("local", 2023)


def test_a_stated_year_with_no_general_election_is_a_council_s_or_no_contest() -> None:
    """'Gedling election results 2023' over 'who won in your ward': the ward makes it a council's (it was a '2023
    general election', an election never held, the wards' lists filed under the Gedling constituency)."""
    doc = document_of("Here's who won in your ward after polls closed on Thursday (May 4).",
                      title="Gedling election results 2023: full list of winners", date=None)
    assert (doc.election.main.kind, doc.election.main.year) == ("local", 2023)
    doc = document_of("The results came in overnight.", title="Gedling election results 2023", date=None)
    assert doc.election.main is None or doc.election.main.kind != "general"


def test_a_council_s_town_counted_on_the_council_polling_day_is_the_council_s() -> None:
    doc = document_of("The count for Gedling took place on Friday, May 5, 2023.", title="Gedling results", date=None)
    assert (doc.election.main.kind, doc.election.main.year) == ("local", 2023)


@pytest.mark.parametrize(("title", "lead"), [
    ("Roe beats Smith in Abbey", "Labour's Jane Roe beat Conservative Tom Smith in Abbey on Thursday, May 4, 2023."),
    ("Labour take Abbey", "Labour took Abbey from the Conservatives on Thursday, May 4, 2023."),
    ("Tories lose Abbey", "The Conservatives lost Abbey to Labour on Thursday, May 4, 2023."),
    ("Greens triumph in Abbey", "The Greens triumphed in Abbey on Thursday, May 4, 2023."),
    ("Roe returned in Abbey", "Jane Roe was returned in Abbey on Thursday, May 4, 2023."),
])
def test_a_head_telling_a_win_in_other_words_reports_a_contest(title: str, lead: str) -> None:
    """'beat', 'took Abbey from', 'lost Abbey to', 'triumphed', 'was returned in' say a contest was held (no word of
    the contest list did: the story reported none, and its results list was read as no election's)."""
    main = document_of(lead, title=title, date=None).election.main
    assert main is not None and (main.kind, main.year) == ("local", 2023)


@pytest.mark.parametrize("lead", ["Councillor Jane Roe has returned to the Labour Party.",
                                  "Councillor Jane Roe took the decision to leave Labour.",
                                  "Councillor Jane Roe lost the whip on Thursday, May 4, 2023."])
def test_a_defection_story_in_those_words_reports_no_contest(lead: str) -> None:
    assert document_of(lead, title="Councillor quits", date=None).election.main is None


@pytest.mark.parametrize("below", ["Jane Roe won the Abbey ward by-election on Thursday with a majority of 157.",
                                   "Thursday's by-election in Abbey was won by Jane Roe.",
                                   "The by-election was called after the death of Tom Smith."])
def test_a_seat_won_over_a_paragraph_naming_its_by_election_is_a_by_election(below: str) -> None:
    """'The Conservatives have gained a seat from Labour on Gedling Borough Council' over a paragraph that names the
    by-election: the article was filed under the council's regular elections, and its by-election's result was read
    as another election's (no fact came of it)."""
    main = document_of("The Conservatives have gained a seat from Labour on Gedling Borough Council.", below,
                       title="Tories gain Abbey seat", date="2024-11-15").election.main
    assert main is not None and (main.kind, main.council) == ("by-election", "Gedling Borough Council")


@pytest.mark.parametrize("below", ["The seat had been held by Labour since the 2019 by-election.",
                                   "Labour gained seats across the borough in the district council elections."])
def test_a_past_by_election_or_the_council_elections_below_keep_the_regular_election(below: str) -> None:
    main = document_of("The Conservatives have gained a seat from Labour on Gedling Borough Council.", below,
                       title="Tories gain Abbey seat", date="2023-05-05").election.main
    assert main is not None and main.kind == "local"
