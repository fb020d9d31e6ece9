"""Structural facts about the Library's files: which GSS codes name the Westminster constituencies of each
boundary set (from the reference data), and which party each of the Library's abbreviations stands for."""

from __future__ import annotations

from functools import cache

from elexgraph import reference


# The Library's party abbreviations (result labels and party columns) that the party list does not know.
_PARTIES = {"Spk": "Speaker", "DUP": "Democratic Unionist Party", "DU": "Democratic Unionist Party",
            "SF": "Sinn Féin", "SDLP": "Social Democratic and Labour Party", "UUP": "Ulster Unionist Party",
            "UCUNF": "Ulster Conservatives and Unionists", "UUP (as UCUNF)": "Ulster Conservatives and Unionists",
            "APNI": "Alliance Party", "TUV": "Traditional Unionist Voice", "Res": "Respect",
            "BGPV": "Blaenau Gwent People's Voice", "KHHC": "Kidderminster Hospital and Health Concern",
            "PBPA": "People Before Profit", "NHAP": "National Health Action Party",
            "Lab Coop": "Labour", "Ash": "Ashfield Independents"}


@cache
def _boundary_sets() -> dict[str, frozenset[int]]:
    """Each constituency GSS code of the reference data, with the boundary sets it belongs to (a few Scottish
    seats kept their boundaries, and so their codes, in 2024)."""
    found: dict[str, set[int]] = {}
    for seat in reference.constituencies():
        if seat.gss:
            found.setdefault(seat.gss, set()).add(seat.boundary_set)
    return {code: frozenset(sets) for code, sets in found.items()}


def known_code(code: str, boundary_set: int) -> bool:
    """Whether `code` names a Westminster constituency of the boundary set."""
    return boundary_set in _boundary_sets().get(code, ())


def boundary_set_of(code: str) -> int | None:
    """The one boundary set whose constituencies include `code`, or None (none, or both)."""
    sets = _boundary_sets().get(code, frozenset())
    return next(iter(sets)) if len(sets) == 1 else None


def library_party(abbreviation: str) -> str:
    """The party a Library abbreviation stands for ('Con', 'Lab Coop', 'Spk'); unknown ones as printed."""
    return _PARTIES.get(abbreviation) or reference.canonical_party(abbreviation)
