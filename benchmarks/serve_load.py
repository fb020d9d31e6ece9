"""Load and abuse `elexgraph serve`; writes its section of benchmarks/RESULTS.md. Not a test: nothing here fails.

    python benchmarks/serve_load.py [--clients 50] [--seconds 60] [--store STORE]

The server runs as a real subprocess on the seeds and ../shared/dev/articles (built into a
temporary store unless --store is given). First the abuse list (issues 10 and 18) is sent once; then
CLIENTS clients send requests for SECONDS seconds, each drawing from a mix of simple SPARQL
queries, heavy ones (runaways Oxigraph cannot interrupt, answers past the cap, a sort that
outgrows the query memory) and resource pages; then the abuse list again. Figures: requests/s,
latency percentiles and statuses per kind, how many simple queries were answered in each 5-second
window, the resident memory of the server's process tree before, at its peak and after, and
whether the server stayed up.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from tests.servers import elexgraph_serve, resident_mb  # noqa: E402 - the tests' helpers start the server

SECTION = "## Serving under load (benchmarks/serve_load.py)"
WINDOW = 5.0
SIMPLE = [
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "PREFIX elex: <https://elexgraph.org/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "SELECT DISTINCT ?party WHERE { ?c a elex:Candidacy ; elex:party/rdfs:label ?party } LIMIT 20",
    "SELECT * WHERE { ?s ?p ?o } LIMIT 10",
    "ASK { GRAPH ?g { ?s a <https://elexgraph.org/ontology#Person> } }",
]
HEAVY = [
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } }",
    "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } GRAPH ?h { ?a ?b ?c } }",
    "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } GRAPH ?h { ?a ?b ?c } } ORDER BY ?o ?c",
]
PAGE_SHARE = 0.3


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    simple_ok: Counter = field(default_factory=Counter)  # window index → simple queries answered 200
    failures: Counter = field(default_factory=Counter)  # (kind, status, what the server said) of 5xx answers

    def add(self, kind: str, status: int | str, seconds: float, window: int) -> None:
        self.latencies[kind].append(seconds)
        self.statuses[kind][status] += 1
        if kind == "simple" and status == 200:
            self.simple_ok[window] += 1


def build_store(folder: Path) -> Path:
    store = folder / "store"
    articles = [str(ROOT / "seeds")]
    dev = ROOT.parent / "shared" / "dev" / "articles"
    if dev.is_dir():
        articles.append(str(dev))
    subprocess.run([sys.executable, "-m", "elexgraph", "build", *articles, "--store", str(store)], check=True,
                   capture_output=True)
    return store


def people_pages(url: str) -> list[str]:
    index = httpx.get(url + "people", timeout=30).text
    return sorted(set(re.findall(r'href="(/doc/person/[^"]+)"', index)))


def abuse(url: str, pid: int) -> list[tuple[str, str]]:
    """The issue's abusive requests, each with what the server answered."""
    port = int(url.rsplit(":", 1)[1].strip("/"))
    queries = {
        "2,500 nested braces": "SELECT * WHERE " + "{" * 2500 + " ?s ?p ?o " + "}" * 2500,
        "20,000 nested parentheses": "SELECT * WHERE { FILTER(" + "(" * 20000 + "1" + ")" * 20000 + ") }",
        "30,000 unclosed braces": "SELECT * WHERE " + "{" * 30000,
        "10,000 chained ORs": "SELECT * WHERE { FILTER(" + " || ".join(["true"] * 10000) + ") }",
        "SERVICE to loopback": "SELECT * WHERE { SERVICE <http://127.0.0.1:9999/x> { ?s ?p ?o } }",
        "cross product of all graphs": HEAVY[1],
        "sorted cross product": HEAVY[2],
        "empty query": "",
    }
    seen = []
    for name, query in queries.items():
        try:
            response = httpx.post(url + "sparql", data={"query": query}, timeout=60)
            seen.append((name, f"{response.status_code} {response.text.strip()[:90]}"))
        except httpx.HTTPError as error:
            seen.append((name, f"no answer ({type(error).__name__})"))
    head = b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: "
    for name, length, body in (("500 MB body", b"500000000", b"x" * 1_000_000),
                               ("Content-Length longer than the body", b"100", b"SELECT")):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
                sock.sendall(head + length + b"\r\n\r\n" + body)
                seen.append((name, sock.recv(100).split(b"\r\n", 1)[0].decode()))
        except OSError as error:
            seen.append((name, f"no answer ({error})"))
    return seen + issue_18_abuse(url, port, pid)


