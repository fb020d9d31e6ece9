"""Kept answers (elexgraph/store/answers.py): a named question answered from what was kept gives exactly SPARQL's
rows, in SPARQL's order, after every kind of write: a build, a removal, a re-build of an edited article, an
official load, a write killed part way, and a write by another program; a user's own query file is never kept."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from pyoxigraph import NamedNode

from elexgraph.build import build, remove
from elexgraph.cli import cli
from elexgraph.iris import Minter
from elexgraph.queries import answer_ahead, bound, load_query, run_query, user_queries, whole_question
from elexgraph.store import open_store
from elexgraph.store.answers import FILE_NAME, column_iris, packed, unpacked
from elexgraph.store.base import BoundQuery, QueryResult
from elexgraph.web.pages import answered_ahead
from tests.official_data import load_one_seat
from tests.test_incremental import ALPHA, BETA, articles  # noqa: F401 - the fixture: the two articles' folder

# Every question a user asks, those with a name for a part of a name that many rows hold and one that none does.
QUESTIONS = [(q.name, {p: value for p in q.params}) for q in user_queries()
             for value in (["an", "EXAMPLE", "zz"] if q.params else [""])]


def rows(result: QueryResult) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in row) for row in result.rows]


def questions() -> list[BoundQuery]:
    return [bound(load_query(name), params) for name, params in QUESTIONS]


def assert_kept_as_sparql(path: Path) -> None:
    """Nothing kept is given for a store just written; answered ahead or asked, each question is kept, and the
    kept answer is SPARQL's (the text alone, never kept), row for row."""
    with open_store(path, read_only=True) as store:
        assert [store.kept(q) for q in questions()] == [None] * len(QUESTIONS)
        assert all(not isinstance(answer, Exception) for _, answer, _ in answer_ahead(store))
        for question in questions():
            sparql = rows(store.query(question.text))
            if question.within:  # careers for a name: cut from the answer for every name, answered ahead
                cut = store.kept(question)
                assert cut is not None and rows(cut) == sparql
            assert rows(store.query(question)) == sparql
            kept = store.kept(question)
            assert kept is not None and rows(kept) == sparql, question.text.splitlines()[0]


def built(articles: Path, path: Path) -> Path:
    with open_store(path, create=True) as store:
        build([articles], store)
    return path


def test_kept_answers_follow_every_write_through_elexgraph(articles: Path, tmp_path: Path) -> None:
    path = built(articles, tmp_path / "store")
    assert_kept_as_sparql(path)
    with open_store(path) as store:
        remove(["beta"], store)
    assert_kept_as_sparql(path)
    (articles / "beta.txt").unlink()
    (articles / "alpha.txt").write_text(ALPHA.replace("17,267", "18,001"), encoding="utf-8")
    built(articles, path)
    assert_kept_as_sparql(path)
    load_one_seat(path, tmp_path)
    assert_kept_as_sparql(path)


def _write_and_die(path: str, graph: str) -> None:
    """A build killed after it wrote: a graph stored, the store never closed."""
    store = open_store(path)
    store.remove_graphs([NamedNode(graph)])
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_write_killed_part_way_is_never_answered_from_before(articles: Path, tmp_path: Path) -> None:
    path = built(articles, tmp_path / "store")
    assert_kept_as_sparql(path)
    child = multiprocessing.get_context("spawn").Process(target=_write_and_die,
                                                         args=(str(path), Minter().graph("beta").value))
    child.start()
    child.join()
    assert child.exitcode == -signal.SIGKILL
    assert_kept_as_sparql(path)


def test_a_store_written_by_another_program_is_answered_by_sparql(articles: Path, tmp_path: Path) -> None:
    path = built(articles, tmp_path / "store")
    assert_kept_as_sparql(path)
    other = pyoxigraph.Store(str(path))  # as `oxigraph load` or any program would write it
    other.remove_graph(Minter().graph("beta"))
    other.flush()
    del other
    assert_kept_as_sparql(path)


