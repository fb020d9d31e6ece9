"""Reading the House of Commons Library's results files as published: each layout, and the bad inputs."""

from __future__ import annotations

import hashlib
import os
from decimal import Decimal
from pathlib import Path

import pytest

from elexgraph.official.read import MAX_LINE_BYTES, OfficialFileError, read_official_file
from tests.official_data import PUBLISHED, Stood, write_candidates, write_constituencies_2010

LAYOUTS = [  # file, layout, year, rows
    ("HoC-GE2010-results-by-constituency.csv", "constituency", 2010, 650),
    ("HoC-GE2015-results-by-candidate.csv", "candidate", 2015, 3971),
    ("HoC-GE2015-results-by-constituency.csv", "constituency", 2015, 650),
    ("HoC-GE2017-results-by-candidate.csv", "candidate", 2017, 3304),
    ("HoC-GE2017-results-by-constituency.csv", "constituency", 2017, 650),
    ("HoC-GE2019-results-by-candidate.csv", "candidate", 2019, 3320),
    ("HoC-GE2019-results-by-constituency.csv", "constituency", 2019, 650),
    ("HoC-GE2024-results-by-candidate.csv", "candidate", 2024, 4515),
    ("HoC-GE2024-results-by-constituency.csv", "constituency", 2024, 650),
]


@pytest.mark.parametrize(("name", "layout", "year", "rows"), LAYOUTS, ids=[row[0] for row in LAYOUTS])
def test_each_published_file_is_read_by_its_header(shared: Path, tmp_path: Path, name: str, layout: str, year: int,
                                                   rows: int) -> None:
    # Renamed, the file is still recognised: the layout comes from the header, the year from the data or
    # (for the candidate files of the 2010 boundaries, which carry no date) from the --election option.
    renamed = tmp_path / "results.csv"
    renamed.write_bytes((shared / PUBLISHED / name).read_bytes())
    needs_year = layout == "candidate" and year < 2024
    found = read_official_file(renamed, year if needs_year else None)
    assert (found.layout, found.year, len(found.candidates) or len(found.seats)) == (layout, year, rows)
    assert found.digest == hashlib.sha256(renamed.read_bytes()).hexdigest()


def test_the_2024_candidate_file_as_published(shared: Path) -> None:
    found = read_official_file(shared / PUBLISHED / "HoC-GE2024-results-by-candidate.csv")
    broxtowe = {c.name: c for c in found.candidates if c.seat.name == "Broxtowe"}
    campbell = broxtowe["Juliet Campbell"]
    assert (campbell.party, campbell.votes, campbell.share) == ("Labour", 19561, Decimal("0.408901"))
    assert campbell.dc_person_id and campbell.row.text.startswith("E14001140,") and campbell.row.line > 1
    assert campbell.seat.gss == "E14001140"
    co_op = [c for c in found.candidates if c.row.text.count("Labour and Co-operative")]
    assert co_op and {c.party for c in co_op} == {"Labour"}
    assert any(c.name == "Áine Groogan" for c in found.candidates)  # UTF-8 once read as Latin-1, put right


def test_the_2010_constituency_file_as_published(shared: Path) -> None:
    found = read_official_file(shared / PUBLISHED / "HoC-GE2010-results-by-constituency.csv")
    broxtowe = next(s for s in found.seats if s.seat.name == "Broxtowe")
    assert (broxtowe.winner, broxtowe.winning_party, broxtowe.outcome, broxtowe.previous_party) == (
        "Anna Soubry", "Con", "gain", "Lab")
    assert (broxtowe.majority, broxtowe.party_votes["Lab"], broxtowe.party_votes["Con"]) == (389, 20196, 20585)
    assert "UUP (as UCUNF)" in broxtowe.party_votes


def test_the_year_comes_from_the_declaration_times_over_the_name(shared: Path, tmp_path: Path) -> None:
    misnamed = tmp_path / "HoC-GE2019-results-by-constituency.csv"
    misnamed.write_bytes((shared / PUBLISHED / "HoC-GE2017-results-by-constituency.csv").read_bytes())
    with pytest.raises(OfficialFileError, match=r"declaration times are in 2017 but its name says 2019"):
        read_official_file(misnamed)


def _error(path: Path, election: int | None = None) -> str:
    with pytest.raises(OfficialFileError) as caught:
        read_official_file(path, election)
    return str(caught.value)


