"""A party's or an election's first page kept about it (elexgraph/web/firstpage.py): drawn ahead by `optimize`,
drawn again by a build for the parties and elections its articles name, given again while no write touches the
graphs it was read from; always byte for byte the page drawn from a copy of the store that keeps nothing."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import NamedNode
from starlette.requests import Request

from elexgraph.cli import cli
from elexgraph.queries import bound, load_query, run_query
from elexgraph.store import open_store
from elexgraph.store.answers import FILE_NAME, AnswerCache
from elexgraph.build import build
from elexgraph.store.base import Dataset, GraphStore
from elexgraph.store.described import body_of_drawn, drawn_of
from elexgraph.vocab import ELEX
from elexgraph.web import describe as describe_module
from elexgraph.web import firstpage
from elexgraph.web.app import Server
from elexgraph.web.site import Site
from tests.test_graph_rows import first_built


def every(store: GraphStore, site: Site) -> list[str]:
    """The public IRIs of the parties and elections."""
    return sorted({site.public(row[0]).value for cls in (ELEX.Election, ELEX.PoliticalParty)
                   for row in run_query(store, "web-index", {"type": cls}).rows})


def by_pages(store: GraphStore, site: Site) -> list[str]:
    """Those described a page of facts at a time."""
    return [iri for iri in every(store, site) if describe_module.described_page(store, site, iri).total is not None]


def drawn(store: GraphStore, site: Site, iri: str) -> str:
    page = describe_module.described_page(store, site, iri)
    return firstpage.page_html(store, site, iri, page, site.path("doc/" + (site.doc_path(iri) or "")))


def fresh_pages(path: Path, tmp_path: Path, name: str) -> dict[str, str]:
    """Every party's and election's first page, drawn from a copy of the store without its answers file."""
    fresh = tmp_path / name
    shutil.copytree(path, fresh, ignore=shutil.ignore_patterns(FILE_NAME + "*"))
    with open_store(fresh) as store:  # writable: keeps nothing
        site = Site.for_store(store)
        return {iri: drawn(store, site, iri) for iri in every(store, site)}


def kept_pages(path: Path) -> dict[str, str | None]:
    with open_store(path, read_only=True) as store:
        site = Site.for_store(store)
        return {iri: firstpage.kept_first_page(store, site, iri) for iri in every(store, site)}


@pytest.fixture()
def paged(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parties and elections of more than 10 facts described a page of facts at a time (the dev articles' largest
    have a few dozen; the benchmark store's thousands)."""
    monkeypatch.setattr(describe_module, "WHOLE_FACTS", 10)


