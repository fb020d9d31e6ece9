"""Results printed as lists, one candidate a line (invented names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from elexgraph.articles import Article
from elexgraph.annotate.document import Document
from elexgraph.extract import extract_document
from elexgraph.extract.result_lists import extract
from elexgraph.facts import Candidacy, SeatResult


def doc_of(body: str, date: str = "2024-07-05") -> Document:
    text = "Gedling result\n\n" + body
    return Document(Article("t", Path("t.txt"), text, "Gedling result", "0", date=date))


def test_a_list_gives_candidacies_ranked_by_votes_and_the_winner() -> None:
    doc = doc_of("The Gedling count:\n\nAnn Tor (Con) : 12,708\nBob Uri (Lab) : 18,476\nCy Vale (Grn) : 1,947\n")
    facts = list(extract(doc))
    ranks = {f.person: (f.party, f.votes, f.rank) for f in facts if isinstance(f, Candidacy)}
    assert ranks == {"Ann Tor": ("Conservative", 12708, 2), "Bob Uri": ("Labour", 18476, 1),
                     "Cy Vale": ("Green", 1947, 3)}
    result = next(f for f in facts if isinstance(f, SeatResult))
    assert (result.area, result.winner, result.party) == ("Gedling", "Bob Uri", "Labour")


def test_a_sentence_with_a_comma_and_a_number_is_not_a_list_line() -> None:
    doc = doc_of("Gedling was won by Ed Wynn, who beat incumbent Flo Ash by 350 votes.\n"
                 "Gus Hart, who came third by 90 votes, spoke later.\n")
    assert not list(extract(doc))


def test_party_only_lines_are_not_candidacies_but_are_kept_as_party_votes() -> None:
    doc = doc_of("Full results:\nConservative - 14,189\nLabour - 18,009\nLib Dem - 1,357\n")
    assert not list(extract(doc))
    assert [(line.party, line.votes) for block in doc.blocks for line in block.party_lines] == [
        ("Conservative", 14189), ("Labour", 18009), ("Lib Dem", 1357)]


def test_other_list_shapes_party_first_dashes_commas_and_table_rows() -> None:
    shapes = ["LAB Ann Tor 18,476\nCON Bob Uri 12,708\n",
              "Ann Tor – Labour – 18,476 votes\nBob Uri – Conservative – 12,708 votes\n",
              "Ann Tor, Labour, 18,476\nBob Uri, Conservative, 12,708\n",
              "Candidate | Party | Votes | Share\nAnn Tor | Labour | 18,476 | 55.1%\nBob Uri | Conservative | 12,708 | 37.9%\n",
              "Candidate\tParty\tVotes\nAnn Tor\tLabour\t18,476\nBob Uri\tConservative\t12,708\n"]
    for body in shapes:
        found = {(f.person, f.party, f.votes, f.rank) for f in extract(doc_of(body)) if isinstance(f, Candidacy)}
        assert found == {("Ann Tor", "Labour", 18476, 1), ("Bob Uri", "Conservative", 12708, 2)}, body


def test_majority_and_outcome_lines_under_a_list_complete_the_seat_result() -> None:
    doc = doc_of("Gedling\n\nAnn Tor (Con) 18,476\nBob Uri (Lab) 12,708\nMajority: 5,768\nTurnout: 61.2%\n"
                 "Conservative gain from Labour\n")
    result = next(f for f in extract(doc) if isinstance(f, SeatResult))
    assert (result.winner, result.outcome, result.previous_party, result.majority) == (
        "Ann Tor", "gain", "Labour", 5768)


def test_a_by_election_before_the_2024_general_election_keeps_the_old_boundaries() -> None:
    doc = Document(Article("t", Path("t.txt"), "Wellingborough by-election result\n\nCandidate\tParty\tVotes\n"
                           "Ann Tor\tLabour\t13,844\nBob Uri\tConservative\t7,408\n", "x", "0", date="2024-02-16"))
    assert {f.area for f in extract(doc)} == {"Wellingborough"}


# A list whose lines print no party, with the result declared above it (in brackets or after a dash) or under it.
DECLARED = [("Gedling ({p} hold)\n\n{rows}", "hold", None),
            ("Gedling - {p} gain from Labour\n\n{rows}", "gain", "Labour"),
            ("Gedling\n\n{rows}\n{p} hold\n", "hold", None),
            ("Gedling: {p} gain from Labour\n\n{rows}", "gain", "Labour")]


@pytest.mark.parametrize(("shape", "outcome", "before"), DECLARED)
@pytest.mark.parametrize(("printed", "party"), [("Conservative", "Conservative"), ("Con", "Conservative"),
                                                ("Reform UK", "Reform UK"), ("Ashfield Independents", "Ashfield Independents")])
def test_a_declared_result_gives_its_party_to_a_winner_whose_line_prints_none(
        shape: str, outcome: str, before: str | None, printed: str, party: str) -> None:
    doc = doc_of(shape.format(p=printed, rows="Ann Tor 18,476\nBob Uri 12,708"))
    facts = list(extract(doc))
    result = next(f for f in facts if isinstance(f, SeatResult))
    assert (result.winner, result.party, result.outcome, result.previous_party) == (
        "Ann Tor", party, outcome, before or party)
    parties = {f.person: f.party for f in facts if isinstance(f, Candidacy)}
    assert parties == {"Ann Tor": party, "Bob Uri": None}  # the loser's party is not declared
    winner = next(f for f in facts if isinstance(f, Candidacy) and f.person == "Ann Tor")
    assert "Ann Tor" not in winner.evidence_of("party").text  # the declaring line is the party's evidence


def test_a_declared_party_is_not_given_to_a_winner_printed_with_another() -> None:
    doc = doc_of("Gedling (Labour hold)\n\nAnn Tor (Con) 18,476\nBob Uri (Lab) 12,708")
    result = next(f for f in extract(doc) if isinstance(f, SeatResult))
    assert (result.party, result.outcome) == ("Conservative", None)


@pytest.mark.parametrize("printed", ["Ash Ind", "Ashfield Ind", "Ashfield Independent", "Ashfield Independents"])
def test_a_local_partys_short_forms_are_read_in_lines_and_declarations(printed: str) -> None:
    doc = doc_of(f"Gedling\n\nAnn Tor ({printed}) 1,204\nBob Uri (Lab) 987\n{printed} hold")
    facts = list(extract(doc))
    assert {f.person: f.party for f in facts if isinstance(f, Candidacy)} == {
        "Ann Tor": "Ashfield Independents", "Bob Uri": "Labour"}
    result = next(f for f in facts if isinstance(f, SeatResult))
    assert (result.party, result.outcome) == ("Ashfield Independents", "hold")


@pytest.mark.parametrize("heading", ["Gedling – Con hold, majority {n}", "Gedling: Conservative hold. Majority {n}"])
def test_a_majority_declared_above_the_list_is_kept_with_the_heading_as_evidence(heading: str) -> None:
    doc = doc_of(heading.format(n="5,000") + "\n\nAnn Tor (Con) 18,476\nBob Uri (Lab) 12,708\n")
    result = next(f for f in extract_document(doc) if isinstance(f, SeatResult))
    assert (result.winner, result.outcome, result.majority) == ("Ann Tor", "hold", 5000)  # printed, not 5,768 worked out
    assert "5,000" in result.evidence.text and "Ann Tor" in result.evidence.text


@pytest.mark.parametrize("said", ["Ann Tor, who was first elected in {y}, won again.", "Ann Tor, the MP since {y}, held on.",
                                  "Bob Uri, who lost here in {y}, came second."])
@pytest.mark.parametrize("past", [2010, 2015, 2017])
def test_a_story_sentence_about_someone_s_past_year_above_a_list_leaves_it_at_the_article_s(said: str, past: int) -> None:
    """The list under 'Ann Tor, first elected in 2017, won again.' was filed under 2017 with its votes and majority;
    a short heading's year ('2017 result') still dates its list."""
    doc = doc_of(said.format(y=past) + "\n\nAnn Tor (Con) 18,476\nBob Uri (Lab) 12,708\n")
    assert {f.election.year for f in extract_document(doc) if isinstance(f, Candidacy) and f.votes} == {2024}
    doc = doc_of(f"{past} result:\n\nAnn Tor (Con) 18,476\nBob Uri (Lab) 12,708\n")
    assert {f.election.year for f in extract_document(doc) if isinstance(f, Candidacy) and f.votes} == {past}
