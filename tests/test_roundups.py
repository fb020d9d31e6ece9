"""Council round-ups in prose: a sentence of wards a party won, each with its new councillor in brackets ('Reform UK
gained Brook Hill (Jane Roe) and Abbey (Tom Smith) from the Conservatives'), read as each ward's winner of that
party; a sentence of losses, party totals and the council's control give no seat. Generated from templates
(invented names, wards and council)."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.extract import extract_document
from elexgraph.facts import Candidacy, SeatResult

TITLE = "Reform UK take control of Anyshire County Council"
LEAD = "Reform UK has taken control of Anyshire County Council after Thursday's elections."
WARDS = ["Brook Hill", "Abbey", "Castle Vale North", "Ash & Oak", "Lowfield and Harby"]
PEOPLE = ["Jane Roe", "Tom Smith", "Ann Lee", "Kim Vell"]
PARTIES = {"Reform UK": "Reform UK", "Labour": "Labour", "The Conservatives": "Conservative",
           "The Liberal Democrats": "Liberal Democrats", "The Greens": "Green"}
SENTENCES = [("{p} gained {items} from {q}.", "gain"), ("{p} won {n} seats: {items}.", None),
             ("{p} held {items}.", "hold"), ("{p} also took {items} from {q}.", "gain")]


def _seats(*paragraphs: str) -> list[SeatResult]:
    facts = extract_document(document_of(LEAD, *paragraphs, title=TITLE, date="2025-05-02"))
    return [f for f in facts if isinstance(f, SeatResult)]


def _listed(pairs: list[tuple[str, str]], reversed_: bool) -> str:
    shown = [f"{who} ({ward})" if reversed_ else f"{ward} ({who})" for ward, who in pairs]
    return ", ".join(shown[:-1]) + " and " + shown[-1] if len(shown) > 1 else shown[0]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WARDS), st.sampled_from(PEOPLE)), min_size=1, max_size=3,
                unique_by=(lambda t: t[0], lambda t: t[1])),
       st.sampled_from(sorted(PARTIES)), st.sampled_from(sorted(PARTIES)), st.sampled_from(SENTENCES))
def test_wards_a_party_won_with_their_winners_in_brackets(pairs: list[tuple[str, str]], party: str, before: str,
                                                          sentence: tuple[str, str | None]) -> None:
    shape, outcome = sentence
    if PARTIES[party] == PARTIES[before]:
        return
    text = shape.format(p=party, q="the" + before[3:] if before.startswith("The") else before,
                        n=len(pairs), items=_listed(pairs, False))
    found = {(s.area, s.winner, s.party) for s in _seats(text) if s.winner}
    assert found == {(ward, who, PARTIES[party]) for ward, who in pairs}
    if outcome:
        assert {(s.area, s.outcome) for s in _seats(text) if s.winner} == {(ward, outcome) for ward, _ in pairs}


@given(st.lists(st.tuples(st.sampled_from(WARDS), st.sampled_from(PEOPLE)), min_size=2, max_size=3,
                unique_by=(lambda t: t[0], lambda t: t[1])))
def test_a_person_then_the_ward_in_brackets(pairs: list[tuple[str, str]]) -> None:
    people = "; ".join(f"Labour's {who} was elected in {ward}" for ward, who in pairs[:1])
    text = f"Labour's new councillors are {_listed(pairs, True)}."
    found = {(s.area, s.winner) for s in _seats(people, text) if s.winner}
    assert found == set(pairs)


@given(st.lists(st.tuples(st.sampled_from(WARDS), st.sampled_from(PEOPLE)), min_size=1, max_size=3,
                unique_by=(lambda t: t[0], lambda t: t[1])))
def test_losses_totals_and_control_give_no_winner(pairs: list[tuple[str, str]]) -> None:
    lost = f"The Conservatives lost {_listed(pairs, False)} to Reform UK."
    facts = extract_document(document_of(LEAD, lost, "Reform UK 41, Conservatives 12, Labour 5 (+16).",
                                         "Turnout was 31 per cent.", title=TITLE, date="2025-05-02"))
    assert not [f for f in facts if isinstance(f, SeatResult) and f.winner]
    assert not [f for f in facts if isinstance(f, Candidacy) and f.rank == 1]
