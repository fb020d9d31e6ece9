"""People's names as UK news prints them, and what is no one's name, on generated sentences: letters beyond
ASCII, apostrophes, hyphens, initials, particles, names in capitals, titles and roles before a name; party names,
places, councils, months, acronyms and headlines in capitals that must not become people. Names are invented
from syllables; none comes from an article."""

from __future__ import annotations

import pytest
from article_text import document_of
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from elexgraph import reference
from elexgraph.annotate.gazetteer import gazetteer
from elexgraph.annotate.lexicon import calendar, not_names, titles
from elexgraph.annotate.names import PARTICLES, NameSpan, find_names, name_words, tidy
from elexgraph.annotate.tokens import tokenize
from elexgraph.extract import extract_document
from elexgraph.facts import Candidacy

SETTINGS = settings(max_examples=150, deadline=None)
SYLLABLES = ["ka", "lo", "mi", "ren", "tor", "vel", "dan", "su", "bri", "gan", "hol", "mer", "zo", "pa", "ri",
             "fen", "quil", "bax", "nor", "tam", "wex", "yul", "vor", "jen", "dro"]
ACCENTED = ["é", "ë", "á", "ó", "ú", "í", "ø", "å", "ł", "ś", "ż", "č", "ř", "š", "ñ", "ç", "ö", "ü", "ğ", "ő"]
ACCENTED_CAPITALS = ["É", "Á", "Ó", "Ú", "Ø", "Å", "Ł", "Ś", "Ż", "Č", "Ř", "Š", "Ö", "Ü"]
PARTIES = ["Labour", "Conservative", "Liberal Democrat", "Green Party", "Reform UK", "Independent"]


def _usable(word: str) -> bool:
    """An invented word that is nothing else: no ordinary capitalised word, party, place or title."""
    key = tuple(t.lower for t in tokenize(word))
    return (word not in not_names() and reference.party_named(word) is None and key not in gazetteer().places
            and word not in titles() and word.lower() not in PARTICLES and len(tokenize(word)) == 1)


WORD = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda s: "".join(s).capitalize()) \
    .filter(_usable)
# A word with a letter beyond ASCII inside it ('Torëmi') or opening it ('Łoren').
ACCENTED_WORD = st.builds(lambda word, k, letter, capital, opens: (capital + word[1:]) if opens else
                          word[:k] + letter + word[k + 1:], WORD, st.integers(1, 3), st.sampled_from(ACCENTED),
                          st.sampled_from(ACCENTED_CAPITALS), st.booleans()).filter(_usable)


def names_in(sentence: str) -> list[NameSpan]:
    tokens = tokenize(sentence)
    return find_names(tokens, gazetteer().matches(tokens))


def words_of(sentence: str) -> list[tuple[str, ...]]:
    return [n.words for n in names_in(sentence)]


# -- letters, apostrophes, hyphens -------------------------------------------------------------------
@pytest.mark.slow
@SETTINGS
@given(ACCENTED_WORD, ACCENTED_WORD, st.sampled_from(PARTIES))
def test_a_name_in_letters_beyond_ascii_is_read_whole(given_name: str, surname: str, party: str) -> None:
    assert words_of(f"{given_name} {surname} won the seat for {party} with 1,204 votes.") == [(given_name, surname)]
    assert words_of(f"The {party} candidate, {given_name} {surname}, came second.") == [(given_name, surname)]


@pytest.mark.slow
@SETTINGS
@given(WORD, WORD, st.sampled_from(["O'", "O’", "D'", "D’", "Mc", "Mac"]))
def test_a_family_name_with_o_mc_mac_or_an_apostrophe(given_name: str, surname: str, prefix: str) -> None:
    family = prefix + surname
    assert words_of(f"Then {given_name} {family} took the seat.") == [(given_name, family)]


@pytest.mark.slow
@SETTINGS
@given(WORD, WORD, WORD, WORD, st.sampled_from(["-", "‐"]))
def test_hyphenated_given_and_family_names(first: str, second: str, family: str, other: str, hyphen: str) -> None:
    given_name, surname = f"{first}{hyphen}{second}", f"{family}{hyphen}{other}"
    assert words_of(f"Voters chose {given_name} {surname} on Thursday.") == [(given_name, surname)]


# -- initials ------------------------------------------------------------------------------------------
@pytest.mark.slow
@SETTINGS
@given(st.text("BCDEFGHJKLMNOPRSTW", min_size=1, max_size=2), WORD, WORD,
       st.sampled_from(["{i} {s}", "{dotted} {s}", "{spaced} {s}", "{g} {i1}. {s}", "{g} {i1} {s}"]))
