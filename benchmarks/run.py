"""The scale benchmark: build time against its floor, query latency against rdflib, peak memory.

In one run on one machine: builds synthetic corpora of each size (benchmarks/corpus.py)
into fresh embedded stores, measures the floor for the same corpus (tokenising its text
with a blank spaCy pipeline + pyoxigraph's bulk_load of the N-Quads the build produced),
times the contract queries on the QUERY_SIZE graph against rdflib's in-memory Dataset
holding the same quads, and writes benchmarks/RESULTS.md. Not a test: nothing here fails.

    python benchmarks/run.py [--sizes 1000,5000,10000,50000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyoxigraph

from elexgraph.articles import find_articles, read_article
from elexgraph.facts import CONTRACT_QUERIES
from elexgraph.queries import load_query
from elexgraph.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus  # noqa: E402  (a sibling script, not a package)

HERE = Path(__file__).resolve().parent
SIZES = (1000, 5000, 10000, 50000)
QUERY_SIZE = 10000
RDFLIB_TIMEOUT = 60  # seconds per rdflib query (--rdflib-timeout); slower ones are reported as a lower bound
TARGETS = {"build/floor": 2.0, "time(50k)/time(5k)": 11.0, "rdflib/oxigraph": 100.0, "peak GB": 2.0}


@dataclass
class SizeRun:
    size: int
    build_s: float
    peak_mb: float
    quads: int
    tokenise_s: float
    bulk_load_s: float
    extract_ms: float | None  # extraction + quads per article, one process; measured on the smallest corpus

    @property
    def floor_s(self) -> float:
        return self.tokenise_s + self.bulk_load_s


def process_tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants (worker processes count too)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        pending.extend(children.get(pid, []))
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
    return total / 2**20


def timed_build(corpus: Path, store: Path, jobs: int) -> tuple[float, float]:
    """Wall time and peak memory (whole process tree) of one `elexgraph build` run."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "elexgraph", "build", str(corpus), "--store", str(store),
                              "--jobs", str(jobs)], stdout=subprocess.DEVNULL)
    peak = 0.0
    while child.poll() is None:
        peak = max(peak, process_tree_rss_mb(child.pid))
        time.sleep(0.1)
    elapsed = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"build of {corpus} failed with status {child.returncode}")
    return elapsed, peak


def tokenise_seconds(corpus: Path) -> float:
    import spacy

    nlp = spacy.blank("en")
    texts = [read_article(p).text for p in find_articles([corpus])]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - started


def extraction_ms_per_article(corpus: Path) -> float:
    """CPU the extractors and the quad writer take per article, in this one process (no store)."""
    from elexgraph.build import graph_for
    from elexgraph.iris import Minter

    articles = [read_article(p) for p in find_articles([corpus])]
    minter = Minter()
    started = time.process_time()
    for article in articles:
        graph_for(article, minter)
    return 1000 * (time.process_time() - started) / len(articles)


def dump_nquads(store: Path, out: Path) -> int:
    with open_store(store) as graph_store, out.open("wb") as fh:
        graph_store.dump(fh, "application/n-quads")
    with out.open("rb") as fh:
        return sum(1 for _ in fh)


def bulk_load_seconds(nquads: Path, work: Path) -> float:
    target = work / "floor-store"
    shutil.rmtree(target, ignore_errors=True)
    started = time.perf_counter()
    store = pyoxigraph.Store(str(target))
    store.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    elapsed = time.perf_counter() - started
    del store
    shutil.rmtree(target)
    return elapsed


