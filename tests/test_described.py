"""Answers about one resource kept with the graphs naming it (elexgraph/store/described.py): a seat's description
and official results, given again after writes that left those graphs alone, and asked again after any that
touched them (a build of more articles, an edited article, a removal, an official load, a write not through
elexgraph); always the answer a fresh SPARQL query gives, in its order."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from pyoxigraph import NamedNode

from elexgraph.build import build, remove
from elexgraph.cli import cli
from elexgraph.queries import bound, load_query, run_query, whole_question
from elexgraph.rdfio import RDF_FORMATS
from elexgraph.store import embedded, open_store
from elexgraph.store.answers import FILE_NAME, AnswerCache, answer_key
from elexgraph.store.base import BoundQuery, QueryResult
from elexgraph.store.described import body_of_rows, body_of_triples, result_of
from elexgraph.vocab import ELEX
from elexgraph.web import describe as describe_module
from elexgraph.web.pages import resource_page
from elexgraph.web.site import Site
from tests.official_data import load_one_seat
from tests.test_graph_rows import first_built

ABOUT = ("web-resource", "web-official")


def answer(result: QueryResult) -> object:
    """What a page reads of an answer: its triples (a set), or its rows in their order."""
    return sorted(map(str, result.triples)) if result.triples is not None else (result.variables, result.rows)


def questions(path: Path, names: tuple[str, ...] = ABOUT,
              classes: tuple[NamedNode, ...] = (ELEX.Constituency, ELEX.Person)) -> list[BoundQuery]:
    """The queries `names` about every resource of the `classes` in the store."""
    with open_store(path, read_only=True) as store:
        found = {row[0] for cls in classes
                 for row in store.query(f"SELECT DISTINCT ?r {{ GRAPH ?g {{ ?r a <{cls.value}> }} }}").rows}
    return [bound(load_query(name), {"resource": r}) for r in sorted(found, key=str) for name in names]


@pytest.fixture()
def given(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The answers given as kept (each call appends its key's first characters)."""
    calls: list[str] = []
    real = embedded.EmbeddedStore._kept_about

    def spy(self, query):  # type: ignore[no-untyped-def]
        found = real(self, query)
        if found[0] is not None:
            calls.append(query.text)
        return found

    monkeypatch.setattr(embedded.EmbeddedStore, "_kept_about", spy)
    return calls


def assert_as_sparql(path: Path, asked: list[BoundQuery]) -> None:
    """Each answer about a resource is a fresh SPARQL answer (rows in the same order), and is kept after."""
    with open_store(path, read_only=True) as store:
        for question in asked:
            assert question.about is not None
            assert answer(store.query(question)) == answer(store.query(question.text)), question.about
    cache = AnswerCache(path)
    assert all(cache.about(answer_key(question.text)) is not None for question in asked)


def test_the_answers_about_a_resource_follow_every_write(shared: Path, tmp_path: Path, given: list[str]) -> None:
    articles, folder, path = first_built(shared, tmp_path)
    asked = questions(path)
    assert len(asked) > 100
    assert_as_sparql(path, asked)
    assert given == []  # nothing was kept before
    assert_as_sparql(path, asked)
    assert len(given) == len(asked)
    steps = []
    for article in articles[30:]:
        shutil.copy(article, folder)
    steps.append(lambda store: build([folder], store))
    edited = folder / articles[0].name
    steps.append(lambda store: (edited.write_text(edited.read_text(encoding="utf-8").replace(" ", "  ", 3),
                                                  encoding="utf-8"), build([folder], store)))
    steps.append(lambda store: remove([articles[1].stem], store))
    counts = []
    for step in steps:
        given.clear()
        with open_store(path) as store:
            step(store)
        assert_as_sparql(path, questions(path))
        counts.append((len(given), len(questions(path))))
    assert all(0 < kept <= every for kept, every in counts)  # some were left good by each write
    assert counts[0][0] < counts[0][1] and counts[1][0] < counts[1][1]  # not those the new or edited articles name
    given.clear()
    load_one_seat(path, tmp_path)
    assert_as_sparql(path, questions(path))


def test_a_write_not_through_elexgraph_asks_again(shared: Path, tmp_path: Path, given: list[str]) -> None:
    _, _, path = first_built(shared, tmp_path)
    asked = questions(path)
    assert_as_sparql(path, asked)
    other = pyoxigraph.Store(str(path))  # as `oxigraph load` would write: no record of the graphs written
    other.add(pyoxigraph.Quad(NamedNode("https://example.org/x"), NamedNode("https://example.org/p"),
                              pyoxigraph.Literal("x"), NamedNode("https://example.org/g")))
    other.flush()
    del other
    given.clear()
    with open_store(path, read_only=True) as store:
        assert all(store.kept(question) is None for question in asked)
    assert given == []
    assert_as_sparql(path, asked)


