"""Results lists of council wards electing several: every seat of a ward's list, each winner with their party, and the
ward's declared gain or hold on each seat it applies to, however the list prints the seats and the outcome; nothing
where the list does not say. Invented wards and people, real party names, generated shapes."""

from __future__ import annotations

from article_text import document_of
from hypothesis import given, settings
from hypothesis import strategies as st

from elexgraph.annotate.list_lines import declarations, footer_declarations
from elexgraph.extract import extract_document
from elexgraph.extract.gate import check
from elexgraph.facts import Candidacy, Election, Evidence, SeatResult

TITLE = "Anyshire District Council election results in full"
LEAD = "Here are the results of the Anyshire District Council election."
WARDS = ["Abbey", "Castle", "Brook Hill", "Kingsmead North"]
PEOPLE = ["Jane Roe", "Tom Smith", "Ann Lee", "Bob Gray", "Kim Ford", "Sam Hill"]
PARTIES = {"Lab": "Labour", "Con": "Conservative", "LD": "Liberal Democrats", "Reform UK": "Reform UK",
           "Green": "Green"}
TWO_PARTIES = st.lists(st.sampled_from(sorted(PARTIES)), min_size=2, max_size=2, unique=True)
COUNTS = st.lists(st.integers(100, 3000), min_size=4, max_size=4, unique=True).map(lambda v: sorted(v, reverse=True))


def facts(*paragraphs: str) -> list:
    return list(extract_document(document_of(LEAD, *paragraphs, title=TITLE, date="2023-05-05")))


def seats_of(found: list, ward: str) -> list[tuple[int, str | None, str | None, str | None, str | None]]:
    """(seat, winner, party, outcome, party before) of each of the ward's seats, in seat order."""
    return sorted((f.seat, f.winner, f.party, f.outcome, f.previous_party) for f in found
                  if isinstance(f, SeatResult) and f.area == ward)


def lines_of(parties: list[str], votes: list[int], shape: str = "{name} ({party}) {votes:,}") -> list[str]:
    """Four candidates: the first two of the first party, the other two of the second, by votes."""
    return [shape.format(name=name, party=party, votes=n)
            for name, party, n in zip(PEOPLE, [parties[0], parties[0], parties[1], parties[1]], votes)]


# -- one line per ward, candidates between dashes --------------------------------------------------
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS), TWO_PARTIES, COUNTS, st.sampled_from(["{name} ({party}) {votes:,}",
                                                                     "{name}, {party}, {votes:,}"]),
       st.sampled_from(["", " (2)", " (2 seats)"]), st.sampled_from([" – ", " - "]))
def test_a_wards_line_with_its_candidates_between_dashes(ward: str, parties: list[str], votes: list[int], shape: str,
                                                        seats: str, dash: str) -> None:
    found = facts(f"{ward}{seats}{dash}" + dash.join(lines_of(parties, votes, shape)))
    assert {(f.person, f.votes) for f in found if isinstance(f, Candidacy) and f.area == ward} == set(
        zip(PEOPLE[:4], votes))
    assert [w for _, w, *_ in seats_of(found, ward)] == PEOPLE[:2]  # two seats: said, or as many as one party stood


# -- how many seats the ward's outcome stands for --------------------------------------------------
GAINS = ["{p} gain from {q} (2 seats)", "{p} gain from {q} x2", "Two {p} gains from {q}", "2 x {p} gain from {q}",
         "{p} gain from {q} (x2)"]
HOLDS = ["Two {p} holds", "{p} hold (2)", "{p} hold x2", "{p} hold both seats", "{p} hold (2 seats)", "2 {p} holds",
         "{p} hold two seats"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(WARDS), TWO_PARTIES, COUNTS, st.sampled_from(GAINS + HOLDS))
def test_a_wards_outcome_said_once_for_its_seats(ward: str, parties: list[str], votes: list[int], said: str) -> None:
    won, rival = parties
    footer = said.format(p=PARTIES[won], q=PARTIES[rival])
    found = facts(f"{ward} (two seats)", "\n".join(lines_of(parties, votes)) + "\n" + footer)
    outcome, before = ("gain", PARTIES[rival]) if "gain" in said else ("hold", PARTIES[won])
    assert seats_of(found, ward) == [(0, PEOPLE[0], PARTIES[won], outcome, before),
                                     (1, PEOPLE[1], PARTIES[won], outcome, before)]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS), TWO_PARTIES, COUNTS, st.sampled_from([("{p} gain from {q}", "gain"),
                                                                     ("{p} hold (1)", "hold"), ("{p} hold one", "hold")]))
