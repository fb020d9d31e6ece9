"""Where the queries/ and ontology/ folders are: beside the package in a checkout,
inside it (``_resources``) in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_resources" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"elexgraph's {name}/ folder is missing from this installation")
