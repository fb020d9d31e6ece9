"""What the command line shows a reader: tables that fit the terminal, the queries a user asks, clear mistakes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from elexgraph.cli import cli
from elexgraph.queries import all_queries, user_queries
from elexgraph.tables import MIN_COLUMN, column_widths, render
from tests.conftest import SEEDS

LONG = "Ann Example, elected for Labour in 2019, said the count had gone on far longer than anyone had expected."


def run(*args: str, width: int | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": str(width)} if width else {})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("output") / "store")
    assert run("build", str(SEEDS), "--store", path)[0] == 0
    return path


def test_short_columns_stay_whole_and_long_ones_share_the_rest() -> None:
    assert column_widths([10, 20, 300], 100) == [10, 20, 70]
    assert column_widths([10, 20], 100) == [10, 20]
    assert column_widths([40, 40, 300], 100) == [33, 33, 33]  # cut alike once every column has had 28
    assert column_widths([30] * 8, 80) is None  # under MIN_COLUMN each: one block a row instead
    assert all(w >= MIN_COLUMN for w in column_widths([30, 30, 30, 300], 60))


def test_a_wide_terminal_gets_one_line_a_row_cut_to_fit() -> None:
    text = render(["person", "party", "evidence"], [["Ann Example", "Labour", LONG]], 60)
    lines = text.splitlines()
    assert len(lines) == 3 and all(len(line) <= 60 for line in lines)
    assert lines[2].startswith("Ann Example") and lines[2].endswith("…")


def test_a_narrow_terminal_gets_one_block_a_row_with_nothing_cut() -> None:
    text = render(["person", "from_party", "to_party", "kind", "date", "source", "evidence"],
                  [["Ann Example", "Conservative", "Reform UK", "defection", "2024-03-11", "Headline", LONG]], 40)
    assert all(len(line) <= 40 for line in text.splitlines())
    assert "person      Ann Example" in text and " ".join(text.split()).count("longer than anyone had expected.") == 1


@pytest.mark.parametrize("width", [80, 120, 200])
def test_query_tables_fit_the_terminal(store: str, width: int) -> None:
    """Piped or under 160 columns, a table wrapped into one word a line."""
    code, out, _ = run("query", "party-switchers", "--store", store, width=width)
    assert code == 0
    lines = out.splitlines()
    assert lines[-1].endswith("row(s)") and all(len(line) <= width for line in lines)
    rows = int(lines[-1].split()[0])
    if width >= 120:
        assert len(lines) == rows + 3  # header, rule, one line a row, count


def test_csv_and_json_are_whole_whatever_the_terminal(store: str) -> None:
    wide = run("query", "party-switchers", "--store", store, "--format", "csv", width=300)[1]
    narrow = run("query", "party-switchers", "--store", store, "--format", "csv", width=40)[1]
    assert wide == narrow and list(csv.reader(io.StringIO(narrow)))[0][-1] == "evidence"
    assert not any(cell.endswith("…") for row in csv.reader(io.StringIO(narrow)) for cell in row)


def test_the_source_is_the_article_headline(store: str) -> None:
    code, out, _ = run("query", "party-switchers", "--store", store, "--format", "csv")
    sources = {row["source"] for row in csv.DictReader(io.StringIO(out))}
    assert code == 0 and "What were the key election results in the East Midlands?" in sources


def test_queries_lists_what_a_user_asks_with_whole_descriptions() -> None:
    code, out, _ = run("queries", width=100)
    assert code == 0
    names = [line.split()[0] for line in out.splitlines() if line and not line.startswith((" ", "Run"))]
    assert names == [q.name for q in user_queries()]
    assert not any(q.name in names for q in all_queries() if q.internal)
    assert "with the winner and every article that reports it" in " ".join(out.split())  # a description's 2nd line
    assert "--param person=VALUE" in out


@pytest.mark.parametrize(("name", "message"), [
    ("party-switcher", "unknown query 'party-switcher'; did you mean 'party-switchers'?"),
    ("seat-change", "did you mean 'seat-changes'?"),
    ("nothing-like-it", "unknown query 'nothing-like-it' (elexgraph queries lists them"),
    ("{tmp}/missing.rq", "missing.rq: file not found"),
    ("{tmp}", "not a file"),
])
def test_a_query_that_is_not_there_is_one_clear_line(store: str, tmp_path: Path, name: str, message: str) -> None:
    code, out, err = run("query", name.replace("{tmp}", str(tmp_path)), "--store", store)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in out + err


def test_stats_columns_line_up_whatever_the_longest_class_name(tmp_path: Path) -> None:
    """A class name over 20 characters (PoliceCommissionerElection) pushed its count out of the column."""
    article = tmp_path / "pcc-2024.txt"
    article.write_text("Roe elected police commissioner\n\nLabour's Jane Roe was elected Nottinghamshire police and "
                       "crime commissioner on 2 May 2024 with 80,000 votes, beating Conservative John Doe, who had "
                       "60,000 votes.\n")
    assert run("build", str(article), "--store", str(tmp_path / "store"))[0] == 0
    code, out, _ = run("stats", "--store", str(tmp_path / "store"))
    rows = out.splitlines()[1:]
    assert code == 0 and any(len(line.split()[0]) > 20 for line in rows)
    assert len({len(line) for line in rows}) == 1  # every count ends in the same column
    assert all("  " in line.strip() for line in rows)  # and stands apart from its name
