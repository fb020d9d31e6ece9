"""Text as other systems write it: decomposed Unicode (NFD, as macOS copy-paste gives) and names broken up by
invisible characters read as the same facts as the plain text."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from elexgraph.articles import read_article
from elexgraph.build import build
from elexgraph.facts import CONTRACT_QUERIES
from elexgraph.queries import cell, run_query
from elexgraph.store import open_store



# Accents put on people's surnames: the dev articles are plain ASCII letters, which NFD leaves as they are.
_ACCENTED = str.maketrans({"a": "á", "e": "é", "o": "ö", "u": "ü", "i": "ï"})


def _accented(text: str, surnames: set[str]) -> str:
    return re.sub(r"\b(" + "|".join(map(re.escape, sorted(surnames))) + r")\b",
                  lambda m: m[0][0] + m[0][1:].translate(_ACCENTED), text)


def _copy(shared: Path, to: Path, surnames: set[str], form: str) -> Path:
    """The dev set (its articles, and SOURCES.tsv beside them, as ../shared/dev has it) with the surnames
    accented, in Unicode form `form`."""
    (to / "articles").mkdir(parents=True)
    for article in (shared / "dev" / "articles").iterdir():
        text = _accented(article.read_text(encoding="utf-8"), surnames)
        (to / "articles" / article.name).write_text(unicodedata.normalize(form, text), encoding="utf-8")
    sources = _accented((shared / "dev" / "SOURCES.tsv").read_text(encoding="utf-8"), surnames)
    (to / "SOURCES.tsv").write_text(unicodedata.normalize(form, sources), encoding="utf-8")
    return to / "articles"


def _rows(folder: Path, store_path: Path) -> dict[str, list[tuple[str, ...]]]:
    with open_store(store_path, create=True) as store:
        report = build([folder], store)
        assert not report.failed, report.failed
        return {name: sorted(tuple(cell(t) for t in row) for row in run_query(store, name).rows) for name in CONTRACT_QUERIES}


def test_the_dev_set_in_nfd_gives_the_same_facts_as_in_nfc(shared: Path, tmp_path: Path) -> None:
    plain = _rows(shared / "dev" / "articles", tmp_path / "plain-store")
    people = {row[2] for row in plain["candidacies"]} | {row[0] for row in plain["party-changes"]}
    surnames = {name.split()[-1] for name in people if len(name.split()) > 1 and len(name.split()[-1]) > 3}
    composed = _copy(shared, tmp_path / "nfc", surnames, "NFC")
    decomposed = _copy(shared, tmp_path / "nfd", surnames, "NFD")
    expected = _rows(composed, tmp_path / "nfc-store")
    accented = {row[2] for row in expected["candidacies"]} - people
    assert len(accented) > len(people) // 2  # the accented names were read whole: 'Exä', not 'Ex'
    assert _rows(decomposed, tmp_path / "nfd-store") == expected


@pytest.mark.parametrize(("invisible", "note"), [
    ("\u200b", "1 invisible character(s) removed (zero-width or text-direction controls)"),
    ("\u202e", "1 invisible character(s) removed (zero-width or text-direction controls)"),
    ("\u2066", "1 invisible character(s) removed (zero-width or text-direction controls)"),
    ("\x0b", "1 control character(s) read as spaces"),
])
def test_a_name_broken_by_an_invisible_character_is_cleaned_with_a_note(tmp_path: Path, invisible: str,
                                                                         note: str) -> None:
    name = f"Ann Exam{invisible}ple" if invisible != "\x0b" else f"Ann{invisible}Example"
    path = tmp_path / "result.txt"
    path.write_text("Broxtowe result\n\nLabour's Ann Example won Broxtowe at the general election on 4 July 2024."
                    f"\n\n{name} (Labour) 12,000\nBob Example (Conservative) 9,000\n", encoding="utf-8")
    article = read_article(path)
    assert "Ann Example (Labour) 12,000" in article.text and article.notes == (note,)
    with open_store(tmp_path / "store", create=True) as store:
        report = build([path], store)
        people = {cell(row[2]) for row in run_query(store, "candidacies").rows}
    assert report.notes == [f"result: {note}"]
    assert "Ann Example" in people


def test_an_accented_name_in_nfd_is_the_name_in_nfc(tmp_path: Path) -> None:
    path = tmp_path / "accents.txt"
    path.write_text(unicodedata.normalize("NFD", "Broxtowe result\n\nLabour's Zoë Exämple won Broxtowe at the "
                                                 "general election on 4 July 2024 with 25,000 votes.\n"),
                    encoding="utf-8")
    article = read_article(path)
    assert "Zoë Exämple" in article.text and unicodedata.is_normalized("NFC", article.text)
    assert article.notes == ()
