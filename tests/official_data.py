"""Small official results files in the Library's layouts, and small news graphs, for the official and check tests.

The files are written to a test's temporary folder, never into the repository: rows of invented candidates
in real seats (a GSS code must name a real constituency), or the East Midlands rows of the published files.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from elexgraph.articles import Article
from elexgraph.extract import reader_versions
from elexgraph.facts import ArticleFacts, Candidacy, Election, Evidence, Fact, Person, SeatResult
from elexgraph.iris import Minter
from elexgraph.official.load import load
from elexgraph.store import open_store
from elexgraph.store.base import GraphStore
from elexgraph.triples import article_quads

PUBLISHED = "data/official/published"
CANDIDATE_HEADER = ["ONS ID", "ONS region ID", "Constituency name", "County name", "Region name", "Country name",
                    "Constituency type", "Party name", "Party abbreviation", "Electoral Commission party ID",
                    "MNIS party ID", "Electoral Commission adjunct party ID", "Candidate first name",
                    "Candidate surname", "Candidate gender", "Sitting MP", "Former MP", "Member MNIS ID", "Votes",
                    "Share", "Change", "DC Person ID"]
CONSTITUENCY_HEADER = ["ONS ID", "ONS region ID", "Constituency name", "County name", "Region name", "Country name",
                       "Constituency type", "Declaration time", "Member first name", "Member surname",
                       "Member gender", "Result", "First party", "Second party", "Electorate", "Valid votes",
                       "Invalid votes", "Majority", "Con", "Lab", "LD", "UKIP", "Green", "SNP", "PC", "DUP", "SF",
                       "SDLP", "UUP (as UCUNF)", "APNI", "All other candidates"]
GE2024 = Election("general", 2024, "2024-07-04")
GE2010 = Election("general", 2010, "2010-05-06")


@dataclass(frozen=True)
class Stood:
    """An invented candidate: first name, surname, party as the Library names it, its abbreviation, votes."""

    first: str
    surname: str
    party: str
    abbreviation: str
    votes: int


def write_candidates(path: Path, seats: dict[tuple[str, str], list[Stood]]) -> Path:
    """A 2024-layout file by candidate (with its byte-order mark) for seats given as (GSS code, name)."""
    rows = []
    for (code, name), stood in seats.items():
        total = sum(s.votes for s in stood)
        for s in stood:
            share = (Decimal(s.votes) / total).quantize(Decimal("0.000001"))
            rows.append([code, "E15000004", name, "", "East Midlands", "England", "County", s.party, s.abbreviation,
                         "", "", "", s.first, s.surname, "", "No", "No", "", str(s.votes), str(share), "", ""])
    return _write(path, CANDIDATE_HEADER, rows, bom=True)


def write_constituencies_2010(path: Path, rows: list[dict[str, str]]) -> Path:
    """A 2010-layout file by constituency; each row gives the columns that differ from an empty seat."""
    blank = dict.fromkeys(CONSTITUENCY_HEADER, "0")
    blank.update({"ONS region ID": "E15000004", "County name": "Nottinghamshire", "Region name": "East Midlands",
                  "Country name": "England", "Constituency type": "County", "Declaration time": "5/7/10 3:05",
                  "Member gender": "F", "Electorate": "70000", "Invalid votes": "100"})
    return _write(path, CONSTITUENCY_HEADER, [[{**blank, **row}[c] for c in CONSTITUENCY_HEADER] for row in rows])


def east_midlands_rows(shared: Path, name: str, tmp: Path, within: tuple[bytes, ...] = (b",East Midlands,",)) -> Path:
    """The header and the East Midlands rows (or the rows holding one of `within`) of a published file, byte for byte."""
    data = (shared / PUBLISHED / name).read_bytes()
    lines = data.splitlines(keepends=True)
    kept = [lines[0]] + [line for line in lines[1:] if any(w in line for w in within)]
    out = tmp / name
    out.write_bytes(b"".join(kept))
    return out


def _write(path: Path, header: list[str], rows: list[list[str]], *, bom: bool = False) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(("\ufeff" if bom else "") + out.getvalue(), encoding="utf-8", newline="")
    return path


def news_article(store: GraphStore, article_id: str, facts: list[Fact], people: tuple[Person, ...] = ()) -> None:
    """An article's graph made from facts given, as a build would write it."""
    text = "\n".join(dict.fromkeys(f.evidence.text for f in facts))
    article = Article(article_id, Path(f"{article_id}.txt"), text, f"{article_id} headline", "0" * 64, "2024-07-05")
    facts_of = ArticleFacts({p.name: p for p in people}, facts, reader_versions())
    store.replace_graphs({Minter().graph(article_id): article_quads(article, facts_of)})


def candidacy(sentence: str, seat: str, person: str, party: str | None = None, votes: int | None = None,
              share: float | None = None, rank: int | None = None, election: Election = GE2024) -> Candidacy:
    return Candidacy(Evidence(sentence, 0, len(sentence)), "test", election, seat, person, party, votes, share, rank)


def result(sentence: str, seat: str, winner: str | None = None, party: str | None = None,
           outcome: str | None = None, previous: str | None = None, majority: int | None = None,
           election: Election = GE2024) -> SeatResult:
    return SeatResult(Evidence(sentence, 0, len(sentence)), "test", election, seat, winner, party, outcome,  # type: ignore[arg-type]
                      previous, majority)


def load_one_seat(store_path: Path, folder: Path) -> None:
    """Load into the store at `store_path` an official file of one seat with two invented candidates."""
    official = write_candidates(folder / "seat.csv", {("E14001140", "Broxtowe"): [
        Stood("Ann", "Example", "Labour", "Lab", 18001), Stood("Bob", "Sample", "Conservative", "Con", 12708)]})
    with open_store(store_path) as store:
        assert load([official], store).loaded
