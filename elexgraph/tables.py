"""Query answers as text that fits the reader's terminal.

A table keeps one line a row: short columns (names, parties, elections) keep their width, long
ones (evidence, quotes, headlines) share what is left and are cut short with "…". When the columns cannot all get a
useful width, each row becomes a block of `name  value` lines instead, values wrapped, nothing cut.
`--format csv` and `json` give every value whole, whatever the terminal.
"""

from __future__ import annotations

import os
import re
import textwrap

# A column narrower than this says too little to be worth a column: the rows go vertical instead.
MIN_COLUMN = 12
# Columns up to this wide (names, parties, elections) are kept whole before long ones get more.
SHORT = 28
GAP = "  "
DEFAULT_WIDTH = 80


def terminal_width() -> int:
    """$COLUMNS, else the width of the terminal on stdout, or on stderr when stdout is piped (to `less`, a file)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    for fd in (1, 2):
        try:
            return os.get_terminal_size(fd).columns
        except OSError:
            continue
    return DEFAULT_WIDTH


def fill(wants: list[int], available: int) -> list[int]:
    """Widths summing to at most `available`: the smallest wants met whole, the rest sharing what is left equally."""
    widths = [0] * len(wants)
    left, waiting = available, sorted(range(len(wants)), key=lambda i: wants[i])
    while waiting:
        share = left // len(waiting)
        if wants[waiting[0]] > share:
            for i in waiting:
                widths[i] = share
            break
        i = waiting.pop(0)
        widths[i], left = wants[i], left - wants[i]
    return widths


def column_widths(natural: list[int], available: int) -> list[int] | None:
    """Every column whole up to SHORT characters where the width allows; what is left goes to the columns
    still cut (evidence, quotes, headlines). None when a column would get less than MIN_COLUMN."""
    first = fill([min(n, SHORT) for n in natural], available)
    if any(w < min(n, MIN_COLUMN) for w, n in zip(first, natural)):
        return None
    more = fill([n - w for n, w in zip(natural, first)], available - sum(first))
    return [w + m for w, m in zip(first, more)]


_SPACES = re.compile(r"\s+")


def _flat(value: str) -> str:
    return _SPACES.sub(" ", value).strip() if not value.isprintable() or "  " in value else value.strip()


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[:width - 1] + "…"


def table_lines(headers: list[str], rows: list[list[str]], widths: list[int]) -> list[str]:
    def line(cells: list[str]) -> str:
        return GAP.join(_cut(cell, w).ljust(w) for cell, w in zip(cells, widths)).rstrip()

    return [line(headers), GAP.join("─" * w for w in widths), *(line(row) for row in rows)]


def record_lines(headers: list[str], rows: list[list[str]], width: int) -> list[str]:
    """Each row as a block: its number, then one `name  value` line a value that is not empty, wrapped."""
    name_width = max(map(len, headers), default=0)
    wrap_width = max(width - name_width - len(GAP), MIN_COLUMN)
    indent = " " * (name_width + len(GAP))
    lines: list[str] = []
    for number, row in enumerate(rows, 1):
        lines.append(f"── {number} of {len(rows)} " + "─" * max(0, width - len(f"── {number} of {len(rows)} ")))
        for name, value in zip(headers, row):
            if value:  # most values fit on their line: wrapping them all made 64,000 rows take 12 s
                wrapped = [value] if len(value) <= wrap_width else textwrap.wrap(value, wrap_width) or [""]
                lines.append(f"{name.ljust(name_width)}{GAP}{wrapped[0]}")
                lines.extend(indent + more for more in wrapped[1:])
    return lines


def render(headers: list[str], rows: list[list[str]], width: int) -> str:
    """The answer laid out for a terminal `width` columns wide: a table if it fits, else one block a row."""
    rows = [[_flat(cell) for cell in row] for row in rows]
    natural = [max([len(h), *(len(row[i]) for row in rows)]) for i, h in enumerate(headers)]
    widths = column_widths(natural, width - len(GAP) * (len(headers) - 1))
    lines = table_lines(headers, rows, widths) if widths else record_lines(headers, rows, width)
    return "\n".join(lines)
