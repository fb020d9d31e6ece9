"""A person's page leads with a summary in words (party, office, elections with results, party changes with
dates, quotes) above the RDF view, on the server and in the static site; and the index pages a journalist reads."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from elexgraph.cli import cli
from elexgraph.store import open_store
from elexgraph.web.describe import Description, describe
from elexgraph.web.site import Site
from elexgraph.web.summary import PersonSummary, person_summary
from tests.servers import free_port
from tests.test_web_fixture import HEADLINE, PERSON, PERSON_PATH, SENTENCES, build_web_store
from tests.test_web_server import serve

BASE = "https://elexgraph.org/"
RIVAL_PATH = "person/bob-sample"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_web_store(tmp_path_factory.mktemp("person") / "store")


@pytest.fixture(scope="module")
def site(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    result = CliRunner().invoke(cli, ["publish", str(out), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def summaries(store: Path) -> dict[str, PersonSummary | None]:
    """The summaries of a few pages, read before the server takes the store's lock."""
    with open_store(store) as graph_store:
        site = Site.for_store(graph_store)
        found = {}
        for path in (PERSON_PATH, RIVAL_PATH, "party/labour"):
            iri = site.iri("id/" + path)
            found[path] = person_summary(Description(describe(graph_store, site, iri), site), iri)
        return found


@pytest.fixture(scope="module")
def server(store: Path, site: Path, summaries: dict) -> Iterator[str]:
    """Served once the site is published and the summaries read: the server holds the store's lock."""
    with serve(store, free_port()) as url:
        yield url


def words(page: str) -> str:
    """The text of a page's main part as a reader sees it: tags gone, white space collapsed."""
    main = page[page.index("<main>"):]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", main)).split())


def test_the_summary_says_party_elections_changes_and_quotes(summaries: dict[str, PersonSummary | None]) -> None:
    ada = summaries[PERSON_PATH]
    assert ada.party.text == "Labour" and ada.party_note == "at the 2024 general election"
    [contest] = ada.contests
    assert (contest.election.text, contest.seat.text, contest.party.text, contest.votes, contest.share, contest.result) == (
        "2024 general election", "Leicester South (2024–)", "Labour", "20,100", "45.5%", "won")
    assert [s.article.text for s in contest.sources] == [HEADLINE] and contest.sources[0].date == "5 July 2024"
    assert [q.text for q in ada.quotes] == ["This is a win for every street in the city."]
    bob = summaries[RIVAL_PATH]
    assert bob.contests[0].result == "second"
    [change] = bob.changes
    assert (change.date, change.words, change.from_party.text, change.to_party.text, change.dated_by_article) == (
        "1 May 2023", "defected", "Conservative", "Reform UK", False)
    assert change.sentence == SENTENCES[3]


def test_only_a_person_gets_a_summary(summaries: dict[str, PersonSummary | None]) -> None:
    assert summaries["party/labour"] is None


def page_checks(page: str) -> None:
    text = words(page)
    summary, data = text.index("Elections"), text.index("The data")
    assert text.index("Party: Labour at the 2024 general election") < summary < data
    assert "2024 general election Leicester South (2024–) Labour 20,100 45.5% won" in text[summary:data]
    assert "This is a win for every street in the city." in text[summary:data]
    assert "45.5%" in text[data:] and "0.455" not in text  # the RDF view says shares as percents too
    assert SENTENCES[0] in text[data:]  # the RDF view is kept below


def test_the_served_and_published_pages_lead_with_the_summary(server: str, site: Path) -> None:
    page_checks(httpx.get(f"{server}doc/{PERSON_PATH}", headers={"Accept": "text/html"}, timeout=10).text)
    page_checks((site / f"doc/{PERSON_PATH}.html").read_text(encoding="utf-8"))
    rival = words((site / f"doc/{RIVAL_PATH}.html").read_text(encoding="utf-8"))
    assert "1 May 2023 : defected from Conservative to Reform UK" in rival


def test_the_article_and_constituency_indexes_say_what_each_entry_is(server: str, site: Path) -> None:
    for articles, constituencies in (
            (httpx.get(server + "articles", timeout=10).text, httpx.get(server + "constituencies", timeout=10).text),
            ((site / "articles.html").read_text(encoding="utf-8"), (site / "constituencies.html").read_text(encoding="utf-8"))):
        assert f"{HEADLINE} — Fixture Post, 5 July 2024" in words(articles)
        assert "Summary" not in words(articles)  # a live page is headed by its 'Live …' line
        assert "Leicester South (2024–)" in words(constituencies)


@pytest.mark.browser
def test_a_person_page_in_chromium_shows_the_summary_above_the_data(server: str, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    from scripts.screenshot import CHROMIUM_ARGS

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{server}id/{PERSON_PATH}")
            assert page.locator("h1").inner_text() == PERSON
            summary = page.locator("#summary")
            assert summary.is_visible() and "Party: Labour" in summary.inner_text()
            cells = summary.locator("table.contests tr").nth(1).locator("td").all_inner_texts()
            assert cells[:6] == ["2024 general election", "Leicester South (2024–)", "Labour", "20,100", "45.5%", "won"]
            assert summary.bounding_box()["y"] < page.locator("#data").bounding_box()["y"]
            assert SENTENCES[0] in page.locator("blockquote.sentence").all_inner_texts()
        finally:
            browser.close()
