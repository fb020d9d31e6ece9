"""Results lists in shapes news prints: a label before a list's line that names no place, a party's slogan
beside it on a ballot paper, a list split by a line that was not read (generated; invented names and wards, real
areas)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.document import Document
from elexgraph.articles import Article
from elexgraph.extract import read_document
from elexgraph.facts import Candidacy

PEOPLE = [("Jane Roe", "ROE, Jane"), ("Tom Smith", "SMITH, Tom"), ("Ann Lee", "LEE, Ann"), ("Kim Ford", "FORD, Kim")]
PARTIES = ["Labour", "Conservative", "Reform UK", "Green"]
LABELS = ["Results:", "Result:", "The final results were:", "The full result:", "The result was:", "Full results:"]
MAYORAL = ("Jane Roe elected East Midlands mayor", "2024-05-04", "East Midlands", "mayoral")
GENERAL = ("Jane Roe wins Erewash", "2024-07-05", "Erewash", "general")
COUNCIL = ("Reform UK take control of Anyshire County Council", "2025-05-03")


def candidacies(title: str, date: str, body: str) -> dict[str, Candidacy]:
    doc = Document(Article("t", Path("t.txt"), title + "\n\n" + body + "\n", title, "0", date=date))
    return {f.person: f for f in read_document(doc).kept if isinstance(f, Candidacy)}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(LABELS), st.sampled_from(["; ", ", "]), st.sampled_from([MAYORAL, GENERAL]),
       st.lists(st.integers(1_000, 90_000), min_size=3, max_size=3, unique=True))
def test_a_label_naming_no_place_before_a_lists_line_leaves_it_to_the_articles_contest(
        label: str, separator: str, contest: tuple[str, str, str, str], votes: list[int]) -> None:
    title, date, area, kind = contest
    votes = sorted(votes, reverse=True)
    cells = [f"{name} ({party}) {v:,}" for (name, _), party, v in zip(PEOPLE, PARTIES, votes)]
    found = candidacies(title, date, f"Jane Roe won. {label} " + separator.join(cells) + ".")
    assert {(c.person, c.area, c.election.kind, c.votes, c.rank) for c in found.values()} == {
        (name, area, kind, v, rank) for rank, ((name, _), v) in enumerate(zip(PEOPLE, votes), 1)}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Change starts here", "Putting Residents First", "Focus on Abbey"]),
       st.sampled_from([" - ", " – "]), st.booleans(), st.booleans())
def test_a_partys_slogan_after_a_dash_is_the_partys_words(slogan: str, dash: str, bracketed: bool,
                                                          surname_first: bool) -> None:
    rows = []
    for (name, printed), party, votes in zip(PEOPLE, PARTIES, (1_204, 998, 901, 201)):
        who = printed if surname_first else name
        described = f"{party}{dash}{slogan}" if party == "Reform UK" else party
        rows.append(f"{who} ({described}) {votes:,}" if bracketed else f"{who}{dash}{described}{dash}{votes:,}")
    found = candidacies(COUNCIL[0], COUNCIL[1], "Brook Hill\n" + "\n".join(rows))
    assert [(found[n].party, found[n].rank, found[n].area) for n, _ in PEOPLE] == [
        (p, r, "Brook Hill") for r, p in enumerate(PARTIES, 1)]


def test_a_list_split_by_a_line_not_read_stays_in_its_contest_without_places() -> None:
    rows = ["Brook Hill", "ROE, Jane (Labour) 1,204", "SMITH, Tom (Conservative) 998",
            "LEE, Ann (the people's choice for a better tomorrow) 901", "FORD, Kim (Green) 201", "GRAY, Bob (Independent) 77"]
    found = candidacies(COUNCIL[0], COUNCIL[1], "\n".join(rows))
    assert {(c.person, c.area) for c in found.values()} == {
        ("Jane Roe", "Brook Hill"), ("Tom Smith", "Brook Hill"), ("Kim Ford", "Brook Hill"), ("Bob Gray", "Brook Hill")}
    assert found["Kim Ford"].rank is None and found["Bob Gray"].rank is None


def test_a_first_rounds_line_gives_the_votes_and_a_later_rounds_line_none() -> None:
    found = candidacies(MAYORAL[0], MAYORAL[1],
                        "Round one: Jane Roe (Labour) 276,000, Tom Smith (Conservative) 190,000, Ann Lee (Reform UK) 90,000.\n"
                        "Second round: Jane Roe (Labour) 300,000, Tom Smith (Conservative) 200,000.")
    assert {(c.person, c.votes, c.rank) for c in found.values()} == {
        ("Jane Roe", 276000, 1), ("Tom Smith", 190000, 2), ("Ann Lee", 90000, 3)}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["‘JJ’", "'JJ'", '"JJ"', "“Jay”"]), st.booleans(), st.booleans())
def test_a_nickname_in_quotation_marks_is_no_word_of_the_name(nickname: str, listed: bool, first: bool) -> None:
    named = f"Jane {nickname} Roe"
    if listed:
        rows = [f"{named} (Labour) 1,204", "Tom Smith (Conservative) 998", "Ann Lee (Green) 201"]
        rows = rows if first else rows[1:] + rows[:1]
        found = candidacies(COUNCIL[0], COUNCIL[1], "Brook Hill\n" + "\n".join(rows))
    else:
        found = candidacies(COUNCIL[0], COUNCIL[1], f"Labour's {named} won the Brook Hill division with 1,204 votes.")
    assert (found["Jane Roe"].party, found["Jane Roe"].votes, found["Jane Roe"].area) == ("Labour", 1204, "Brook Hill")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Result", "Results", "Full result", "Declared"]), st.sampled_from([":", " -", " –"]),
       st.sampled_from(["Brook Hill", "Abbey", "Mill Lane", "Ash & Oak Vale"]), st.booleans())
def test_a_ward_named_after_a_result_label_heads_its_list(label: str, mark: str, ward: str, second: bool) -> None:
    """'Result: Brook Hill' above a council list is Brook Hill's heading, as 'Brook Hill result' is."""
    lists = [("Jane Roe", "Labour", 900), ("Tom Smith", "Green", 700)]
    blocks = [f"{label}{mark} {ward}\n\n" + "\n".join(f"{n} ({p}) {v}" for n, p, v in lists)]
    if second:
        blocks.append(f"{label}{mark} Lowfield\n\nKim Ford (Conservative) 650\nMo Potts (Labour) 600")
    text = ("Anytown Borough Council election results\n\nThe results of the Anytown Borough Council elections "
            "held on Thursday.\n\n" + "\n\n".join(blocks) + "\n")
    facts = read_document(Document(Article("t", Path("t.txt"), text, text.partition("\n")[0], "0", date="2025-05-03"))).kept
    got = {(f.area, f.person, f.votes) for f in facts if isinstance(f, Candidacy)}
    want = {(ward, n, v) for n, _, v in lists} | ({("Lowfield", "Kim Ford", 650), ("Lowfield", "Mo Potts", 600)}
                                                  if second else set())
    assert got == want
