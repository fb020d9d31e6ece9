"""The library a Python user calls: what `import elexgraph` offers, and that the commands say what it returns."""

from __future__ import annotations

import json
import pydoc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import elexgraph
from elexgraph.cli import cli
from elexgraph.errors import ArticleError
from elexgraph.queries import to_csv
from elexgraph.store.base import GraphStore
from tests.conftest import SEEDS

LIBRARY = ("open_store", "build_articles", "query", "check_news", "extract_article")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, GraphStore]]:
    """The seeds built through the library into a store of this module's own."""
    path = tmp_path_factory.mktemp("api") / "store"
    with elexgraph.open_store(path, create=True) as store:
        report = elexgraph.build_articles([SEEDS], store)
        assert sorted(report.built) == sorted(p.stem for p in SEEDS.glob("*.txt")) and not report.failed
        yield path, store


def test_help_shows_the_library() -> None:
    text = pydoc.render_doc(elexgraph, renderer=pydoc.plaintext)
    for name in LIBRARY:
        assert f"\n    {name}(" in text, f"help(elexgraph) does not show {name}"
        assert getattr(elexgraph, name).__doc__, f"{name} has no docstring"
    assert set(LIBRARY) <= set(elexgraph.__all__)


def test_importing_the_package_loads_neither_the_store_nor_the_pipeline() -> None:
    code = "import sys, elexgraph; print(sorted(m for m in ('pyoxigraph', 'elexgraph.store', 'elexgraph.build') " \
           "if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        elexgraph.no_such_thing  # noqa: B018


def test_query_gives_what_the_command_prints(built: tuple[Path, GraphStore]) -> None:
    path, store = built
    result = elexgraph.query(store, "candidacies")
    assert result.rows
    printed = CliRunner().invoke(cli, ["query", "candidacies", "--store", str(path), "--format", "csv"])
    assert printed.exit_code == 0, printed.stderr
    assert printed.stdout == to_csv(result)


def test_check_news_stores_what_it_finds(built: tuple[Path, GraphStore]) -> None:
    _, store = built
    findings = elexgraph.check_news(store)
    assert len(elexgraph.query(store, "discrepancies").rows) == len(findings)


def test_extract_article_gives_what_explain_prints() -> None:
    article = sorted(SEEDS.glob("*.txt"))[0]
    extraction = elexgraph.extract_article(article)
    assert extraction.facts and all(fact.evidence.text for fact in extraction.facts)
    printed = CliRunner().invoke(cli, ["explain", str(article), "--format", "json"])
    assert printed.exit_code == 0, printed.stderr
    explained = json.loads(printed.stdout)
    assert [f["evidence"] for f in explained["facts"]] == [f.evidence.text for f in extraction.facts]
    assert explained["not_read"] == extraction.unread


def test_extract_article_on_no_article_is_one_line_naming_the_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ArticleError) as raised:
        elexgraph.extract_article(empty)
    assert "empty.txt" in str(raised.value) and "\n" not in str(raised.value)
