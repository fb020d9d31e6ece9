"""Exceptions for mistakes a user can make. The CLI prints them as one line, never a traceback."""


class ElexgraphError(Exception):
    """Base class: a problem the user can fix, described in one line."""


class ArticleError(ElexgraphError):
    """An input file that cannot be read as an article."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class QueryError(ElexgraphError):
    """An unknown or malformed query, or a bad parameter."""


class StoreError(ElexgraphError):
    """A store that is missing, locked, unreachable or answered with an error."""


class OutputError(ElexgraphError):
    """An output path or format that cannot be used."""