def test_an_outcome_for_fewer_seats_than_its_party_won_is_the_first_seats(ward: str, parties: list[str],
                                                                         votes: list[int], said: tuple[str, str]) -> None:
    """'Lab gain from Con' under two Labour winners: which seat was gained is not told (a gain is one seat's unless it
    counts more), nor which was held of a hold counted once; the second seat has no outcome."""
    won, rival = parties
    footer, outcome = said
    found = facts(f"{ward} (two seats)", "\n".join(lines_of(parties, votes)) + "\n" + footer.format(p=won, q=rival))
    assert [o for _, _, _, o, _ in seats_of(found, ward)] == [outcome, None]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS), TWO_PARTIES, st.lists(st.integers(100, 3000), min_size=4, max_size=4, unique=True),
       st.sampled_from(["{p} gain one seat from {q}, {q} hold one", "{q} hold one, {p} gain one seat from {q}",
                        "{p} gain a seat from {q}; {q} hold (1)"]))
def test_each_partys_outcome_in_a_ward_split_between_them(ward: str, parties: list[str], votes: list[int],
                                                          said: str) -> None:
    """'Con gain one seat from Lab, Lab hold one': the seat each party's winner took."""
    gainer, holder = parties
    top = sorted(votes, reverse=True)
    lines = [f"{PEOPLE[0]} ({gainer}) {top[0]:,}", f"{PEOPLE[1]} ({holder}) {top[1]:,}",
             f"{PEOPLE[2]} ({gainer}) {top[2]:,}", f"{PEOPLE[3]} ({holder}) {top[3]:,}"]
    found = facts(f"{ward} – two seats", "\n".join(lines) + "\n" + said.format(p=gainer, q=holder))
    assert seats_of(found, ward) == [(0, PEOPLE[0], PARTIES[gainer], "gain", PARTIES[holder]),
                                     (1, PEOPLE[1], PARTIES[holder], "hold", PARTIES[holder])]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(GAINS + HOLDS), st.sampled_from(sorted(PARTIES)), st.sampled_from(sorted(PARTIES)))
def test_an_outcome_counted_reads_as_that_many_seats(said: str, won: str, before: str) -> None:
    text = said.format(p=won, q=before)
    for read in (footer_declarations(text), declarations(text)):
        assert len(read) == 1 and read[0].seats == 2 and read[0].party == PARTIES[won], (text, read)


# -- where the ward's outcome and seats are printed -------------------------------------------------
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS), TWO_PARTIES, COUNTS, st.sampled_from(["{w} (2 seats) {p} hold", "{w} (2 seats)\n{p} hold",
                                                                     "{w} (two seats)\n{p} hold",
                                                                     "{w} – {p} hold x2:", "{w}: {p} hold (2 seats)."]))
def test_a_wards_heading_with_its_outcome(ward: str, parties: list[str], votes: list[int], heading: str) -> None:
    won, _ = parties
    head = heading.format(w=ward, p=PARTIES[won])
    lines = lines_of(parties, votes)
    found = facts(head + " " + "; ".join(lines) if head.endswith((":", ".")) else head + "\n" + "\n".join(lines))
    assert seats_of(found, ward) == [(0, PEOPLE[0], PARTIES[won], "hold", PARTIES[won]),
                                     (1, PEOPLE[1], PARTIES[won], "hold", PARTIES[won])]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(sorted(PARTIES)), st.sampled_from(sorted(PARTIES)),
       st.lists(st.integers(100, 3000), min_size=4, max_size=4, unique=True),
       st.sampled_from(["Three councillors were elected in {w}.", "Voters in {w} elected three councillors.",
                        "Three councillors were elected for the {w} ward:"]))
