"""Structural facts about the Library's files: which GSS codes name the Westminster constituencies of each
boundary set, and which party each of the Library's abbreviations stands for."""

from __future__ import annotations

import re

from elexgraph import reference

# ONS codes of the Westminster constituencies of each boundary set, as (prefix, first, last) number ranges.
_CODES = {
    2010: (("E14", 530, 1062), ("W07", 41, 80), ("S14", 1, 59), ("N06", 1, 18)),
    # Five Scottish seats kept their boundaries, and so their codes, in 2024.
    2024: (("E14", 1063, 1605), ("W07", 81, 112), ("S14", 60, 111), ("N05", 1, 18),
           ("S14", 21, 21), ("S14", 27, 27), ("S14", 45, 45), ("S14", 48, 48), ("S14", 51, 51)),
}
_CODE = re.compile(r"^([EWSN]\d\d)(\d{6})$")

# The Library's party abbreviations (result labels and party columns) that the party list does not know.
_PARTIES = {"Spk": "Speaker", "DUP": "Democratic Unionist Party", "DU": "Democratic Unionist Party",
            "SF": "Sinn Féin", "SDLP": "Social Democratic and Labour Party", "UUP": "Ulster Unionist Party",
            "UCUNF": "Ulster Conservatives and Unionists", "UUP (as UCUNF)": "Ulster Conservatives and Unionists",
            "APNI": "Alliance Party", "TUV": "Traditional Unionist Voice", "Res": "Respect",
            "BGPV": "Blaenau Gwent People's Voice", "KHHC": "Kidderminster Hospital and Health Concern",
            "PBPA": "People Before Profit", "NHAP": "National Health Action Party",
            "Lab Coop": "Labour", "Ash": "Ashfield Independents"}


def known_code(code: str, boundary_set: int) -> bool:
    """Whether `code` names a Westminster constituency of the boundary set."""
    match = _CODE.match(code)
    return bool(match) and any(match.group(1) == prefix and first <= int(match.group(2)) <= last
                               for prefix, first, last in _CODES[boundary_set])


def boundary_set_of(code: str) -> int | None:
    """The one boundary set whose constituencies include `code`, or None (none, or both)."""
    sets = [bs for bs in _CODES if known_code(code, bs)]
    return sets[0] if len(sets) == 1 else None


def library_party(abbreviation: str) -> str:
    """The party a Library abbreviation stands for ('Con', 'Lab Coop', 'Spk'); unknown ones as printed."""
    return _PARTIES.get(abbreviation) or reference.canonical_party(abbreviation)
