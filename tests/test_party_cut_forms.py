"""Results tables cut two-word party names to their first letters ('Ash Ind', 'Nat Front'): read as the party."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph import reference
from elexgraph.extract.result_lists import extract
from elexgraph.facts import Candidacy
from tests.test_extract_result_lists import doc_of

TWO_WORD = [p for p in reference.parties() if len(reference.name_words(p)) == 2]


def test_two_word_parties_are_there_to_cut() -> None:
    assert {"Ashfield Independents", "Mansfield Independents", "Lincolnshire Independents"} <= {p.name for p in TWO_WORD}


def test_a_cut_form_names_one_party_and_never_shadows_a_printed_form() -> None:
    printed = {reference.fold(form) for party in reference.parties() for form in party.forms}
    cut = reference.cut_party_forms()
    assert cut and not set(cut) & printed
    assert reference.canonical_party("Mans Ind") == "Mansfield Independents"
    assert reference.party_named("Ind") is reference.party_named("Independent")  # one word: never cut


@st.composite
def cut_party(draw: st.DrawFn) -> tuple[str, str]:
    party = draw(st.sampled_from(TWO_WORD))
    cut = [w if len(w) <= 4 else w[:draw(st.integers(3, len(w)))] for w in reference.name_words(party)]
    printed = " ".join(cut)
    if reference.fold(printed) not in reference.cut_party_forms():
        printed = party.name  # the shortening is another party's too, or printed in parties.csv
    return printed, party.name


@settings(max_examples=60, deadline=None)
@given(cut_party(), st.sampled_from(["({party}) 1,204", "- {party} - 1,204", ", {party}, 1,204"]))
def test_a_results_line_reads_a_cut_party_name(printed_and_name: tuple[str, str], shape: str) -> None:
    printed, name = printed_and_name
    line = "Ann Tor " + shape.format(party=printed)
    doc = doc_of(f"Gedling\n\n{line}\nBob Uri (Lab) 987")
    parties = {f.person: f.party for f in extract(doc) if isinstance(f, Candidacy)}
    known = reference.party_named(name)
    assert parties.get("Ann Tor") == (known.name if known and not known.keep_printed else reference.canonical_party(printed))