def run_size(size: int, work: Path, jobs: int, measure_extraction: bool) -> tuple[SizeRun, Path, Path]:
    corpus = write_corpus(size, work / f"corpus-{size}")
    store = work / f"store-{size}"
    build_s, peak_mb = timed_build(corpus, store, jobs)
    nquads = work / f"graph-{size}.nq"
    quads = dump_nquads(store, nquads)
    run = SizeRun(size, build_s, peak_mb, quads, tokenise_seconds(corpus), bulk_load_seconds(nquads, work),
                  extraction_ms_per_article(corpus) if measure_extraction else None)
    print(f"{size}: build {run.build_s:.1f} s (peak {run.peak_mb:.0f} MB), {quads} quads, "
          f"floor {run.floor_s:.1f} s = tokenise {run.tokenise_s:.1f} + bulk_load {run.bulk_load_s:.1f}", flush=True)
    shutil.rmtree(corpus)
    return run, store, nquads


def oxigraph_latency_ms(store: Path) -> dict[str, tuple[float, int]]:
    """Median of 5 runs of each contract query on the embedded store, and its row count."""
    found = {}
    with open_store(store) as graph_store:
        for name in CONTRACT_QUERIES:
            sparql = load_query(name).sparql
            times = []
            for _ in range(5):
                started = time.perf_counter()
                rows = len(graph_store.query(sparql).rows)
                times.append(time.perf_counter() - started)
            found[name] = (1000 * statistics.median(times), rows)
    return found


RDFLIB_CHILD = """
import json, signal, sys, time, rdflib
class TooSlow(Exception): pass
def alarm(*_): raise TooSlow()
signal.signal(signal.SIGALRM, alarm)
dataset = rdflib.Dataset()
started = time.perf_counter()
dataset.parse(sys.argv[1], format="nquads")
print(json.dumps({"load_s": time.perf_counter() - started}), flush=True)
for name, path in json.loads(sys.argv[2]).items():
    signal.alarm(int(sys.argv[3]))
    started = time.perf_counter()
    try:
        rows = len(list(dataset.query(open(path).read())))
        print(json.dumps({"query": name, "ms": 1000 * (time.perf_counter() - started), "rows": rows}), flush=True)
    except TooSlow:
        print(json.dumps({"query": name, "ms": None, "rows": None}), flush=True)
    finally:
        signal.alarm(0)
"""


def rdflib_latency_ms(nquads: Path, timeout: int) -> tuple[float, dict[str, tuple[float | None, int | None]]]:
    """rdflib's in-memory Dataset on the same quads, in its own process (it needs several GB)."""
    paths = json.dumps({name: str(load_query(name).path) for name in CONTRACT_QUERIES})
    out = subprocess.run([sys.executable, "-W", "ignore", "-c", RDFLIB_CHILD, str(nquads), paths, str(timeout)],
                         capture_output=True, text=True, check=True).stdout
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return lines[0]["load_s"], {d["query"]: (d["ms"], d["rows"]) for d in lines[1:]}


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    mem_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
    return (f"{cpu}, {os.cpu_count()} cores, {mem_kb / 2**20:.0f} GiB; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}, pyoxigraph {pyoxigraph.__version__}")


