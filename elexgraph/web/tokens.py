"""A SPARQL lexer for the checks made before a query is parsed: linear in the query's length, never backtracking.

It tells code from strings, IRIs, comments, variables, prefixed names and language tags, which is
all the endpoint needs to find a keyword (SERVICE, FROM, an update's first word) and to give a query
a normal form that comments, spacing, prefix names and variable names do not change. Where the text
is ambiguous it errs towards code: a `<` that does not start an IRI is an operator, so a keyword can
never hide in what this lexer takes for an IRI (an IRI token cannot hold the braces a SERVICE needs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

_NAME_START = "A-Za-z0-9_:\u00b7\u00c0-\ufffd\U00010000-\U000effff"
# A keyword, a prefixed name (its local part may escape '#', which would otherwise start a comment),
# a blank node label or a number; each piece begins with a different character, so matching is linear.
_NAME = re.compile(rf"(?:[{_NAME_START}]|\\[_~.\-!$&'()*+,;=/?#@%])(?:[{_NAME_START}.\-%]|\\[_~.\-!$&'()*+,;=/?#@%])*")
_VAR = re.compile(r"[?$][A-Za-z0-9_\u00b7\u00c0-\ufffd\U00010000-\U000effff]+")
_IRI = re.compile(r"<(?:[^<>\"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>")
_LANG = re.compile(r"@[A-Za-z]+(?:-[A-Za-z0-9]+)*")
_SPACE = re.compile(r"\s+")
_COMMENT = re.compile(r"#[^\n\r]*")
_STRING_STOPS = {'"': re.compile(r'["\\]'), "'": re.compile(r"['\\]")}
_LINE_STOPS = {'"': re.compile(r'["\\\n\r]'), "'": re.compile(r"['\\\n\r]")}


class Kind(Enum):
    NAME = "name"  # keyword, prefixed name, blank node, number
    VAR = "var"
    IRI = "iri"
    STRING = "string"
    LANG = "lang"
    PUNCT = "punct"


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str

    def is_keyword(self, *words: str) -> bool:
        return self.kind is Kind.NAME and self.text.upper() in words


class UnterminatedString(ValueError):
    """A string literal with no end: no parser would accept the query."""


def tokens(sparql: str) -> Iterator[Token]:
    """The query's tokens, comments and spacing left out (UnterminatedString for a string that never ends)."""
    position, size = 0, len(sparql)
    while position < size:
        char = sparql[position]
        for pattern in _SKIPPED.get(char, ()):
            match = pattern.match(sparql, position)
            if match:
                position = match.end()
                break
        else:
            token, position = _token(sparql, position, char)
            yield token


_SKIPPED = {"#": (_COMMENT,), **{space: (_SPACE,) for space in " \t\r\n\f\v"}}


def _token(sparql: str, position: int, char: str) -> tuple[Token, int]:
    if char in "\"'":
        end = _string_end(sparql, position, char)
        return Token(Kind.STRING, sparql[position:end]), end
    attempts = ((_IRI, Kind.IRI) if char == "<" else (_VAR, Kind.VAR) if char in "?$"
                else (_LANG, Kind.LANG) if char == "@" else (_NAME, Kind.NAME))
    match = attempts[0].match(sparql, position)
    if match:
        text = match.group(0)
        if attempts[1] is Kind.NAME:
            text = text.rstrip(".") or text  # a name never ends with '.': that is the end of a triple
        return Token(attempts[1], text), position + len(text)
    return Token(Kind.PUNCT, char), position + 1


def _string_end(sparql: str, start: int, quote: str) -> int:
    """Where the string opening at `start` ends; each character is looked at once."""
    long = sparql.startswith(quote * 3, start)
    close = quote * 3 if long else quote
    stops = (_STRING_STOPS if long else _LINE_STOPS)[quote]
    position = start + len(close)
    while True:
        stop = stops.search(sparql, position)
        if stop is None or stop.group(0) in "\n\r":
            raise UnterminatedString(f"a string that starts at character {start + 1} never ends")
        if stop.group(0) == "\\":
            position = stop.end() + 1  # an escape: the next character is part of the string
        elif sparql.startswith(close, stop.start()):
            return stop.start() + len(close)
        else:
            position = stop.end()


def normal_form(items: list[Token]) -> str:
    """The query written the same whatever its comments, spacing, keyword case, prefix names and variable names:
    two queries with the same normal form ask the same thing."""
    prefixes: dict[str, str] = {}
    variables: dict[str, str] = {}
    words: list[str] = []
    index = 0
    while index < len(items):
        token = items[index]
        declared = items[index + 1:index + 3]
        if (token.is_keyword("PREFIX") and len(declared) == 2 and declared[0].text.endswith(":")
                and declared[1].kind is Kind.IRI):
            prefixes[declared[0].text[:-1]] = declared[1].text[1:-1]
            index += 3
            continue
        words.append(_normal_word(token, prefixes, variables))
        index += 1
    return " ".join(words)


_ESCAPE = re.compile(r"\\(.)")


def _normal_word(token: Token, prefixes: dict[str, str], variables: dict[str, str]) -> str:
    if token.kind is Kind.VAR:
        return variables.setdefault(token.text[1:], f"?v{len(variables)}")
    if token.kind is not Kind.NAME:
        return token.text
    prefix, colon, local = token.text.partition(":")
    if colon and prefix in prefixes:
        return "<" + prefixes[prefix] + _ESCAPE.sub(r"\1", local) + ">"
    return token.text if colon else token.text.upper()
