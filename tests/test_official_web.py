"""The linked-data pages of a person and a seat show the official result beside the reported one, with the
findings: served for real (uvicorn in a subprocess) and published as static files."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from elexgraph.build import build
from elexgraph.check import check, write_findings
from elexgraph.official.load import load
from elexgraph.publish import publish
from elexgraph.store import open_store
from elexgraph.web.site import Site
from tests.conftest import SEEDS
from tests.official_data import east_midlands_rows
from tests.servers import free_port
from tests.test_web_server import serve

pytestmark = pytest.mark.server


@pytest.fixture()
def store_path(shared: Path, tmp_path: Path) -> Path:
    path = tmp_path / "store"
    with open_store(path, create=True) as store:
        build([SEEDS], store)
        seats = (b",Broxtowe,,East Midlands,", b",Ashfield,,East Midlands,")
        report = load([east_midlands_rows(shared, f"HoC-GE2024-results-by-{layout}.csv", tmp_path, seats)
                       for layout in ("candidate", "constituency")], store)
        assert len(report.loaded) == 2 and not report.failed
        write_findings(store, check(store))
    return path


def test_person_and_seat_pages_show_the_official_result_and_the_findings(store_path: Path) -> None:
    with serve(store_path, free_port()) as url:
        person = httpx.get(url + "doc/person/juliet-campbell", headers={"Accept": "text/html"}).text
        seat = httpx.get(url + "doc/constituency/broxtowe-2024.html").text
        plain = httpx.get(url + "doc/party/labour.html").text
    assert "Official results beside the news" in person
    assert "19,561 votes · 40.89% · 1st" in person and "15,579 votes · 47.4% · 1st" in person
    assert "votes <strong>15579</strong> stated, <strong>19561</strong> official" in person
    assert "gain from Conservative, majority 8,403" in person
    for candidate in ("Juliet Campbell", "Darren Henry", "Joseph Oakley", "Teresa Needham"):
        assert candidate in seat
    assert "Official results beside the news" not in plain


def test_published_pages_show_them_too(store_path: Path, tmp_path: Path) -> None:
    with open_store(store_path) as store:
        publish(store, tmp_path / "site", Site.for_store(store, static=True))
    page = (tmp_path / "site" / "doc" / "person" / "rhea-keehn.html").read_text(encoding="utf-8")
    assert "11,554 votes" in page and "11,553 votes" in page and "votes <strong>11553</strong> stated" in page
