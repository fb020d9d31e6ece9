"""Loading official results: each file its own named graph with its provenance, facts in the news facts' classes,
atomic and idempotent, and the people the news names joined to the official candidates whichever comes first."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import NamedNode

from elexgraph.build import build
from elexgraph.check import check, write_findings
from elexgraph.cli import cli
from elexgraph.facts import Evidence, Quote
from elexgraph.official.load import load
from elexgraph.align import align_articles, same_person
from elexgraph.queries import run_query
from elexgraph.store import open_store
from elexgraph.store.base import GraphStore
from elexgraph.validate import validate
from tests.conftest import SEEDS
from tests.official_data import Stood, candidacy, east_midlands_rows, news_article, write_candidates

BASE = "https://elexgraph.org/"


def dump(store: GraphStore, *, without_load_times: bool = False) -> list[bytes]:
    out = io.BytesIO()
    store.dump(out, "application/n-quads")
    return sorted(line for line in out.getvalue().splitlines()
                  if not (without_load_times and b"generatedAtTime" in line))


def ask(store: GraphStore, pattern: str) -> bool:
    prefixes = ("PREFIX elex: <https://elexgraph.org/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                "PREFIX dct: <http://purl.org/dc/terms/> PREFIX schema: <https://schema.org/> "
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                "PREFIX oa: <http://www.w3.org/ns/oa#> ")
    return bool(store.query(prefixes + "ASK { " + pattern + " }").boolean)


@pytest.fixture()
def em2024(shared: Path, tmp_path: Path) -> list[Path]:
    return [east_midlands_rows(shared, f"HoC-GE2024-results-by-{layout}.csv", tmp_path)
            for layout in ("candidate", "constituency")]


def test_each_file_is_a_named_graph_with_its_provenance(tmp_path: Path, em2024: list[Path]) -> None:
    with open_store(tmp_path / "store", create=True) as store:
        report = load(em2024, store)
        assert [f.key for f in report.loaded] == ["ge2024-by-candidate", "ge2024-by-constituency"]
        digest = hashlib.sha256(em2024[0].read_bytes()).hexdigest()
        assert ask(store, f"""GRAPH <{BASE}graph/official/ge2024-by-candidate> {{
            <{BASE}graph/official/ge2024-by-candidate> prov:wasDerivedFrom ?file ; prov:generatedAtTime ?when .
            ?file a elex:OfficialResults ; elex:contentDigest "{digest}" ; elex:sourceId "HoC-GE2024-results-by-candidate" ;
                  dct:license <https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/> ;
                  elex:attribution "Contains Parliamentary information licensed under the Open Parliament Licence v3.0." ;
                  dct:publisher ?library .
            ?library a prov:Organization ; rdfs:label "House of Commons Library" .
            FILTER (datatype(?when) = xsd:dateTime) }}""")


def test_official_facts_use_the_news_classes_with_their_row_as_evidence(tmp_path: Path, em2024: list[Path]) -> None:
    with open_store(tmp_path / "store", create=True) as store:
        load(em2024, store)
        campbell, library = f"<{BASE}id/person/juliet-campbell>", f"<{BASE}id/organisation/house-of-commons-library>"
        broxtowe, election = f"<{BASE}id/constituency/broxtowe-2024>", f"<{BASE}id/election/2024-general-election>"
        assert ask(store, f"""GRAPH ?g {{ ?c a elex:Candidacy ; elex:candidate {campbell} ; elex:election {election} ;
            elex:constituency {broxtowe} ; elex:votes 19561 ; elex:voteShare 0.408901 ; elex:rank 1 ;
            prov:wasAttributedTo {library} ; prov:wasDerivedFrom ?file ;
            elex:evidence/oa:hasSelector/oa:exact ?row . ?file a elex:OfficialResults .
            FILTER (STRSTARTS(?row, "E14001140,") && CONTAINS(?row, ",Juliet,Campbell,")) }}""")
        assert ask(store, f"""GRAPH ?g {{ ?r a elex:ElectionResult ; elex:constituency {broxtowe} ; elex:winner {campbell} ;
            elex:outcome elex:Gain ; elex:previousParty/rdfs:label "Conservative" ; elex:majority 8403 }}""")
        assert ask(store, f"""GRAPH ?g {{ {broxtowe} elex:gssCode "E14001140" }}""")
        assert ask(store, f"""GRAPH ?g {{ {campbell} schema:sameAs ?dc ; elex:democracyClubId ?id
            FILTER (STRSTARTS(STR(?dc), "https://candidates.democracyclub.org.uk/person/")) }}""")


def test_votes_per_party_for_2010(shared: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "store", create=True) as store:
        load([east_midlands_rows(shared, "HoC-GE2010-results-by-constituency.csv", tmp_path)], store)
        broxtowe = f"<{BASE}id/constituency/broxtowe-2010>"
        assert ask(store, f"""GRAPH ?g {{ ?p a elex:PartyResult ; elex:constituency {broxtowe} ;
            elex:party/rdfs:label "Labour" ; elex:votes 20196 ; elex:rank 2 }}""")
        assert ask(store, f"""GRAPH ?g {{ ?c a elex:Candidacy ; elex:constituency {broxtowe} ;
            elex:candidate <{BASE}id/person/anna-soubry> ; elex:votes 20585 ; elex:rank 1 }}""")


def test_a_seat_outside_the_reference_data_keeps_its_boundary_set_and_code(shared: Path, tmp_path: Path) -> None:
    lines = (shared / "data/official/published/HoC-GE2024-results-by-constituency.csv").read_bytes().splitlines(True)
    first = tmp_path / "HoC-GE2024-results-by-constituency.csv"
    first.write_bytes(lines[0] + lines[1])  # Aberafan Maesteg, in Wales
    with open_store(tmp_path / "store", create=True) as store:
        load([first], store)
        assert ask(store, f"""GRAPH ?g {{ <{BASE}id/constituency/aberafan-maesteg-2024> elex:gssCode "W07000081" ;
            elex:boundarySet "2024"^^xsd:gYear ; rdfs:label "Aberafan Maesteg" }}""")


def test_loading_a_file_twice_changes_nothing(tmp_path: Path, em2024: list[Path]) -> None:
    with open_store(tmp_path / "store", create=True) as store:
        load(em2024, store)
        before = dump(store)
        again = load(em2024, store)
        assert again.loaded == [] and len(again.unchanged) == 2 and dump(store) == before


def test_a_bad_file_leaves_the_stored_graph_as_it_was(tmp_path: Path, em2024: list[Path]) -> None:
    with open_store(tmp_path / "store", create=True) as store:
        load(em2024, store)
        before = dump(store)
        cut = tmp_path / "cut" / em2024[0].name
        cut.parent.mkdir()
        cut.write_bytes(em2024[0].read_bytes()[:-40])
        report = load([cut], store)
        assert report.loaded == [] and "cut short" in str(report.failed[0]) and dump(store) == before


def test_two_files_of_one_election_and_layout_cannot_both_load(tmp_path: Path, em2024: list[Path]) -> None:
    changed = tmp_path / "other" / "HoC-GE2024-results-by-candidate.csv"
    changed.parent.mkdir()
    changed.write_bytes(em2024[0].read_bytes().replace(b",19561,", b",19560,"))
    with open_store(tmp_path / "store", create=True) as store:
        report = load([em2024[0], changed], store)
        assert [f.path for f in report.loaded] == [em2024[0]]
        assert str(report.failed[0]) == (f"{changed}: holds the 2024 results by candidate, as {em2024[0]} does: "
                                         "load one of them")


@pytest.mark.parametrize(("printed", "official", "same"), [
    ("Jo White", "Joanne White", True), ("Joanne White", "Jo White", True), ("Sir Edward Leigh", "Edward Leigh", True),
    ("Dr Luke Evans", "Luke Evans", True), ("Bob Example", "Robert Example", True), ("J. Example", "Jane Example", True),
    ("Ann Example-Smith", "Ann Smith", True), ("Ann Adam Example", "Ann Adam", True), ("Mr Example", "Ann Example", True),
    ("Ann Example", "Ann Sample", False), ("Ann Example", "Bob Example", False), ("Jo White", "Joseph Black", False),
])
def test_names_as_the_news_prints_them(printed: str, official: str, same: bool) -> None:
    assert same_person(printed, official) is same


def test_news_people_join_official_candidates_whichever_comes_first(shared: Path, tmp_path: Path,
                                                                    em2024: list[Path]) -> None:
    # The Bassetlaw article prints "Joanne White"; the Library's file names her "Jo White".
    article = shared / "dev" / "articles" / "bassetlaw-2024-nottinghampost.txt"
    dumps = []
    for order in ("news first", "official first"):
        with open_store(tmp_path / order, create=True) as store:
            if order == "news first":
                build([article], store)
                assert load(em2024, store).aligned == [NamedNode(f"{BASE}graph/bassetlaw-2024-nottinghampost")]
            else:
                load(em2024, store)
                build([article], store)
            assert ask(store, f"""GRAPH <{BASE}graph/bassetlaw-2024-nottinghampost> {{
                ?c elex:candidate <{BASE}id/person/jo-white> . <{BASE}id/person/jo-white> rdfs:label "Joanne White" }}""")
            dumps.append(dump(store, without_load_times=True))
    assert dumps[0] == dumps[1]


def test_a_person_joined_in_one_article_is_joined_in_every_article_that_names_them(tmp_path: Path) -> None:
    # "Jon Example" stands in Broxtowe in one article and is only quoted in another: the Library names him
    # "Jonathan Example". Both articles' "Jon Example" become the official candidate, whichever comes first.
    official = write_candidates(tmp_path / "HoC-GE2024-results-by-candidate.csv", {("E14001140", "Broxtowe"): [
        Stood("Jonathan", "Example", "Labour", "Lab", 100), Stood("Ann", "Sample", "Conservative", "Con", 50)]})
    quote = Quote(Evidence('"We won," said Jon Example.', 0, 27), "test", "Jon Example", "We won,")
    dumps = []
    for order in ("news first", "official first"):
        with open_store(tmp_path / order, create=True) as store:
            if order == "official first":
                load([official], store)
            news_article(store, "stood", [candidacy("Jon Example stood for Labour.", "Broxtowe", "Jon Example",
                                                    "Labour")])
            news_article(store, "quoted", [quote])
            if order == "news first":
                load([official], store)
            else:
                align_articles(store)  # as build does after writing its articles
            for graph in ("stood", "quoted"):
                assert ask(store, f"GRAPH <{BASE}graph/{graph}> {{ ?f ?role <{BASE}id/person/jonathan-example> }}")
                assert not ask(store, f"GRAPH <{BASE}graph/{graph}> {{ ?f ?role <{BASE}id/person/jon-example> }}")
            dumps.append(dump(store, without_load_times=True))
    assert dumps[0] == dumps[1]


def test_a_store_with_official_results_and_findings_conforms_to_the_shapes(tmp_path: Path, em2024: list[Path]) -> None:
    with open_store(tmp_path / "store", create=True) as store:
        build([SEEDS], store)
        load(em2024, store)
        write_findings(store, check(store))
        assert store.query("ASK { GRAPH ?g { ?f a <https://elexgraph.org/ontology#Discrepancy> } }").boolean
        report = validate(store)
        assert report.conforms, report.text


def test_official_load_from_the_command_line(tmp_path: Path, em2024: list[Path]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,votes\nAnn Example,12\n")
    store = str(tmp_path / "store")
    result = CliRunner().invoke(cli, ["official", "load", *map(str, em2024), str(bad), "--store", store])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {bad} line 1: not one of the House of Commons Library's results layouts (by candidate or by "
        "constituency): no column for gss, constituency, first_name, surname, party, share"]
    assert "2 file(s) loaded" in result.stdout and "1 failed" in result.stdout
    again = CliRunner().invoke(cli, ["official", "load", *map(str, em2024), "--store", store])
    assert again.exit_code == 0 and "0 file(s) loaded" in again.stdout and "2 unchanged" in again.stdout
    with open_store(store) as opened:
        assert len(run_query(opened, "official-seats").rows) == 47
