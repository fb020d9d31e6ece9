"""Issue 18's probe of `serve` on a large store: 41 concurrent /void, 41 concurrent /dump.nq and 100 page
requests at once. Writes its section of benchmarks/RESULTS.md. Not a test: nothing here fails.

    python benchmarks/probe.py --store STORE [--articles 20000] [--dump-mb 20] [--serve-option=--page-memory=1024 ...]

The store is built beforehand (`python benchmarks/corpus.py 20000 DIR`, `elexgraph build DIR --store STORE
--jobs 2`). The server runs as a real subprocess with its defaults unless options are given; the 182
requests go at once (each in its own thread, a dump read to its end, or its first --dump-mb MB, and thrown
away: 41 whole dumps of 20,000 articles are 45 GB through one Python process), while the resident
memory of the server's process tree is sampled. Figures: the statuses of each kind, times, the memory
before, at its peak and after, and whether the server stayed up. The budget asked for is 2 GB.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.serve_load import sample_memory, write_section  # noqa: E402
from tests.servers import elexgraph_serve, resident_mb  # noqa: E402

SECTION = "## 41 /void, 41 /dump.nq and 100 pages at once on a large store (benchmarks/probe.py)"
BUDGET_MB = 2048
PAGES = 100
CROWD = 41


def page_paths(url: str, count: int) -> list[str]:
    """`count` pages: people, seats, parties and elections from the indexes, and the indexes themselves."""
    found: list[str] = []
    for index in ("people", "constituencies", "parties", "elections"):
        html = httpx.get(url + index, timeout=600).text
        found += [index] + sorted(set(re.findall(r'href="/(doc/[^"?]+)"', html)))[:count // 4]
    return (found * (count // max(len(found), 1) + 1))[:count]


def fetch(url: str, kind: str, results: dict[str, list[tuple[int | str, float, int]]], most: float) -> None:
    """Ask for `url`, reading at most `most` bytes of the answer."""
    started, size = time.monotonic(), 0
    try:
        with httpx.stream("GET", url, timeout=900, headers={"Accept": "text/html"} if kind == "page" else None) as reply:
            for chunk in reply.iter_bytes():
                size += len(chunk)
                if size >= most:
                    break
            status: int | str = reply.status_code
    except httpx.HTTPError as error:
        status = type(error).__name__
    results[kind].append((status, time.monotonic() - started, size))


def report(args: argparse.Namespace, results: dict, memory: tuple[float, float, float], up: bool, took: float) -> str:
    lines = [SECTION, "",
             f"Run on {time.strftime('%Y-%m-%d')}: `nice -n 10 python benchmarks/probe.py --store STORE "
             f"--articles {args.articles}" + (f" --dump-mb {args.dump_mb:g}" if args.dump_mb else "") + "` " + (f"with `serve {' '.join(args.serve_option)}`" if args.serve_option else
                                                "with `serve`'s defaults") +
             f" on a store of {args.articles:,} articles from `benchmarks/corpus.py {args.articles} DIR --style realistic`"
             f" ({args.note}). {CROWD} `/void`, {CROWD} `/dump.nq` and {PAGES} page requests (people, seats, parties, "
             "elections and their indexes) sent at once, each in its own thread; "
             + (f"each dump read for its first {args.dump_mb:g} MB, then the connection closed"
                if args.dump_mb else "every dump read to its end") + ". The machine is shared, so times are indicative.",
             "",
             f"All answered in {took:.0f} s. Server up at the end: **{'yes' if up else 'no'}**. Resident memory of the "
             f"server and its workers: {memory[0]:.0f} MB before, **{memory[1]:.0f} MB at peak** (budget "
             f"{BUDGET_MB} MB: {'within' if memory[1] <= BUDGET_MB else 'over'}), {memory[2]:.0f} MB after.", "",
             "| kind | requests | statuses | median s | slowest s | bytes (median) |", "|---|---|---|---|---|---|"]
    for kind in ("void", "dump", "page"):
        seen = results.get(kind, [])
        if not seen:
            continue
        statuses = ", ".join(f"{s}: {n}" for s, n in sorted(Counter(s for s, _, _ in seen).items(), key=str))
        times, sizes = [t for _, t, _ in seen], [b for _, _, b in seen]
        lines.append(f"| {kind} | {len(seen)} | {statuses} | {statistics.median(times):.1f} | {max(times):.1f} | "
                     f"{statistics.median(sizes):,.0f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=20000, help="How many articles the store holds (for the report).")
    parser.add_argument("--note", default="", help="What else to say of the store in the report.")
    parser.add_argument("--dump-mb", type=float, default=0, help="Read each dump this far [default: to its end].")
    parser.add_argument("--serve-option", action="append", default=[], help="An option for serve (repeatable).")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    with elexgraph_serve(args.store, *args.serve_option, ready="ontology") as (url, process):
        paths = page_paths(url, PAGES)
        before = resident_mb(process.pid)
        peak, stop = [before], threading.Event()
        sampler = threading.Thread(target=sample_memory, args=(process.pid, peak, stop), daemon=True)
        sampler.start()
        results: dict[str, list] = defaultdict(list)
        jobs = [(url + "void", "void")] * CROWD + [(url + "dump.nq", "dump")] * CROWD + [(url + p, "page") for p in paths]
        most = args.dump_mb * 2**20 or float("inf")
        threads = [threading.Thread(target=fetch, args=(address, kind, results, most if kind == "dump" else float("inf")))
                   for address, kind in jobs]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        took = time.monotonic() - started
        stop.set()
        sampler.join()
        up = process.poll() is None and httpx.get(url + "ontology", timeout=60).status_code == 200
        after = resident_mb(process.pid)
    section = report(args, results, (before, peak[0], after), up, took)
    print(section)
    write_section(args.output, section)


if __name__ == "__main__":
    main()
