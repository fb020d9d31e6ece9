"""The roles reader on text a newspaper could print, generated: runs of titles, offices, council words,
names, possessives and punctuation in any order. It never raises. Invented names."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.extract.roles import extract

PIECES = ["Jane Roe", "Tom Reed", "Councillor", "Councillors", "Cllr", "Cllrs", "MP", "MPs", "leader", "deputy",
          "the", "The", "a", "former", "Former", "Three", "All", "Borough", "County", "District", "City", "Council",
          "council", "councillor", "councillors", "Anytown", "Gedling", "Labour", "Conservative", "Group", "of", "for",
          "'s", ",", ",", ".", "and", "who", "is", "was", "now", "the MP for", "sits in the Lords", "a party set up by",
          "since", "2019", "quit", "party", "Mayor", "mayor", "chairman", "(", ")"]
SETTINGS = settings(max_examples=300, deadline=None)


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14).map(" ".join), min_size=1, max_size=3),
       st.sampled_from(["Councillors quit party", "The Borough Council leader", "Council news", "MP Jane Roe"]))
def test_the_roles_reader_never_raises(sentences: list[str], title: str) -> None:
    for role in extract(document_of(*sentences, title=title)):
        assert role.person and role.title


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Borough", "County", "District", "City"]), st.sampled_from(["The", "Three", "All", "Both"]))
def test_a_council_named_only_by_its_kind_is_read_without_error(kind: str, opener: str) -> None:
    """'The Borough Council leader, Jane Roe': the council's name is all words that name none (it raised)."""
    roles = {(r.person, r.title) for r in extract(document_of(f"{opener} {kind} Council leader, Jane Roe, spoke.",
                                                                "Councillor Jane Roe spoke."))}
    assert {person for person, _ in roles} == {"Jane Roe"}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Jane Roe", "Tom Reed"]), st.sampled_from(["Labour", "Conservative", "Reform UK"]),
       st.sampled_from(["Two", "Three", "Both"]), st.sampled_from(["in May", "in the Commons", "in"]))
def test_a_count_a_month_or_a_dangling_preposition_is_no_part_of_an_office(name: str, party: str, count: str,
                                                                          tail: str) -> None:
    """'Two Reform UK councillors, A and B,', 'elected as a Labour councillor in May', 'the MP in the': the
    office is what is left."""
    roles = {r.title for r in extract(document_of(f"{count} {party} councillors, {name} and Ann Lee, have quit.",
                                                  f"Tom Vell, the {party} MP {tail}, spoke."))}
    assert not any(title.split()[0] == count or title.split()[-1] in ("in", "the", "May") for title in roles), roles