def test_a_sentence_above_a_list_telling_its_wards_seats(ward: str, won: str, rival: str, votes: list[int],
                                                        said: str) -> None:
    top = sorted(votes, reverse=True)
    lines = [f"{name} ({won}) {n:,} *" for name, n in zip(PEOPLE[:3], top)] + [f"{PEOPLE[3]} ({rival}) {top[3]:,}"]
    found = facts(said.format(w=ward), "\n".join(lines))
    assert [(s, w) for s, w, *_ in seats_of(found, ward)] == [(0, PEOPLE[0]), (1, PEOPLE[1]), (2, PEOPLE[2])]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(WARDS), TWO_PARTIES, st.sampled_from(["The result was announced in {w}.",
                                                            "Voters in {w} went to the polls."]))
def test_a_sentence_above_a_list_that_tells_no_seats_places_nothing(ward: str, parties: list[str], said: str) -> None:
    """A sentence naming a ward but no number of seats is the story's, not the list's heading: of a story printing two
    lists, neither is that ward's (the one list of a story that names one ward is: tests/test_list_seat_shapes.py)."""
    found = facts(said.format(w=ward), "\n".join(lines_of(parties, [900, 800, 700, 600])), "Elsewhere:",
                  "\n".join(f"{n} Other ({p}) {v}" for n, p, v in (("Kim", "Lab", 500), ("Lee", "Con", 400))))
    assert not seats_of(found, ward)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(WARDS), TWO_PARTIES, st.sampled_from([" | ", "\t"]))
def test_a_table_printing_its_ward_on_each_winners_row(ward: str, parties: list[str], bar: str) -> None:
    won, rival = parties
    rows = [bar.join(["Ward", "Elected", "Party", "Result"]),
            bar.join([ward, PEOPLE[0], PARTIES[won], "Hold"]), bar.join([ward, PEOPLE[1], PARTIES[won], "Hold"]),
            bar.join(["Lowfield", PEOPLE[2], PARTIES[rival], f"Gain from {won}"])]
    found = facts("\n".join(rows))
    assert seats_of(found, ward) == [(0, PEOPLE[0], PARTIES[won], "hold", PARTIES[won]),
                                     (1, PEOPLE[1], PARTIES[won], "hold", PARTIES[won])]
    assert seats_of(found, "Lowfield") == [(0, PEOPLE[2], PARTIES[rival], "gain", PARTIES[won])]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(WARDS), TWO_PARTIES)
def test_a_list_of_winners_with_each_partys_outcome(ward: str, parties: list[str]) -> None:
    """'Elected: Jane Roe (Lab), Tom Smith (Con)' over 'Lab hold, Con gain from Lab': each winner their party's."""
    held, gainer = parties
    found = facts(ward, f"Elected: {PEOPLE[0]} ({held}), {PEOPLE[1]} ({gainer})", f"{held} hold, {gainer} gain from {held}")
    assert seats_of(found, ward) == [(0, PEOPLE[0], PARTIES[held], "hold", PARTIES[held]),
                                     (1, PEOPLE[1], PARTIES[gainer], "gain", PARTIES[held])]


# -- the gate --------------------------------------------------------------------------------------
def test_a_hold_read_without_the_party_before_has_its_own_worked_out() -> None:
    election = Election("local", 2023, council="Anyshire District Council")
    held = SeatResult(Evidence("Tom Smith retained his seat.", 0, 28), "prose-results", election, "Abbey", "Tom Smith",
                      "Labour", "hold")
    kept = check([held]).kept
    assert (kept[0].outcome, kept[0].previous_party, kept[0].derived) == ("hold", "Labour", ("previous_party",))


# -- a column of seats ------------------------------------------------------------------------------
@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WARDS), min_size=2, max_size=2, unique=True), TWO_PARTIES, COUNTS,
       st.sampled_from(["{w} - {n} - {p} - {v}", "{w}: {n} ({p}) {v}", "{w}\t{n}\t{p}\t{v}", "{w} | {n} | {p} | {v}",
                        "{w}  {n}  {p}  {v}"]))
