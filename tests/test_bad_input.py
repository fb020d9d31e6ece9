"""Odd values given to the command line: each is one line naming the input and the reason, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

from elexgraph.cli import cli
from tests.conftest import SEEDS
from tests.official_data import Stood, write_candidates


def one_error(*args: str, env: dict[str, str] | None = None) -> str:
    """The one error line a command ends with (exit status 1, no traceback)."""
    result = CliRunner().invoke(cli, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 1, (result.stdout, result.stderr)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "Traceback" not in result.stderr, result.stderr
    return errors[0]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("bad-input") / "store")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--store", path])
    assert result.exit_code == 0, result.stderr
    return path


@pytest.mark.parametrize("base", ["http://exa mple/", "ftp://example.org/", "example.org", "http://a/?q=1", ""])
def test_a_bad_base_uri_on_build(tmp_path: Path, base: str) -> None:
    error = one_error("build", str(SEEDS), "--store", str(tmp_path / "s"), "--base-uri", base or "https://")
    assert error.startswith("error: --base-uri ") and ("http(s) address" in error or "not a valid IRI" in error)


def test_a_bad_base_uri_from_the_environment_on_build(tmp_path: Path) -> None:
    error = one_error("build", str(SEEDS), "--store", str(tmp_path / "s"), env={"ELEXGRAPH_BASE_URI": "http://a b/"})
    assert error == "error: $ELEXGRAPH_BASE_URI 'http://a b': not a valid IRI (Invalid IRI code point ' ')"


def test_a_bad_base_uri_on_publish(store: str, tmp_path: Path) -> None:
    error = one_error("publish", str(tmp_path / "site"), "--store", store, "--base-uri", "http://a b/")
    assert error == "error: --base-uri 'http://a b': not a valid IRI (Invalid IRI code point ' ')"


def test_a_bad_base_uri_from_the_environment_on_publishing_an_empty_store(tmp_path: Path) -> None:
    # The base of a store with articles is the one it was built with; an empty one takes the environment's.
    pyoxigraph.Store(str(tmp_path / "empty"))
    error = one_error("publish", str(tmp_path / "site"), "--store", str(tmp_path / "empty"),
                      env={"ELEXGRAPH_BASE_URI": "http://a b/"})
    assert error == "error: $ELEXGRAPH_BASE_URI 'http://a b': not a valid IRI (Invalid IRI code point ' ')"


def test_a_bad_base_uri_on_official_load(tmp_path: Path) -> None:
    path = write_candidates(tmp_path / "seat.csv", {("E14001140", "Broxtowe"): [
        Stood("Ann", "Example", "Labour", "Lab", 100), Stood("Bob", "Example", "Conservative", "Con", 50)]})
    error = one_error("official", "load", str(path), "--store", str(tmp_path / "s"), "--base-uri", "http://a b")
    assert error == "error: --base-uri 'http://a b': not a valid IRI (Invalid IRI code point ' ')"


@pytest.mark.parametrize("command", [["build", str(SEEDS)], ["stats"], ["query", "stats"]])
def test_a_store_name_over_255_bytes(tmp_path: Path, command: list[str]) -> None:
    long = tmp_path / ("s" * 300)
    error = one_error(*command, "--store", str(long))
    assert error == f"error: {long}: cannot be a store (File name too long)"


@pytest.mark.parametrize(("store", "endpoint"), [("https://[bad", "query"), ("http://127.0.0.1:1", "http://[::1")])
def test_a_store_url_that_is_no_url(store: str, endpoint: str) -> None:
    error = one_error("stats", "--store", store, "--query-endpoint", endpoint)
    assert error.startswith(f"error: {store} with the query endpoint ") and "not a valid URL" in error


def test_official_load_of_the_librarys_notes_says_it_is_not_csv(tmp_path: Path) -> None:
    notes = tmp_path / "SOURCE.md"
    notes.write_text('# Results, as the publisher ships them\n\n| file | what |\n|---|---|\n| "a.csv" | rows |\n')
    result = CliRunner().invoke(cli, ["official", "load", str(notes), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith(f"error: {notes} line 1: not a CSV file (")


@pytest.mark.parametrize(("content", "reason"), [
    (b"\xef\xbb\xbf", "empty file, not a results file"),
    (None, "share 'nan' is not a fraction between 0 and 1")])
def test_official_load_of_a_bom_or_a_nan_share(tmp_path: Path, content: bytes | None, reason: str) -> None:
    path = write_candidates(tmp_path / "seat.csv", {("E14001140", "Broxtowe"): [
        Stood("Ann", "Example", "Labour", "Lab", 100), Stood("Bob", "Example", "Conservative", "Con", 50)]})
    if content is None:
        path.write_text(path.read_text(encoding="utf-8").replace(",0.666667,", ",nan,"), encoding="utf-8")
    else:
        path.write_bytes(content)
    result = CliRunner().invoke(cli, ["official", "load", str(path), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [f"error: {path}{' line 2' if content is None else ''}: {reason}"]


def test_an_article_with_a_number_of_thousands_of_digits_is_built(tmp_path: Path) -> None:
    article = tmp_path / "long-number.txt"
    article.write_text("Broxtowe result\n\nLabour's Ann Example won Broxtowe at the general election on 4 July 2024 "
                       f"with {'9' * 5000} votes.\n\nAnn Example (Labour) {'1' * 5000}\nBob Example (Conservative) "
                       "9,000\n")
    result = CliRunner().invoke(cli, ["build", str(article), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.stderr
    assert "built 1 article(s)" in result.stdout


def test_jobs_beyond_what_the_machine_can_run(tmp_path: Path) -> None:
    """--jobs 100000 on a large folder started a process per article, each an interpreter of its own."""
    error = one_error("build", str(SEEDS), "--store", str(tmp_path / "s"), "--jobs", "100000")
    assert error.startswith("error: --jobs 100000: more processes than this machine can use (")
    assert not (tmp_path / "s").exists()