@pytest.mark.slow  # optimize, three builds and three fresh copies drawn: out of `make test-fast`; `make test` runs it
def test_first_pages_drawn_ahead_and_after_builds_are_the_pages_drawn_fresh(shared: Path, tmp_path: Path,
                                                                           paged: None) -> None:
    articles, folder, path = first_built(shared, tmp_path)
    result = CliRunner().invoke(cli, ["optimize", "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert "parties and elections drawn ahead in" in result.output
    kept = kept_pages(path)
    with open_store(path, read_only=True) as store:
        paged_count = len(by_pages(store, Site.for_store(store)))
    assert 5 < paged_count < len(kept) and all(page is not None for page in kept.values())  # paged, and whole
    assert kept == fresh_pages(path, tmp_path, "fresh0")

    for article in articles[30:35]:  # a build naming some of them: the large ones drawn again by the build
        shutil.copy(article, folder)
    result = CliRunner().invoke(cli, ["build", str(folder), "--store", str(path)])
    assert result.exit_code == 0, result.output
    kept = kept_pages(path)
    with open_store(path, read_only=True) as store:
        assert all(kept[iri] is not None for iri in by_pages(store, Site.for_store(store)))
    fresh = fresh_pages(path, tmp_path, "fresh1")
    assert all(page is None or page == fresh[iri] for iri, page in kept.items())

    edited = folder / articles[0].name  # a graph naming some of them rewritten, one removed
    edited.write_text(edited.read_text(encoding="utf-8").replace(" ", "  ", 3), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(folder), "--store", str(path)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["remove", articles[1].stem, "--store", str(path)])
    assert result.exit_code == 0, result.output
    kept = kept_pages(path)
    fresh = fresh_pages(path, tmp_path, "fresh2")
    assert all(page is None or page == fresh[iri] for iri, page in kept.items())


def test_a_kept_first_page_is_not_given_after_a_write_naming_it_until_drawn_again(shared: Path, tmp_path: Path,
                                                                                 paged: None) -> None:
    """Without the build's drawing (a write through the library, which does not follow), a page whose graphs were
    touched is not given; one whose graphs were not is, at the new state."""
    articles, folder, path = first_built(shared, tmp_path)
    with open_store(path, read_only=True) as store:
        list(firstpage.drawn_ahead(store))
    before = kept_pages(path)
    for article in articles[30:32]:
        shutil.copy(article, folder)
    with open_store(path) as store:
        build([folder], store)
    with open_store(path, read_only=True) as store:
        written = store.just_written()
        assert written and all("/graph/" in g for g in written)
        named = {row[0].value for row in store.query_at_most(load_query("web-named-parties-elections").sparql, 1000,
                                                             Dataset(named_graphs=tuple(map(NamedNode, written)))).rows}
    after = kept_pages(path)
    fresh = fresh_pages(path, tmp_path, "fresh")
    assert {iri for iri, page in after.items() if page is None} == {iri for iri in after if iri in named}
    assert all(page == fresh[iri] == before[iri] for iri, page in after.items() if page is not None)


def test_a_builds_followed_lists_of_facts_are_the_lists_read_fresh(shared: Path, tmp_path: Path, paged: None) -> None:
    """The lists of facts of the large parties and elections a build names are followed by the build (kept for the
    store's new state), and equal the lists a fresh SPARQL query gives."""
    articles, folder, path = first_built(shared, tmp_path)
    assert CliRunner().invoke(cli, ["optimize", "--store", str(path)]).exit_code == 0
    for article in articles[30:40]:
        shutil.copy(article, folder)
    assert CliRunner().invoke(cli, ["build", str(folder), "--store", str(path)]).exit_code == 0
    with open_store(path, read_only=True) as store:
        site = Site.for_store(store)
        for iri in by_pages(store, site):
            question = bound(load_query("web-resource-facts"), {"resource": NamedNode(site.stored_iri(iri))})
            kept = store.iris(replace(question, keep=True))
            assert kept == GraphStore.iris(store, question), iri


def test_the_server_gives_the_kept_first_page(shared: Path, tmp_path: Path, paged: None) -> None:
    _, _, path = first_built(shared, tmp_path)
    with open_store(path, read_only=True) as store:
        list(firstpage.drawn_ahead(store))
        site = Site.for_store(store)
        iri = by_pages(store, site)[0]
        server = Server(store, site, None, None)
        scope = {"type": "http", "method": "GET", "path": "/", "query_string": b"",
                 "headers": [(b"accept", b"text/html")], "path_params": {"path": site.doc_path(iri)}}
        reply = server.kept_first_page(Request(scope))
        assert reply is not None and reply.body.decode("utf-8") == firstpage.kept_first_page(store, site, iri)
        assert reply.headers["content-location"] == site.path("doc/" + (site.doc_path(iri) or "")) + ".html"
        scope["headers"] = [(b"accept", b"text/turtle")]
        assert server.kept_first_page(Request(scope)) is None  # only the HTML page is kept


def test_a_drawn_body_gives_back_what_went_in() -> None:
    iris = ["https://example.org/id/election/x", 'https://example.org/id/"odd"\n']
    assert drawn_of(body_of_drawn(iris, "<p>Zoë\n</p>")) == (iris, "<p>Zoë\n</p>")
    for damaged in (b"D" + body_of_drawn(iris, "x")[3:], b"T" + body_of_drawn(iris, "x")[1:], b""):
        with pytest.raises(ValueError):
            drawn_of(damaged)


def test_a_page_kept_for_other_code_or_another_site_is_not_given(shared: Path, tmp_path: Path, paged: None,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _, _, path = first_built(shared, tmp_path)
    with open_store(path, read_only=True) as store:
        list(firstpage.drawn_ahead(store))
        site = Site.for_store(store)
        iri = by_pages(store, site)[0]
        assert firstpage.kept_first_page(store, site, iri) is not None
        other = Site.for_store(store, "https://example.org/")
        assert firstpage.kept_first_page(store, other, other.public(NamedNode(site.stored_iri(iri))).value) is None
        monkeypatch.setattr(firstpage, "_code", lambda: "another version")
        assert firstpage.kept_first_page(store, site, iri) is None
    assert AnswerCache(path).about(firstpage.page_key(site, iri)) is None


def test_a_build_draws_again_only_pages_kept_before_few_writes(shared: Path, tmp_path: Path, paged: None,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A page kept before writes of more than AT_MOST_GRAPHS graphs is left to its first ask: its lists would be
    asked whole (at 10,000 articles a build of one article after one of 1,000 took 123 s against 33 s)."""
    articles, folder, path = first_built(shared, tmp_path)
    with open_store(path, read_only=True) as store:
        list(firstpage.drawn_ahead(store))
    drawn: list[str] = []
    real = firstpage.page_html
    monkeypatch.setattr(firstpage, "page_html", lambda *args: drawn.append(args[2]) or real(*args))
    monkeypatch.setattr(firstpage, "AT_MOST_GRAPHS", 2)
    for article in articles[30:33]:  # three graphs, not followed
        shutil.copy(article, folder)
    with open_store(path) as store:
        build([folder], store)
    shutil.copy(articles[33], folder)
    assert CliRunner().invoke(cli, ["build", str(folder), "--store", str(path)]).exit_code == 0
    assert drawn == []
    with open_store(path, read_only=True) as store:
        list(firstpage.drawn_ahead(store))
    drawn.clear()
    shutil.copy(articles[34], folder)
    assert CliRunner().invoke(cli, ["build", str(folder), "--store", str(path)]).exit_code == 0
    assert drawn
