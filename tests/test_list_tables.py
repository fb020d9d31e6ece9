"""Results printed as tables (invented names and wards; generated shapes): a head naming the columns in any order,
columns apart by bars, tabs or spaces, a row per seat (winners) or per candidate; every seat read with its winner,
party, votes, majority and outcome; tables of other things give nothing."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.extract import extract_document
from elexgraph.facts import Candidacy, SeatResult

TITLE = "Anyshire County Council election results in full"
LEAD = "Here are the results of the Anyshire County Council elections."
WARDS = ["Brook Hill", "Abbey", "Kingsmead North", "Ash & Oak Vale", "Tom Cross"]
PEOPLE = ["Jane Roe", "Tom Smith", "Ann Lee", "Sam Hill", "Kim Ford", "Bob Gray", "Mo Potts", "Di Vell", "Cy Lomi"]
PARTIES = {"Lab": "Labour", "Labour": "Labour", "Con": "Conservative", "Conservative": "Conservative",
           "LD": "Liberal Democrats", "Reform UK": "Reform UK", "Green": "Green"}
HEADS = {"seat": ["Ward", "Division", "Electoral division"], "winner": ["Winner", "Elected", "Councillor elected"],
         "party": ["Party"], "votes": ["Votes"], "majority": ["Majority", "Maj"], "outcome": ["Change", "Result"]}
SEPARATORS = [" | ", "\t", "   "]


def facts(*paragraphs: str) -> list:
    return list(extract_document(document_of(LEAD, *paragraphs, title=TITLE, date="2025-05-02")))


def _table(columns: list[str], heads: dict[str, str], rows: list[dict[str, str]], separator: str,
           markdown: bool) -> str:
    def line(cells: list[str]) -> str:
        text = separator.join(cells)
        return f"| {text} |" if markdown else text
    out = [line([heads[c] for c in columns])]
    if markdown:
        out.append("|" + "|".join("---" for _ in columns) + "|")
    out += [line([row[c] for c in columns]) for row in rows]
    return "\n".join(out)


@st.composite
def winners_tables(draw: st.DrawFn) -> tuple[str, list[tuple]]:
    extra = draw(st.lists(st.sampled_from(["votes", "majority", "outcome"]), unique=True))
    columns = draw(st.permutations(["seat", "winner", "party", *extra]))
    heads = {c: draw(st.sampled_from(HEADS[c])) for c in columns}
    seats = draw(st.lists(st.tuples(st.sampled_from(WARDS), st.sampled_from(PEOPLE), st.sampled_from(sorted(PARTIES)),
                                    st.integers(300, 3000), st.integers(10, 290), st.booleans()),
                          min_size=1, max_size=4, unique_by=(lambda t: t[0], lambda t: t[1])))
    separator = draw(st.sampled_from(SEPARATORS))
    markdown = separator == " | " and draw(st.booleans())
    rows = [{"seat": ward, "winner": who, "party": party, "votes": f"{votes:,}", "majority": str(majority),
             "outcome": f"{party} hold" if held else f"{party} gain from Ind"}
            for ward, who, party, votes, majority, held in seats]
    expected = [(ward, who, PARTIES[party], votes if "votes" in columns else None,
                 majority if "majority" in columns else None,
                 ("hold" if held else "gain") if "outcome" in columns else None)
                for ward, who, party, votes, majority, held in seats]
    return _table(columns, heads, rows, separator, markdown), expected


@settings(max_examples=80, deadline=None)
@given(winners_tables())
def test_a_table_of_winners_in_any_column_order(table: tuple[str, list[tuple]]) -> None:
    text, expected = table
    found = facts(text)
    seats = {(s.area, s.winner, s.party, s.majority, s.outcome) for s in found if isinstance(s, SeatResult)}
    assert seats == {(ward, who, party, majority, outcome) for ward, who, party, _, majority, outcome in expected}
    cands = {(c.area, c.person, c.votes, c.rank) for c in found if isinstance(c, Candidacy)}
    assert cands == {(ward, who, votes, 1) for ward, who, _, votes, _, _ in expected}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from([", ", " and ", " & "]), st.sampled_from(SEPARATORS),
       st.sampled_from(["Lab", "Conservative", "Reform UK"]), st.booleans())
def test_a_ward_of_two_seats_in_one_cell(ward: str, joint: str, separator: str, party: str, held: bool) -> None:
    rows = [{"seat": ward, "winner": f"Jane Roe{joint}Tom Smith", "party": party, "outcome": "hold" if held else ""}]
    text = _table(["seat", "winner", "party", "outcome"], {"seat": "Ward", "winner": "Elected", "party": "Party",
                                                         "outcome": "Change"}, rows, separator, False)
    seats = {(s.area, s.winner, s.party, s.outcome) for s in facts(text) if isinstance(s, SeatResult)}
    assert seats == {(ward, who, PARTIES[party], "hold" if held else None) for who in ("Jane Roe", "Tom Smith")}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WARDS), min_size=1, max_size=3, unique=True), st.sampled_from(["\t", " | "]),
       st.lists(st.integers(100, 3000), min_size=3, max_size=3, unique=True))
def test_a_table_of_every_candidate_goes_on_under_a_blank_seat_cell(wards: list[str], separator: str,
                                                                    votes: list[int]) -> None:
    rows = []
    for k, ward in enumerate(wards):
        for j, (who, party) in enumerate(zip(PEOPLE[k * 3:k * 3 + 3], ["Lab", "Con", "LD"])):
            rows.append({"seat": ward if j == 0 else "", "candidate": who, "party": party, "votes": f"{votes[j]:,}"})
    text = _table(["seat", "candidate", "party", "votes"], {"seat": "Ward", "candidate": "Candidate", "party": "Party",
                                                          "votes": "Votes"}, rows, separator, False)
    found = facts(text)
    seats = {(s.area, s.winner) for s in found if isinstance(s, SeatResult)}
    top = max(range(3), key=lambda j: votes[j])
    assert seats == {(ward, PEOPLE[k * 3 + top]) for k, ward in enumerate(wards)}
    assert len([c for c in found if isinstance(c, Candidacy)]) == 3 * len(wards)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(SEPARATORS))
def test_tables_of_other_things_give_nothing(separator: str) -> None:
    parties = _table(["party", "seats", "votes"], {"party": "Party", "seats": "Seats", "votes": "Votes"},
                     [{"party": "Labour", "seats": "12", "votes": "20,100"}], separator, False)
    schedule = _table(["seat", "winner"], {"seat": "Ward", "winner": "Winner"},
                      [{"seat": "Count starts", "winner": "10am"}, {"seat": "Declared", "winner": "about noon"}],
                      separator, False)
    assert not [f for f in facts(parties, "The count went on.", schedule) if isinstance(f, (SeatResult, Candidacy))]