def test_a_damaged_answer_is_asked_again(shared: Path, tmp_path: Path) -> None:
    _, _, path = first_built(shared, tmp_path)
    asked = questions(path)[:20]
    assert_as_sparql(path, asked)
    with sqlite3.connect(path / FILE_NAME) as db:
        assert db.execute("UPDATE about SET body = substr(body, 1, length(body) - 3)").rowcount == len(asked)
    with open_store(path, read_only=True) as store:
        assert all(store.kept(question) is None for question in asked)
    assert_as_sparql(path, asked)


def test_kept_bodies_give_back_what_went_in() -> None:
    store = pyoxigraph.Store()
    store.add(pyoxigraph.Quad(NamedNode("https://example.org/a"), NamedNode("https://example.org/p"),
                              pyoxigraph.Literal('Zoë "Q"\tRoe\n', language="en")))
    triples = list(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))
    assert result_of(body_of_triples(triples)).triples == triples
    with pytest.raises(ValueError):
        result_of(b"S" + body_of_rows(b"not packed")[1:])
    with pytest.raises(ValueError):
        result_of(b"X")


def test_optimize_describes_the_seats_ahead(shared: Path, tmp_path: Path) -> None:
    _, _, path = first_built(shared, tmp_path)
    result = CliRunner().invoke(cli, ["optimize", "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert "seat, election and party pages: " in result.output
    seats = questions(path, ("web-resource", "web-official"), (ELEX.Constituency,))
    assert seats
    cache = AnswerCache(path)
    assert all(cache.about(answer_key(q.text)) is not None for q in seats)
    assert_as_sparql(path, seats)


# ------------------------------------------------ a party's or an election's own triples, and its pages, after writes

def test_a_large_resources_own_triples_follow_writes_that_add_graphs_naming_it(shared: Path, tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """web-own about a party or an election (its own triples, gathered from every graph naming it) is kept with the
    graphs naming it; a build of new articles naming it is followed by asking those graphs alone and adding their
    triples, a rewrite of a graph naming it asks again: always the triples a fresh SPARQL query gives."""
    articles, folder, path = first_built(shared, tmp_path)
    own = questions(path, ("web-own",), (ELEX.Election, ELEX.PoliticalParty))
    assert len(own) > 10
    assert_as_sparql(path, own)
    followed: list[list[str]] = []
    real = embedded.EmbeddedStore._run

    def spy(self, sparql, at_most, options):  # type: ignore[no-untyped-def]
        if "named_graphs" in options and "CONSTRUCT" in sparql:
            followed.append([g.value for g in options["named_graphs"]])
        return real(self, sparql, at_most, options)

    monkeypatch.setattr(embedded.EmbeddedStore, "_run", spy)
    for article in articles[30:]:
        shutil.copy(article, folder)
    with open_store(path) as store:
        build([folder], store)
    assert_as_sparql(path, questions(path, ("web-own",), (ELEX.Election, ELEX.PoliticalParty)))
    assert followed and all(0 < len(graphs) <= len(articles) - 30 for graphs in followed)
    followed.clear()
    edited = folder / articles[0].name
    edited.write_text(edited.read_text(encoding="utf-8").replace(" ", "  ", 3), encoding="utf-8")
    with open_store(path) as store:
        build([folder], store)
    assert_as_sparql(path, questions(path, ("web-own",), (ELEX.Election, ELEX.PoliticalParty)))


def test_a_large_resources_first_page_after_a_write_is_the_page_drawn_fresh(shared: Path, tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The first page of every party and election, read a page of facts at a time from what the store keeps about
    it (its facts by graph, its own triples, every party's and election's summary rows), after a build that names
    many of them: byte for byte the page drawn from a copy of the store that keeps nothing."""
    monkeypatch.setattr(describe_module, "WHOLE_FACTS", 10)
    articles, folder, path = first_built(shared, tmp_path)

    paged: set[str] = set()

    def first_pages(store_path: Path) -> dict[str, str]:
        with open_store(store_path, read_only=True) as store:
            site = Site.for_store(store)
            found = {}
            for cls in (ELEX.Election, ELEX.PoliticalParty):
                for row in run_query(store, "web-index", {"type": cls}).rows:
                    iri = site.public(row[0]).value
                    page = describe_module.described_page(store, site, iri)
                    if page.total is not None:
                        paged.add(iri)
                    doc = site.path("doc/" + (site.doc_path(iri) or ""))
                    found[iri] = resource_page(store, site, iri, page.triples, doc, RDF_FORMATS, page.page, page.total)
            return found

    with open_store(path, read_only=True) as store:
        list(describe_module.described_ahead(store))
        for name in ("web-party", "web-election"):
            store.query(whole_question(load_query(name)))
    first_pages(path)
    for article in articles[30:]:
        shutil.copy(article, folder)
    with open_store(path) as store:
        build([folder], store)
    kept = first_pages(path)
    fresh = tmp_path / "fresh"
    shutil.copytree(path, fresh, ignore=shutil.ignore_patterns(FILE_NAME + "*"))
    assert kept == first_pages(fresh)
    assert len(paged) > 5 and len(kept) > len(paged)  # read a page at a time, and whole
