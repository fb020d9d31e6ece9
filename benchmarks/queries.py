"""Every named query and every page's query on a big store: time and peak memory, beside Oxigraph's own server.

Each query runs in a process of its own (the store opened read-only, its memory capped at 2 GB above
what the open store holds, stopped after --timeout seconds), so its peak resident memory is its own;
a query that answers within a second runs three times and the median is kept. With --oxigraph the
same text (parameters bound the same way) is sent to `oxigraph serve-read-only` on the same store,
one query at a time. The subjects of the page queries (a person, a seat, an election, a party, an
article) are taken from the benchmark corpus's contests, so no name is written here. Not a test.

    python benchmarks/queries.py --store STORE [--queries DIR] [--oxigraph] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

REPEAT_UNDER = 1.0  # seconds: a query faster than this runs three times
MEMORY_MB = 2048  # beyond the open store
USER = ("candidacies", "seat-results", "party-changes", "quotes", "roles", "party-switchers", "seat-changes",
        "careers", "closest-contests", "quotes-by", "discrepancies", "stats")


@dataclass(frozen=True)
class Case:
    label: str
    query: str
    params: dict[str, tuple[str, str]]  # name: (kind "iri" or "text", value)


def subjects() -> dict[str, str]:
    """A person who stood often, their seat, the election, their party and an article, as IRIs, and the
    person's names for the parameters that take text."""
    from corpus import contests

    from elexgraph.facts import Election
    from elexgraph.iris import Minter
    from elexgraph.reference import boundary_set_for

    pool = contests()
    stood = Counter(c.name for contest in pool for c in contest.candidates)
    name = stood.most_common(1)[0][0]
    contest = next(c for c in reversed(pool) if any(x.name == name for x in c.candidates))
    candidate = next(x for x in contest.candidates if x.name == name)
    minter = Minter()
    return {"person": minter.person(name).value, "name": name, "surname": name.split()[-1].lower(),
            "seat": minter.constituency(contest.seat, boundary_set_for(contest.year)).value,
            "election": minter.election(Election("general", contest.year, None)).value,
            "party": minter.party(candidate.party).value, "article": minter.article("bench-000000").value,
            "base": minter.base}


def cases(s: dict[str, str]) -> list[Case]:
    text = {"careers": {"name": ("text", s["surname"])}, "quotes-by": {"person": ("text", s["surname"])}}
    found = [Case(name, name, text.get(name, {})) for name in USER]
    for kind in ("person", "seat", "election", "party", "article"):
        found.append(Case(f"web-resource ({kind})", "web-resource", {"resource": ("iri", s[kind])}))
    for kind in ("person", "seat"):
        found.append(Case(f"web-official ({kind})", "web-official", {"resource": ("iri", s[kind])}))
        found.append(Case(f"web-findings ({kind})", "web-findings", {"resource": ("iri", s[kind])}))
    ontology = "https://elexgraph.org/ontology#"
    for cls in ("Person", "Constituency", "Election", "PoliticalParty"):
        found.append(Case(f"web-index ({cls})", "web-index", {"type": ("iri", ontology + cls)}))
    found.append(Case("web-index (NewsArticle)", "web-index", {"type": ("iri", "https://schema.org/NewsArticle")}))
    found.append(Case("web-documents", "web-documents", {"prefix": ("text", s["base"] + "id/")}))
    for name in ("web-base", "void-size", "void-classes", "void-sources", "check-elections", "check-statements",
                 "graph-candidacies", "graph-results", "graph-party-changes", "graph-nodes"):
        found.append(Case(name, name, {}))
    return found


def job_of(case: Case, folder: Path) -> str:
    """The query's text with its values written in; as JSON, with what a kept answer of it may be cut from
    (the answer for every value, see queries.bound), for the child to ask as `elexgraph query` does."""
    from pyoxigraph import NamedNode

    from elexgraph.queries import bound, load_query

    query = load_query(str(folder / f"{case.query}.rq"))
    asked = bound(query, {k: NamedNode(v) if kind == "iri" else v for k, (kind, v) in case.params.items()})
    within = asked.within
    return json.dumps({"text": asked.text, "within": [within.text, within.column, within.value] if within else None})


def run_one(store_path: str, job: str, kept: bool) -> None:
    """In the child: open the store, cap the memory, run the query (three times when it is quick), print figures.
    With `kept`, the query is asked as `elexgraph query` asks a named question (its answer kept for the store's
    state, store/answers.py): the first ask is timed alone, then the median of three more."""
    from elexgraph.store import open_store
    from elexgraph.store.base import BoundQuery, Within
    from elexgraph.workers import limit_memory

    store = open_store(store_path, read_only=True)
    limit_memory(MEMORY_MB)
    case = json.loads(job)  # as job_of wrote it
    within = Within(*case["within"]) if case["within"] else None
    query = BoundQuery(case["text"], (), case["text"], keep=True, within=within) if kept else case["text"]
    times, rows = [], 0
    while len(times) < (3 if not times or times[0] < REPEAT_UNDER else 1) + kept:
        started = time.perf_counter()
        result = store.query(query)
        times.append(time.perf_counter() - started)
        rows = len(result.triples) if result.triples is not None else len(result.rows)
    figures = {"seconds": statistics.median(times[kept:]), "rows": rows}
    if kept:
        figures.update(first=times[0])
    print(json.dumps(figures))


