"""`elexgraph explain`: what one article gives, a reader's failure as one line, and what was not read.
Invented text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from elexgraph import extract
from elexgraph.cli import cli


def explain(path: Path, *options: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["explain", str(path), *options])
    return result.exit_code, result.stdout, result.stderr


def article(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "anytown-story.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_headline_of_a_plural_title_and_lower_case_words_is_explained(tmp_path: Path) -> None:
    code, out, err = explain(article(tmp_path, "Councillors quit party\n\n"
                                               "Councillors Amy Cole and Ben Fisk have quit the Labour Party.\n"))
    assert code == 0, err
    assert "'person': 'Amy Cole', 'kind': 'resignation', 'from_party': 'Labour'" in out


def test_a_readers_failure_is_one_line_naming_the_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(doc: object) -> list[object]:
        raise AttributeError("'Token' object has no attribute 'person'")

    extract.extractors()  # the built-in readers registered first, so that the broken one runs among them
    monkeypatch.setitem(extract._REGISTRY, "broken", extract.Extractor("broken", "1", broken, "tests", ()))
    path = article(tmp_path, "Result in Anytown\n\nJane Roe won the seat for Labour.\n")
    code, out, err = explain(path)
    assert code == 1
    assert err.splitlines() == [f"error: {path}: extraction failed (AttributeError: 'Token' object has no attribute "
                                f"'person'); this is a bug in elexgraph, please report it"]
    assert "Traceback" not in out + err


def test_sentences_with_a_person_and_a_figure_or_a_change_that_gave_no_fact_are_listed(tmp_path: Path) -> None:
    read = "Labour's Jane Roe won Gedling with 12,345 votes."
    figure = "Turning to the rest, Tom Hill ended a long way back on what officials put at 4,321."
    change = "It follows the departure of councillor Kim Ford, who quit over the summer."
    year = "Sam Lee has lived in Anytown since 1999."
    text = "Gedling general election 2024\n\n" + "\n\n".join([read, figure, change, year]) + "\n"
    code, out, err = explain(article(tmp_path, text), "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert any(f["kind"] == "Candidacy" and f["person"] == "Jane Roe" for f in report["facts"])
    assert report["not_read"] == [figure, change]
    code, out, err = explain(article(tmp_path, text))
    assert out.split("not read", 1)[1].splitlines()[1:] == [f"  « {figure} »", f"  « {change} »"]
