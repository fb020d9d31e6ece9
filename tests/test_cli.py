"""The command line end to end: build, query, validate, dump, stats, and user mistakes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from elexgraph.cli import cli
from tests.cli_process import elexgraph, error_lines
from tests.conftest import SEEDS

ARTICLE = "Result in Example\n\nLabour's Ann Example won the seat.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "store")
    code, out, err = run("build", str(SEEDS), "--store", path)
    assert code == 0, err
    assert "built 2 article(s)" in out
    return path


def test_query_formats(store: str) -> None:
    code, out, _ = run("query", "candidacies", "--store", store, "--format", "csv")
    assert code == 0
    assert out.splitlines()[0] == "election,constituency,person,party,votes,share,rank,source,evidence,article"
    code, out, _ = run("query", "candidacies", "--store", store, "--format", "json")
    assert code == 0 and isinstance(json.loads(out), list)
    code, out, _ = run("query", "stats", "--store", store)
    assert code == 0 and "row(s)" in out


def test_query_from_a_file(store: str, tmp_path: Path) -> None:
    rq = tmp_path / "count.rq"
    rq.write_text("# count: how many article graphs\nSELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }\n")
    code, out, _ = run("query", str(rq), "--store", store, "--format", "csv")
    assert code == 0 and out.splitlines() == ["n", "2"]


@pytest.mark.parametrize(("args", "message"), [
    (["query", "no-such-query"], "unknown query 'no-such-query'"),
    (["query", "quotes-by"], "needs --param person=VALUE"),
    (["query", "quotes-by", "--param", "who=x"], "has no parameter who"),
    (["query", "quotes-by", "--param", "person"], "expected NAME=VALUE"),
])
def test_query_mistakes_are_one_line(store: str, args: list[str], message: str) -> None:
    code, out, err = run(*args, "--store", store)
    assert code != 0
    assert message in err
    assert "Traceback" not in err + out
    assert len(err.strip().splitlines()) == 1


def test_a_param_that_is_not_utf8_is_one_error_line(store: str) -> None:
    completed = elexgraph("query", "quotes-by", b"--param", b"person=\xff\xfe", "--store", store, timeout=60)
    assert error_lines(completed) == ["error: --param person: the value is not valid UTF-8 text"]


def test_a_repeated_param_is_an_error(store: str) -> None:
    code, _, err = run("query", "quotes-by", "--param", "person=Ann Example", "--param", "person=Bob Sample",
                       "--store", store)
    assert code == 1 and err == "error: --param person is given more than once (a parameter takes one value)\n"


def test_malformed_rq_is_a_clear_error(store: str, tmp_path: Path) -> None:
    rq = tmp_path / "broken.rq"
    rq.write_text("# broken\nSELECT ?x WHERE { ?x \n")
    code, _, err = run("query", str(rq), "--store", store)
    assert code != 0 and "malformed SPARQL" in err and "Traceback" not in err


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = run("query", "candidacies", "--store", str(tmp_path / "none"))
    assert code != 0 and "no store here" in err


def test_bad_files_fail_but_the_others_are_built(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (folder / "legacy.txt").write_bytes("Caf\u00e9 politics\n\nA \u00a3 of votes.".encode("cp1252"))
    store = str(tmp_path / "store")
    code, out, err = run("build", str(folder), "--store", store)
    assert code == 1
    assert "built 2 article(s)" in out
    lines = err.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("error: ") for line in lines)
    assert any("empty.txt: empty file" in line for line in lines)
    assert any("binary.txt: binary file" in line for line in lines)
    assert "Traceback" not in err


def test_a_failed_file_keeps_its_previous_graph(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE)
    store = str(tmp_path / "store")
    assert run("build", str(article), "--store", store)[0] == 0
    article.write_bytes(b"")
    code, _, _ = run("build", str(article), "--store", store)
    assert code == 1
    code, out, _ = run("query", "candidacies", "--store", store, "--format", "csv")
    assert code == 0
    _, stats_out, _ = run("stats", "--store", store)
    assert "1 article graph(s)" in stats_out


def test_validate_and_dump(store: str, tmp_path: Path) -> None:
    code, out, _ = run("validate", "--store", store)
    assert code == 0, out
    for fmt in ("nquads", "trig", "turtle", "jsonld"):
        target = tmp_path / f"dump.{fmt}"
        code, _, err = run("dump", "--store", store, "--format", fmt, "-o", str(target))
        assert code == 0, err
        assert target.stat().st_size > 0


def test_dump_to_an_unwritable_path_is_a_clear_error(store: str, tmp_path: Path) -> None:
    code, _, err = run("dump", "--store", store, "-o", str(tmp_path / "no" / "such" / "dir" / "x.nq"))
    assert code != 0 and "cannot write" in err