def test_initials_before_a_surname(initials: str, given_name: str, surname: str, form: str) -> None:
    printed = form.format(i=initials, dotted="".join(c + "." for c in initials),
                          spaced=" ".join(c + "." for c in initials), g=given_name, i1=initials[0], s=surname)
    found = words_of(f"In the count {printed} won for Labour.")
    assert len(found) == 1 and found[0][-1] == surname
    assert "".join(found[0][:-1]).replace(given_name, "") in (initials, initials[0])


def test_an_article_before_a_point_is_an_initial_and_otherwise_no_name() -> None:
    assert words_of("A. J. Kator won, and A.J. Kator spoke.") == [("A", "J", "Kator"), ("A", "J", "Kator")]
    assert words_of("A Kator Party leaflet arrived.") == []


# -- particles -------------------------------------------------------------------------------------------
@pytest.mark.slow
@SETTINGS
@given(WORD, WORD, st.lists(st.sampled_from(sorted(PARTICLES)), min_size=1, max_size=2))
def test_a_family_name_with_particles(given_name: str, surname: str, particles: list[str]) -> None:
    family = " ".join([*particles, surname])
    assert words_of(f"Labour's {given_name} {family} held on.") == [(given_name, *particles, surname)]
    doc = document_of(f"Labour's {given_name} {family} held on.", f"Later {family} spoke to supporters.")
    assert [r.name for r in doc.people.records] == [f"{given_name} {family}"]


def test_a_name_never_ends_in_a_particle_and_a_place_opener_never_starts_one() -> None:
    assert words_of("The Kator de arrived.") == []
    assert words_of("Voters in St Kator's ward and St Torvel turned out.") == []
    assert words_of("Then Ana St Kator spoke, and Councillor St Kator replied.") == [("Ana", "St", "Kator"),
                                                                                   ("St", "Kator")]


def test_a_spaced_place_name_with_particles_is_a_place() -> None:
    assert words_of("The count in Ashby de la Zouch ended late.") == []


# -- names printed in capitals -----------------------------------------------------------------------
@pytest.mark.slow
@SETTINGS
@given(WORD, WORD, st.sampled_from(PARTIES), st.sampled_from(["{g} {S}", "{G} {S}", "{g} {S}-{O}"]))
def test_a_name_printed_in_capitals_is_written_as_a_name(given_name: str, surname: str, party: str, form: str) -> None:
    printed = form.format(g=given_name, G=given_name.upper(), S=surname.upper(), O=given_name.upper())
    written = tuple(tidy(w) for w in printed.split())
    assert words_of(f"{printed} ({party}) won the seat with 1,204 votes.") == [written]
    doc = document_of(f"{printed} ({party}) won the seat with 1,204 votes.", f"Ms {written[-1]} thanked her agent.")
    assert [r.name for r in doc.people.records] == [" ".join(written)]


def test_capitals_are_tidied_as_names_are_written() -> None:
    assert [tidy(w) for w in ("ROE", "O'NEILL", "O’NEILL", "MCKAY", "McKAY", "SMITH-JONES", "Roe")] == \
        ["Roe", "O'Neill", "O’Neill", "McKay", "McKay", "Smith-Jones", "Roe"]


@pytest.mark.slow
@SETTINGS
@given(st.lists(st.sampled_from(["LABOUR", "TORY", "HOLD", "HOLDS", "GAIN", "GAINS", "WINS", "TAKES", "AS", "VOTE",
                                 "SLUMPS", "SEAT", "COUNCIL", "ELECTION", "RESULTS", "LIVE", "REFORM", "UK",
                                 "GREEN", "PARTY", "IN", "FULL", "KEEPS", "BY-ELECTION", "ANYTOWN", "NEW"]),
                min_size=2, max_size=7))
def test_a_headline_in_capitals_names_no_one(headline: list[str]) -> None:
    assert names_in(" ".join(headline)) == []
    assert names_in(" ".join(headline) + ": the votes were counted overnight.") == [] or \
        "ANYTOWN" in headline or "NEW" in headline  # unknown capitals beside each other may be a name


@pytest.mark.parametrize("acronym", sorted(name_words("capitals_never_names")))
def test_acronyms_are_no_names_nor_initials(acronym: str) -> None:
    assert [n.words for n in names_in(f"The {acronym} said Kator Torvel spoke.")] == [("Kator", "Torvel")]
    assert words_of(f"Then {acronym} TORVEL spoke.") == []


