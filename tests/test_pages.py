"""The pages a journalist reads: a seat's, a party's and an election's page lead with a summary (candidates first
place first, each fact once, headlines not ids); index pages searched (whole names first), filtered and paged,
as JSON and CSV; only http(s) becomes a link; documents name their topic; each graph says whose it is; and the
published site mirrors the store and opens from disk."""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
import pyoxigraph
import rdflib
from click.testing import CliRunner
from pyoxigraph import NamedNode, RdfFormat

from elexgraph.articles import Article
from elexgraph.cli import cli
from elexgraph.extract import reader_versions
from elexgraph.extract.prose_results import NAME as PROSE
from elexgraph.extract.result_lists import NAME as LISTS
from elexgraph.facts import ArticleFacts, Candidacy, Evidence, Person, SeatResult
from elexgraph.iris import Minter
from elexgraph.rdfio import RDF_FORMATS
from elexgraph.store import open_store
from elexgraph.triples import article_quads
from elexgraph.web import describe as describe_module
from elexgraph.publish import STATIC_FORMATS
from elexgraph.publish import publish as publish_site
from elexgraph.web.describe import described_page, describe, with_topic
from elexgraph.web.listing import Entry, Filters, listing
from elexgraph.web.pages import resource_page
from elexgraph.web.site import Site
from tests.servers import free_port
from tests.test_web_fixture import HEADLINE, PERSON_PATH, build_web_store, fixture_facts
from tests.test_web_server import serve

SEAT_PATH = "constituency/leicester-south-2024"
RESULT_HEADLINE = "Anytown count ends in a Labour gain"
RESULT_ID = "pages-fixture-2024"
RESULT_TEXT = (RESULT_HEADLINE + "\n\nCy Third (Green) 1,200 votes.\n"
               "Labour gained Leicester South from the Conservatives with a majority of 10,230.\n")
UNSAFE_URL = "javascript:alert(1)"


def _evidence(sentence: str) -> Evidence:
    start = RESULT_TEXT.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def build_pages_store(path: Path) -> Path:
    """The web fixture, and an article that lists the third-placed candidate first and gives the seat's result;
    its address is a javascript: URL (an article page's og:url can say anything)."""
    build_web_store(path)
    election = fixture_facts()[1].facts[0].election
    article = Article(RESULT_ID, Path(RESULT_ID + ".txt"), RESULT_TEXT, RESULT_HEADLINE,
                      hashlib.sha256(RESULT_TEXT.encode()).hexdigest(), "2024-07-06", "Anytown Echo", UNSAFE_URL)
    lines = RESULT_TEXT.splitlines()
    facts = ArticleFacts(
        people={"Cy Third": Person("Cy Third"), "Ada Fixture": Person("Ada Fixture")},
        facts=[Candidacy(_evidence(lines[2]), LISTS, election, "Leicester South", "Cy Third", "Green",
                         1200, None, 3),
               SeatResult(_evidence(lines[3]), PROSE, election, "Leicester South", "Ada Fixture",
                          "Labour", "gain", "Conservative", 10230)],
        readers=reader_versions())
    minter = Minter()
    with open_store(path) as store:
        store.replace_graphs({minter.graph(article.id): article_quads(article, facts, minter)})
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pages_store(tmp_path_factory.mktemp("pages") / "store")


def page_of(store: Path, path: str, page: int = 1) -> str:
    with open_store(store) as graph_store:
        site = Site.for_store(graph_store)
        iri = site.iri("id/" + path)
        triples = describe(graph_store, site, iri)
        return resource_page(graph_store, site, iri, triples, site.path("doc/" + path), RDF_FORMATS, page)


def words(page: str) -> str:
    main = page[page.index("<main>"):page.index("</main>")]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", main)).split())


def section(page: str, start: str, end: str) -> str:
    text = words(page)
    return text[text.index(start):text.index(end)]


# ---------------------------------------------------------------- summaries

def test_a_seat_page_leads_with_its_contest_first_place_first(store: Path) -> None:
    page = page_of(store, SEAT_PATH)
    summary = section(page, "Results", "The data")
    assert summary.index("Ada Fixture") < summary.index("Bob Sample") < summary.index("Cy Third")
    assert "gain from Conservative, majority 10,230" in summary
    assert HEADLINE in summary and RESULT_HEADLINE in summary  # headlines, not ids
    assert "web-fixture-2024" not in summary and RESULT_ID not in summary


