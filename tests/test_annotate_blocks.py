"""Results lists found by their parts, whatever their shape (invented names)."""

from __future__ import annotations

import pytest
from article_text import document_of

from elexgraph.annotate.blocks import parse_line


@pytest.mark.parametrize(("line", "expected"), [
    ("Ann Tor (Lab) 17,267 (48.41%, +9.71%)", ("Ann Tor", "Lab", 17267, 48.41, 9.71)),
    ("Ann Tor (Con) 9,476 (26.57%, -15.63%)", ("Ann Tor", "Con", 9476, 26.57, -15.63)),
    ("Ann Tor (Con) : 12,708", ("Ann Tor", "Con", 12708, None, None)),
    ("Ann Tor, Labour 24,163", ("Ann Tor", "Labour", 24163, None, None)),
    ("Ann Tor (Lab) – 23,278", ("Ann Tor", "Lab", 23278, None, None)),
    ("Ann Tor (Cons) 17570 votes (54%)", ("Ann Tor", "Cons", 17570, 54.0, None)),
    ("Ann Tor (Green Party): 2,218", ("Ann Tor", "Green Party", 2218, None, None)),
    ("Dr Ann Tor (Young) 39 (0.11%)", ("Dr Ann Tor", None, 39, 0.11, None)),  # an unknown label is no party
    ("Dr Ann Tor (ABC) 39 (0.11%)", ("Dr Ann Tor", "ABC", 39, 0.11, None)),  # but an abbreviation is
    ("Ann Tor: 9,839", ("Ann Tor", None, 9839, None, None)),
    ("Ann Tor (Reform UK) 15'917", ("Ann Tor", "Reform UK", 15917, None, None)),
    ("CON Ann Tor 12,345", ("Ann Tor", "CON", 12345, None, None)),
    ("Ann Tor | Labour | 18,476 | 55.1%", ("Ann Tor", "Labour", 18476, 55.1, None)),
    ("Ann Tor (Lab) 29,787 votes", ("Ann Tor", "Lab", 29787, None, None)),
    ("Labour - 18,009", (None, "Labour", 18009, None, None)),
    ("The Fab Party Alliance 283", (None, "The Fab Party Alliance", 283, None, None)),
])
def test_a_line_is_read_by_its_parts(line: str, expected: tuple) -> None:
    found = parse_line(line, 0, 0)
    assert found is not None, line
    assert (found.name, found.party, found.votes, found.share, found.change) == expected


@pytest.mark.parametrize("line", [
    "Turnout was 69 percent.", "The Conservatives now have 45", "He won by 7,791 votes in the end.",
    "Kettering was the first seat to declare at 1.25am, with 67,000 voters.", "Tunout: 41.6%",
])
def test_prose_and_figures_alone_are_not_result_lines(line: str) -> None:
    assert parse_line(line, 0, 0) is None


def test_a_bulleted_list_with_a_change_column_is_read_whole() -> None:
    doc = document_of("Anytown by-election result",
                      "  • Ann Tor (Lab) 17,267 (48.41%, +9.71%)\n  • Bo Ure (C) 9,476 (26.57%, -15.63%)\n"
                      "  • Cy Vale (UKIP) 5,108 (14.32%)\n  • Di West (Eng Dem) 432 (1.21%)")
    [block] = doc.blocks
    assert [line.name for line in block.lines] == ["Ann Tor", "Bo Ure", "Cy Vale", "Di West"]
    assert "Anytown by-election result" in [h.text for h in block.heading]
    assert block.complete


def test_footer_lines_give_majority_and_outcome_past_figures() -> None:
    doc = document_of("Ann Tor (LD) 10,274 (34.94%)\nBo Ure (Lab) 8,620 (29.31%)\nTurnout: 41.6%\n"
                      "LD majority 1,654\nLD gain from Lab")
    [block] = doc.blocks
    assert (block.majority, block.outcome, block.outcome_party, block.previous_party) == (
        1654, "gain", "Liberal Democrats", "Labour")


def test_a_sentence_listing_candidates_is_a_list_that_may_leave_some_out() -> None:
    doc = document_of("The full results were: Ann Tor (Lab) 26,844, Bo Ure (Con) 29,534, Cy Vale (Green) 579, "
                      "and Di West (UKIP) 1,495.")
    [block] = doc.blocks
    assert block.inline and not block.complete
    assert [(line.name, line.votes) for line in block.lines] == [
        ("Ann Tor", 26844), ("Bo Ure", 29534), ("Cy Vale", 579), ("Di West", 1495)]


def test_a_story_paragraph_above_a_list_is_not_its_heading_unless_right_above() -> None:
    story = ("In the other contest, Labour held Otherton with ease after a long night of counting that ran "
             "until dawn in the leisure centre.")
    doc = document_of("Anytown", story, "The result was:", "Ann Tor (Lab) 12,000\nBo Ure (Con) 9,000")
    [block] = doc.blocks
    assert [h.text for h in block.heading] == ["Anytown", "The result was:"]


def test_a_paragraph_read_as_no_line_is_not_read_again_as_its_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph that is no results line is tried sentence by sentence for a seat's contest: its one sentence, all
    of the paragraph, is that same text, and is not read twice; a sentence listing a contest is still read."""
    from elexgraph.annotate import blocks

    read: list[str] = []
    real = blocks.read_line
    monkeypatch.setattr(blocks, "read_line", lambda text: (read.append(text), real(text))[1])
    prose = "Jane Roe said: the count of 1,204 ballots took all night"
    doc = document_of(prose, "Jane Roe was pleased. Results in Brook Hill: Jane Roe, LD, 596; Tom Smith, Con, 402.")
    found = doc.blocks
    assert read.count(prose) == 1
    assert [[line.name for line in b.lines] for b in found] == [["Jane Roe", "Tom Smith"]]
