"""Each check of `elexgraph check` on small graphs built here: invented news facts beside invented official rows
(in the Library's layout, in real seats), and the check graph, the query and the command line they feed."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from elexgraph.check import Finding, check, write_findings
from elexgraph.check.figures import count_claim, printed_only_as_year, share_claim, unseen_count_claim
from elexgraph.cli import cli
from elexgraph.facts import Election
from elexgraph.official.load import load
from elexgraph.queries import run_query, to_csv
from elexgraph.store import open_store
from elexgraph.store.base import GraphStore
from tests.official_data import (GE2010, Stood, candidacy, news_article, result, write_candidates,
                                 write_constituencies_2010)

BROXTOWE, GEDLING = ("E14001140", "Broxtowe"), ("E14001245", "Gedling")
OFFICIAL = {BROXTOWE: [Stood("Ann", "Example", "Labour", "Lab", 19561), Stood("Bob", "Sample", "Conservative", "Con", 11158),
                       Stood("Cat", "Test", "Reform UK", "RUK", 8402)],
            GEDLING: [Stood("Dan", "Placeholder", "Labour and Co-operative", "Lab Co-op", 23278),
                      Stood("Eve", "Dummy", "Conservative", "Con", 11397)]}


@pytest.fixture()
def store(tmp_path: Path) -> GraphStore:
    with open_store(tmp_path / "store", create=True) as opened:
        yield opened


@pytest.fixture()
def official(store: GraphStore, tmp_path: Path) -> GraphStore:
    """Broxtowe and Gedling at the 2024 election, by candidate (Ann Example won Broxtowe by 8,403)."""
    load([write_candidates(tmp_path / "HoC-GE2024-results-by-candidate.csv", OFFICIAL)], store)
    return store


def found(store: GraphStore) -> set[tuple[str, str, str | None, str, str]]:
    return {(f.check, f.field, f.statement.name, str(f.stated), str(f.expected)) for f in check(store)}


# -- figures --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "sentence", "official", "fair"), [
    (5487, "She won 5,487 votes.", 5507, False),
    (5507, "She won 5,507 votes.", 5507, True),
    (2000, "He won with a majority of 2,000.", 2015, True),
    (2000, "He won with a majority of 2,000.", 2600, False),
    (7600, "She won with a majority of more than 7,600.", 7643, True),
    (7600, "She won with a majority of more than 7,600.", 7590, False),
    (4000, "He finished almost 4,000 votes behind.", 3950, True),
    (4000, "He finished almost 4,000 votes behind.", 4010, False),
    (4287, "Her majority was 4.287.", 4287, True),
    (350, "She won by 350 votes.", 347, False),
])
def test_a_printed_count_is_fair_when_it_rounds_the_official_one(value: int, sentence: str, official: int,
                                                                  fair: bool) -> None:
    assert count_claim(value, [sentence]).admits(official) is fair  # type: ignore[union-attr]


def test_a_count_no_sentence_prints_is_no_printed_figure() -> None:
    assert count_claim(5509, ["He received 17,062 votes and she 11,553."]) is None
    assert unseen_count_claim(11000).admits(11881) and not unseen_count_claim(11000).admits(12500)


@pytest.mark.parametrize(("percent", "sentence", "official", "fair"), [
    ("47.4", "She won 15,579 votes (47.4%).", "47.44", True),
    ("47.4", "She won 15,579 votes (47.4%).", "40.89", False),
    ("40", "She took about 40% of the vote.", "40.9", True),
    ("40", "She took about 40% of the vote.", "42.1", False),
    ("11", "He came third with 6,353 votes (11%).", "11.7", True),
    ("55", "The party won more than 55 per cent.", "58.2", True),
])
def test_a_printed_share_is_fair_at_the_decimals_printed(percent: str, sentence: str, official: str, fair: bool) -> None:
    assert share_claim(Decimal(percent), [sentence]).admits(Decimal(official)) is fair


# -- the news against the official record ---------------------------------------------------------

def test_figures_that_disagree_with_the_official_record(official: GraphStore) -> None:
    news_article(official, "a1", [
        candidacy("Ann Example won Broxtowe with 15,579 votes (47.4%).", "Broxtowe", "Ann Example", "Labour", 15579, 47.4, 1),
        candidacy("Bob Sample came third for the Conservatives.", "Broxtowe", "Bob Sample", "Conservative", rank=3),
        candidacy("Cat Test of Labour stood.", "Broxtowe", "Cat Test", "Labour"),
        result("Ann Example took Broxtowe from Labour with a majority of 8,430.", "Broxtowe", "Ann Example", "Labour",
               "gain", "Labour", 8430),
    ])
    assert found(official) >= {
        ("official", "votes", "Ann Example", "15579", "19561"),
        ("official", "share", "Ann Example", "47.4", "50"),
        ("official", "rank", "Bob Sample", "3", "2"),
        ("official", "party", "Cat Test", "Labour", "Reform UK"),
        ("official", "majority", "Ann Example", "8430", "8403"),
    }


def test_fair_roundings_and_the_record_s_own_spellings_are_no_disagreement(official: GraphStore) -> None:
    news_article(official, "a1", [
        # "Dan Placeholder" officially: a first name printed wrong is not the same person, and one finding says so
        # (his figures are not held against the official candidate's).
        candidacy("Jo Placeholder, for Labour, held Gedling with 23,100 votes.", "Gedling", "Jo Placeholder", "Labour",
                  23100, rank=1),
        candidacy("Sir Ann Example won Broxtowe with about 51% of the vote.", "Broxtowe", "Ann Example", "Labour",
                  share=51, rank=1),
        result("Ann Example won Broxtowe for Labour by more than 8,000 votes.", "Broxtowe", "Ann Example", "Labour",
               majority=8000),
        candidacy("Bob Sample, the Conservative, was runner-up.", "Broxtowe", "Bob Sample", "Conservative", rank=2),
    ])
    assert found(official) == {("official", "candidate", "Jo Placeholder", "Jo Placeholder", "Dan Placeholder")}


def test_a_rank_the_sentence_does_not_print_is_not_checked(official: GraphStore) -> None:
    news_article(official, "a1", [
        candidacy("Ann Example beat Cat Test in Broxtowe.", "Broxtowe", "Cat Test", "Reform UK", rank=2)])
    assert found(official) == set()


def test_the_winner_and_the_result_against_the_record(official: GraphStore) -> None:
    news_article(official, "a1", [
        result("Bob Sample held Broxtowe for the Conservatives.", "Broxtowe", "Bob Sample", "Conservative", "hold",
               "Conservative")])
    assert found(official) == {("official", "winner", "Bob Sample", "Bob Sample", "Ann Example"),
                               ("official", "winning party", "Bob Sample", "Conservative", "Labour")}


def test_outcome_and_previous_party_against_the_record_by_constituency(store: GraphStore, tmp_path: Path) -> None:
    load([write_constituencies_2010(tmp_path / "HoC-GE2010-results-by-constituency.csv", [
        {"ONS ID": "E14000607", "Constituency name": "Broxtowe", "Member first name": "Ann", "Member surname": "Example",
         "Result": "Con gain from Lab", "First party": "Con", "Second party": "Lab", "Valid votes": "41000",
         "Majority": "389", "Con": "20585", "Lab": "20196", "All other candidates": "219"}])], store)
    news_article(store, "a1", [
        result("Ann Example held Broxtowe for the Conservatives.", "Broxtowe", "Ann Example", "Conservative", "hold",
               "Conservative", election=GE2010),
        # 2010 by constituency names the winner only: the loser is found by party.
        candidacy("Labour's Bob Sample received 20,585 votes.", "Broxtowe", "Bob Sample", "Labour", 20585, election=GE2010),
    ])
    assert found(store) == {("official", "outcome", "Ann Example", "hold", "gain"),
                            ("official", "previous party", "Ann Example", "Conservative", "Labour"),
                            ("official", "votes", "Bob Sample", "20585", "20196")}


def test_a_majority_worked_out_from_the_article_s_own_figures_is_not_checked_again(official: GraphStore) -> None:
    news_article(official, "a1", [
        candidacy("Ann Example received 19,560 votes.", "Broxtowe", "Ann Example", "Labour", 19560, rank=1),
        candidacy("Bob Sample finished second with 11,158 votes.", "Broxtowe", "Bob Sample", "Conservative", 11158, rank=2),
        result("Ann Example received 19,560 votes.", "Broxtowe", "Ann Example", "Labour", majority=8402),
    ])
    assert found(official) == {("official", "votes", "Ann Example", "19560", "19561")}


def test_a_figure_whose_sentence_was_filed_under_another_contest_is_held_to_its_printing(official: GraphStore) -> None:
    """'Ann Example polled 19,531, up on the 15,000 of 2019': the reader may file the sentence under 2019; the
    2024 votes and majority it took from there are still figures printed in full, not unseen ones."""
    ge2019 = Election("general", 2019, "2019-12-12")
    news_article(official, "a1", [
        candidacy("Ann Example held Broxtowe for Labour.", "Broxtowe", "Ann Example", "Labour", 19531, rank=1),
        result("Ann Example held Broxtowe for Labour.", "Broxtowe", "Ann Example", "Labour", majority=8373),
        candidacy("Bob Sample came second with 11,158.", "Broxtowe", "Bob Sample", "Conservative", 11158, rank=2),
        result("Ann Example polled 19,531, cutting her majority to 8,373 from 12,000.", "Broxtowe", "Ann Example",
               majority=12000, election=ge2019),
    ])
    assert found(official) >= {("official", "votes", "Ann Example", "19531", "19561"),
                               ("official", "majority", "Ann Example", "8373", "8403")}


@pytest.mark.parametrize(("value", "sentences", "year"), [
    (2017, ["Ann Example was defending a majority of 807 following the 2017 vote."], True),
    (2019, ["Ann Example was re-elected in the 2019 general election."], True),
    (2019, ["Ann Example won 2019 votes."], False),
    (2017, ["Ann Example won in 2017.", "Bob Sample polled 2,017."], False),
])
def test_a_count_printed_only_as_a_year_is_none(value: int, sentences: list[str], year: bool) -> None:
    assert printed_only_as_year(value, sentences) == year


def test_a_year_read_as_votes_is_not_held_against_the_record(official: GraphStore) -> None:
    news_article(official, "a1", [
        candidacy("Ann Example held Broxtowe for Labour in the 2024 general election.", "Broxtowe", "Ann Example",
                  "Labour", 2024, rank=1)])
    assert found(official) == set()


# -- the news against itself ----------------------------------------------------------------------

def test_a_majority_that_is_not_first_minus_second(store: GraphStore) -> None:
    news_article(store, "a1", [
        candidacy("Ann Example (Lab): 18,476", "Gedling", "Ann Example", "Labour", 18476, rank=1),
        candidacy("Bob Sample (Con): 12,708", "Gedling", "Bob Sample", "Conservative", 12708, rank=2),
        result("Ann Example won Gedling with a majority of 18,476.", "Gedling", "Ann Example", "Labour", majority=18476),
    ])
    assert found(store) == {("internal", "majority", "Ann Example", "18476", "5768")}


def test_a_share_that_cannot_follow_from_the_votes_and_two_contests_with_the_same_figures(store: GraphStore) -> None:
    news_article(store, "a1", [
        candidacy("Ann Example gained Broxtowe with 15,579 votes (47.4%).", "Broxtowe", "Ann Example", "Labour",
                  15579, 47.4, 1),
        candidacy("Bob Sample lost Broxtowe with 11,158 votes (23.3%).", "Broxtowe", "Bob Sample", "Conservative",
                  11158, 23.3),
        candidacy("Cat Test held Gedling with 15,579 votes (47.4%).", "Gedling", "Cat Test", "Labour", 15579, 47.4, 1),
        candidacy("Dan Placeholder was second in Gedling with 5,285 votes (16.1%).", "Gedling", "Dan Placeholder",
                  "Conservative", 5285, 16.1, 2),
    ])
    # Gedling's figures hold together; Broxtowe's do not, so Broxtowe's line is the copy.
    assert found(store) == {("internal", "share", "Ann Example", "47.4", "32.6"),
                            ("internal", "votes and share", "Ann Example", "15579 (47.4%)", "also Gedling's")}


def test_a_winner_with_fewer_votes_than_a_rival(store: GraphStore) -> None:
    news_article(store, "a1", [
        candidacy("Ann Example won Broxtowe with 9,000 votes.", "Broxtowe", "Ann Example", "Labour", 9000, rank=1),
        candidacy("Bob Sample polled 12,000 votes.", "Broxtowe", "Bob Sample", "Conservative", 12000),
    ])
    assert found(store) == {("internal", "winner", "Ann Example", "Ann Example (9000)", "Bob Sample (12000)")}


def test_one_person_in_two_parties_in_one_contest_across_articles(store: GraphStore) -> None:
    news_article(store, "a1", [candidacy("Labour's Ann Example stood in Broxtowe.", "Broxtowe", "Ann Example", "Labour")])
    news_article(store, "a2", [candidacy("Ann Example, a Liberal Democrat, stood.", "Broxtowe", "Ann Example",
                                         "Liberal Democrats")])
    assert found(store) == {("internal", "party", "Ann Example", "Liberal Democrats", "Labour")}


def test_a_gain_from_the_winner_s_own_party(store: GraphStore) -> None:
    news_article(store, "a1", [result("Labour gained Broxtowe from Labour.", "Broxtowe", None, "Labour", "gain", "Labour")])
    assert found(store) == {("internal", "outcome", None, "gain from Labour", "hold")}


def test_two_articles_that_print_different_votes(store: GraphStore) -> None:
    news_article(store, "a1", [candidacy("Ann Example won 5,487 votes.", "Broxtowe", "Ann Example", "Labour", 5487)])
    news_article(store, "a2", [candidacy("Ann Example polled 5,507.", "Broxtowe", "Ann Example", "Labour", 5507)])
    news_article(store, "a3", [candidacy("Ann Example got 5,507 votes.", "Broxtowe", "Ann Example", "Labour", 5507)])
    assert found(store) == {("internal", "votes", "Ann Example", "5487", "5507")}


def test_a_mayoral_count_is_not_held_to_most_votes_wins(store: GraphStore) -> None:
    from elexgraph.facts import Election

    mayor = Election("mayoral", 2024, None, "Exampleshire")
    news_article(store, "a1", [
        candidacy("Ann Example won on second preferences with 9,000 first-preference votes.", "Exampleshire",
                  "Ann Example", "Labour", 9000, rank=1, election=mayor),
        candidacy("Bob Sample led the first count with 12,000.", "Exampleshire", "Bob Sample", "Conservative", 12000,
                  election=mayor)])
    assert found(store) == set()


# -- the check graph, the query and the command line ---------------------------------------------

COLUMNS = ["check", "election", "constituency", "person", "field", "stated", "expected", "source", "evidence",
           "other_source", "other_evidence"]


def test_findings_are_a_graph_that_sparql_and_the_query_see(official: GraphStore) -> None:
    news_article(official, "a1", [
        candidacy("Ann Example won Broxtowe with 15,579 votes.", "Broxtowe", "Ann Example", "Labour", 15579, rank=1)])
    findings: list[Finding] = check(official)
    write_findings(official, findings)
    assert official.query("""PREFIX elex: <https://elexgraph.org/ontology#>
        ASK { GRAPH <https://elexgraph.org/graph/check> { ?f a elex:Discrepancy ; elex:checkKind elex:OfficialCheck ;
              elex:field "votes" ; elex:statedValue 15579 ; elex:expectedValue 19561 ;
              elex:statement ?news ; elex:contradictedBy ?record ;
              elex:aboutPerson <https://elexgraph.org/id/person/ann-example> }
              GRAPH ?g { ?record elex:votes 19561 } GRAPH ?n { ?news elex:votes 15579 } }""").boolean
    rows = list(csv.DictReader(io.StringIO(to_csv(run_query(official, "discrepancies")))))
    assert [list(rows[0])] == [COLUMNS] and len(rows) == 1
    assert rows[0] | {"other_evidence": ""} == {
        "check": "official", "election": "2024 general election", "constituency": "Broxtowe", "person": "Ann Example",
        "field": "votes", "stated": "15579", "expected": "19561", "source": "a1",
        "evidence": "Ann Example won Broxtowe with 15,579 votes.", "other_source": "HoC-GE2024-results-by-candidate",
        "other_evidence": ""}
    assert rows[0]["other_evidence"].startswith("E14001140,E15000004,Broxtowe,")
    write_findings(official, [])  # checked again after a fix: the graph holds what the last check found
    assert run_query(official, "discrepancies").rows == []


def test_the_command_line_exits_like_a_linter(tmp_path: Path) -> None:
    runner, location = CliRunner(), str(tmp_path / "store")
    with open_store(location, create=True) as store:
        news_article(store, "a1", [candidacy("Ann Example won 9,012 votes.", "Broxtowe", "Ann Example", "Labour", 9012)])
    clean = runner.invoke(cli, ["check", "--store", location])
    assert clean.exit_code == 0 and clean.stdout == "0 disagreement(s)\n"
    with open_store(location) as store:
        news_article(store, "a2", [candidacy("Ann Example won 9,512 votes.", "Broxtowe", "Ann Example", "Labour", 9512)])
    table = runner.invoke(cli, ["check", "--store", location])
    assert table.exit_code == 1 and table.stdout.endswith("1 disagreement(s)\n")
    assert "internal: votes 9512 stated, 9012 by the other statement" in table.stdout
    as_csv = runner.invoke(cli, ["check", "--store", location, "--format", "csv"])
    assert as_csv.exit_code == 1 and as_csv.stdout.splitlines()[0] == ",".join(COLUMNS)
    as_json = runner.invoke(cli, ["check", "--store", location, "--format", "json"])
    assert as_json.exit_code == 1 and json.loads(as_json.stdout)[0]["stated"] == "9512"
    query = runner.invoke(cli, ["query", "discrepancies", "--store", location, "--format", "csv"])
    assert query.stdout == as_csv.stdout
    missing = runner.invoke(cli, ["check", "--store", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and missing.stderr.startswith(f"error: {tmp_path / 'nowhere'}: no store here")


def test_bound_values_go_where_the_query_says() -> None:
    from pyoxigraph import NamedNode

    from elexgraph.queries import bind, load_query

    sparql = bind(load_query("official-seat"), {"seat": NamedNode("https://elexgraph.org/id/constituency/x")})
    graph_block = sparql.index("GRAPH ?g {")
    assert sparql.index("VALUES ?seat { <https://elexgraph.org/id/constituency/x> }") > graph_block


def test_a_winner_under_another_surname_is_the_same_person_a_misprint_is_not() -> None:
    from elexgraph.align import by_another_surname

    assert by_another_surname("Ms Jane Okafor", "Jane Roe")  # elected under the name she used then
    assert not by_another_surname("Jane Rowe", "Jane Roe")  # a misprint stays near the record's spelling
    assert not by_another_surname("Ann Okafor", "Jane Roe")  # another given name: another person
    assert not by_another_surname("Okafor", "Jane Roe")
