"""The graph the web tests serve: the seeds, plus one article whose facts are written through the data model,
so the web layer is tested against the graph's shape whatever the extractors find in the seeds today."""

from __future__ import annotations

import hashlib
from pathlib import Path

from elexgraph.articles import Article
from elexgraph.build import build
from elexgraph.extract import reader_versions
from elexgraph.extract.party_changes import NAME as CHANGES
from elexgraph.extract.result_lists import NAME as LISTS
from elexgraph.facts import ArticleFacts, Candidacy, Election, Evidence, PartyChange, Person, Quote
from elexgraph.iris import Minter
from elexgraph.queries import run_query
from elexgraph.store import open_store
from elexgraph.triples import article_quads
from tests.conftest import SEEDS

PERSON = "Ada Fixture"
PERSON_PATH = "person/ada-fixture"
HEADLINE = "Fixture wins Leicester South"
SENTENCES = (
    "Labour's Ada Fixture won Leicester South with 20,100 votes (45.5%).",
    "Reform UK's Bob Sample came second with 9,870 votes.",
    "Ada Fixture said: \"This is a win for every street in the city.\"",
    "Bob Sample defected from the Conservatives to Reform UK in 2023.",
)
TEXT = HEADLINE + "\n\n" + "\n".join(SENTENCES) + "\n"


def _evidence(sentence: str) -> Evidence:
    start = TEXT.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def fixture_facts() -> tuple[Article, ArticleFacts]:
    election = Election("general", 2024, "2024-07-04")
    article = Article(id="web-fixture-2024", path=Path("web-fixture-2024.txt"), text=TEXT, title=HEADLINE,
                      digest=hashlib.sha256(TEXT.encode()).hexdigest(), date="2024-07-05", publisher="Fixture Post")
    ev = [_evidence(s) for s in SENTENCES]
    facts = ArticleFacts(
        people={PERSON: Person(PERSON, ("Ms Fixture",)), "Bob Sample": Person("Bob Sample")},
        facts=[Candidacy(ev[0], LISTS, election, "Leicester South", PERSON, "Labour", 20100, 45.5, 1),
               Candidacy(ev[1], LISTS, election, "Leicester South", "Bob Sample", "Reform UK", 9870, None, 2),
               Quote(ev[2], "quotes", PERSON, "This is a win for every street in the city."),
               PartyChange(ev[3], CHANGES, "Bob Sample", "defection", "Conservative", "Reform UK", "2023-05-01")],
        readers=reader_versions())
    return article, facts


def build_web_store(path: Path, base: str | None = None) -> Path:
    """The seeds and the fixture article, built into an embedded store under `base` (default base if None)."""
    minter = Minter(base)
    article, facts = fixture_facts()
    with open_store(path, create=True) as store:
        build([SEEDS], store, minter=minter)
        store.replace_graphs({minter.graph(article.id): article_quads(article, facts, minter)})
    return path


def test_the_fixture_article_states_its_candidacies(tmp_path: Path) -> None:
    with open_store(build_web_store(tmp_path / "store")) as store:
        result = run_query(store, "candidacies")
    people = {(row[2].value, row[result.variables.index("source")].value) for row in result.rows}
    assert {(PERSON, HEADLINE), ("Bob Sample", HEADLINE)} <= people
