"""How long official results take: all five elections for the whole UK, loaded into a fresh embedded store, then
the news built beside them and checked. Prints the figures; nothing here fails.

    python benchmarks/official.py [--shared ../shared] [--articles ../shared/dev/articles]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from elexgraph.build import build
from elexgraph.check import check, write_findings
from elexgraph.official.graph import OfficialMinter, official_quads
from elexgraph.official.load import load
from elexgraph.official.read import read_official_file
from elexgraph.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--articles", type=Path, default=None, help="folder of articles to build and check")
    args = parser.parse_args()
    files = sorted((args.shared / "data/official/published").glob("*.csv"))
    articles = [ROOT / "seeds", args.articles or args.shared / "dev" / "articles"]

    started = time.perf_counter()
    read = [read_official_file(path) for path in files]
    reading = time.perf_counter() - started
    minter = OfficialMinter()
    started = time.perf_counter()
    quads = sum(len(official_quads(found, minter)) for found in read)
    serialising = time.perf_counter() - started
    candidacies = sum(len(f.candidates) for f in read)
    seats = sum(len(f.seats) for f in read)
    print(f"{len(files)} files: {candidacies} candidacies by candidate, {seats} seat results by constituency, "
          f"{quads} quads")
    print(f"  reading and checking every row: {reading:.2f} s; the facts as quads: {serialising:.2f} s")

    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "store", create=True) as store:
        started = time.perf_counter()
        report = load(files, store)
        loaded = time.perf_counter() - started
        print(f"official load of all {len(report.loaded)} files into a fresh embedded store: {loaded:.1f} s "
              f"({report.quads / loaded:,.0f} quads/s)")
        started = time.perf_counter()
        again = load(files, store)
        print(f"  loading them again (unchanged, nothing written): {time.perf_counter() - started:.2f} s, "
              f"{len(again.unchanged)} unchanged")
        started = time.perf_counter()
        built = build(articles, store)
        print(f"build of {len(built.built)} articles beside them (people joined as they are written): "
              f"{time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        findings = check(store)
        write_findings(store, findings)
        print(f"check: {len(findings)} findings in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
