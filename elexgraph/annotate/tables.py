"""Results printed as a table: a row of column heads, then a row per seat or per candidate.

'Ward | Winner | Party | Votes', 'Division<TAB>Elected<TAB>Party<TAB>Majority<TAB>Change' or columns aligned by spaces,
in any order: the head says what each column holds (the vocabularies are lexicon/lists.toml, table_*), so a ward's name
that looks like a person's ('Brook Hill') is read as the seat its column says it is. A row whose seat cell is blank
goes on with the seat above (a ward of several seats, or a table of every candidate), as does one that prints the seat
above again. A winner's cell may name several ('Jane Roe, Tom Smith'), with one party each or one for all. A row that
does not fit the head ends the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from elexgraph.annotate.list_lines import (Declaration, LineParts, declarations, described_party, lexicon, name_of,
                                          party_of)
from elexgraph.annotate.sentences import Paragraph
from elexgraph.annotate.tokens import count_value

_COLUMNS = ("seat", "winner", "candidate", "party", "votes", "share", "majority", "outcome")
_RULE = re.compile(r"[\s|:+-]+")  # a markdown table's rule under its head: '|---|---|'
_COUNT = re.compile(r"\d{1,3}(?:[,'’ \u2009\u202f]\d{3})+|\d+")
_SHARE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%?")
_NAMES_APART = re.compile(r"\s*(?:,|;|/|\band\b|&)\s*")


@dataclass
class TableContest:
    """One seat's rows: its name (with article offsets), its candidates (each with the offset and index of their
    row's paragraph), what its rows declare, and whether the table names the winners (else every candidate)."""

    seat: tuple[str, int, int]
    lines: list[tuple[LineParts, int, int]] = field(default_factory=list)
    declared: list[tuple[Declaration, Paragraph]] = field(default_factory=list)
    majority: tuple[int, Paragraph] | None = None
    winners: bool = True


@cache
def _column_words() -> dict[str, str]:
    """Each column head's words (lower case) -> the column it is."""
    return {head: column for column in _COLUMNS for head in lexicon()[f"table_{column}"]}


def _cells(text: str, separator: str) -> list[tuple[str, int]]:
    """The cells of a row, with their offsets: between bars (a markdown row's outer bars dropped), tabs, or gaps of
    two spaces or more."""
    cut = {"|": r"\|", "||": r"\|", "\t": r"\t"}.get(separator, r"[ \u00a0]{2,}")
    out, at = [], 0
    for piece in re.split(f"({cut})", text):
        if not re.fullmatch(cut, piece):
            out.append((piece.strip(), at + len(piece) - len(piece.lstrip())))
        at += len(piece)
    if separator == "||" and text.lstrip().startswith("|"):
        out = out[1:]  # a markdown row: '| Ward | Winner |'
    if separator == "||" and text.rstrip().endswith("|"):
        out = out[:-1]
    return out


def _separator(text: str) -> str | None:
    if "|" in text:
        return "||" if text.strip().startswith("|") and text.strip().endswith("|") else "|"
    return "\t" if "\t" in text else "  " if re.search(r"\S {2,}\S", text) else None


def table_head(text: str) -> tuple[str, list[str]] | None:
    """The separator and the columns of a row of column heads, with a seat column and a winner or candidate column;
    None for any other line."""
    separator = _separator(text)
    if separator is None:
        return None
    heads = [cell.lower().strip(" :*") for cell, _ in _cells(text, separator)]
    columns = [_column_words().get(head) for head in heads]
    if len(columns) < 2 or None in columns or "seat" not in columns or len(set(columns)) != len(columns):
        return None
    if "winner" not in columns and "candidate" not in columns:
        return None
    return separator, columns  # type: ignore[return-value]


def table_contests(paragraphs: list[Paragraph]) -> list[TableContest]:
    """Every seat of every table among the paragraphs."""
    found: list[TableContest] = []
    k = 0
    while k < len(paragraphs):
        head = table_head(paragraphs[k].text)
        if head is None:
            k += 1
            continue
        contests, k = _rows(paragraphs, k + 1, *head)
        found.extend(contests)
    return found


def _rows(paragraphs: list[Paragraph], k: int, separator: str, columns: list[str]) -> tuple[list[TableContest], int]:
    """The seats of a table's rows from paragraph k, and the paragraph after its last row."""
    contests: list[TableContest] = []
    while k < len(paragraphs):
        paragraph = paragraphs[k]
        if _RULE.fullmatch(paragraph.text) and "|" in paragraph.text:
            k += 1
            continue
        row = _fitted(_cells(paragraph.text, separator), columns, paragraph)
        if row is None or not _row(row, paragraph, contests, columns):
            break
        k += 1
    return [c for c in contests if c.lines], k


_MAY_BE_BLANK = frozenset({"votes", "share", "majority", "outcome"})