def test_a_column_of_seats_repeated_on_each_candidates_line(wards: list[str], parties: list[str], votes: list[int],
                                                            row: str) -> None:
    """'Abbey - Jane Roe - Labour - 1,204' over 'Abbey - Tom Smith - …' then 'Castle - …': one contest per seat while
    its name repeats (each line was read as a seat's contest of its own: two winners of one seat, both lost; a seat
    before a tab was read as a slogan, and the lines were filed under the seat above)."""
    rows = [row.format(w=ward, n=name, p=PARTIES[party], v=f"{n:,}")
            for ward, name, party, n in zip([wards[0], wards[0], wards[1], wards[1]], PEOPLE,
                                            [parties[0], parties[1], parties[0], parties[1]], votes)]
    found = facts("\n".join(rows))
    assert seats_of(found, wards[0]) == [(0, PEOPLE[0], PARTIES[parties[0]], None, None)]
    assert seats_of(found, wards[1]) == [(0, PEOPLE[2], PARTIES[parties[0]], None, None)]
    assert {(f.area, f.person) for f in found if isinstance(f, Candidacy)} == {
        (wards[0], PEOPLE[0]), (wards[0], PEOPLE[1]), (wards[1], PEOPLE[2]), (wards[1], PEOPLE[3])}


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(["\t", " | "]))
def test_a_column_of_party_descriptions_is_no_seat(ward: str, cut: str) -> None:
    rows = [cut.join(["The Labour Party Candidate", PEOPLE[0], "1,204"]),
            cut.join(["The Conservative Party Candidate", PEOPLE[1], "998"])]
    found = facts(ward, "\n".join(rows))
    assert seats_of(found, ward) == [(0, PEOPLE[0], "Labour", None, None)]


# -- winners marked in the list ---------------------------------------------------------------------
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WARDS), st.lists(st.sampled_from(sorted(PARTIES)), min_size=4, max_size=4, unique=True),
       COUNTS, st.integers(1, 3), st.booleans())
def test_winners_printed_in_capitals(ward: str, parties: list[str], votes: list[int], won: int, one_line: bool) -> None:
    """'JANE ROE (Lab) 1,204' over 'Ann Lee (Con) 640': the names in capitals are those elected, where they have the
    most votes; every party stands one, so nothing else tells the seats."""
    rows = [f"{name.upper() if k < won else name} ({party}) {n:,}"
            for k, (name, party, n) in enumerate(zip(PEOPLE, parties, votes))]
    found = facts(f"{ward}: " + "; ".join(rows)) if one_line else facts(ward, "\n".join(rows))
    assert [w for _, w, *_ in seats_of(found, ward)] == PEOPLE[:won]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(WARDS), st.lists(st.sampled_from(sorted(PARTIES)), min_size=3, max_size=3, unique=True))
def test_capitals_that_are_not_the_most_votes_mark_no_one(ward: str, parties: list[str]) -> None:
    rows = [f"{PEOPLE[0].upper()} ({parties[0]}) 900", f"{PEOPLE[1]} ({parties[1]}) 1,300",
            f"{PEOPLE[2]} ({parties[2]}) 700"]
    found = facts(ward, "\n".join(rows))
    assert [w for _, w, *_ in seats_of(found, ward)] == [PEOPLE[1]]


# -- a winner's line with more on it -----------------------------------------------------------------
WINNER_LINES = ["{n} ({p}) {v} (sitting councillor)", "{n} ({p}, incumbent) {v}", "{n} ({p}) – sitting councillor – {v}",
                "{n} ({p}) {v} ✅", "{n} ({p}) {v} votes, elected as the new councillor",
                "{n} ({p}) {v} – elected for the third time", "{n} ({p}) {v} (45.2%) – {p} gain from Con, majority 306"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(["Lab", "LD", "Green", "Reform UK"]), st.sampled_from(WINNER_LINES),
       st.integers(1300, 3000))
def test_a_winners_line_with_a_note_or_a_comment(ward: str, party: str, line: str, won: int) -> None:
    """The winner's line was not read, and a list with a line like a candidate's above it is partial: no winner."""
    rows = [line.format(n=PEOPLE[0], p=party, v=f"{won:,}"), f"{PEOPLE[1]} (Con) 1,100", f"{PEOPLE[2]} (Ind) 640"]
    found = facts(ward, "\n".join(rows))
    assert [(s, w, p) for s, w, p, *_ in seats_of(found, ward)] == [(0, PEOPLE[0], PARTIES[party])]
    assert {f.person: (f.votes, f.rank) for f in found if isinstance(f, Candidacy)} == {
        PEOPLE[0]: (won, 1), PEOPLE[1]: (1100, 2), PEOPLE[2]: (640, 3)}


