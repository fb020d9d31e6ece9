"""Issue 17: the evidence of a value is the sentence that prints it. A fact whose values come from several
sentences keeps each value's own sentence (elex:fieldEvidence), and `check` and the pages use it."""

from __future__ import annotations

from pathlib import Path

import pytest
from elexgraph.api import build_articles, extract_article
from elexgraph.extract.merge import combine
from elexgraph.facts import Candidacy, Election, Evidence, SeatResult, cited_by
from elexgraph.queries import run_query
from elexgraph.store import open_store
from elexgraph.validate import validate
from elexgraph.vocab import ELEX
from elexgraph.web.describe import describe
from elexgraph.web.negotiation import RDF_FORMATS
from elexgraph.web.pages import resource_page
from elexgraph.web.site import Site

WIN = "Jane Roe has won the Broxtowe seat for Labour at the 2024 general election, taking it from the Conservatives."
MAJORITY = "Ms Roe finished with a majority of 4,321 over Conservative Tom Poe."
TEXT = f"Labour takes Broxtowe\n\n{WIN}\n\nThe count at the leisure centre ran late into the night.\n\n{MAJORITY}\n"
ELECTION = Election("general", 2024)


def _evidence(sentence: str) -> Evidence:
    start = TEXT.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("articles") / "broxtowe-2024.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def store_path(article: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "store"
    with open_store(path, create=True) as store:
        build_articles([article], store)
    return path


def _result(facts: list) -> SeatResult:
    return next(f for f in facts if isinstance(f, SeatResult))


def test_a_value_told_in_another_sentence_keeps_that_sentence(article: Path) -> None:
    result = _result(extract_article(article).facts)
    assert result.majority == 4321 and result.evidence.text == MAJORITY
    told = dict(result.field_evidence)
    assert told["winner"].text == WIN and told["previous_party"].text == WIN
    assert "majority" not in told  # the fact's own sentence prints it


def test_merging_keeps_the_sentence_a_filled_value_came_from() -> None:
    listed = Candidacy(_evidence(WIN), "result_lists", ELECTION, "Broxtowe", "Jane Roe", "Labour")
    counted = Candidacy(_evidence(MAJORITY), "prose-results", ELECTION, "Broxtowe", "Jane Roe", votes=4321)
    merged = combine(listed, counted)
    assert merged.votes == 4321 and merged.evidence_of("votes").text == MAJORITY
    assert merged.evidence_of("party").text == WIN
    same = combine(listed, Candidacy(_evidence(WIN), "prose-results", ELECTION, "Broxtowe", "Jane Roe", rank=1))
    assert same.field_evidence == ()  # read from the fact's own sentence: nothing to keep apart


def test_citing_another_sentence_keeps_the_old_one_for_what_it_stated() -> None:
    fact = SeatResult(_evidence(WIN), "prose-results", ELECTION, "Broxtowe", "Jane Roe", "Labour", majority=4321,
                      field_evidence=(("majority", _evidence(MAJORITY)),))
    cited = cited_by(fact, _evidence(MAJORITY))
    assert cited.evidence.text == MAJORITY
    assert dict(cited.field_evidence) == {"winner": _evidence(WIN), "party": _evidence(WIN)}
    assert cited_by(fact, fact.evidence) is fact


def test_the_graph_keeps_each_values_sentence_and_conforms(store_path: Path) -> None:
    with open_store(store_path, read_only=True) as store:
        rows = run_query(store, "check-statements").rows
        report = validate(store)
    sentences = {prop: evidence.value for _, prop, _, _, _, evidence, _ in rows}
    assert sentences[ELEX.majority] == MAJORITY and sentences[ELEX.winner] == WIN
    assert sentences[ELEX.previousParty] == WIN
    assert report.conforms


def test_check_reads_a_values_own_sentence(store_path: Path) -> None:
    from elexgraph.check.statements import statements

    with open_store(store_path, read_only=True) as store:
        found = statements(run_query(store, "check-statements").rows, official=False)
    result = next(s for s in found if s.kind == "result")
    assert result.evidence == MAJORITY and WIN in result.field_sentences


def test_the_facts_page_shows_each_values_sentence(store_path: Path) -> None:
    site = Site("https://elexgraph.org/", "https://elexgraph.org/")
    with open_store(store_path, read_only=True) as store:
        fact = next(f.value for f, prop, *_ in run_query(store, "check-statements").rows if prop == ELEX.majority)
        page = resource_page(store, site, fact, describe(store, site, fact), "/doc/", RDF_FORMATS)
    assert f'<q class="muted">{WIN}</q>' in page
