"""The static site: every page, .ttl and .jsonld file, the indexes, sitemap and VoID, with links that resolve."""

from __future__ import annotations

import html
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
import rdflib
from click.testing import CliRunner

from elexgraph.cli import cli
from tests.test_web_fixture import HEADLINE, PERSON, PERSON_PATH, SENTENCES, build_web_store

pytestmark = pytest.mark.slow  # publishes a site: out of `make test-fast`; `make test` runs it

BASE = "https://example.github.io/elexgraph/"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("publish")
    store = build_web_store(tmp / "store")
    result = CliRunner().invoke(cli, ["publish", str(tmp / "site"), "--store", str(store), "--base-uri", BASE])
    assert result.exit_code == 0, result.output
    assert "published" in result.stdout
    return tmp / "site"


def test_a_person_has_a_page_turtle_and_jsonld_under_the_chosen_base(site: Path) -> None:
    person = rdflib.URIRef(f"{BASE}id/{PERSON_PATH}")
    for suffix, fmt in ((".ttl", "turtle"), (".jsonld", "json-ld")):
        graph = rdflib.Graph().parse(site / f"doc/{PERSON_PATH}{suffix}", format=fmt)
        assert (person, rdflib.RDFS.label, rdflib.Literal(PERSON)) in graph
    page = html.unescape((site / f"doc/{PERSON_PATH}.html").read_text(encoding="utf-8"))
    assert PERSON in page and HEADLINE in page and SENTENCES[0] in page
    stub = (site / f"id/{PERSON_PATH}/index.html").read_text(encoding="utf-8")
    assert f'url=../../../doc/{PERSON_PATH}.html' in stub  # relative: the site opens from disk too


def test_every_local_link_points_at_a_written_file(site: Path) -> None:
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert 'href="/' not in text, f"{page}: a root-relative link breaks from file:// and under a sub-path"
        for href in re.findall(r'href="([^"#]*)', text):
            if not href.startswith(("http://", "https://")):
                assert (page.parent / html.unescape(href)).is_file(), f"{page}: {href}"


def test_indexes_sitemap_and_void(site: Path) -> None:
    for name in ("index", "people", "parties", "constituencies", "elections", "articles", "ontology"):
        assert (site / f"{name}.html").is_file()
    assert f"doc/{PERSON_PATH}.html" in (site / "people.html").read_text(encoding="utf-8")
    locations = [loc.text for loc in ElementTree.parse(site / "sitemap.xml").iter(
        "{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert f"{BASE}doc/{PERSON_PATH}.html" in locations and f"{BASE}people.html" in locations
    void = rdflib.Graph().parse(site / "void.ttl", format="turtle")
    dataset = rdflib.URIRef(BASE + "void#dataset")
    assert (dataset, rdflib.RDF.type, rdflib.URIRef("http://rdfs.org/ns/void#Dataset")) in void
    assert (dataset, rdflib.URIRef("http://rdfs.org/ns/void#sparqlEndpoint"), None) not in void
    assert rdflib.Dataset().parse(site / "dump.trig", format="trig")


def test_publishing_over_a_file_is_one_clear_line(tmp_path: Path) -> None:
    store = build_web_store(tmp_path / "store")
    (tmp_path / "taken").write_text("x")
    result = CliRunner().invoke(cli, ["publish", str(tmp_path / "taken"), "--store", str(store)])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("error:") and "not a folder" in result.stderr


def test_a_file_is_never_written_outside_the_site(tmp_path: Path) -> None:
    from elexgraph.errors import OutputError
    from elexgraph.publish import _Writer

    writer = _Writer(tmp_path / "site")
    for relative in ("../outside.html", "doc/../../outside.html", str(tmp_path / "outside.html")):
        with pytest.raises(OutputError, match="outside"):
            writer.write(relative, "x")
    assert not (tmp_path / "outside.html").exists()
