"""The forms newsrooms print a constituency's name in: compass words after the county ('Derbyshire North East'), as
initials ('NE Derbyshire') or hyphenated ('North-East Derbyshire'), and the county's short form ('South Northants',
'Mid Derbys'). Generated over the East Midlands seats of both boundary sets: each form is read as its seat."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph import reference
from elexgraph.annotate.gazetteer import gazetteer
from elexgraph.annotate.tokens import tokenize

SEATS = sorted((c for c in reference.constituencies() if c.region == "East Midlands"), key=lambda c: (c.boundary_set, c.name))
COMPASS = {"North", "South", "East", "West", "Mid", "Central"}


def _read_as(form: str) -> set[str]:
    readings = gazetteer().places.get(tuple(t.lower for t in tokenize(form)))
    return {c.name for c in readings.constituencies.values()} if readings else set()


def _printed_forms(name: str) -> list[str]:
    words = name.split()
    compass = [w for w in words if w in COMPASS]
    forms = [name]
    if len(compass) == 2 and words[:2] == compass:
        forms.append("-".join(compass) + " " + " ".join(words[2:]))
    return forms + [form.replace(county, short) for form in forms
                    for county, short in reference.county_short_forms().items() if county in form]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SEATS))
def test_every_printed_form_of_a_seat_is_read_as_that_seat(seat: reference.Constituency) -> None:
    for form in _printed_forms(seat.name):
        assert seat.name in _read_as(form), form


def test_a_county_s_short_form_alone_is_no_seat() -> None:
    assert _read_as("Notts") == set() and _read_as("Northants") == set()


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([c for c in reference.councils() if any(k in c.name for k in reference.county_short_forms())]))
def test_a_council_printed_with_its_county_s_short_form_is_that_council(council: reference.Council) -> None:
    county, short = next((k, v) for k, v in reference.county_short_forms().items() if k in council.name)
    readings = gazetteer().places.get(tuple(t.lower for t in tokenize(council.name.replace(county, short))))
    assert readings is not None and readings.council == council


@settings(max_examples=10, deadline=None)
@given(st.sampled_from([p for p in reference.parties() if len(reference.name_words(p)) == 2
                        and reference.name_words(p)[0] in reference.county_short_forms()]),
       st.sampled_from(["Ind", "Inds", "Indep"]))
def test_a_county_party_cut_short_with_the_county_s_short_form_is_that_party(party: reference.Party, cut: str) -> None:
    """'Lincs Ind' in a results table: Lincolnshire Independents."""
    short = reference.county_short_forms()[reference.name_words(party)[0]]
    assert reference.party_named(f"{short} {reference.name_words(party)[1][:len(cut)]}") == party