def test_a_file_that_is_no_library_layout(tmp_path: Path) -> None:
    other = tmp_path / "people.csv"
    other.write_text("name,party,votes\nAnn Example,Labour,12\n")
    assert _error(other) == (f"{other} line 1: not one of the House of Commons Library's results layouts (by "
                             "candidate or by constituency): no column for gss, constituency, first_name, surname, "
                             "share")


def test_an_empty_a_binary_and_a_headless_file(tmp_path: Path) -> None:
    empty, binary, header = tmp_path / "empty.csv", tmp_path / "binary.csv", tmp_path / "header.csv"
    empty.write_bytes(b"")
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04")
    header.write_text(",".join(["ONS ID", "Constituency name", "Candidate first name", "Candidate surname",
                                "Party name", "Votes", "Share"]) + "\n")
    assert _error(empty) == f"{empty}: empty file, not a results file"
    assert _error(binary) == f"{binary}: binary file, not a results file"
    assert _error(header) == f"{header}: a header but no results rows"


def test_a_file_cut_short_in_a_row(shared: Path, tmp_path: Path) -> None:
    data = (shared / PUBLISHED / "HoC-GE2024-results-by-candidate.csv").read_bytes()
    cut = tmp_path / "cut.csv"
    cut.write_bytes(data[:data.index(b",", len(data) // 2) + 1])  # the last row stops after a field
    lines = cut.read_bytes().count(b"\n") + 1
    fields = cut.read_bytes().splitlines()[-1].count(b",") + 1
    assert _error(cut) == f"{cut} line {lines}: {fields} fields where the header has 22 (the file seems cut short)"


def test_a_file_cut_short_between_rows_loses_shares(shared: Path, tmp_path: Path) -> None:
    lines = (shared / PUBLISHED / "HoC-GE2019-results-by-candidate.csv").read_bytes().splitlines(keepends=True)
    cut = tmp_path / "HoC-GE2019-results-by-candidate.csv"
    cut.write_bytes(b"".join(lines[:-2]))  # the last seat loses its last two candidates
    assert "rows are missing (the file may be cut short)" in _error(cut)
    assert _error(cut).startswith(f"{cut} line {len(lines) - 2}: the candidates of ")


def test_a_quoted_field_cut_short(tmp_path: Path) -> None:
    path = write_candidates(tmp_path / "seat.csv", {("E14001140", "Broxtowe"): [
        Stood("Ann", "Example", "Labour", "Lab", 100), Stood("Bob", "Example", "Conservative", "Con", 50)]})
    path.write_bytes(path.read_bytes() + b'E14001140,E15000004,"Broxtowe')
    assert "the file may be cut short" in _error(path)


def test_a_row_with_a_vote_count_that_is_no_number(tmp_path: Path) -> None:
    path = write_candidates(tmp_path / "seat.csv", {("E14001140", "Broxtowe"): [
        Stood("Ann", "Example", "Labour", "Lab", 100), Stood("Bob", "Example", "Conservative", "Con", 50)]})
    path.write_text(path.read_text(encoding="utf-8").replace(",100,", ",1OO,"), encoding="utf-8")
    assert _error(path) == f"{path} line 2: votes '1OO' is not a whole number"


def test_a_constituency_row_whose_votes_do_not_add_up(tmp_path: Path) -> None:
    path = write_constituencies_2010(tmp_path / "HoC-GE2010-results-by-constituency.csv", [
        {"ONS ID": "E14000607", "Constituency name": "Broxtowe", "Member first name": "Ann",
         "Member surname": "Example", "Result": "Con gain from Lab", "First party": "Con", "Second party": "Lab",
         "Valid votes": "300", "Majority": "100", "Con": "200", "Lab": "99"}])
    assert _error(path) == f"{path} line 2: the party votes add up to 299, not the 300 valid votes (the row may be cut short)"


@pytest.mark.parametrize(("code", "name", "reason"), [
    ("E14009999", "Broxtowe", "unknown GSS code 'E14009999' (not a Westminster constituency of the 2024 boundaries, "
                              "which the 2024 election used)"),
    ("E14000609", "Broxtowe", "unknown GSS code 'E14000609' (not a Westminster constituency of the 2024 boundaries, "
                              "which the 2024 election used)"),
    ("E14001068", "Bolsover", "GSS code E14001068 is Ashfield's, not Bolsover's"),
], ids=["no-such-code", "a-2010-code-in-2024", "another-seat's-code"])
def test_an_unknown_gss_code(tmp_path: Path, code: str, name: str, reason: str) -> None:
    path = write_candidates(tmp_path / "HoC-GE2024-results-by-candidate.csv", {
        ("E14001140", "Broxtowe"): [Stood("Ann", "Example", "Labour", "Lab", 100)],
        (code, name): [Stood("Bob", "Example", "Conservative", "Con", 50)]})
    assert _error(path) == f"{path} line 3: {reason}"


def test_a_candidate_file_without_a_date_needs_the_election(shared: Path, tmp_path: Path) -> None:
    nameless = tmp_path / "results.csv"
    nameless.write_bytes((shared / PUBLISHED / "HoC-GE2017-results-by-candidate.csv").read_bytes())
    assert _error(nameless) == (f"{nameless}: cannot tell which general election it holds (no declaration times, "
                                "no year in its name): give --election YEAR")
    assert _error(nameless, 2018) == f"{nameless}: 2018 is not the year of a general election (1997, 2001, 2005, 2010, 2015, 2017, 2019, 2024)"


def test_a_file_that_is_not_csv_at_all(tmp_path: Path) -> None:
    notes = tmp_path / "SOURCE.md"
    notes.write_text('# Results files, as the publisher ships them\n\nThese are "the files", byte for byte.\n')
    assert _error(notes).startswith(f"{notes} line 1: not a CSV file (the House of Commons Library's results files "
                                    "are CSV: a header line of column names")


def test_a_file_of_only_a_byte_order_mark(tmp_path: Path) -> None:
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf\r\n")
    assert _error(bom) == f"{bom}: empty file, not a results file"


def test_a_line_too_long_is_refused_before_the_file_is_read_whole(tmp_path: Path) -> None:
    path = write_candidates(tmp_path / "seat.csv", {("E14001140", "Broxtowe"): [
        Stood("Ann", "Example", "Labour", "Lab", 100), Stood("Bob", "Example", "Conservative", "Con", 50)]})
    with path.open("ab") as fh:
        fh.write(b"E14001140," + b"x" * (MAX_LINE_BYTES * 4) + b"\r\n" + b"never read\r\n" * 1000)
    assert _error(path) == (f"{path} line 4: a line over {MAX_LINE_BYTES:,} bytes: not a results file (the House "
                            "of Commons Library's results files are CSV: a header line of column names ('ONS ID,"
                            "Constituency name,…'), then one row per candidate or per constituency)")


def test_a_fifo_is_refused_unopened(tmp_path: Path) -> None:
    fifo = tmp_path / "results.csv"
    os.mkfifo(fifo)
    assert _error(fifo) == f"{fifo}: not a regular file (a FIFO), not read"


@pytest.mark.parametrize("share", ["nan", "NaN", "inf", "-Infinity", "sNaN"])
def test_a_share_that_is_no_number(tmp_path: Path, share: str) -> None:
    path = write_candidates(tmp_path / "seat.csv", {("E14001140", "Broxtowe"): [
        Stood("Ann", "Example", "Labour", "Lab", 100), Stood("Bob", "Example", "Conservative", "Con", 50)]})
    path.write_text(path.read_text(encoding="utf-8").replace(",0.666667,", f",{share},"), encoding="utf-8")
    assert _error(path) == f"{path} line 2: share {share!r} is not a fraction between 0 and 1"


@pytest.mark.parametrize(("votes", "shown"), [
    ("1" + "0" * 39, "10000000000000000000… (40 digits)"), ("10000001", "10000001"), ("²", None)])
def test_vote_counts_beyond_any_contest_or_not_ascii_digits(tmp_path: Path, votes: str, shown: str | None) -> None:
    path = write_candidates(tmp_path / "seat.csv", {("E14001140", "Broxtowe"): [
        Stood("Ann", "Example", "Labour", "Lab", 100), Stood("Bob", "Example", "Conservative", "Con", 50)]})
    path.write_text(path.read_text(encoding="utf-8").replace(",100,", f",{votes},"), encoding="utf-8")
    expected = (f"votes {shown} is more votes than any contest has (at most 10,000,000)" if shown
                else f"votes {votes!r} is not a whole number")
    assert _error(path) == f"{path} line 2: {expected}"
