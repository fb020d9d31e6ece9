"""Reading the House of Commons Library's general election results files, as the Library publishes them.

Two layouts, told apart by the header and never by the file name:

- **by candidate**: a row per candidate, with party, votes and share (a fraction). Column names change
  between years (``firstname`` in 2015–2019, ``Candidate first name`` in 2024, which also carries a
  byte-order mark and Democracy Club person ids);
- **by constituency**: a row per seat, with the winner, the result ("Con gain from Lab"), the majority,
  the valid votes and the votes of each main party (the party columns change between years).

Every row is checked before anything is stored: a value that is not what its column holds, a file cut
short, or a seat code that is no Westminster constituency of the election's boundaries is an error
naming the file and the line.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal

from elexgraph import reference
from elexgraph.articles import file_problem
from elexgraph.errors import ElexgraphError
from elexgraph.facts import MAX_VOTES
from elexgraph.official.codes import boundary_set_of, known_code

Layout = Literal["candidate", "constituency"]

# Column names as published, folded (lower case, words joined by '_'), to the names used here.
_ALIASES = {"ons_id": "gss", "constituency_name": "constituency", "region_name": "region",
            "firstname": "first_name", "candidate_first_name": "first_name", "surname": "surname",
            "candidate_surname": "surname", "party_name": "party", "party_abbreviation": "party_abbreviation",
            "votes": "votes", "share": "share", "dc_person_id": "dc_person_id",
            "member_first_name": "first_name", "member_surname": "surname", "result": "result",
            "first_party": "first_party", "second_party": "second_party", "valid_votes": "valid_votes",
            "majority": "majority", "declaration_time": "declared", "all_other_candidates": "other_votes",
            "of_which_other_winner": "other_winner_votes"}
_NEEDS: dict[Layout, tuple[str, ...]] = {
    "candidate": ("gss", "constituency", "first_name", "surname", "party", "votes", "share"),
    "constituency": ("gss", "constituency", "first_name", "surname", "result", "first_party", "second_party",
                     "valid_votes", "majority", "other_votes"),
}
# Shares of one seat's candidates add up to 1 within the publisher's rounding; less means rows are missing.
_SHARE_SUM_TOLERANCE = Decimal("0.001")
# The Library's rows are under 400 bytes and its largest file under 1 MB: far longer is no results file, refused
# before it is read whole (a file of one huge line must not fill the memory).
MAX_LINE_BYTES = 64 * 1024
MAX_FILE_BYTES = 64 * 1024 * 1024
_LIBRARY_FILES = ("the House of Commons Library's results files are CSV: a header line of column names "
                  "('ONS ID,Constituency name,…'), then one row per candidate or per constituency")
_RESULT = re.compile(r"^(?P<winner>.+?) (?:(?P<hold>hold)|gain from (?P<loser>.+))$")


class OfficialFileError(ElexgraphError):
    """A file that is not a Library results file, or a row of one that cannot be read."""

    def __init__(self, path: Path, reason: str, line: int | None = None) -> None:
        where = f"{path} line {line}" if line else str(path)
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class Row:
    """One published row: its line, its text as published and where that text sits in the file."""

    line: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Seat:
    gss: str
    name: str
    region: str


@dataclass(frozen=True)
class CandidateRow:
    row: Row
    seat: Seat
    name: str
    party: str
    votes: int
    share: Decimal  # a fraction, as published
    dc_person_id: str | None


@dataclass(frozen=True)
class SeatRow:
    row: Row
    seat: Seat
    winner: str
    winning_party: str  # the Library's abbreviation
    second_party: str
    outcome: Literal["gain", "hold"]
    previous_party: str
    valid_votes: int
    majority: int
    party_votes: dict[str, int]  # by the Library's abbreviation, main parties only
    other_votes: int  # all other candidates together
    other_winner_votes: int | None  # a winner counted among the others (Speaker, independents), from 2017


@dataclass
class OfficialFile:
    path: Path
    digest: str
    layout: Layout
    year: int
    candidates: list[CandidateRow] = field(default_factory=list)
    seats: list[SeatRow] = field(default_factory=list)

    @property
    def key(self) -> str:
        """What the file holds, whatever it is called: 'ge2024-by-candidate'."""
        return f"ge{self.year}-by-{self.layout}"


def read_official_file(path: Path, election: int | None = None) -> OfficialFile:
    """Read and check one Library results file; `election` (a year) when neither its dates nor its name say."""
    data = _read_bytes(path)
    text = _decode(data, path)
    _check_first_line(text, path)
    published, rows = _records(text, path)
    header = [_column(name) for name in published]
    layout = _layout(header, path)
    values = [(row, dict(zip(header, fields))) for row, fields in rows]
    year = _election_year(path, layout, values, election)
    found = OfficialFile(path, hashlib.sha256(data).hexdigest(), layout, year)
    if layout == "candidate":
        found.candidates = [_candidate(path, row, v, year) for row, v in values]
        _check_shares(path, found.candidates)
    else:
        columns = _party_columns(header)
        found.seats = [_seat_row(path, row, v, year, columns) for row, v in values]
    return found


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, read a line at a time: a line over MAX_LINE_BYTES or a file over MAX_FILE_BYTES
    is refused as soon as it is met; a FIFO or a device is refused unopened (it could block)."""
    problem = file_problem(path)
    if problem:
        raise OfficialFileError(path, problem)
    lines: list[bytes] = []
    size = 0
    try:
        with path.open("rb") as fh:
            for number, line in enumerate(iter(lambda: fh.readline(MAX_LINE_BYTES + 1), b""), 1):
                if len(line) > MAX_LINE_BYTES:
                    raise OfficialFileError(path, f"a line over {MAX_LINE_BYTES:,} bytes: not a results file "
                                                  f"({_LIBRARY_FILES})", number)
                size += len(line)
                if size > MAX_FILE_BYTES:
                    raise OfficialFileError(path, f"over {MAX_FILE_BYTES:,} bytes: not a results file "
                                                  "(the Library's are under 1 MB)", number)
                lines.append(line)
    except OSError as exc:
        raise OfficialFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    return b"".join(lines)