def test_each_fact_is_one_card_however_it_points_at_the_seat(store: Path) -> None:
    page = page_of(store, SEAT_PATH)
    cards = re.findall(r'<div class="fact">\s*<p><a href="([^"]+)"', page)
    assert cards and len(cards) == len(set(cards))
    assert "elex:constituency, elex:electoralArea this" in words(page)
    assert "wasAttributedTo" not in page and "extractor" not in words(page)


def test_a_party_page_leads_with_seats_and_people_who_joined_and_left(store: Path) -> None:
    labour = words(page_of(store, "party/labour"))
    assert labour.index("Seats by election") < labour.index("The data")
    assert "Leicester South (2024–) : gain from Conservative, majority 10,230 ( Ada Fixture )" in labour
    reform = words(page_of(store, "party/reform-uk"))
    assert "Joined Bob Sample from Conservative on 1 May 2023" in reform
    conservative = words(page_of(store, "party/conservative"))
    assert "Left Bob Sample to Reform UK on 1 May 2023" in conservative


def test_an_election_page_counts_seats_by_party_and_lists_the_reported_results(store: Path) -> None:
    page = words(page_of(store, "election/2024-general-election"))
    summary = page[page.index("Seats by party"):page.index("The data")]
    assert "Labour" in summary and "in the news" in summary
    assert "Leicester South (2024–) Ada Fixture Labour gain from Conservative, majority 10,230" in summary
    assert RESULT_HEADLINE in summary and RESULT_ID not in summary


def test_a_long_list_of_facts_is_paged(store: Path) -> None:
    first = page_of(store, "election/2024-general-election")
    count = int(re.search(r"Facts \((\d+)\)", words(first)).group(1))
    assert count > 50 and first.count('<div class="fact">') == 50
    assert 'href="/doc/election/2024-general-election?page=2"' in first
    second = page_of(store, "election/2024-general-election", 2)
    assert "Seats by party" not in words(second) and 0 < second.count('<div class="fact">') <= 50
    assert set(re.findall(r'<div class="fact">\s*<p><a href="([^"]+)"', first)).isdisjoint(
        re.findall(r'<div class="fact">\s*<p><a href="([^"]+)"', second))


# ---------------------------------------------------------------- safe links, topics, licences

def test_only_http_and_https_addresses_become_links(store: Path) -> None:
    page = page_of(store, "article/" + RESULT_ID.replace("_", "-"))
    assert UNSAFE_URL in html.unescape(words(page))  # shown, as text
    assert "javascript:" not in " ".join(re.findall(r'href="([^"]*)"', page))