def _fitted(cells: list[tuple[str, int]], columns: list[str], paragraph: Paragraph) -> dict[str, tuple[str, int]] | None:
    """The row's cells by column; a row short of cells has lost the separators of blank ones: at its end (a blank
    majority or change), or its first (the seat above goes on), whichever reads."""
    if len(cells) == len(columns):
        return dict(zip(columns, cells))
    short = len(columns) - len(cells)
    tries = [cells + [("", 0)] * short] if set(columns[len(cells):]) <= _MAY_BE_BLANK else []
    tries += [[("", 0), *cells]] if short == 1 and columns[0] == "seat" else []
    return next((row for cells_ in tries if _people(row := dict(zip(columns, cells_)), paragraph)), None)


def _row(row: dict[str, tuple[str, int]], paragraph: Paragraph, contests: list[TableContest],
         columns: list[str]) -> bool:
    """Read one row into its seat's contest (a new one where its seat cell is filled); False where it is no row of
    the table (a seat cell that is no name, or a candidate cell that names no one)."""
    seat, at = row["seat"]
    if seat and contests and seat == contests[-1].seat[0]:
        seat = ""  # the seat of the row above printed again: a ward of several seats, a row each
    if seat:
        if re.search(r"\d", seat) or party_of(seat) or not seat[:1].isupper():
            return False
        contests.append(TableContest((seat, paragraph.start + at, paragraph.start + at + len(seat)),
                                     winners="winner" in columns))
    if not contests:
        return False
    lines = _people(row, paragraph)
    if lines is None:
        return False
    contest = contests[-1]
    contest.lines.extend((line, paragraph.start, paragraph.index) for line in lines)
    _declared(row, paragraph, contest, lines)
    return True


def _people(row: dict[str, tuple[str, int]], paragraph: Paragraph) -> list[LineParts] | None:
    """The candidates a row names, with their party, votes and share; several in one cell share its party unless
    the party cell names as many parties."""
    cell, _ = row.get("winner") or row["candidate"]
    names = _names(cell)
    if not names:
        return None
    parties = _parties(row.get("party", ("", 0))[0], len(names))
    if parties is None:
        return None
    votes = _count(row.get("votes", ("", 0))[0]) if len(names) == 1 else None
    share = _share(row.get("share", ("", 0))[0]) if len(names) == 1 else None
    elected = "winner" in row  # the row is the evidence of each name in it: it prints their party and count
    return [LineParts(name, party, votes, share, None, elected, 0, len(paragraph.text))
            for name, party in zip(names, parties)]


def _names(cell: str) -> list[str]:
    """The names a cell prints: one ('Jane Roe', 'ROE, Jane'), or several apart ('Jane Roe, Tom Smith')."""
    whole = name_of(cell) or _surname_first(cell)
    if whole:
        return [whole]
    pieces = [p for p in _NAMES_APART.split(cell) if p]
    names = [name_of(p) for p in pieces]
    return [n for n in names if n] if len(pieces) > 1 and all(names) else []


def _surname_first(cell: str) -> str | None:
    """'ROE, Jane' or 'Roe, Jane Mary': one surname before the comma (two names are 'Jane Roe, Tom Smith')."""
    surname, comma, given = (part.strip() for part in cell.partition(","))
    if not comma or not given or len(surname.split()) != 1 or "," in given:
        return None
    return name_of(f"{surname.upper()} {given}")


def _parties(cell: str, many: int) -> list[str | None] | None:
    """The party of each of `many` names: one party for all, one each, or none printed; None where the cell is no
    party at all."""
    if not cell:
        return [None] * many
    one = party_of(cell) or described_party(cell)
    if one:
        return [one] * many
    each = [party_of(p) for p in _NAMES_APART.split(cell) if p]
    return each if len(each) == many and all(each) else None  # type: ignore[return-value]


def _count(cell: str) -> int | None:
    found = _COUNT.fullmatch(cell.strip())
    return count_value(re.sub(r"[ \u2009\u202f]", ",", found.group(0))) if found else None


def _share(cell: str) -> float | None:
    found = _SHARE.fullmatch(cell.strip())
    return float(found.group(1)) if found else None


def _declared(row: dict[str, tuple[str, int]], paragraph: Paragraph, contest: TableContest,
              lines: list[LineParts]) -> None:
    """What a row's majority and outcome cells say: 'Lab gain from Con', 'Con hold', or a bare 'hold' or 'gain'
    (from X) of the row's winner's party."""
    majority = _count(row.get("majority", ("", 0))[0])
    if majority is not None:
        contest.majority = (majority, paragraph)
    said = row.get("outcome", ("", 0))[0].strip(" .")
    if not said:
        return
    party = lines[0].party if len({line.party for line in lines}) == 1 else None  # the party all the row's names share
    found = declarations(said) or (declarations(f"{party} {said}") if party else [])
    contest.declared.extend((d, paragraph) for d in found)