def test_a_users_query_file_is_not_kept(articles: Path, tmp_path: Path) -> None:
    path = built(articles, tmp_path / "store")
    mine = tmp_path / "mine.rq"
    mine.write_text(load_query("candidacies").sparql, encoding="utf-8")
    with open_store(path, read_only=True) as store:
        answer = run_query(store, str(mine))
        assert answer.rows
        assert not bound(load_query(str(mine)), {}).keep
        assert store.kept(BoundQuery(mine.read_text(encoding="utf-8"), (), mine.read_text(encoding="utf-8"))) is None


def test_a_damaged_answers_file_changes_no_answer(articles: Path, tmp_path: Path) -> None:
    path = built(articles, tmp_path / "store")
    (path / FILE_NAME).write_bytes(b"not a database")
    with open_store(path, read_only=True) as store:
        for question in questions():
            assert rows(store.query(question)) == rows(store.query(question.text))
            assert store.kept(question) is None


def test_a_writable_store_keeps_nothing(articles: Path, tmp_path: Path) -> None:
    path = built(articles, tmp_path / "store")
    with open_store(path) as store:
        question = bound(load_query("candidacies"), {})
        assert rows(store.query(question)) == rows(store.query(question.text))
        assert store.kept(question) is None and not store.keeps_answers


