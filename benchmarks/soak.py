"""Soak `elexgraph serve`: load for a long while, with a build into the store it serves every few minutes.
Writes its section of benchmarks/RESULTS.md. Not a test: nothing here fails.

    python benchmarks/soak.py [--minutes 30] [--build-every 120] [--clients 10] [--workdir DIR] [--log FILE]

Issue 18 asks that `serve` stays flat across builds into the store it serves: the files of an
old store state closed, caches bounded. The store is built from the seeds and ../shared/dev/articles;
`serve` runs on it as a real subprocess; CLIENTS clients ask for simple SPARQL queries, pages and
/void; every BUILD_EVERY seconds `elexgraph build --force` rewrites every article's graph in the
same store. Sampled every few seconds: the resident memory of the server's process tree and how
many deleted files it still holds open. The start is the memory after a first minute of load,
before the first build (the caches the pages fill are then warm); the figure asked for is the end
over the start, at most 1.5. What the server answered with 5xx is counted by its words and printed, and
its log (a worker's end, with its exit status) goes to --log.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.serve_load import SIMPLE, build_store, people_pages, write_section  # noqa: E402
from tests.servers import descendants, elexgraph_serve, own_resident_mb, resident_mb  # noqa: E402

SECTION = "## Soak: serve under load with builds into its store (benchmarks/soak.py)"
SAMPLE_SECONDS = 5.0
WARM_SECONDS = 60.0
QUIET_SECONDS = 20.0  # after the load: the server lets go of an old state within its idle refresh (5 s)


@dataclass
class Soak:
    statuses: Counter = field(default_factory=Counter)
    samples: list[tuple[float, float, int, float]] = field(default_factory=list)  # (seconds, resident MB, deleted
    # files, resident MB of the server's own process)
    builds: list[tuple[float, float, int]] = field(default_factory=list)  # (seconds at start, duration, exit status)
    failures: Counter = field(default_factory=Counter)  # (kind, status, what the server said) of each 5xx


def deleted_files_held(pid: int) -> int:
    """Files the server's process tree holds open that have been deleted (an old store state not let go of)."""
    held = 0
    for process in (pid, *descendants(pid)):
        try:
            fds = list(Path(f"/proc/{process}/fd").iterdir())
        except OSError:
            continue  # a worker that ended since the tree was listed (a renewed one, a page's)
        for fd in fds:
            try:
                held += fd.readlink().name.endswith("(deleted)")
            except OSError:
                continue
    return held


def measure(pid: int, started: float) -> tuple[float, float, int, float]:
    return time.monotonic() - started, resident_mb(pid), deleted_files_held(pid), own_resident_mb(pid)


def sample(pid: int, soak: Soak, started: float, stop: threading.Event) -> None:
    while not stop.is_set():
        soak.samples.append(measure(pid, started))
        stop.wait(SAMPLE_SECONDS)


def rebuild(store: Path, soak: Soak, started: float, every: float, stop: threading.Event) -> None:
    """`elexgraph build --force` into the served store every `every` seconds, after the warm-up."""
    articles = [str(ROOT / "seeds")] + [str(p) for p in [ROOT.parent / "shared" / "dev" / "articles"] if p.is_dir()]
    if stop.wait(WARM_SECONDS):
        return
    while True:
        began = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "elexgraph", "build", *articles, "--store", str(store), "--force"],
                              capture_output=True)
        soak.builds.append((began - started, time.monotonic() - began, done.returncode))
        if stop.wait(max(0.0, every - (time.monotonic() - began))):
            return


async def client(url: str, pages: list[str], soak: Soak, until: float, rng: random.Random) -> None:
    async with httpx.AsyncClient(timeout=60) as http:
        while time.monotonic() < until:
            kind = rng.choices(("simple", "page", "void"), (0.6, 0.35, 0.05))[0]
            try:
                if kind == "simple":
                    response = await http.post(url + "sparql", data={"query": rng.choice(SIMPLE)},
                                               headers={"Accept": "application/sparql-results+json"})
                elif kind == "page":
                    response = await http.get(url.rstrip("/") + rng.choice(pages), headers={"Accept": "text/html"})
                else:
                    response = await http.get(url + "void.ttl")
                status: int | str = response.status_code
                if response.status_code >= 500:
                    soak.failures[(kind, status, response.text.strip()[-200:])] += 1
            except httpx.HTTPError as error:
                status = type(error).__name__
            soak.statuses[(kind, status)] += 1