def report(runs: list[SizeRun], jobs: int, ox: dict[str, tuple[float, int]], rdf_load_s: float,
           rdf: dict[str, tuple[float | None, int | None]], rdf_timeout: int) -> str:
    by_size = {r.size: r for r in runs}
    lines = [f"# Benchmark results ({date.today().isoformat()})", "",
             f"Machine: {machine()}.", f"Command: `make bench` (`python benchmarks/run.py`), builds with `--jobs {jobs}`.",
             "Corpus: synthetic articles from benchmarks/corpus.py. Written by benchmarks/run.py; "
             "see benchmarks/README.md for what limits each figure.", "",
             "## Build against its floor", "",
             "| articles | quads | build (s) | tokenise (s) | bulk_load (s) | floor (s) | build / floor | peak memory (MB) |",
             "|---|---|---|---|---|---|---|---|"]
    for r in runs:
        lines.append(f"| {r.size:,} | {r.quads:,} | {r.build_s:.1f} | {r.tokenise_s:.1f} | {r.bulk_load_s:.1f} | "
                     f"{r.floor_s:.1f} | {r.build_s / r.floor_s:.2f} | {r.peak_mb:,.0f} |")
    extract_ms = next((r.extract_ms for r in runs if r.extract_ms is not None), None)
    if extract_ms is not None:
        lines += ["", f"Extraction and quad building alone take {extract_ms:.1f} ms of CPU per article "
                  "(one process, no store; measured on the smallest corpus): the part of the build the floor does not pay."]
    ratios = []
    if ox:
        lines += ["", f"## Contract queries on the {QUERY_SIZE:,}-article graph", "",
                  f"rdflib `Dataset` (in memory) took {rdf_load_s:.0f} s to load the same N-Quads; "
                  f"each rdflib query was stopped after {rdf_timeout} s.", "",
                  "| query | rows | elexgraph store (ms, median of 5) | rdflib (ms) | rdflib / elexgraph |",
                  "|---|---|---|---|---|"]
    for name in CONTRACT_QUERIES if ox else ():
        ox_ms, rows = ox[name]
        rdf_ms, rdf_rows = rdf.get(name, (None, None))
        ratio = (rdf_ms if rdf_ms is not None else rdf_timeout * 1000) / max(ox_ms, 1e-3)
        ratios.append(ratio)
        shown = f"{rdf_ms:,.0f}" if rdf_ms is not None else f"> {rdf_timeout * 1000:,}"
        mismatch = f" (rdflib: {rdf_rows} rows)" if rdf_rows is not None and rdf_rows != rows else ""
        lines.append(f"| {name} | {rows:,}{mismatch} | {ox_ms:.1f} | {shown} | "
                     f"{'≥ ' if rdf_ms is None else ''}{ratio:,.0f}× |")
    figures = {
        "build/floor": by_size[QUERY_SIZE].build_s / by_size[QUERY_SIZE].floor_s if QUERY_SIZE in by_size else None,
        "time(50k)/time(5k)": by_size[50000].build_s / by_size[5000].build_s if {5000, 50000} <= by_size.keys() else None,
        "rdflib/oxigraph": min(ratios) if ratios else None,
        "peak GB": max(r.peak_mb for r in runs) / 1024,
    }
    lines += ["", "## Targets", "", "| ratio | measured | target | met |", "|---|---|---|---|"]
    for key, value in figures.items():
        target = TARGETS[key]
        higher_is_better = key == "rdflib/oxigraph"
        met = value is not None and (value >= target if higher_is_better else value <= target)
        shown = "not run" if value is None else f"{value:,.2f}"
        lines.append(f"| {_TARGET_LABEL[key]} | {shown} | {'≥' if higher_is_better else '≤'} {target:g} | "
                     f"{'yes' if met else 'no'} |")
    return "\n".join(lines) + "\n"


_TARGET_LABEL = {"build/floor": f"build({QUERY_SIZE // 1000}k) / floor", "time(50k)/time(5k)": "time(50k) / time(5k)",
                 "rdflib/oxigraph": "contract queries: rdflib / elexgraph (slowest ratio)",
                 "peak GB": "peak memory of a build (GB)"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="article counts, comma-separated")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="build --jobs")
    parser.add_argument("--rdflib-timeout", type=int, default=RDFLIB_TIMEOUT, help="seconds per rdflib query")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="elexgraph-bench-"))
    try:
        runs, ox, rdf_load_s, rdf = [], {}, 0.0, {}
        for size in sizes:
            run, store, nquads = run_size(size, work, args.jobs, measure_extraction=size == sizes[0])
            runs.append(run)
            if size == QUERY_SIZE:
                ox = oxigraph_latency_ms(store)
                rdf_load_s, rdf = rdflib_latency_ms(nquads, args.rdflib_timeout)
                print(f"queries: elexgraph {ox}, rdflib load {rdf_load_s:.0f} s, {rdf}", flush=True)
            shutil.rmtree(store)
            nquads.unlink()
        args.output.write_text(report(runs, args.jobs, ox, rdf_load_s, rdf, args.rdflib_timeout), encoding="utf-8")
        print(f"wrote {args.output}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