def measure_embedded(store: str, job: str, timeout: float, kept: bool = False) -> dict[str, object]:
    child = subprocess.Popen([sys.executable, __file__, "--one", "--store", store] + ["--kept"] * kept,
                             stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(job)
    child.stdin.close()
    timer = threading.Timer(2 * timeout + 15, child.kill)  # one run, or three of under a second each
    timer.start()
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    timer.cancel()
    child.returncode = os.waitstatus_to_exitcode(status)
    figures: dict[str, object] = {"peak_mb": usage.ru_maxrss / 1024}
    if child.returncode == 0:
        figures.update(json.loads(out))
    elif child.returncode == -signal.SIGKILL:
        figures["failed"] = f"> {timeout:g} s"
    elif child.returncode == -signal.SIGABRT:
        figures["failed"] = f"> {MEMORY_MB} MB"
    else:
        figures["failed"] = f"exit {child.returncode}"
    return figures


class OxigraphServer:
    """`oxigraph serve-read-only` on the store, and the resident memory of its process while a query runs."""

    def __init__(self, store: str, timeout: float) -> None:
        self.store, self.timeout = store, timeout
        self.start()

    def start(self) -> None:
        binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
        if binary is None:
            raise SystemExit("the oxigraph server is not installed (pip install -e '.[test]')")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = subprocess.Popen([binary, "serve-read-only", "--location", self.store, "--bind",
                                         f"127.0.0.1:{self.port}", "--timeout-s", f"{self.timeout:.0f}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/query?query=ASK%7B%7D", timeout=1).read()
                return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("the oxigraph server did not start")

    def rss_mb(self) -> float:
        try:
            with open(f"/proc/{self.process.pid}/status", encoding="ascii") as status:
                return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024
        except (OSError, StopIteration):  # it has just ended
            return 0.0

    def measure(self, sparql: str, timeout: float) -> dict[str, object]:
        peak = [self.rss_mb()]
        done = threading.Event()

        def sample() -> None:  # the machine is shared: a server past the budget is stopped
            while not done.wait(0.05):
                peak.append(self.rss_mb())
                if peak[-1] - peak[0] > MEMORY_MB:
                    self.process.kill()
                    return

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/query", data=sparql.encode("utf-8"),
                                         headers={"Content-Type": "application/sparql-query",
                                                  "Accept": "application/sparql-results+json, application/n-triples"})
        started = time.perf_counter()
        try:
            urllib.request.urlopen(request, timeout=timeout + 5).read()
            figures: dict[str, object] = {"seconds": time.perf_counter() - started}
        except OSError as error:
            figures = {"failed": f"> {timeout:g} s" if "timed out" in str(error) or "500" in str(error)
                       else str(error)[:60]}
        done.set()
        sampler.join()
        figures["peak_mb"] = max(peak) - peak[0]
        if max(peak) - peak[0] > MEMORY_MB or self.process.poll() is not None:
            figures["failed"] = f"> {MEMORY_MB} MB"
            self.process.kill()
            self.process.wait()
            self.start()
        return figures

    def close(self) -> None:
        self.process.kill()
        self.process.wait()


def shown(figures: dict[str, object] | None, key: str = "seconds") -> str:
    if figures is None:
        return ""
    if "failed" in figures:
        return str(figures["failed"])
    return f"{figures[key]:.0f}" if key == "peak_mb" else f"{figures[key]:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--queries", type=Path, default=Path(__file__).resolve().parent.parent / "queries")
    parser.add_argument("--oxigraph", action="store_true", help="also time each query on Oxigraph's own server")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--only", default="", help="comma-separated case labels or query names")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    parser.add_argument("--kept", action="store_true",
                        help="ask as `elexgraph query` does: the first ask, its answer kept, then the kept answer")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.store, sys.stdin.read(), args.kept)
        return
    chosen = [c for c in cases(subjects()) if not args.only or c.label in args.only.split(",")
              or c.query in args.only.split(",")]
    server = OxigraphServer(args.store, args.timeout) if args.oxigraph else None
    figures = []
    first = " first ask s |" if args.kept else ""  # then "embedded s" is the kept answer's
    print(f"query | rows |{first} embedded s | peak MB (process) | oxigraph server s | server RSS growth MB")
    print("--- | ---: |" + " ---: |" * bool(first) + " ---: | ---: | ---: | ---:")
    try:
        for case in chosen:
            job = job_of(case, args.queries)
            mine = measure_embedded(args.store, job, args.timeout, args.kept)
            theirs = server.measure(json.loads(job)["text"], args.timeout) if server else None
            figures.append({"case": case.label, "embedded": mine, "oxigraph": theirs})
            asked = f" {shown(mine, 'first')} |" if first else ""
            print(f"{case.label} | {mine.get('rows', '')} |{asked} {shown(mine)} | {shown(mine, 'peak_mb')} | "
                  f"{shown(theirs)} | {shown(theirs, 'peak_mb')}", flush=True)
    finally:
        if server:
            server.close()
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # an aborted query leaves no core file
    main()