def at(samples: list[tuple[float, float, int, float]], seconds: float) -> tuple[float, float, int, float]:
    """The first sample at or after `seconds` (else the last)."""
    return next((s for s in samples if s[0] >= seconds), samples[-1])


def report(args: argparse.Namespace, soak: Soak, up: bool, loaded: tuple[float, float, int, float]) -> str:
    start, end = at(soak.samples, WARM_SECONDS), soak.samples[-1]
    peak = max(soak.samples, key=lambda s: s[1])
    ratio = end[1] / start[1]
    statuses = ", ".join(f"{kind} {status}: {n:,}" for (kind, status), n in sorted(soak.statuses.items(), key=str))
    failed = sum(1 for _, _, code in soak.builds if code != 0)
    lines = [SECTION, "",
             f"Run on {time.strftime('%Y-%m-%d')}: `nice -n 10 python benchmarks/soak.py --minutes {args.minutes:g} "
             f"--build-every {args.build_every:g} --clients {args.clients}`: `elexgraph serve` with its defaults on "
             "the seeds and the dev articles; the clients ask for simple SPARQL queries (60%), person pages (35%) and "
             "/void (5%); `elexgraph build --force` rewrites every article's graph in the served store every "
             f"{args.build_every:g} s after a {WARM_SECONDS:g} s warm-up. The machine is shared.", "",
             f"Builds: {len(soak.builds)} ({failed} failed), {min(d for _, d, _ in soak.builds):.0f}–"
             f"{max(d for _, d, _ in soak.builds):.0f} s each. Requests: {sum(soak.statuses.values()):,} ({statuses}). "
             f"Server up at the end: **{'yes' if up else 'no'}**.", "",
             f"Resident memory of the server and its workers: {soak.samples[0][1]:.0f} MB idle at start, "
             f"**{start[1]:.0f} MB after the warm-up** (the start), {peak[1]:.0f} MB at peak ({peak[0] / 60:.1f} min), "
             f"{loaded[1]:.0f} MB in the last sample under load ({loaded[2]} deleted files held open), "
             f"**{end[1]:.0f} MB at the end, {QUIET_SECONDS:g} s after the load: {ratio:.2f}× the start** (asked: ≤ 1.5×, "
             f"{'met' if ratio <= 1.5 else 'not met'}). Deleted files held open: {end[2]} at the end, "
             f"{max(s[2] for s in soak.samples)} at most. The server's own process: {start[3]:.0f} MB at the start, "
             f"{end[3]:.0f} MB at the end.", "",
             "| minute | resident MB | of which the server's own process | deleted files held open |",
             "|---|---|---|---|"]
    for minute in range(0, int(args.minutes) + 1, 2):
        seconds, mb, held, own = at(soak.samples, minute * 60)
        lines.append(f"| {seconds / 60:.0f} | {mb:.0f} | {own:.0f} | {held} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--build-every", type=float, default=120, help="Seconds between builds into the store.")
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--workdir", type=Path, default=None, help="Where the store goes [default: a temporary folder].")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--log", type=Path, default=None, help="Where the server's log goes [default: nowhere].")
    args = parser.parse_args()
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp, open(args.log or os.devnull, "wb") as log:
        store = build_store(Path(tmp))
        soak, stop = Soak(), threading.Event()
        with elexgraph_serve(store, log=log) as (url, process):
            pages = people_pages(url)
            started = time.monotonic()
            threads = [threading.Thread(target=sample, args=(process.pid, soak, started, stop), daemon=True),
                       threading.Thread(target=rebuild, args=(store, soak, started, args.build_every, stop), daemon=True)]
            for thread in threads:
                thread.start()
            until, rng = started + args.minutes * 60, random.Random(18)

            async def load() -> None:
                await asyncio.gather(*(client(url, pages, soak, until, random.Random(rng.random()))
                                       for _ in range(args.clients)))

            asyncio.run(load())
            stop.set()
            for thread in threads:
                thread.join()
            loaded = soak.samples[-1]
            time.sleep(QUIET_SECONDS)
            soak.samples.append(measure(process.pid, started))
            print("resident at the end, the server then each process below it:",
                  ", ".join(f"{own_resident_mb(pid):.0f} MB" for pid in (process.pid, *sorted(descendants(process.pid)))))
            up = process.poll() is None and httpx.get(url, timeout=10).status_code == 200
    section = report(args, soak, up, loaded)
    print(section)
    for (kind, status, said), n in soak.failures.most_common(10):
        print(f"{n:>8,} {kind} {status}: {said}")
    write_section(args.output, section)


if __name__ == "__main__":
    main()