def issue_18_abuse(url: str, port: int, pid: int) -> list[tuple[str, str]]:
    """Issue 18's findings N1, N2, N3 and N6, each with what the server answered."""
    return [("99 kB query crafted against a backtracking check (N1)", crafted_check(url)),
            ("150 connections that never finish their head (N3)", idle_connections(url, port, 150)),
            ("a runaway made unique by comments, 4 at once (N6)", unique_runaways(url)),
            ("20 /void at once (N2)", at_once(url, pid, "void", 20)),
            ("5 /dump.nq at once (N2)", at_once(url, pid, "dump.nq", 5))]


def crafted_check(url: str) -> str:
    """Send the crafted query and, meanwhile, ask for the home page: does the server answer it?"""
    crafted = "SELECT " + "?service " * 11_000 + "WHERE { ?service ?p ?o } LIMIT 1"
    answers: list[str] = []
    sender = threading.Thread(target=lambda: answers.append(str(httpx.post(
        url + "sparql", data={"query": crafted}, timeout=600).status_code)))
    sender.start()
    time.sleep(0.3)
    started = time.monotonic()
    home = httpx.get(url, timeout=600).status_code
    meanwhile = time.monotonic() - started
    sender.join()
    return f"{answers[0] if answers else 'no answer'}; home page meanwhile {home} in {meanwhile:.2f} s"


def idle_connections(url: str, port: int, count: int) -> str:
    """Idle connections from one address (127.0.0.2), and meanwhile the home page from another (127.0.0.1)."""
    held = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10, source_address=("127.0.0.2", 0))
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
        held.append(sock)
    time.sleep(0.5)
    home = httpx.get(url, timeout=60).status_code
    refused = 0
    for sock in held:
        try:
            refused += sock.recv(12, socket.MSG_DONTWAIT).startswith(b"HTTP/1.1 503")
        except OSError:
            pass
        sock.close()
    return f"{refused} refused with 503 at once; home page from another address meanwhile: {home}"


def unique_runaways(url: str) -> str:
    statuses: list[int] = []
    threads = [threading.Thread(target=lambda n=n: statuses.append(httpx.post(
        url + "sparql", data={"query": f"# unique {n}\n" + HEAVY[0]}, timeout=120).status_code)) for n in range(4)]
    for thread in threads:
        thread.start()
        time.sleep(0.1)
    for thread in threads:
        thread.join()
    return ", ".join(map(str, sorted(statuses)))


