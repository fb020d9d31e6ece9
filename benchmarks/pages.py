"""Served pages on a big store, one client: `elexgraph serve` on the store, N requests of each page kind, one at a
time, and the median and 95th percentile of their times. Not a test.

    python benchmarks/pages.py --store STORE [--requests 20] [--give-up 20] [--serve-option=--page-timeout=60 ...]

The kinds: the page of a person, a seat, an election, a party and an article (the subjects of
benchmarks/queries.py, taken from the benchmark corpus's contests, so no name is written here), the second page
of a party's and an election's facts, the index pages (people, constituencies, elections, parties, articles),
their second page, and a search of the people by surname. The first request of each kind is timed apart: it may
build what later requests of the same store state reuse (the server keeps the pages it rendered and the index
lists for the store's state); "each new" kinds ask for a page never asked for before
each time (pages of an election's and a party's facts; the people, seats, parties and elections of the index's
first page). A kind
whose first request takes over --give-up seconds is not asked again. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from queries import subjects  # noqa: E402
from serve_load import percentile  # noqa: E402
from tests.servers import elexgraph_serve  # noqa: E402


def kinds(s: dict[str, str]) -> list[tuple[str, str | list[str]]]:
    """(label, path) of every kind timed."""
    def doc(iri: str) -> str:
        return "doc/" + iri[len(s["base"] + "id/"):]

    found: list[tuple[str, str | list[str]]] = [(kind, doc(s[kind]))
                                                for kind in ("person", "seat", "election", "party", "article")]
    found += [(f"{kind} ?page=2", doc(s[kind]) + "?page=2") for kind in ("election", "party")]
    # pages of facts never asked for before (nothing kept for them): ?page=3, 4, 5, …
    found += [(f"{kind} ?page=N (each new)", doc(s[kind]) + "?page={n}") for kind in ("election", "party")]
    for index in ("people", "constituencies", "elections", "parties", "articles"):
        found += [(f"/{index}", index), (f"/{index}?page=2", index + "?page=2")]
    found.append(("/people?q=SURNAME", f"people?q={s['surname']}"))
    return found


def listed(client: httpx.Client, url: str, index: str, count: int) -> list[str]:
    """The pages of the first `count` entries of an index (for kinds asked for a new page each time)."""
    rows = client.get(f"{url}{index}.json", params={"page": "1"}).json()["rows"]
    return ["doc/" + row["iri"].split("/id/", 1)[1] for row in rows[:count]]


def timed(client: httpx.Client, url: str, number: int = 0) -> tuple[int, float, int]:
    """The status, seconds and size of one request; `number` fills a {n} in the URL (from 3)."""
    url = url.replace("{n}", str(number + 3))
    started = time.perf_counter()
    reply = client.get(url, headers={"Accept": "text/html"})
    return reply.status_code, time.perf_counter() - started, len(reply.content)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, type=Path)
    parser.add_argument("--requests", type=int, default=20, help="requests of each kind after the first")
    parser.add_argument("--give-up", type=float, default=20.0)
    parser.add_argument("--serve-option", action="append", default=[])
    parser.add_argument("--only", default="", help="comma-separated kinds")
    args = parser.parse_args()
    chosen = [k for k in kinds(subjects()) if not args.only or k[0] in args.only.split(",")]
    print("| page | statuses | first s | p50 s | p95 s | KB |\n|---|---|---:|---:|---:|---:|", flush=True)
    with elexgraph_serve(args.store, *args.serve_option, ready="ontology") as (url, _), \
            httpx.Client(timeout=600) as client:
        for index, kind in (("people", "person"), ("constituencies", "seat"), ("parties", "party"),
                            ("elections", "election")):  # each a page never asked for
            if not args.only or f"{kind} (each new)" in args.only.split(","):
                chosen.append((f"{kind} (each new)", listed(client, url, index, args.requests + 1)))
        for label, path in chosen:
            paths = path if isinstance(path, list) else [path] * (args.requests + 1)
            first = timed(client, url + paths[0])
            rest = [timed(client, url + paths[n + 1], n + 1)
                    for n in range(min(args.requests, len(paths) - 1) if first[1] <= args.give_up else 0)]
            statuses = sorted({str(s) for s, _, _ in [first, *rest]})
            times = [t for _, t, _ in rest]
            p50 = f"{statistics.median(times):.3f}" if times else ""
            p95 = f"{percentile(times, 95):.3f}" if times else ""
            print(f"| {label} | {', '.join(statuses)} | {first[1]:.2f} | {p50} | {p95} | {first[2] / 1024:.0f} |",
                  flush=True)


if __name__ == "__main__":
    main()
