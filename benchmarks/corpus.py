"""Write N synthetic election articles in the styles the extractors read, for benchmarks.

Contests come from the official results tables in ../shared/data/official/*.csv when they
are present (read in place, never copied), else from generated results. Each article
reports one contest: a lead sentence (a gain or a majority), a quote, a results list in
one of two printed shapes, and filler prose so the text is as long as a real report.

    python benchmarks/corpus.py 1000 OUT_DIR
"""

from __future__ import annotations

import argparse
import csv
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from elexgraph import reference

OFFICIAL = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "official"
PER_FOLDER = 1000  # articles per sub-folder, so no folder grows huge
ELECTION_DAYS = {2017: "8 June 2017", 2019: "12 December 2019", 2024: "4 July 2024"}

FIRST = ["Jane", "Tom", "Amira", "Raj", "Helen", "Owen", "Grace", "Sanjay", "Lucy", "Marek", "Nadia", "Peter"]
LAST = ["Smith", "Patel", "Hughes", "Okafor", "Brennan", "Walsh", "Kaur", "Lindqvist", "Morgan", "Ashby", "Carr"]
PARTIES = [("Labour", "Lab"), ("Conservative", "Con"), ("Liberal Democrats", "LD"), ("Green", "Green"),
           ("Reform UK", "RUK")]
QUOTES = ["This result belongs to everyone who knocked on doors in the rain.",
          "I will work every day for the people of this constituency.",
          "Voters have sent a clear message and we have listened.",
          "It has been the honour of my life to stand here."]
FILLER = ["Turnout was lower than at the last election, with queues reported at several polling stations.",
          "Counting went on through the night at the leisure centre, where agents watched every bundle.",
          "Local issues dominated the campaign, from bus services to the future of the high street.",
          "Both main parties had poured activists into the area in the final week.",
          "The returning officer thanked staff and volunteers for their patience.",
          "Analysts said the swing was in line with the regional picture."]


@dataclass(frozen=True)
class Candidate:
    name: str
    party: str
    abbreviation: str
    votes: int
    share: float


@dataclass(frozen=True)
class Contest:
    year: int
    seat: str
    candidates: tuple[Candidate, ...]  # in order of votes, winner first


def official_contests(folder: Path = OFFICIAL) -> list[Contest]:
    """Contests in the official tables for seats the extractors know, each once."""
    rows: dict[tuple[int, str], dict[str, Candidate]] = {}
    for table in sorted(folder.glob("*.csv")):
        with table.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                year = int(row["election"])
                if reference.constituency_named(row["constituency"], year) is None:
                    continue
                name = f"{row['first_name']} {row['surname']}"
                rows.setdefault((year, row["constituency"]), {})[name] = Candidate(
                    name, row["party_name"], row["party_abbreviation"], int(row["votes"]), float(row["share"]))
    return [Contest(year, seat, tuple(sorted(c.values(), key=lambda c: -c.votes)))
            for (year, seat), c in sorted(rows.items())]


def generated_contests(count: int = 300, seed: int = 7) -> list[Contest]:
    """Plausible contests for the known seats, when the official tables are absent."""
    rng = random.Random(seed)
    seats = [c for c in reference.constituencies()]
    contests = []
    for _ in range(count):
        seat = rng.choice(seats)
        year = 2024 if seat.boundary_set == 2024 else rng.choice([2017, 2019])
        parties = rng.sample(PARTIES, rng.randint(3, 5))
        votes = sorted((rng.randint(800, 30_000) for _ in parties), reverse=True)
        total = sum(votes)
        candidates = tuple(Candidate(f"{rng.choice(FIRST)} {rng.choice(LAST)}", party, abbr, v, round(100 * v / total, 1))
                           for (party, abbr), v in zip(parties, votes))
        contests.append(Contest(year, seat.name, candidates))
    return contests


def contests() -> list[Contest]:
    found = official_contests() if OFFICIAL.is_dir() else []
    return found or generated_contests()


def article_text(contest: Contest, rng: random.Random) -> str:
    winner, runner = contest.candidates[0], contest.candidates[1]
    majority = winner.votes - runner.votes
    title = f"{contest.seat}: {winner.name} wins for {winner.party}"
    if rng.random() < 0.5:
        lead = f"{winner.party}'s {winner.name} has won the {contest.seat} seat from {runner.party} {runner.name}."
    else:
        lead = f"{winner.name} beat {runner.party}'s {runner.name} into second place with a {majority:,} majority."
    said = f'{winner.name} said: "{rng.choice(QUOTES)}"'
    if rng.random() < 0.5:
        lines = [f"{c.name} ({c.abbreviation}) {c.votes:,} ({c.share:.1f}%)" for c in contest.candidates]
    else:
        lines = [f"{c.name}, {c.party} {c.votes:,}" for c in contest.candidates]
    filler = " ".join(rng.sample(FILLER, 4))
    body = [f"The count in {contest.seat} at the general election of {ELECTION_DAYS.get(contest.year, contest.year)} "
            f"finished early on Friday.", lead, said, filler, f"The result in {contest.seat} was:", *lines,
            " ".join(rng.sample(FILLER, 3))]
    return title + "\n\n" + "\n\n".join(body) + "\n"


def articles(count: int, seed: int = 2024) -> Iterator[tuple[str, str]]:
    """(article id, text) for `count` articles, the same for the same count and seed."""
    pool = contests()
    rng = random.Random(seed)
    for i in range(count):
        yield f"bench-{i:06d}", article_text(pool[i % len(pool)], rng)


def write_corpus(count: int, out: Path, seed: int = 2024) -> Path:
    for i, (article_id, text) in enumerate(articles(count, seed)):
        folder = out / f"{i // PER_FOLDER:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{article_id}.txt").write_text(text, encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    write_corpus(args.count, args.out)
    print(f"wrote {args.count} articles to {args.out}")


if __name__ == "__main__":
    main()