# -- seats with one winner each ---------------------------------------------------------------------
@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(WARDS), min_size=2, max_size=2, unique=True), TWO_PARTIES, st.integers(1, 3))
def test_a_seats_count_in_brackets_is_no_vote_count(wards: list[str], parties: list[str], seats: int) -> None:
    """'Castle (1): Ann Lee (Con)': Ann Lee was read with 1 vote, and Castle was lost."""
    names = [f"{name} ({parties[0]})" for name in PEOPLE[:seats]]
    found = facts(f"{wards[0]} ({seats}): " + ", ".join(names), f"{wards[1]} (1): {PEOPLE[4]} ({parties[1]})")
    assert [w for _, w, *_ in seats_of(found, wards[0])] == PEOPLE[:seats]
    assert seats_of(found, wards[1]) == [(0, PEOPLE[4], PARTIES[parties[1]], None, None)]
    assert all(f.votes is None for f in found if isinstance(f, Candidacy))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(WARDS), min_size=3, max_size=3, unique=True),
       st.lists(st.sampled_from(sorted(PARTIES)), min_size=3, max_size=3), st.booleans())
def test_new_councillors_each_with_their_ward_and_party_in_brackets(wards: list[str], parties: list[str],
                                                                   party_first: bool) -> None:
    """'The new councillors are Jane Roe (Abbey, Lab), …': the ward was read as 'Abbey, Lab', the party lost."""
    pairs = [f"{name} ({party}, {ward})" if party_first else f"{name} ({ward}, {party})"
             for name, ward, party in zip(PEOPLE, wards, parties)]
    found = facts(f"The new councillors are {pairs[0]}, {pairs[1]} and {pairs[2]}.")
    for name, ward, party in zip(PEOPLE, wards, parties):
        assert seats_of(found, ward) == [(0, name, PARTIES[party], None, None)]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(WARDS), min_size=3, max_size=3, unique=True),
       st.lists(st.sampled_from(sorted(PARTIES)), min_size=3, max_size=3),
       st.sampled_from(["", "Results: ", "Elected councillors: ", "The new councillors: "]), st.sampled_from([" – ", ": "]))
def test_several_seats_on_one_line_between_semicolons(wards: list[str], parties: list[str], label: str, cut: str) -> None:
    """'Abbey – Jane Roe (Lab); Castle – Tom Smith (Con); …': each seat's winner (the line was read as nothing)."""
    pieces = [f"{ward}{cut}{name} ({party})" for ward, name, party in zip(wards, PEOPLE, parties)]
    found = facts(label + "; ".join(pieces) + ".")
    for name, ward, party in zip(PEOPLE, wards, parties):
        assert seats_of(found, ward) == [(0, name, PARTIES[party], None, None)]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(WARDS), min_size=2, max_size=2, unique=True), TWO_PARTIES,
       st.sampled_from(["Candidates: ", "The candidates are: ", "Standing: "]))
def test_candidates_between_semicolons_are_no_winners(wards: list[str], parties: list[str], label: str) -> None:
    pieces = [f"{ward} – {name} ({party})" for ward, name, party in zip(wards, PEOPLE, parties)]
    found = facts(label + "; ".join(pieces) + ".")
    assert not [f for f in found if isinstance(f, SeatResult)]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(WARDS), st.integers(2, 3), st.sampled_from(["({n})", "[{n}]"]))
def test_a_ward_in_capitals_with_its_seats_in_brackets(ward: str, seats: int, count: str) -> None:
    """'ABBEY (3)' over a ballot paper's list: the heading was read as a party's line with 3 votes, and the list lost."""
    rows = [f"{name.split()[1].upper()} {name.split()[0]} (Labour Party) {n:,} ELECTED"
            for name, n in zip(PEOPLE[:seats], [1204, 1100, 1050])] + [f"{PEOPLE[4].split()[1].upper()} "
                                                                     f"{PEOPLE[4].split()[0]} (Conservative Party) 640"]
    found = facts(f"{ward.upper()} {count.format(n=seats)}\n" + "\n".join(rows) + f"\nLabour hold ({seats})")
    assert seats_of(found, ward) == [(k, name, "Labour", "hold", "Labour") for k, name in enumerate(PEOPLE[:seats])]
