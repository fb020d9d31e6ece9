"""The extractor must generalise: no people's names and no phrases from the seed or dev articles
in the package (code and data) or in the extractor unit tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from elexgraph.reference import party_named

ROOT = Path(__file__).resolve().parent.parent
SCANNED = [p for p in (ROOT / "elexgraph").rglob("*") if p.suffix in {".py", ".csv", ".json", ".txt"}
           and "vendor" not in p.parts] + sorted((ROOT / "tests").glob("test_extract_*.py"))


def _gold(shared: Path) -> list[dict]:
    return [json.loads(line) for gold in (shared / "gold" / "seeds.jsonl", shared / "dev" / "gold.jsonl")
            for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]


# Speakers in the gold that are organisations, not people: "X Party", "Y District Council", "a Z spokesperson".
_ORGANISATION_WORDS = {"party", "council", "group", "association", "spokesperson", "spokesman", "spokeswoman"}


def _is_organisation(name: str) -> bool:
    return party_named(name) is not None or name.split()[-1].lower() in _ORGANISATION_WORDS


def _names(facts: list[dict]) -> set[str]:
    names: set[str] = set()
    for fact in facts:
        for key in ("person", "speaker", "winner"):
            if fact.get(key):
                names.add(fact[key])
        names.update(fact.get("aliases") or [])
        names.update(fact.get("winner_aliases") or [])
    return {n for n in names if n[:1].isupper() and len(n.split()) >= 2 and not _is_organisation(n)
            and not n.startswith(("Councillor", "Coun", "Ms ", "Mr "))}


def _phrases(facts: list[dict], size: int = 7) -> set[str]:
    phrases: set[str] = set()
    for fact in facts:
        words = re.findall(r"[\w'’]+", fact.get("evidence", "") + " " + fact.get("text", ""))
        phrases.update(" ".join(words[i:i + size]).lower() for i in range(len(words) - size + 1))
    return phrases


@pytest.fixture(scope="module")
def gold(shared: Path) -> list[dict]:
    return _gold(shared)


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_names_from_the_articles(gold: list[dict], path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    leaked = sorted(name for name in _names(gold) if name in text)
    assert not leaked, f"{path.name} names people from the seed/dev articles: {leaked}"


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_phrases_from_the_articles(gold: list[dict], path: Path) -> None:
    words = re.findall(r"[\w'’]+", path.read_text(encoding="utf-8", errors="replace"))
    text = " ".join(words).lower()
    leaked = sorted(p for p in _phrases(gold) if p in text)
    assert not leaked, f"{path.name} repeats phrases of the seed/dev articles: {leaked[:5]}"