def _decode(data: bytes, path: Path) -> str:
    if b"\x00" in data[:8192]:
        raise OfficialFileError(path, "binary file, not a results file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if not text.strip():  # nothing, or only a byte-order mark and white space
        raise OfficialFileError(path, "empty file, not a results file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_first_line(text: str, path: Path) -> None:
    """The first line is a header of one of the Library's layouts: a file that opens on prose or markup (a README,
    a web page) is no CSV file at all, and a CSV of other columns is named as such, both before any parse error
    further down."""
    first = next(csv.reader([text.partition("\n")[0]]), [])
    if len(first) < 2 or first[0].lstrip().startswith(("#", "<", "|", "{", "[")):
        raise OfficialFileError(path, f"not a CSV file ({_LIBRARY_FILES})", 1)
    _layout([_column(name.strip()) for name in first], path)


def _records(text: str, path: Path) -> tuple[list[str], list[tuple[Row, list[str]]]]:
    """The header as published and every data record, each with the lines it spans."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        header = [name.strip() for name in next(reader)]
        records: list[tuple[Row, list[str]]] = []
        first = reader.line_num + 1
        for fields in reader:
            last = reader.line_num
            if any(f.strip() for f in fields):
                start, end = starts[first - 1], starts[last] - 1 if last < len(starts) else len(text)
                records.append((Row(first, text[start:end], start, end), fields))
            first = last + 1
    except csv.Error as exc:
        raise OfficialFileError(path, f"not CSV as the Library writes it ({exc}); the file may be cut short",
                                reader.line_num) from None
    for number, (row, fields) in enumerate(records):
        if len(fields) != len(header):
            cut = " (the file seems cut short)" if number == len(records) - 1 and len(fields) < len(header) else ""
            raise OfficialFileError(path, f"{len(fields)} fields where the header has {len(header)}{cut}", row.line)
    if not records:
        raise OfficialFileError(path, "a header but no results rows")
    return header, records


def _column(name: str) -> str:
    """A published column name as used here: 'Candidate first name' and 'firstname' are both 'first_name'."""
    folded = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return _ALIASES.get(folded, name)


def _layout(header: list[str], path: Path) -> Layout:
    for layout in ("candidate", "constituency"):
        if all(column in header for column in _NEEDS[layout]):
            return layout
    missing = min(([c for c in _NEEDS[layout] if c not in header] for layout in _NEEDS), key=len)
    raise OfficialFileError(path, "not one of the House of Commons Library's results layouts (by candidate or by "
                                  f"constituency): no column for {', '.join(missing)}", 1)


def _election_year(path: Path, layout: Layout, values: list[tuple[Row, dict[str, str]]], given: int | None) -> int:
    """The general election the file holds: as given, else from its declaration times, its name or its seats."""
    general = {e.year for e in reference.general_elections()}
    if given is not None:
        if given not in general:
            raise OfficialFileError(path, f"{given} is not the year of a general election ({_years(general)})")
        return given
    declared = {_declared_year(row, v["declared"], path) for row, v in values if v.get("declared", "").strip()}
    named = {int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", path.name) if int(y) in general}
    if len(declared) > 1:
        raise OfficialFileError(path, f"declarations from more than one year ({_years(declared)})")
    if declared and named and declared != named:
        raise OfficialFileError(path, f"its declaration times are in {_years(declared)} but its name says {_years(named)}")
    if declared or len(named) == 1:
        return (declared or named).pop()
    if {boundary_set_of(v["gss"]) for _, v in values} - {None} == {2024}:
        return min(y for y in general if reference.boundary_set_for(y) == 2024)
    raise OfficialFileError(path, "cannot tell which general election it holds (no declaration times, no year in its "
                                  "name): give --election YEAR")


def _declared_year(row: Row, declared: str, path: Path) -> int:
    """'5/7/10 3:05' (2010) or '08/05/2015 03:19': the year of the declaration."""
    match = re.match(r"^\s*\d{1,2}/\d{1,2}/(\d{2}|\d{4})\b", declared)
    if not match:
        raise OfficialFileError(path, f"declaration time {declared!r} is not a date", row.line)
    year = int(match.group(1))
    return year + 2000 if year < 100 else year


def _years(years: set[int]) -> str:
    return ", ".join(str(y) for y in sorted(years))


def _seat(path: Path, row: Row, v: dict[str, str], year: int) -> Seat:
    code = v["gss"].strip()
    boundary_set = reference.boundary_set_for(year)
    if not known_code(code, boundary_set):
        raise OfficialFileError(path, f"unknown GSS code {code!r} (not a Westminster constituency of the "
                                      f"{boundary_set} boundaries, which the {year} election used)", row.line)
    name = _clean(v["constituency"])
    known = next((c for c in reference.constituencies() if c.gss == code), None)
    if known and reference.seat_key(known.name) != reference.seat_key(name):
        raise OfficialFileError(path, f"GSS code {code} is {known.name}'s, not {name}'s", row.line)
    return Seat(code, known.name if known else name, _clean(v.get("region", "")))


def _candidate(path: Path, row: Row, v: dict[str, str], year: int) -> CandidateRow:
    name = _clean(f"{v['first_name']} {v['surname']}")
    if not name:
        raise OfficialFileError(path, "a candidate with no name", row.line)
    dc_id = v.get("dc_person_id", "").strip() or None
    return CandidateRow(row, _seat(path, row, v, year), name, reference.canonical_party(_clean(v["party"])),
                        _count(path, row, "votes", v["votes"]), _share(path, row, v["share"]), dc_id)


def _check_shares(path: Path, candidates: list[CandidateRow]) -> None:
    """Each seat's shares add up to 1: a seat whose candidates fall short lost rows (a file cut short)."""
    by_seat: dict[str, list[CandidateRow]] = defaultdict(list)
    for c in candidates:
        by_seat[c.seat.gss].append(c)
    for rows in by_seat.values():
        total = sum((c.share for c in rows), Decimal(0))
        if abs(total - 1) > _SHARE_SUM_TOLERANCE:
            raise OfficialFileError(path, f"the candidates of {rows[0].seat.name} (lines {rows[0].row.line}–"
                                          f"{rows[-1].row.line}) hold {total:.1%} of its votes, not 100%: rows are "
                                          "missing (the file may be cut short)", rows[-1].row.line)


def _party_columns(header: list[str]) -> list[str]:
    """The party columns, as published ('Con', 'UUP (as UCUNF)'): those between the majority and the others."""
    return header[header.index("majority") + 1:header.index("other_votes")]


def _seat_row(path: Path, row: Row, v: dict[str, str], year: int, columns: list[str]) -> SeatRow:
    result = _RESULT.match(_clean(v["result"]))
    if not result:
        raise OfficialFileError(path, f"result {v['result']!r} is neither 'X hold' nor 'X gain from Y'", row.line)
    party_votes = {column: _count(path, row, column, v[column]) for column in columns}
    other = _count(path, row, "All other candidates", v["other_votes"])
    valid = _count(path, row, "Valid votes", v["valid_votes"])
    if sum(party_votes.values()) + other != valid:
        raise OfficialFileError(path, f"the party votes add up to {sum(party_votes.values()) + other}, not the "
                                      f"{valid} valid votes (the row may be cut short)", row.line)
    other_winner = v.get("other_winner_votes", "").strip()
    winner = result.group("winner")
    return SeatRow(row, _seat(path, row, v, year), _clean(f"{v['first_name']} {v['surname']}"), winner,
                   _clean(v["second_party"]), "hold" if result.group("hold") else "gain",
                   winner if result.group("hold") else result.group("loser"), valid,
                   _count(path, row, "Majority", v["majority"]), party_votes, other,
                   _count(path, row, "Of which other winner", other_winner) if other_winner else None)


def _count(path: Path, row: Row, column: str, value: str) -> int:
    text = value.strip()
    if not re.fullmatch("[0-9]+", text):  # ASCII digits only: str.isdigit() takes '²', which int() refuses
        raise OfficialFileError(path, f"{_column_name(column)} {value!r} is not a whole number", row.line)
    if len(text) > len(str(MAX_VOTES)) or int(text) > MAX_VOTES:
        raise OfficialFileError(path, f"{_column_name(column)} {_shown(text)} is more votes than any contest has "
                                      f"(at most {MAX_VOTES:,})", row.line)
    return int(text)


def _shown(number: str) -> str:
    """A number short enough for a one-line message."""
    return number if len(number) <= 20 else f"{number[:20]}… ({len(number)} digits)"


def _share(path: Path, row: Row, value: str) -> Decimal:
    try:
        share = Decimal(value.strip())
    except InvalidOperation:
        share = Decimal(-1)
    if not share.is_finite() or not 0 <= share <= 1:  # NaN cannot even be compared
        raise OfficialFileError(path, f"share {value!r} is not a fraction between 0 and 1", row.line)
    return share


def _column_name(column: str) -> str:
    return column.replace("_", " ")


def _clean(text: str) -> str:
    """Spaces tidied, and UTF-8 that was read as Latin-1 ('Ã\x81ine') put right."""
    text = re.sub(r"\s+", " ", text).strip()
    if re.search("[\u00c2-\u00c3][\u0080-\u00bf]", text):
        try:
            return text.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text
    return text