@pytest.mark.slow  # publishes a site: out of `make test-fast`; `make test` runs it
def test_a_document_says_what_it_is_about_and_each_graph_whose_it_is(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert CliRunner().invoke(cli, ["publish", str(out), "--store", str(store)]).exit_code == 0
    graph = rdflib.Graph().parse(out / f"doc/{PERSON_PATH}.ttl")
    topic = rdflib.URIRef("http://xmlns.com/foaf/0.1/primaryTopic")
    assert (rdflib.URIRef(f"https://elexgraph.org/doc/{PERSON_PATH}"), topic,
            rdflib.URIRef(f"https://elexgraph.org/id/{PERSON_PATH}")) in graph
    article_graph = rdflib.Graph().parse(out / f"graph/{RESULT_ID}.ttl")
    rights = " ".join(str(o) for o in article_graph.objects(None, rdflib.URIRef("http://purl.org/dc/terms/rights")))
    assert "fair dealing" in rights and "Anytown Echo" in rights and RESULT_HEADLINE in rights
    void = rdflib.Graph().parse(out / "void.ttl")
    assert "Open Parliament Licence v3.0" in " ".join(
        str(o) for o in void.objects(None, rdflib.URIRef("http://purl.org/dc/terms/rights")))


# ---------------------------------------------------------------- index lists

NAMES = [Entry(f"x:{n}", n, None, "", frozenset({p}), frozenset({"2024 general election"}), news, not news)
         for n, p, news in (("Alex Sanderson", "Green", True), ("Anderson Roe", "Labour", True),
                            ("Kim Anderson", "Reform UK", True), ("Lee Andrews", "Labour", False),
                            ("Sam Anderson", "Labour", False))]


@pytest.mark.parametrize("query", ["Anderson", "Mr Anderson", "anderson"])
def test_search_ranks_whole_names_then_surnames_then_words_then_parts(query: str) -> None:
    found = listing(NAMES, Filters(q=query), 1).entries
    assert [e.text for e in found] == ["Kim Anderson", "Sam Anderson", "Anderson Roe", "Alex Sanderson"]
    assert [e.text for e in listing(NAMES, Filters(q="Kim Anderson"), 1).entries][0] == "Kim Anderson"


def test_filters_and_pages() -> None:
    assert [e.text for e in listing(NAMES, Filters(party="Labour", source="news"), 1).entries] == ["Anderson Roe"]
    assert [e.text for e in listing(NAMES, Filters(source="official"), 1).entries] == ["Lee Andrews", "Sam Anderson"]
    paged = [listing(NAMES, Filters(), page, per_page=2) for page in (1, 2, 3, 9)]
    assert [p.pages for p in paged] == [3, 3, 3, 3] and [p.page for p in paged] == [1, 2, 3, 3]
    assert [e.text for p in paged[:3] for e in p.entries] == sorted(e.text for e in NAMES)


def test_the_county_filter() -> None:
    seats = [Entry(f"x:{n}", n, None, "", counties=frozenset(c)) for n, c in (("Anytown", {"Anyshire"}),
             ("Otherby", {"Othershire"}), ("Bothwell", {"Anyshire", "Othershire"}), ("Nowhere", set()))]
    assert [e.text for e in listing(seats, Filters(county="Anyshire"), 1).entries] == ["Anytown", "Bothwell"]
    assert listing(seats, Filters(), 1).counties == ["Anyshire", "Othershire"]
    assert Filters.of({"county": "Anyshire"}).query("all") == "county=Anyshire"


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[str]:
    with serve(store, free_port()) as url:
        yield url


def test_index_pages_are_searched_filtered_and_paged_and_come_as_json_and_csv(server: str) -> None:
    people = httpx.get(server + "people", timeout=30).text
    assert "Ada Fixture" in people and 'name="q"' in people  # the people the news names, and a search box
    found = httpx.get(server + "people.json", params={"q": "Ms Fixture Ada"}, timeout=30).json()
    assert found["rows"] and found["rows"][0]["label"] == "Ada Fixture"
    as_csv = list(csv.DictReader(io.StringIO(httpx.get(server + "people", params={"_format": "csv", "party": "Green"},
                                                       timeout=30).text)))
    assert [row["label"] for row in as_csv] == ["Cy Third"]
    every = httpx.get(server + "constituencies.json", timeout=30).json()
    past = httpx.get(server + "constituencies.json", params={"page": "99"}, timeout=30).json()
    assert past["page"] == past["pages"] == -(-every["total"] // 100) and len(past["rows"]) <= 100  # the last page
    assert json.loads(httpx.get(server + "people.json", timeout=30).text)["total"] >= 3
    county = next(c for row in every["rows"] for c in row["counties"])
    in_county = httpx.get(server + "constituencies.json", params={"county": county}, timeout=30).json()
    assert 0 < in_county["total"] < every["total"] and all(county in row["counties"] for row in in_county["rows"])
    assert 'name="county"' in httpx.get(server + "constituencies", timeout=30).text


def test_the_home_page_starts_a_journalist_off(server: str) -> None:
    home = httpx.get(server, timeout=30).text
    text = words(home)
    assert 'id="search"' in home and "Latest party changes" in text and "Bob Sample" in text
    assert "Questions it answers" in text and 'href="/sparql?query=' in home


# ---------------------------------------------------------------- publish mirrors the store

@pytest.mark.slow  # publishes a site four times: out of `make test-fast`; `make test` runs it
def test_publish_mirrors_the_store_and_a_stopped_publish_leaves_the_old_site(store: Path, tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "store"
    build_pages_store(copy)
    out = tmp_path / "site"
    publish = ["publish", str(out), "--store", str(copy)]
    assert CliRunner().invoke(cli, publish).exit_code == 0
    article_page = out / f"doc/article/{RESULT_ID}.html"
    assert article_page.is_file() and (out / "doc/person/cy-third.html").is_file()
    kept = (out / f"doc/{PERSON_PATH}.jsonld").stat().st_ino
    again = CliRunner().invoke(cli, publish)
    files = sum(1 for p in out.rglob("*") if p.is_file())
    assert f"in {files} file(s)" in again.stdout and f"({files} unchanged" in again.stdout  # nothing rewritten
    assert (out / f"doc/{PERSON_PATH}.jsonld").stat().st_ino == kept
    with open_store(copy) as graph_store:
        graph_store.remove_graphs([Minter().graph(RESULT_ID)])
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    from elexgraph.web import pages

    def stopped(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(pages, "summarised_page", stopped)
    # one process, so that the stop is met here rather than in a worker the patch does not reach
    assert CliRunner().invoke(cli, [*publish, "--jobs", "1"]).exit_code != 0
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before  # the old site, whole
    monkeypatch.undo()
    assert CliRunner().invoke(cli, publish).exit_code == 0
    assert not article_page.exists() and not (out / "doc/person/cy-third.html").exists()
    assert (out / f"doc/{PERSON_PATH}.html").is_file()
    assert _left_beside(tmp_path) == []  # nothing left beside it, once the old site's removal ends


def _left_beside(folder: Path, seconds: float = 60.0) -> list[Path]:
    """What a publish left beside its site, once the process removing the previous site (in the background) is done
    or `seconds` have passed."""
    deadline = time.monotonic() + seconds
    while (left := list(folder.glob(".site.*"))) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


@pytest.mark.slow  # publishes twice: out of `make test-fast`
def test_the_previous_site_is_removed_in_the_background_once_the_new_one_is_in_place(store: Path,
                                                                                   tmp_path: Path) -> None:
    """At 10,000 articles removing the previous site (1.27 M links, 310 k folders) took minutes after the last
    page: the publish now ends as soon as the new site is in place."""
    out = tmp_path / "site"
    publish = ["publish", str(out), "--store", str(store), "--jobs", "1"]
    assert CliRunner().invoke(cli, publish).exit_code == 0
    (out / "doc" / "marker.txt").write_text("the previous site's")  # a file only the previous site holds
    assert CliRunner().invoke(cli, publish).exit_code == 0
    assert not (out / "doc" / "marker.txt").exists() and (out / f"doc/{PERSON_PATH}.html").is_file()
    assert _left_beside(tmp_path) == []


def test_publish_will_not_empty_a_folder_it_did_not_write(store: Path, tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("x")
    result = CliRunner().invoke(cli, ["publish", str(tmp_path / "mine"), "--store", str(store)])
    assert result.exit_code == 1 and "did not publish" in result.stderr
    assert (tmp_path / "mine" / "notes.txt").read_text() == "x"


# ---------------------------------------------------------------- in a browser

@pytest.fixture(scope="module")
def published(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("published") / "site"
    assert CliRunner().invoke(cli, ["publish", str(out), "--store", str(store)]).exit_code == 0
    return out


@pytest.mark.browser
def test_the_published_folder_opens_from_disk_with_no_broken_link(published: Path, chromium: str) -> None:
    from tests.conftest import headless_page

    with headless_page(chromium) as page:
        for start in ("index.html", f"doc/{PERSON_PATH}.html", f"doc/{SEAT_PATH}.html"):
            _follow_every_link(page, published, start)


def _follow_every_link(page: object, published: Path, start: str, opened: str = "") -> list[str]:
    """Every local link of the page at `start` (opened from disk) points at a file, and each page it leads to (whose
    address holds `opened`) opens; the links."""
    page.goto((published / start).as_uri())
    links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    local = sorted({link.split("#")[0] for link in links if link.startswith("file:")})
    assert local, start
    for link in local:
        target = Path(httpx.URL(link).path)
        assert target.is_file(), f"{start}: {link} is broken"
        if target.suffix == ".html" and opened in link:
            page.goto(link)
            assert page.locator("main, body").first.inner_text(), link
            page.goto((published / start).as_uri())
    return local


@pytest.mark.browser
@pytest.mark.parametrize("path,first", [(SEAT_PATH, "Results"), ("party/labour", "Seats by election"),
                                        ("election/2024-general-election", "Seats by party")])
def test_seat_party_and_election_pages_in_chromium(server: str, chromium: str, path: str, first: str) -> None:
    from tests.conftest import headless_page

    with headless_page(chromium) as page:
        response = page.goto(f"{server}doc/{path}")
        assert len(response.body()) < 1_000_000
        summary = page.locator("#summary")
        assert first in summary.inner_text()
        assert summary.bounding_box()["y"] < page.locator("#data").bounding_box()["y"]
        cards = page.eval_on_selector_all("div.fact > p:first-child > a", "els => els.map(e => e.getAttribute('href'))")
        assert len(cards) == len(set(cards))
        text = page.locator("main").inner_text()
        assert RESULT_HEADLINE in text and RESULT_ID not in text
        if path == SEAT_PATH:
            names = summary.locator("table tr td:first-child").all_inner_texts()
            ours = ["Ada Fixture", "Bob Sample", "Cy Third"]
            assert [n for n in names if n in ours] == ours  # first place first (the seeds report the seat too)


# ---------------------------------------------------------------- a resource with many facts, a page at a time

def test_a_resource_with_many_facts_is_read_one_page_of_facts_at_a_time(store: Path, monkeypatch) -> None:
    """Issue 16: a party's or an election's page read every fact that names it (113,703 triples for a party on
    10,000 articles, over 30 s for an election) to show fifty."""
    monkeypatch.setattr(describe_module, "WHOLE_FACTS", 10)
    with open_store(store) as graph_store:
        site = Site.for_store(graph_store)
        iri = site.iri("id/election/2024-general-election")
        whole = describe(graph_store, site, iri)
        paged = [described_page(graph_store, site, iri, n) for n in range(1, 10)]
    facts = {t.subject.value for t in whole if t.object == NamedNode(iri) and t.subject.value != iri}
    shown = [{t.subject.value for t in p.triples if t.object == NamedNode(iri)} for p in paged]
    pages = -(-len(facts) // 50)
    assert len(facts) > 50 and all(p.total == len(facts) for p in paged)
    assert [len(s) for s in shown[:pages]] == [50] * (pages - 1) + [len(facts) - 50 * (pages - 1)]
    assert set().union(*shown[:pages]) == facts and sum(map(len, shown[:pages])) == len(facts)  # each once
    assert paged[-1].page == pages and shown[-1] == shown[pages - 1]  # past the last page: the last
    for fact in shown[0]:  # each fact of the page described as the whole description describes it
        assert {t for t in paged[0].triples if t.subject.value == fact} == {t for t in whole if t.subject.value == fact}
    own = {t for t in whole if t.subject.value == iri}
    assert all(own <= set(p.triples) for p in paged)


def test_a_page_of_a_resource_with_many_facts_counts_them_all_and_links_the_next(store: Path, monkeypatch) -> None:
    monkeypatch.setattr(describe_module, "WHOLE_FACTS", 10)
    path = "election/2024-general-election"
    with open_store(store) as graph_store:
        site = Site.for_store(graph_store)
        iri = site.iri("id/" + path)
        first, second = (described_page(graph_store, site, iri, n) for n in (1, 2))
        html_pages = [resource_page(graph_store, site, iri, p.triples, site.path("doc/" + path), RDF_FORMATS,
                                    p.page, p.total) for p in (first, second)]
    assert f"Facts ({first.total})" in words(html_pages[0]) and html_pages[0].count('<div class="fact">') == 0
    assert "Seats by party" in words(html_pages[0]) and "Seats by party" not in words(html_pages[1])
    assert f'href="/doc/{path}?page=2"' in html_pages[0] and "Page 2 of the facts" in words(html_pages[1])
    lines = [re.findall(r'<li><a href="([^"]+)">elex:\w+</a>', page) for page in html_pages]
    assert len(lines[0]) == len(set(lines[0])) == 50 and lines[1] and set(lines[0]).isdisjoint(lines[1])


def test_a_fact_line_names_each_value_once_after_its_property_and_links_the_facts_page() -> None:
    from elexgraph.web.cards import fact_lines
    from elexgraph.web.describe import Fact, Value

    seat = [Value("Brook Hill", "../constituency/brook-hill.html")]
    fact = Fact("https://example.org/id/f1", "../article/a/f1.html", "elex:Candidacy", "elex:election",
                [("elex:candidate", [Value("Jane <Roe>")]), ("elex:constituency", seat), ("elex:electoralArea", seat),
                 ("elex:votes", [Value("1200")])], "Jane Roe won.", Value("Lowfield news"))
    line = str(fact_lines([fact]))
    assert line.count("<li>") == 1 and '<li><a href="../article/a/f1.html">elex:Candidacy</a>' in line
    assert 'candidate</span> Jane &lt;Roe&gt;' in line and 'votes</span> 1200' in line
    assert line.count("Brook Hill") == 1 and "electoralArea" not in line  # the same seat once
    assert "(Lowfield news)" in line and "Jane Roe won." not in line  # the sentence is on the fact's own page


# ---------------------------------------------------------------- an extractor's page: its facts counted, then paged

def extractor_path(name: str) -> str:
    return f"extractor/{name}-{reader_versions()[name]}"


def test_an_extractors_page_counts_its_facts_by_kind_above_them(store: Path) -> None:
    drawn = page_of(store, extractor_path(PROSE))
    page, counts = words(drawn), section(drawn, "Facts by kind", "The data")
    total = int(re.search(r"Facts \((\d+)\)", page).group(1))
    by_kind = {kind: int(n.replace(",", "")) for kind, n in re.findall(r"(elex:\w+) ([\d,]+)", counts)}
    assert {"elex:Candidacy", "elex:ElectionResult"} <= set(by_kind) and sum(by_kind.values()) == total > 50
    assert list(by_kind.values()) == sorted(by_kind.values(), reverse=True)  # the most first


# Paths of resources with more than ten facts: each is described a page of facts at a time when the limit is ten.
PAGED = (extractor_path(PROSE), "election/2024-general-election")


@pytest.fixture(scope="module")
def paged_site(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site published with resources of more than ten facts described a page of facts at a time, as those of more
    than WHOLE_FACTS are (parties, elections, the extractors and the official publisher at scale); in one process,
    so that the limit reaches the drawing."""
    out = tmp_path_factory.mktemp("paged") / "site"
    with pytest.MonkeyPatch.context() as patch, open_store(store, read_only=True) as graph_store:
        patch.setattr(describe_module, "WHOLE_FACTS", 10)
        publish_site(graph_store, out, Site.for_store(graph_store, static=True), jobs=1)
    return out


@pytest.mark.slow  # publishes a site: out of `make test-fast`
def test_a_resource_with_many_facts_is_published_as_served_a_page_of_facts_a_file(store: Path, paged_site: Path,
                                                                                  monkeypatch) -> None:
    """Issue 16: the official publisher's and an extractor's pages listed every fact they made in one document (a
    127 MB JSON-LD at 10,000 articles). Published, each page of facts is a file, the page served at ?page=N, and
    the data formats describe the resource itself (each fact's own document says whose it is)."""
    monkeypatch.setattr(describe_module, "WHOLE_FACTS", 10)
    with open_store(store, read_only=True) as graph_store:
        site = Site.for_store(graph_store, static=True)
        for path in PAGED:
            iri, here = site.iri("id/" + path), site.at(f"doc/{path}.html")
            first = described_page(graph_store, here, iri)
            pages = -(-first.total // 50)
            assert first.total > 50 and first.own
            for number in range(1, pages + 2):
                file = paged_site / here.paged("doc/" + path, number)[len(here.root):]
                if number > pages:
                    assert not file.exists(), file
                    continue
                found = described_page(graph_store, here, iri, number)
                served = resource_page(graph_store, here, iri, found.triples, here.root + "doc/" + path,
                                       STATIC_FORMATS, number, found.total)
                assert file.read_text() == served, file
            for fmt in (RdfFormat.TURTLE, RdfFormat.JSON_LD):
                suffix = ".ttl" if fmt == RdfFormat.TURTLE else ".jsonld"
                published = {q.triple for q in pyoxigraph.parse(path=str(paged_site / f"doc/{path}{suffix}"),
                                                                format=fmt)}
                assert published == set(with_topic(site, iri, first.own)), path


@pytest.mark.slow  # reads the site published above
def test_each_fact_line_of_a_published_page_links_the_facts_own_page_from_disk(paged_site: Path) -> None:
    """A page of a resource with many facts lists each fact as one line (not its card): its kind linked to the fact's
    own page, a file beside it (relative, so it opens from file://), which shows the fact's values in full."""
    for path in PAGED:
        files = sorted(paged_site.glob(f"doc/{path}*.html"))
        for file in files:
            text = file.read_text()
            links = re.findall(r'<li><a href="([^"]+)">elex:\w+</a>', text)
            assert links and '<div class="fact">' not in text, file
            for link in links:
                target = Path(os.path.normpath(file.parent / html.unescape(link).split("#")[0]))
                assert target.is_file() and '<table>' in target.read_text(), f"{file}: {link}"
        assert sum(len(re.findall(r'<li><a href=', f.read_text())) for f in files) == int(
            re.search(r"Facts \((\d+)\)", files[0].read_text()).group(1))  # every fact once


@pytest.mark.browser
def test_the_pages_of_a_resource_with_many_facts_open_from_disk_one_after_another(paged_site: Path,
                                                                                   chromium: str) -> None:
    from tests.conftest import headless_page

    with headless_page(chromium) as page:
        for path in PAGED:
            files = sorted(paged_site.glob(f"doc/{path}*.html"))
            assert len(files) > 1, path
            for file in files:  # each page's links resolve, and the other pages of facts it links open
                _follow_every_link(page, paged_site, file.relative_to(paged_site).as_posix(), opened=f"{path}.page-")
