"""Write N synthetic election articles in the shapes real news has, for benchmarks.

Contests come from the official results tables in ../shared/data/official/*.csv when they
are present (read in place, never copied), else from generated results. Articles come in the
kinds a news archive holds (`realistic`, the default): round-ups of several contests, results in
lists and in prose, party changes, long quotes, roles, council, police and crime commissioner
and mayoral contests. `--style template` gives the older one-contest template (a lead, a quote,
a list, filler). `--stats` prints per-article statistics of a sample beside the dev set's.

    python benchmarks/corpus.py 1000 OUT_DIR [--style realistic|template]
    python benchmarks/corpus.py 200 --stats
"""

from __future__ import annotations

import argparse
import csv
import random
import time
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


STYLES = ("realistic", "template")
DEV = OFFICIAL.parent.parent / "dev" / "articles"


def articles(count: int, seed: int = 2024, style: str = "realistic") -> Iterator[tuple[str, str]]:
    """(article id, text) for `count` articles, the same for the same count, seed and style."""
    from shapes import realistic_text  # a sibling script that builds on this one

    pool = contests()
    rng = random.Random(seed)
    for i in range(count):
        text = realistic_text(pool, rng) if style == "realistic" else article_text(pool[i % len(pool)], rng)
        yield f"bench-{i:06d}", text


def write_corpus(count: int, out: Path, seed: int = 2024, style: str = "realistic") -> Path:
    for i, (article_id, text) in enumerate(articles(count, seed, style)):
        folder = out / f"{i // PER_FOLDER:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{article_id}.txt").write_text(text, encoding="utf-8")
    return out


def text_statistics(texts: list[str]) -> dict[str, float]:
    """Per-article means: words, paragraphs, lines of results lists, quotations, and the facts extracted by kind."""
    from elexgraph.articles import Article
    from elexgraph.extract import extract_article

    figures: dict[str, float] = {}
    for number, text in enumerate(texts):
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        row = {"words": len(text.split()), "paragraphs": len(paragraphs),
               "list lines": sum(1 for p in paragraphs if len(p) < 80 and any(ch.isdigit() for ch in p)),
               "quotations": (text.count('"') + text.count("\u201c") + text.count("\u201d")) // 2}
        started = time.perf_counter()
        facts = extract_article(Article(f"stat-{number}", Path(f"stat-{number}.txt"), text, text.split("\n", 1)[0], ""))
        row["extraction ms"] = 1000 * (time.perf_counter() - started)
        for fact in facts.facts:
            key = f"{type(fact).__name__} facts"
            row[key] = row.get(key, 0) + 1
        for key, value in row.items():
            figures[key] = figures.get(key, 0.0) + value
    return {key: value / len(texts) for key, value in figures.items()}


def print_statistics(sample: int, style: str) -> None:
    dev = [path.read_text(encoding="utf-8") for path in sorted(DEV.glob("*.txt"))]
    ours = [text for _, text in articles(sample, style=style)]
    mine, theirs = text_statistics(ours), text_statistics(dev) if dev else {}
    print(f"per article | {style} corpus ({sample}) | dev set ({len(dev)})")
    print("--- | ---: | ---:")
    for key in sorted(set(mine) | set(theirs)):
        print(f"{key} | {mine.get(key, 0):.1f} | {theirs.get(key, 0):.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--style", choices=STYLES, default="realistic")
    parser.add_argument("--stats", action="store_true", help="print per-article statistics beside the dev set's")
    args = parser.parse_args()
    if args.stats:
        print_statistics(args.count, args.style)
        return
    if args.out is None:
        parser.error("OUT_DIR is needed to write a corpus")
    write_corpus(args.count, args.out, style=args.style)
    print(f"wrote {args.count} {args.style} articles to {args.out}")


if __name__ == "__main__":
    main()
