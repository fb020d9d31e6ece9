"""Quotation marks in a paragraph: where each quotation opens and closes.

Double marks, straight or curly, pair up in order; a straight one opens when it stands before
a word and closes when it stands after one, so mixed pairs ("… ”) work. Single marks, curly
‘…’ or straight '…', count only outside double quotations and only where they cannot be
apostrophes (a letter on both sides, as in Labour's or don’t, is an apostrophe). A quotation
still open at the paragraph's end runs to it: the speech goes on in the next paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = re.compile(r"[\"“”]")
_MAX_SINGLE = 300  # a single-quoted span longer than this is a mis-paired apostrophe


@dataclass(frozen=True)
class Quotation:
    start: int  # offset of the opening mark within the paragraph
    end: int  # offset just past the closing mark, or the paragraph's end when left open
    text: str  # the words between the marks, as printed
    closed: bool


def quotations(text: str) -> list[Quotation]:
    """Every quotation in a paragraph, in reading order."""
    doubles = _double_quotations(text)
    singles = [q for q in _single_quotations(text) if not any(d.start <= q.start < d.end for d in doubles)]
    return sorted(doubles + singles, key=lambda q: q.start)


def _opens(text: str, at: int) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not after.isspace() and (before.isspace() or before in "([—–-:")


def _quotation(text: str, start: int, close: int | None, stop: int | None = None) -> Quotation | None:
    """The quotation opened at `start`: closed at `close`, or else left open up to `stop` (the paragraph's end)."""
    end = close if close is not None else (stop if stop is not None else len(text))
    inner = text[start + 1:end].strip()
    if not re.search(r"\w", inner):
        return None
    return Quotation(start, end + 1 if close is not None else end, inner, close is not None)


def _double_quotations(text: str) -> list[Quotation]:
    found: list[Quotation] = []
    opened: int | None = None
    for m in _DOUBLE.finditer(text):
        mark, at = m.group(0), m.start()
        opening = mark == "“" or (mark == '"' and opened is None and _opens(text, at))
        if opened is None:
            if opening:
                opened = at
            continue  # a closing mark with nothing open is a stray
        if opening and mark == "“":  # a new quotation before the last one closed
            q = _quotation(text, opened, None, stop=at)
            found.extend([q] if q else [])
            opened = at
            continue
        q = _quotation(text, opened, at)
        found.extend([q] if q else [])
        opened = None
    if opened is not None:
        q = _quotation(text, opened, None)
        found.extend([q] if q else [])
    return found


_SINGLE_MARK = re.compile(r"[‘']")  # looked for in every paragraph


def _single_quotations(text: str) -> list[Quotation]:
    found: list[Quotation] = []
    for m in _SINGLE_MARK.finditer(text):
        at = m.start()
        if found and at < found[-1].end:
            continue
        if m.group(0) == "'" and not _opens(text, at):
            continue
        if m.group(0) == "‘" and (at + 1 >= len(text) or text[at + 1].isspace()):
            continue
        # An opening curly mark may be closed by a straight one: editing systems mix the two.
        close = _single_close(text, at + 1, "'" if m.group(0) == "'" else "’'")
        if close is not None and close - at <= _MAX_SINGLE:
            q = _quotation(text, at, close)
            found.extend([q] if q else [])
    return found


def _single_close(text: str, begin: int, marks: str) -> int | None:
    """The closing single mark (any of `marks`): one not followed by a letter (so not an apostrophe)."""
    for m in re.finditer(f"[{re.escape(marks)}]", text[begin:]):
        at = begin + m.start()
        after = text[at + 1] if at + 1 < len(text) else " "
        before = text[at - 1]
        if not after.isalpha() and not before.isspace():
            return at
    return None
