"""What `build` makes of what it is given: files that are not articles, empty folders, SOURCES.tsv beside the
articles' folder, and a live page whose first line is no headline."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner
from pyoxigraph import Literal, NamedNode

from elexgraph.views import build_graph
from elexgraph.views.graph import python_value
from elexgraph.articles import headline, read_article, read_metadata
from elexgraph.build import build
from elexgraph.cli import cli
from elexgraph.store import open_store

ARTICLE = "Result in Example\n\nLabour's Ann Example won the seat.\n"
LIVE = """Summary

  • Counting goes on through the night in Example

  • Live updates for Friday 7 May 2027

  1. Ann Example holds the seatpublished at 03:10 7 May 2027

    Labour's Ann Example won the seat.
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_files_named_that_are_not_articles_are_left_out_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(ARTICLE)
    (tmp_path / "README.md").write_text("# Notes on the articles\n")
    (tmp_path / "gold.jsonl").write_text('{"kind": "quote"}\n')
    code, out, err = run("build", *(str(tmp_path / n) for n in ("story.txt", "README.md", "gold.jsonl")),
                         "--store", str(tmp_path / "store"))
    assert code == 0 and "built 1 article(s)" in out
    assert err.splitlines() == [f"note: {tmp_path / 'README.md'}: not an article (articles are .htm, .html, .text, "
                                ".txt files), left out",
                                f"note: {tmp_path / 'gold.jsonl'}: not an article (articles are .htm, .html, .text, "
                                ".txt files), left out"]


def test_an_empty_folder_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = run("build", str(tmp_path / "empty"), "--store", str(tmp_path / "store"))
    assert code == 1 and "Traceback" not in out + err
    assert err.strip() == f"error: {tmp_path / 'empty'}: no articles in this folder (looked for .htm, .html, .text, .txt files)"


def test_sources_tsv_beside_the_articles_folder_is_read(tmp_path: Path) -> None:
    """As in ../shared/dev: SOURCES.tsv sits in the parent of articles/, on purpose."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "example-2024.txt").write_text(
        "Amber Valley declares\n\nAnn Example won Amber Valley for Labour at the general election on 4 July 2024.\n")
    (tmp_path / "SOURCES.tsv").write_text("slug\turl\ttitle\tpublisher\tdate\n"
                                          "example-2024\thttps://news.example/1\tExample holds\tExample Post\t2024-07-05\n")
    article = read_article(tmp_path / "articles" / "example-2024.txt", read_metadata(tmp_path / "articles"))
    assert (article.title, article.publisher, article.date) == ("Example holds", "Example Post", "2024-07-05")
    code, _, err = run("build", str(tmp_path / "articles"), "--store", str(tmp_path / "store"))
    assert code == 0, err
    out = run("query", "candidacies", "--store", str(tmp_path / "store"), "--format", "csv")[1]
    assert {row["source"] for row in csv.DictReader(io.StringIO(out))} == {"Example holds"}


def test_a_live_page_headline_is_not_summary() -> None:
    assert headline(LIVE) == "Live updates for Friday 7 May 2027"
    assert headline(ARTICLE) == "Result in Example"
    assert headline("Summary\n\nNothing live about it.\n") == "Summary"  # no better line: kept as printed


def test_an_article_dated_by_year_and_month_is_typed_so_and_the_graph_reads_it(tmp_path: Path) -> None:
    """SOURCES.tsv dates such as '2010-05' were written as ill-typed years, and the graph's reader failed on them."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "example-2024.txt").write_text(
        "Amber Valley declares\n\nAnn Example won Amber Valley for Labour at the general election on 4 July 2024.\n")
    (tmp_path / "SOURCES.tsv").write_text("slug\turl\ttitle\tpublisher\tdate\nexample-2024\t\t\t\t2024-07\n")
    with open_store(tmp_path / "store", create=True) as store:
        build([tmp_path / "articles"], store)
        [(published,)] = store.query("PREFIX schema: <https://schema.org/> "
                                     "SELECT ?d WHERE { GRAPH ?g { ?a schema:datePublished ?d } }").rows
        assert (published.value, published.datatype.value) == ("2024-07", "http://www.w3.org/2001/XMLSchema#gYearMonth")
        [candidacy] = [d for *_, d in build_graph(store).edges(data=True) if d["kind"] == "candidacy"]
        assert candidacy["published"] == "2024-07"
    assert python_value(Literal("2010-05", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#gYear"))) == "2010-05"


def test_a_large_sources_tsv_has_its_own_limit_and_message(tmp_path: Path) -> None:
    """A SOURCES.tsv over 8 MB failed the folder with a message pointing to --max-article-bytes, which did not
    raise the limit: it has its own, set by $ELEXGRAPH_MAX_SOURCES_BYTES."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "example-2024.txt").write_text(
        "Amber Valley declares\n\nAnn Example won Amber Valley for Labour at the general election on 4 July 2024.\n")
    rows = "".join(f"other-{n}\thttps://news.example/{n}\tA headline of some length\tExample Post\t2024-07-05\n"
                   for n in range(120_000))  # about 9 MB, as a folder of 100,000 articles has
    (tmp_path / "SOURCES.tsv").write_text("slug\turl\ttitle\tpublisher\tdate\n" + rows
                                          + "example-2024\thttps://news.example/1\tExample holds\tExample Post\t2024\n")
    assert (tmp_path / "SOURCES.tsv").stat().st_size > 8_000_000
    assert read_metadata(tmp_path / "articles")["example-2024"]["title"] == "Example holds"
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "articles"), "--store", str(tmp_path / "store")],
                                env={"ELEXGRAPH_MAX_SOURCES_BYTES": "1000000"})
    assert result.exit_code == 1
    size = (tmp_path / "SOURCES.tsv").stat().st_size
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'SOURCES.tsv'}: too large for a table of article sources ({size:,} bytes; the limit is "
        "1,000,000: set $ELEXGRAPH_MAX_SOURCES_BYTES to raise it)"]