# -- titles and roles ------------------------------------------------------------------------------------
@pytest.mark.slow
@SETTINGS
@given(st.sampled_from(sorted(titles())), st.booleans(), WORD, WORD)
def test_a_title_before_a_name(title: str, point: bool, given_name: str, surname: str) -> None:
    printed = f"{title}{'.' if point else ''} {given_name} {surname}"
    found = names_in(f"Voters backed {printed} on Thursday.")
    assert [(n.title, n.words) for n in found] == [(title, (given_name, surname))]


@pytest.mark.slow
@SETTINGS
@given(st.sampled_from(PARTIES + ["Lib Dem", "Tory", "Green", "Reform"]), WORD, WORD,
       st.sampled_from(["{p} candidate {n}", "{p}'s {n}", "{p}’s {n}", "{p} councillor {n}", "former {p} MP {n}",
                        "{p} leader Cllr {n}", "the {p} candidate, {n},", "Anyshire {p} councillor {n}"]))
def test_a_role_before_a_name_is_no_part_of_it(party: str, given_name: str, surname: str, form: str) -> None:
    sentence = "Then " + form.format(p=party, n=f"{given_name} {surname}") + " spoke."
    assert words_of(sentence) == [(given_name, surname)]


# -- what is no one's name ---------------------------------------------------------------------------------
@pytest.mark.parametrize("party", sorted({p.name for p in reference.parties()}))
def test_a_party_is_no_person(party: str) -> None:
    assert words_of(f"The {party} won two seats, and {party} candidates spoke.") == []


@pytest.mark.slow
@SETTINGS
@given(st.sampled_from(sorted({p.name for p in reference.places()} | {c.name for c in reference.councils()}
                              | {s.name for s in reference.constituencies()})))
def test_places_councils_and_seats_are_no_people(place: str) -> None:
    assert words_of(f"The votes of {place} were counted overnight.") == []


@pytest.mark.parametrize("month", calendar("months"))
def test_months_and_offices_are_no_people(month: str) -> None:
    month = month.capitalize()
    assert words_of(f"In {month} Labour won, the Prime Minister said, and Church Street voted.") == []
    assert words_of(f"On 2 {month} Prime Minister Kator Torvel spoke.") == [("Kator", "Torvel")]


# -- names in results lists ------------------------------------------------------------------------------
@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(ACCENTED_WORD, ACCENTED_WORD), min_size=2, max_size=3, unique_by=lambda p: p[1]),
       st.sampled_from(["{S}, {g} ({p}) {v}", "{S} {g} ({p}) {v}", "{g} {S} ({p}) {v}", "{g} {s} ({p}) {v}"]))
def test_a_results_list_reads_names_in_letters_beyond_ascii(people: list[tuple[str, str]], form: str) -> None:
    lines = [form.format(S=surname.upper(), s=surname, g=given_name, p=party, v=f"{1500 - 300 * k:,}")
             for k, ((given_name, surname), party) in enumerate(zip(people, ["Labour", "Conservative", "Green"]))]
    doc = document_of("Anytown ward", *lines, title="Anyshire County Council election results")
    read = [(f.person, f.votes) for f in extract_document(doc) if isinstance(f, Candidacy)]
    assert read == [(f"{g} {s}", 1500 - 300 * k) for k, (g, s) in enumerate(people)]


# -- one person, however the article prints the name -------------------------------------------------------
@pytest.mark.slow
@SETTINGS
@given(WORD, WORD, st.sampled_from(["O", "D"]), st.sampled_from([("'", "’"), ("’", "'")]),
       st.sampled_from([("e", "é"), ("e", "ë"), ("a", "á"), ("o", "ó"), ("o", "ö"), ("u", "ü"), ("i", "í")]))
def test_apostrophes_and_accents_printed_two_ways_are_one_person(given_name: str, surname: str, prefix: str,
                                                                 apostrophes: tuple[str, str],
                                                                 letters: tuple[str, str]) -> None:
    plain, marked = letters
    assume(plain in given_name)
    accented = given_name.replace(plain, marked, 1)
    first, second = (f"{prefix}{a}{surname}" for a in apostrophes)
    doc = document_of(f"{accented} {first} won the seat for Labour.", f"Ms {second} thanked voters.",
                      f"Later {given_name} {second} spoke again.")
    assert [r.name for r in doc.people.records] == [f"{accented} {first}"]