def test_optimize_compacts_and_answers_ahead(articles: Path, tmp_path: Path) -> None:
    path = built(articles, tmp_path / "store")
    result = CliRunner().invoke(cli, ["optimize", "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("compacted in ")
    ahead = {line.split(":")[0] for line in result.output.splitlines()[1:]}
    assert "candidacies" in ahead and "careers" in ahead
    with open_store(path, read_only=True) as store:
        for (name, _), question in zip(QUESTIONS, questions()):
            if name not in ahead:  # quotes-by: its name is not cut from one answer
                continue
            kept = store.kept(question)
            assert kept is not None and rows(kept) == rows(store.query(question.text))
    asked = CliRunner().invoke(cli, ["query", "careers", "--param", "name=example", "--store", str(path),
                                     "--format", "csv"])
    assert asked.exit_code == 0
    with open_store(path, read_only=True) as store:  # cut from the answer kept for every name
        assert asked.output.count("\n") == 1 + len(run_query(store, "careers", {"name": "example"}).rows) > 1


def test_an_answer_kept_in_another_layout_is_asked_again(articles: Path, tmp_path: Path) -> None:
    path = built(articles, tmp_path / "store")
    with open_store(path, read_only=True) as store:
        for question in questions():
            store.query(question)
    with sqlite3.connect(path / FILE_NAME) as db:  # as an older elexgraph, or a damaged disk, might leave them
        cut = sum(db.execute(f"UPDATE {table} SET body = substr(body, 1, length(body) - 3)").rowcount
                  for table in ("answers", "by_graph"))
        assert cut == len(QUESTIONS) + sum(1 for q in questions() if q.combined and q.combined.whole)  # their rows
    with open_store(path, read_only=True) as store:
        for question in questions():
            assert store.kept(question) is None
            assert rows(store.query(question)) == rows(store.query(question.text))
            assert store.kept(question) is not None


def test_a_big_write_suggests_optimize(articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = str(tmp_path / "store")
    quiet = CliRunner().invoke(cli, ["build", str(articles), "--store", store])
    assert quiet.exit_code == 0 and "optimize" not in quiet.stderr
    monkeypatch.setattr("elexgraph.cli.optimize.MUCH", 1)
    (articles / "gamma.txt").write_text(BETA.replace("Erewash", "Broxtowe"), encoding="utf-8")
    noted = CliRunner().invoke(cli, ["build", str(articles), "--store", store])
    assert noted.exit_code == 0 and "`elexgraph optimize` compacts the store" in noted.stderr


def test_an_answer_packed_and_unpacked_is_the_same_terms() -> None:
    """Every kind of term, the empty string beside an unbound cell, tabs and quotes inside, come back as they went;
    narrowed, the rows whose column holds the text regardless of case, as SPARQL's CONTAINS(LCASE(…)) keeps them."""
    values = ['"Ann Ex\\tample"', '""', '"Zoë \\"Q\\" Roe"@en', "<https://example.org/a>", "42",
              '"4.5"^^<http://www.w3.org/2001/XMLSchema#decimal>', "UNDEF"]
    sparql = "SELECT ?name ?other WHERE { VALUES (?name ?other) { " + " ".join(
        f"({v} {w})" for v in values for w in ("UNDEF", '"x"')) + " } }"
    answer = pyoxigraph.Store().query(sparql)
    body = packed([v.value for v in answer.variables], answer.serialize(format=pyoxigraph.QueryResultsFormat.TSV))
    expected = pyoxigraph.Store().query(sparql)
    expected_rows = [tuple(solution) for solution in expected]
    assert body is not None and unpacked(body) == (["name", "other"], expected_rows)
    for text in ("EX", "zoë", "q\"", "zz"):
        wanted = [row for row in expected_rows
                  if isinstance(row[0], pyoxigraph.Literal) and text.lower() in row[0].value.lower()]
        assert unpacked(body, ("name", text)) == (["name", "other"], wanted)


def test_a_party_or_election_summary_is_cut_from_every_ones(articles: Path, tmp_path: Path) -> None:
    """web-party and web-election narrow by an IRI: once every party's (election's) rows are kept, each one's
    are the rows SPARQL gives for it, and only that whole answer is kept, not one per party."""
    path = built(articles, tmp_path / "store")
    with open_store(path, read_only=True) as store:
        assert store.keeps_answers  # so the server asks for every party's rows before a party's first page
        for name, param in (("web-party", "party"), ("web-election", "election")):
            query = load_query(name)
            subjects = {row[0] for row in store.query(query.sparql).rows}
            assert subjects and all(store.kept(bound(query, {param: s})) is None for s in subjects)
            store.query(whole_question(query))
            for subject in subjects:
                question = bound(query, {param: subject})
                cut = store.kept(question)
                assert not question.keep and cut is not None
                assert sorted(rows(cut)) == sorted(rows(store.query(question.text))) != []
    with sqlite3.connect(path / FILE_NAME) as db:
        assert db.execute("SELECT count(*) FROM answers").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM by_graph").fetchone() == (2,)  # each kept by graph, as a whole


def test_optimize_answers_the_index_lists_and_summaries_ahead(articles: Path, tmp_path: Path) -> None:
    path = built(articles, tmp_path / "store")
    assert CliRunner().invoke(cli, ["optimize", "--store", str(path)]).exit_code == 0
    with open_store(path, read_only=True) as store:
        for name, values in answered_ahead():
            question = bound(load_query(name), values)
            kept = store.kept(question)
            assert kept is not None and rows(kept) == rows(store.query(question.text)), name
        assert store.kept(whole_question(load_query("web-party"))) is not None


@pytest.mark.parametrize("with_literal", [False, True])
def test_a_columns_iris_read_as_text_are_those_oxigraph_parses(with_literal: bool) -> None:
    """A page's list of a party's facts is read from the kept answer as text, not as terms: each IRI once, in the
    order of their text (a prefix first, then what follows it with any character, accents by code point); a
    column holding anything else is parsed."""
    iris = ["https://example.org/a", "https://example.org/a-b", "https://example.org/a/b#c", "https://example.org/b",
            "https://example.org/Zoë", "https://example.org/zo%C3%AB", "https://example.org/A"]
    store = pyoxigraph.Store()
    for n, iri in enumerate(iris * 2):  # each in two graphs: a DISTINCT per graph gives it twice
        store.add(pyoxigraph.Quad(NamedNode(iri), NamedNode("https://example.org/p"), pyoxigraph.Literal(str(n)),
                                  NamedNode(f"https://example.org/g{n % 3}")))
    if with_literal:
        store.add(pyoxigraph.Quad(NamedNode("https://example.org/s"), NamedNode("https://example.org/q"),
                                  pyoxigraph.Literal("Zoë"), NamedNode("https://example.org/g1")))
    answer = store.query("SELECT DISTINCT ?g ?x WHERE { GRAPH ?g { { ?x ?p ?o } UNION { ?s <https://example.org/q> ?x } } }")
    body = packed(["g", "x"], answer.serialize(format=pyoxigraph.QueryResultsFormat.TSV))
    assert body is not None
    expected = sorted({row[1].value for row in unpacked(body)[1] if isinstance(row[1], NamedNode)})
    assert column_iris(body, 1) == expected == sorted(iris + (["https://example.org/s"] if with_literal else []))
    with pytest.raises(ValueError):
        column_iris(body, 2)
