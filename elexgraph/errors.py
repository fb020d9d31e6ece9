"""Exceptions for mistakes a user can make. The CLI prints them as one line, never a traceback."""

from __future__ import annotations

import re

# Characters that would break a one-line message or drive the terminal: line breaks, escapes, other controls.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: object) -> str:
    """`text` safe to print as one line: control characters and bytes that are not UTF-8 (in file names,
    arguments) shown as escapes."""
    escaped = str(text).encode("utf-8", "backslashreplace").decode("utf-8")
    return _CONTROLS.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), escaped)


class ElexgraphError(Exception):
    """Base class: a problem the user can fix, described in one line."""


class ArticleError(ElexgraphError):
    """An input file that cannot be read as an article."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(printable(f"{path}: {reason}"))
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[ArticleError], tuple[object, str]]:
        # Errors cross from worker processes: rebuild them from their two arguments, not the message.
        return type(self), (self.path, self.reason)


def extraction_failed(path: object, exc: Exception) -> ArticleError:
    """A bug a reader met on one article, as that article's one-line error: the file and the error in brief."""
    return ArticleError(path, f"extraction failed ({type(exc).__name__}: {str(exc)[:200]}); "
                              f"this is a bug in elexgraph, please report it")


class QueryError(ElexgraphError):
    """An unknown or malformed query, or a bad parameter."""


class QueryLimitError(ElexgraphError):
    """A query stopped at its time or memory limit."""


class StoreError(ElexgraphError):
    """A store that is missing, locked, unreachable or answered with an error."""


class WriteError(StoreError):
    """A write that failed part way: `stored` are the graphs it had written before it failed."""

    def __init__(self, message: str, stored: list[object]) -> None:
        super().__init__(message)
        self.stored = stored


class SettingError(ElexgraphError):
    """An option or environment variable with a value that cannot be used."""


class OutputError(ElexgraphError):
    """An output path or format that cannot be used."""

