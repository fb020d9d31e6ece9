"""Party changes in the shapes ordinary news prints them, generated from templates: councillors as much as MPs,
every verb of changing party, time phrases between the verb and the party, several people in one statement, a
change told in passing in a results story; and the shapes that tell of no change (a move only considered,
denied or undone; a suspension from a post, not from a party). Invented names, real party names."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.extract.party_changes import extract
from elexgraph.extract.quotes import extract as quotes

FIRST = ["Ann", "Bob", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo"]
LAST = ["Roe", "Gray", "Tarn", "Vell", "Quill", "Brack", "Moss", "Pell", "Sorby", "Kettle"]
PARTIES = ["Labour", "Conservative", "Reform UK", "Green", "Liberal Democrats"]
TITLES = ["Councillor", "Cllr", "county councillor", "Anytown MP", "borough councillor", "Labour-run council's"]
WHEN = ["", " on Monday", " last week", " on Thursday (January 2)", " earlier this month"]
SETTINGS = settings(max_examples=60, deadline=None)

names = st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)).map(" ".join), min_size=3, max_size=3,
                 unique=True)
party_pairs = st.lists(st.sampled_from(PARTIES), min_size=2, max_size=2, unique=True)


def changes(*paragraphs: str) -> set[tuple[str, str | None, str | None]]:
    return {(c.person, c.from_party, c.to_party) for c in extract(document_of(*paragraphs))}


# -- a move to another party -----------------------------------------------------------------------------
DEFECTIONS = [
    "{title} {a} has defected from the {p} to {q}{when}.",
    "{a}, who was elected as a {p} councillor in 2021, has joined {q}{when}.",
    "{a}, who was elected for {p}, defected to {q}{when}.",
    "{p} councillor {a} quit the party{when} to join {q}.",
    "{a} announced{when} that she was leaving {p} to join {q}.",
    "{a}, who won the seat for {p} in 2019, has switched to {q}.",
    "Former {p} councillor {a}, now standing for {q}, came second.",
    "{q} has announced that {a}, the {p} MP for Anytown, has joined the party.",
    "{q} has welcomed {a}, a former {p} councillor, into the party.",
    # the party left told after the party joined, a time or a title between the verb and the party
    "{title} {a} joined {q} from the {p}{when}.",
    "{title} {a} has joined {q} from {p}{when}, saying the party had changed.",
    "{title} {a} has walked out of the {p} and joined {q}{when}.",
    "{title} {a} quit {p}{when} and joined {q}.",
    "{title} {a} left the {p} group{when} to join {q}.",
    "{title} {a} has joined {q}, having previously been a {p} member.",
    "{title} {a}, who was a {p} councillor, has defected to {q}.",
    # the party left in an aside ('formerly'), or after a time ('after two years as a … councillor')
    "{a}, formerly a {p} councillor, has joined {q}{when}.",
    "{title} {a} has rejoined {q}{when} after two years as a {p} councillor.",
    "{title} {a} has joined {q}, having sat for a year as a {p} member.",
]


@SETTINGS
@given(st.sampled_from(DEFECTIONS), names, party_pairs, st.sampled_from(TITLES[:3]), st.sampled_from(WHEN))
def test_a_move_from_one_party_to_another_is_read_with_both(shape: str, people: list[str], parties: list[str],
                                                            title: str, when: str) -> None:
    p, q = parties
    text = shape.format(a=people[0], p=p, q=q, title=title, when=when)
    assert (people[0], p, q) in changes(text), text


# -- leaving, suspended, expelled, the whip ---------------------------------------------------------------
LEAVINGS = [
    "{p} councillor {a} resigned{when} from the party.",
    "{p} councillor {a} has resigned her membership of the party.",
    "{a} announced{when} her resignation from the {p} Party alongside 19 other councillors.",
    "{p} MP {a} had the whip withdrawn{when}.",
    "Councillor {a} had the whip removed by {p}{when} and now sits as an independent.",
    "Cllr {a} has had the whip withdrawn by {p}{when}.",
    "The {p} MP for Anytown, {a}, has had the party whip withdrawn.",
    "{p} has suspended the MP for Anytown, {a}, pending an investigation.",
    "{a} was expelled from the {p} Party{when}.",
    "{p} has expelled Anytown councillor {a}{when}.",
    "{a} and {b}, who were elected for {p} in 2023, have resigned from the party.",
    "{p} councillor {a} has been suspended from the party{when}.",
]


@SETTINGS
@given(st.sampled_from(LEAVINGS), names, st.sampled_from(PARTIES), st.sampled_from(WHEN))
def test_a_party_left_is_read_whatever_stands_between_the_verb_and_the_party(shape: str, people: list[str], p: str,
                                                                          when: str) -> None:
    text = shape.format(a=people[0], b=people[1], p=p, when=when)
    found = changes(text)
    for person in (people[0], people[1]) if people[1] in text else (people[0],):
        assert any(who == person and left == p for who, left, _ in found), text


# -- independents ------------------------------------------------------------------------------------------
INDEPENDENTS = [
    ["Two {p} councillors, {a} and {b}, have resigned from the party and will sit as independents."],
    ["Councillors {a} and {b} have left the {p} Party to sit as independents."],
    ["Three {p} councillors have quit the party.", "{a}, {b} and {c} said they would sit as independents."],
    ["Councillors {a}, {b} and {c} have quit {p}.", "They will sit as independents."],
    # a local group formed or sat in
    ["Councillors {a}, {b} and {c} have left {p} and formed the Anytown Independents group."],
    ["Councillors {a}, {b} and {c} have quit {p} to form the Anytown Independents."],
    ["{p} councillors {a}, {b} and {c} have resigned from the party.", "They will now sit as the Anytown Independents."],
]


@SETTINGS
@given(st.sampled_from(INDEPENDENTS), names, st.sampled_from(PARTIES))
def test_several_people_in_one_statement_each_sit_as_independents_or_in_their_group(shape: list[str], people: list[str], p: str) -> None:
    paragraphs = [line.format(a=people[0], b=people[1], c=people[2], p=p) for line in shape]
    found = changes(*paragraphs)
    named = [person for person in people if person in " ".join(paragraphs)]
    joined = "Anytown Independents" if "Anytown" in " ".join(paragraphs) else "Independent"
    assert {(person, p, joined) for person in named} <= found, paragraphs


INDEPENDENT_ONE = [
    ("{a}, a former {p} councillor, now sits as an independent.", "Independent"),
    ("{a}, who was elected as a {p} councillor in 2021, now sits as an independent.", "Independent"),
    ("{a}, who left {p} in 2023, held her seat as an independent.", "Independent"),
    ("Cllr {a} has resigned the {p} whip and will continue as the member for Anytown but as an independent.",
     "Independent"),
    # a new local party founded or joined
    ("Cllr {a}, who left the {p} in June, has set up a new party called Anytown Together.", "Anytown Together"),
    ("Former {p} councillor {a} is now a member of the Anytown Independents.", "Anytown Independents"),
    ("Cllr {a} quit the {p} to join Anytown Change earlier this year.", "Anytown Change"),
    ("Cllr {a} left the {p} group last week to form the new Anytown Independents group with two colleagues.",
     "Anytown Independents"),
    ("Cllr {a} quit the {p} to join Anytown Council's cabinet.", None),
    ("{p} councillor {a} left the party and joined forces with residents.", None),
]


@SETTINGS
@given(st.sampled_from(INDEPENDENT_ONE), names, st.sampled_from(PARTIES))
def test_one_now_an_independent_or_in_a_new_party_left_the_party_the_article_gives(
        shape: tuple[str, str | None], people: list[str], p: str) -> None:
    text, joined = shape
    assert changes(text.format(a=people[0], p=p)) == {(people[0], p, joined)}, text


# -- no change -----------------------------------------------------------------------------------------------
NOT_CHANGES = [
    "{p} councillor {a} had considered defecting to {q}.",
    "{p} councillor {a} has denied rumours that she is set to defect to {q}.",
    "{p} councillor {a} said rumours she was about to quit the party were untrue.",
    "{p} councillor {a} has ruled out joining {q}.",
    "{p} councillor {a} could defect to {q}, sources say.",
    "{p} councillor {a}, who had the whip restored in March, will stand again.",
    "{p} councillor {a} has been suspended from her job as a teacher.",
    "{p} councillor {a} was suspended from the council's planning committee.",
    "{p} councillor {a} resigned as leader of the council{when}.",
    # a question, a denial, a remark quoted, a lifted suspension, a deselection
    "{p} councillor {a} refused to rule out defecting to {q}.",
    "{p} councillor {a} would not rule out a move to {q}.",
    "Will {a} quit the {p}?",
    "Could {p} councillor {a} be about to join {q}?",
    "{p} councillor {a}, whose suspension from the party was lifted in March, will stand again.",
    "{a} said she would not defect to {q}.",
    "If {a} left the {p}, the council would change hands.",
    "Former {p} councillor {a} said the result was a disappointment.",
    "Cllr {b} said: \"{a} defected to {q} last year and regrets it.\"",
    "{p} has not expelled anyone over the row, a spokesperson said.",
    "{q} denied reports that {a} had joined the party.",
    "{a}, who stood for {p} at the last election, won the seat for {q} in 2019.",
    "{p} councillor {a} was deselected by the party ahead of the election.",
    # a party that names whose people or post, a result told with 'left'
    "{p} councillor {a} joined {q} colleagues in voting against the budget.",
    "{a}, a {p} councillor, joined {q} councillors at the protest.",
    "{p}'s {a} joined {q} leader {b} on the campaign trail.",
    "{p} councillor {a} said she was joining {q} and Green councillors in calling for a vote.",
    "{q}'s {a} left the {p} trailing in second place.",
    "{q} councillor {a} left the {p} group leader speechless.",
    "{a}, who left the {p}'s executive in 2020, is standing for {q}.",
    "{q} councillor {a} quit the {p} front bench in 2019.",
]


@SETTINGS
@given(st.sampled_from(NOT_CHANGES), names, party_pairs, st.sampled_from(WHEN))
def test_a_move_considered_denied_undone_or_from_a_post_is_no_change(shape: str, people: list[str],
                                                                     parties: list[str], when: str) -> None:
    p, q = parties
    text = shape.format(a=people[0], b=people[1], p=p, q=q, when=when)
    assert changes(text) == set(), text


@SETTINGS
@given(names, party_pairs)
def test_a_place_read_as_a_name_before_the_mover_is_not_a_mover(people: list[str], parties: list[str]) -> None:
    p, q = parties
    found = changes(f"The {p} councillor for Brook Hill, {people[0]}, has defected to {q}.")
    assert {person for person, _, _ in found} == {people[0]}


HEADLINES = ["{p} councillor defects to {q}", "{p} councillor joins {q}", "{p} MP defects to {q}"]
BODIES = ["{a}, who represents Brook Hill on Anytown Borough Council, has joined {q}.",
          "Anytown councillor {a} has switched to {q}.", "{a} has joined {q}{when}."]


@SETTINGS
@given(st.sampled_from(HEADLINES), st.sampled_from(BODIES), names, party_pairs, st.sampled_from(WHEN))
def test_the_headlines_unnamed_mover_is_the_one_the_body_names_going_there(headline: str, body: str,
                                                                            people: list[str], parties: list[str],
                                                                            when: str) -> None:
    p, q = parties
    found = {(c.person, c.from_party, c.to_party) for c in extract(document_of(
        body.format(a=people[0], q=q, when=when), title=headline.format(p=p, q=q)))}
    assert (people[0], p, q) in found




NAMED_AFTER_A_COUNT = [
    ["Two councillors have quit {p}.", "{a} and {b} announced their resignations on Friday."],
    ["Two councillors have quit {p} just weeks after being elected.",
     "{a}, who represents Brook Hill, and {b}, who represents Abbey, announced their resignations on Friday."],
    ["Anytown Borough Council's {p} group has lost two members.",
     "Cllrs {a} and {b} have announced they are leaving the party and will sit as independents."],
    ["{p} has suspended two councillors, {a} and {b}, over social media posts."],
    ["The {p} group on Anytown Borough Council has suspended Cllr {a} and Cllr {b}."],
    ["{a} and {b}, elected as {p} councillors in May, have quit the party."],
    ["Cllr {a} and Cllr {b} have stepped down from the {p} Party{when}."],
]


@SETTINGS
@given(st.sampled_from(NAMED_AFTER_A_COUNT), names, st.sampled_from(PARTIES), st.sampled_from(WHEN))
def test_those_named_after_a_counted_move_made_it(shape: list[str], people: list[str], p: str, when: str) -> None:
    paragraphs = [line.format(a=people[0], b=people[1], p=p, when=when) for line in shape]
    found = changes(*paragraphs)
    for person in people[:2]:
        assert any(who == person and left == p for who, left, _ in found), (paragraphs, found)




# -- 'the party': the one the story is about ---------------------------------------------------------------
THE_PARTY = [
    ("{p} councillor quits party", ["Cllr {a} has resigned from the party, saying it had lost its way."]),
    ("Councillor quits", ["The {p} group on Anytown Borough Council has lost a member.",
                          "Cllr {a} resigned from the party on Monday."]),
    ("Councillor quits", ["Anytown's {p} group is down to 12 members after Cllr {a} quit the party{when}."]),
    ("Councillor quits", ["A {p} councillor has resigned from the party.",
                          "Cllr {a}, who represents Abbey ward, said the decision was not easy.",
                          "It follows the resignation of Cllr {b} in March."]),
]


@SETTINGS
@given(st.sampled_from(THE_PARTY), names, st.sampled_from(PARTIES), st.sampled_from(WHEN))
def test_the_party_left_is_the_one_the_story_names(shape: tuple[str, list[str]], people: list[str], p: str,
                                                  when: str) -> None:
    title, body = shape
    paragraphs = [line.format(a=people[0], b=people[1], p=p, when=when) for line in body]
    found = {(c.person, c.from_party, c.to_party) for c in extract(document_of(*paragraphs, title=title.format(p=p)))}
    named = people[1] if "{b}" in " ".join(body) else people[0]
    assert any(who == named and left == p for who, left, _ in found), (paragraphs, found)


@SETTINGS
@given(names)
def test_a_change_with_no_party_known_is_not_stated(people: list[str]) -> None:
    assert changes(f"Cllr {people[0]} has resigned from the party, saying it had lost its way.") == set()


SUSPENDED_LATER_NAMED = [
    ["{p} has suspended a councillor on Anyshire County Council over comments made online.",
     "Cllr {a}, who represents Brook Hill, has had the whip suspended pending an investigation."],
    ["The {p} whip has been removed from Cllr {a} after she voted against the budget."],
    ["{p} has withdrawn the whip from Anytown councillor {a} pending an investigation."],
    ["Anytown councillor {a} has announced she is leaving the {p} after 15 years.",
     "She will continue to represent Abbey ward as an independent councillor."],
]


@SETTINGS
@given(st.sampled_from(SUSPENDED_LATER_NAMED), names, st.sampled_from(PARTIES))
def test_a_suspension_or_a_whip_removed_is_of_the_one_named(shape: list[str], people: list[str], p: str) -> None:
    paragraphs = [line.format(a=people[0], p=p) for line in shape]
    found = changes(*paragraphs)
    assert any(who == people[0] and left == p for who, left, _ in found), (paragraphs, found)
    assert len(found) == 1, found  # leaving, then sitting as an independent: one change


NOW_IN = [
    ("Independent councillor {a}, who quit the {p} Party in 2022, said the council had lost its way.", "Independent"),
    ("{q}'s {a}, who left the {p} last year, won the Brook Hill seat.", "{q}"),
]


@SETTINGS
@given(st.sampled_from(NOW_IN), names, party_pairs)
def test_one_who_left_a_party_is_in_the_party_the_article_gives_them(shape: tuple[str, str], people: list[str],
                                                                      parties: list[str]) -> None:
    p, q = parties
    text, now = shape
    assert (people[0], p, now.format(q=q)) in changes(text.format(a=people[0], p=p, q=q)), text



TOLD_IN_PASSING = [
    ("Cllr {a} has joined the council's independent group after leaving the {p}.", "{p}", "Independent"),
    ("Anytown councillor {a} quit {q} on Tuesday, less than a year after defecting from the {p}.", "{p}", "{q}"),
    ("Cllr {a} is the third {p} councillor to quit the party this year, after {b} and {c}.", "{p}", None),
]


@SETTINGS
@given(st.sampled_from(TOLD_IN_PASSING), names, party_pairs)
def test_a_move_told_in_passing_is_read(shape: tuple[str, str, str | None], people: list[str],
                                        parties: list[str]) -> None:
    p, q = parties
    text, left, joined = shape
    found = changes(text.format(a=people[0], b=people[1], c=people[2], p=p, q=q))
    expected = (left.format(p=p), joined.format(q=q) if joined else None)
    for person in people if "{c}" in text else people[:1]:
        assert any(who == person and (was, went) == expected for who, was, went in found), (text, found)


@SETTINGS
@given(names, st.sampled_from(PARTIES))
def test_the_councillors_sit_as_the_group_they_formed(people: list[str], p: str) -> None:
    found = changes(f"Cllr {people[0]} announced on Thursday her resignation from the {p} Party alongside 19 other "
                    "councillors.", f'Cllr {people[1]} said: "We had no choice."',
                    "The councillors will now sit as the Anytown Alliance group.")
    assert found == {(people[0], p, "Anytown Alliance")}



@SETTINGS
@given(names, st.sampled_from(PARTIES), st.sampled_from(["would continue to lead the council", "will now sit"]))
def test_leaving_and_then_sitting_as_an_independent_is_one_move_however_far_apart(people: list[str], p: str,
                                                                                  sits: str) -> None:
    found = changes(f"The leader of Anytown District Council has quit the {p} Party.",
                    f"Cllr {people[0]}, who has led the council since 2019, announced his decision on Friday.",
                    f"He said he {sits} as an independent.",
                    '"This is not a decision I have taken lightly," he said.',
                    f"Cllr {people[0]} is the fifth {p} councillor to leave the party this year.")
    assert found == {(people[0], p, "Independent")}, found


# -- who moved, when the move is told before the mover is named: never the one who reacts ---------------------
@SETTINGS
@given(names, party_pairs, st.sampled_from(["group leader", "spokeswoman", "leader"]))
def test_the_one_who_reacts_to_a_move_is_not_the_mover(people: list[str], parties: list[str], office: str) -> None:
    p, q = parties
    found = {(c.person, c.from_party, c.to_party) for c in extract(document_of(
        f"A {p} councillor has defected to {q}, saying the party had lost its way.",
        f"Cllr {people[0]}, who represents Millbrook on Anytown Borough Council, made the announcement on Wednesday.",
        f"{p} {office} Cllr {people[1]} said she was disappointed by the decision.",
        title=f"{p} councillor defects to {q}"))}
    assert found == {(people[0], p, q)}, found


@SETTINGS
@given(names, st.sampled_from(PARTIES), st.sampled_from(["Cllrs ", "Councillors ", ""]))
def test_as_many_named_as_a_move_counted_made_it(people: list[str], p: str, title: str) -> None:
    found = changes(f"Three {p} councillors on Anytown District Council have quit the party to form a new group.",
                    f"{title}{people[0]}, {people[1]} and {people[2]} said they had become frustrated with the party.",
                    "They will now sit as the Anytown Independents.")
    assert found == {(person, p, "Anytown Independents") for person in people}, found
    # two named where three moved: which two is not told
    assert changes(f"Three {p} councillors have quit the party.",
                   f"{title}{people[0]} and {people[1]} said they had become frustrated.") == set()


# -- one's own move in one's own words ---------------------------------------------------------------------------
OWN_WORDS = [
    ('In a statement, Cllr {a} said: "I have today resigned from the {p} Party."', None),
    ('"I have decided to leave the {p} Party and will sit as an independent," said Cllr {a}.', "Independent"),
    ('"{b} has left the {p} Party," said Cllr {a}.', "no one"),
]


@SETTINGS
@given(st.sampled_from(OWN_WORDS), names, st.sampled_from(PARTIES))
def test_a_speakers_own_move_in_the_first_person_is_theirs(shape: tuple[str, str | None], people: list[str],
                                                          p: str) -> None:
    text, joined = shape
    doc = document_of(text.format(a=people[0], b=people[1], p=p))
    doc.found.extend(quotes(doc))
    found = {(c.person, c.from_party, c.to_party) for c in extract(doc)}
    assert found == (set() if joined == "no one" else {(people[0], p, joined)}), found


@SETTINGS
@given(names, st.sampled_from(PARTIES), st.sampled_from(TITLES[:3]), st.sampled_from(WHEN),
       st.sampled_from(["after {n} as an independent", ", having sat as an independent for {n}"]),
       st.sampled_from(["two years", "a year", "18 months"]))
def test_rejoining_after_sitting_as_an_independent(people: list[str], party: str, title: str, when: str, after: str,
                                                   span: str) -> None:
    text = f"{title} {people[0]} has rejoined {party}{when} " + after.format(n=span) + "."
    assert (people[0], "Independent", party) in changes(text.replace(" ,", ",")), text


@SETTINGS
@given(st.sampled_from(["{a} will stand as an independent after being deselected by {p}.",
                        "{a} is to stand as an independent candidate after being barred by {p}.",
                        "{a} will run as an independent after {p} dropped her."]),
       names, st.sampled_from(PARTIES))
def test_one_standing_as_an_independent_after_being_barred_left_the_party_that_barred_them(
        shape: str, people: list[str], p: str) -> None:
    assert changes(shape.format(a=people[0], p=p)) == {(people[0], p, "Independent")}