def at_once(url: str, server_pid: int, path: str, count: int) -> str:
    before, peak, stop = resident_mb(server_pid), [0.0], threading.Event()
    sampler = threading.Thread(target=sample_memory, args=(server_pid, peak, stop), daemon=True)
    sampler.start()
    statuses: list[int] = []
    threads = [threading.Thread(target=lambda: statuses.append(httpx.get(url + path, timeout=600).status_code))
               for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stop.set()
    sampler.join()
    return f"{Counter(statuses)}; resident {before:.0f} MB before, {peak[0]:.0f} MB at peak"


def mix(heavy: float) -> tuple[tuple[str, float], ...]:
    return ("simple", 1 - PAGE_SHARE - heavy), ("page", PAGE_SHARE), ("heavy", heavy)


async def client(url: str, pages: list[str], tally: Tally, started: float, seconds: float, rng: random.Random,
                 heavy: float) -> None:
    kinds, weights = zip(*mix(heavy))
    async with httpx.AsyncClient(timeout=60) as http:
        while (now := time.monotonic()) - started < seconds:
            kind = rng.choices(kinds, weights)[0]
            try:
                if kind == "page":
                    response = await http.get(url.rstrip("/") + rng.choice(pages), headers={"Accept": "text/html"})
                else:
                    query = rng.choice(SIMPLE if kind == "simple" else HEAVY)
                    response = await http.post(url + "sparql", data={"query": query},
                                               headers={"Accept": "application/sparql-results+json"})
                status: int | str = response.status_code
                if response.status_code >= 500:
                    tally.failures[(kind, status, re.sub(r"\d+", "N", response.text.strip()[:80]))] += 1
            except httpx.HTTPError as error:
                status = type(error).__name__
            tally.add(kind, status, time.monotonic() - now, int((now - started) // WINDOW))


def sample_memory(pid: int, peak: list[float], stop: threading.Event) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], resident_mb(pid))
        stop.wait(0.5)


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def report(args: argparse.Namespace, tally: Tally, elapsed: float, memory: tuple[float, float, float], up: bool,
           before: list[tuple[str, str]], after: list[tuple[str, str]]) -> str:
    total = sum(len(v) for v in tally.latencies.values())
    lines = [SECTION, "",
             f"Run on {time.strftime('%Y-%m-%d')}: `python benchmarks/serve_load.py --clients {args.clients} "
             f"--seconds {args.seconds:g} --heavy {args.heavy:g}`, `elexgraph serve` with its defaults (6 query workers, 10 s and 512 MB "
             "per query, 30 s and 512 MB per page, pages rendered in the workers) on the seeds and the dev articles; the mix is "
             + ", ".join(f"{round(w * 100)}% {k}" for k, w in mix(args.heavy)) + " (heavy: runaways, answers past the cap, a sort "
             "past the memory limit). The machine is shared, so times are indicative.", "",
             f"{total:,} requests in {elapsed:.0f} s (the last heavy ones end up to 10 s after the clients stop): "
             f"**{total / elapsed:.1f} requests/s**. Server up at the end: "
             f"**{'yes' if up else 'no'}**. Resident memory of the server and its workers: "
             f"{memory[0]:.0f} MB before, {memory[1]:.0f} MB at peak, {memory[2]:.0f} MB after: **{memory[2] / memory[0]:.2f}× "
             f"the start** (asked: ≤ 1.5×, {'met' if memory[2] <= 1.5 * memory[0] else 'not met'}).", "",
             "| kind | requests | p50 (ms) | p95 (ms) | p99 (ms) | statuses |", "|---|---|---|---|---|---|"]
    for kind, _ in mix(args.heavy):
        times = [t * 1000 for t in tally.latencies.get(kind, [])]
        if not times:
            continue
        statuses = ", ".join(f"{s}: {n}" for s, n in sorted(tally.statuses[kind].items(), key=str))
        lines.append(f"| {kind} | {len(times):,} | {percentile(times, 50):.0f} | {percentile(times, 95):.0f} | "
                     f"{percentile(times, 99):.0f} | {statuses} |")
    if tally.failures:
        lines += ["", "What the server said with its 5xx answers (numbers as N):", ""]
        lines += [f"- {kind} {status} ×{n}: {said}" for (kind, status, said), n in tally.failures.most_common(8)]
    answered = [tally.simple_ok.get(i, 0) for i in range(math.ceil(args.seconds / WINDOW))]
    lines += ["", f"Simple queries answered (200) in each {WINDOW:g}-second window: {', '.join(map(str, answered))} "
              f"(fewest: {min(answered)}).", "", "The abuse list, before and after the load:", "",
              "| request | before | after |", "|---|---|---|"]
    lines += [f"| {name} | {first} | {second} |".replace("\n", " ") for (name, first), (_, second) in zip(before, after)]
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str) -> None:
    """Replace the section of RESULTS.md headed by `section`'s first line (or add it), keeping everything else."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    heading = section.splitlines()[0]
    start = text.find(heading)
    if start >= 0:
        end = text.find("\n## ", start + len(heading))
        text = text[:start] + section + (text[end + 1:] if end >= 0 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--heavy", type=float, default=0.1, help="Share of heavy SPARQL queries in the mix.")
    parser.add_argument("--store", type=Path, default=None, help="A built store [default: seeds + dev articles].")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or build_store(Path(tmp))
        with elexgraph_serve(store) as (url, process):
            pages = people_pages(url)
            before_mb = resident_mb(process.pid)
            before = abuse(url, process.pid)
            tally, peak, stop = Tally(), [before_mb], threading.Event()
            sampler = threading.Thread(target=sample_memory, args=(process.pid, peak, stop), daemon=True)
            sampler.start()
            started = time.monotonic()
            rng = random.Random(10)

            async def load() -> None:
                await asyncio.gather(*(client(url, pages, tally, started, args.seconds, random.Random(rng.random()), args.heavy)
                                       for _ in range(args.clients)))

            asyncio.run(load())
            elapsed = time.monotonic() - started
            after = abuse(url, process.pid)
            stop.set()
            sampler.join()
            up = process.poll() is None and httpx.get(url, timeout=10).status_code == 200
            after_mb = resident_mb(process.pid)
    section = report(args, tally, elapsed, (before_mb, peak[0], after_mb), up, before, after)
    print(section)
    write_section(args.output, section)


if __name__ == "__main__":
    main()
