"""The linked-data site as static files any web server (or GitHub Pages) can host, or a browser open from disk.

The same pages as ``elexgraph serve``: a page, a .ttl and a .jsonld per resource under doc/,
index pages, the ontology, the VoID file, the JSON-LD context, dumps and a sitemap. A static
host cannot answer 303, so each thing's IRI {base}id/… is a folder whose index.html sends
browsers on to the document (and names the .ttl and .jsonld as alternates). Every link is relative to the
page it is on, so the folder works from file:// and under any sub-path; lists are paged into files
(people.page-2.html) and given whole as people.json and people.csv.
"""

from __future__ import annotations

import bisect
import filecmp
import gc
import os
import shutil
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.etree import ElementTree

from pyoxigraph import NamedNode, Triple

from elexgraph.errors import ElexgraphError, OutputError
from elexgraph.rdfio import (CONTEXT_PATH, DATASET_FORMATS, JSONLD, TURTLE, context_document, serialize_ordered,
                             serialize_triples, serialized_chunks)
from elexgraph.store import open_store
from elexgraph.store.base import GraphStore
from elexgraph.vocab import ELEX_NS
from elexgraph.web import describe, home, listing, pages
from elexgraph.web.bulk import Gathered, GraphIndex, Listed, Spill, read_bucket
from elexgraph.web.describe import FACTS_PER_PAGE, Description, Value, fact_pages, with_topic
from elexgraph.web.official import official_view_of
from elexgraph.web.overview import election_summary_of, party_summary_of
from elexgraph.web.manifest import MANIFEST, Manifest, code_digest, graph_digest
from elexgraph.web.site import Site, safe_segments
from elexgraph.web.void import VOID_PATH, void_triples
from elexgraph.workers import in_workers

STATIC_FORMATS = (TURTLE, JSONLD)
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
# The kinds whose first page leads with a summary of a page query's rows (pages.SUMMARISED), asked of the
# resource's shares: theirs hold the types of the sources of every fact pointing at them.
_SUMMARISED = tuple(f"{kind}/" for kind in pages.SUMMARISED)
Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class PublishReport:
    resources: int = 0
    files: list[str] = field(default_factory=list)
    unchanged: int = 0  # files the site had already, byte for byte: kept as they were (same file, same time)


# Files a folder elexgraph published holds: only such a folder is replaced (a publish never empties another).
_MARKERS = (".nojekyll", "sitemap.xml")


class _Writer:
    """Writes files under the staging folder, never outside it; a file the previous site holds unchanged is
    linked from it rather than written, so it keeps its time and a sync to a host sends only what changed."""

    def __init__(self, outdir: Path, previous: Path | None = None) -> None:
        self.outdir = outdir.resolve()
        self.previous = previous.resolve() if previous and previous.is_dir() else None
        self.report = PublishReport()
        self._folders: set[str] = set()  # made already: a resource's five files share two folders

    def _wrote(self, relative: str) -> None:
        self.report.files.append(relative)

    def write(self, relative: str, content: bytes | str) -> None:
        target = self._target(relative)
        data = content.encode() if isinstance(content, str) else content
        try:
            if not self._kept(relative, data, target):
                _write_new(target, data)
        except OSError as exc:
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
        self._wrote(relative)

    def write_chunks(self, relative: str, chunks: Iterable[bytes]) -> None:
        """A large file (a dump) written as it is made, never whole in memory; kept from the previous site (linked)
        when it comes out the same."""
        target = self._target(relative)
        try:
            _unlink(target)
            with open(target, "wb") as out:
                for chunk in chunks:
                    out.write(chunk)
            old = self.previous / relative if self.previous else None
            if old is not None and old.is_file() and not old.is_symlink() and filecmp.cmp(old, target, shallow=False):
                self._link(old, target)
        except OSError as exc:
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
        self._wrote(relative)

    def keep(self, relative: str) -> bool:
        """The previous site's file linked into the new one as it is; False when it has none."""
        old = self.previous / relative if self.previous else None
        if old is None or not old.is_file() or old.is_symlink():
            return False
        try:
            self._link(old, self._target(relative))
        except OSError as exc:
            raise OutputError(f"{self.outdir / relative}: cannot write ({exc.strerror or exc})") from None
        self._wrote(relative)
        return True

    def _target(self, relative: str) -> str:
        # Checked by its letters, not resolved: the staging folder is this publish's own and holds no symbolic
        # link, and resolving took a system call per folder of each of half a million files. A file already
        # there (a link into the previous site) is removed by what writes it, never written through.
        target = os.path.normpath(os.path.join(self.outdir, relative))
        folder = os.path.dirname(target)
        if not target.startswith(f"{self.outdir}{os.sep}"):
            raise OutputError(f"{relative}: would be written outside {self.outdir}")
        try:
            if folder not in self._folders:
                os.makedirs(folder, exist_ok=True)
                self._folders.add(folder)
        except OSError as exc:
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
        return target

    def _link(self, old: Path, target: str) -> None:
        _unlink(target)
        try:
            os.link(old, target)
        except OSError:  # a file system without hard links: copy it, time and all
            shutil.copy2(old, target)
        self.report.unchanged += 1

    def _kept(self, relative: str, data: bytes, target: str) -> bool:
        old = self.previous / relative if self.previous else None
        if old is None or not old.is_file() or old.is_symlink() or old.stat().st_size != len(data):
            return False
        if old.read_bytes() != data:
            return False
        self._link(old, target)
        return True


_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL


def _write_new(target: str, data: bytes) -> None:
    """A file written by the operating system's calls (no Python file object: a million files at 10k); one
    already there, such as a link into the previous site, is replaced, never written through."""
    try:
        handle = os.open(target, _NEW, 0o666)
    except FileExistsError:
        os.unlink(target)
        handle = os.open(target, _NEW, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view):]
    finally:
        os.close(handle)


def _unlink(target: str) -> None:
    try:
        os.unlink(target)
    except FileNotFoundError:
        pass


def _redirect(site: Site, relative: str, iri: str, target: str, alternates: dict[str, str]) -> str:
    """A stub that sends browsers from a thing's folder to its document; `target` is relative to the site's root."""
    here = site.at(relative)
    return pages.render("redirect.html", here, iri=iri, target=here.root + target,
                        alternates={media: here.root + href for media, href in alternates.items()})


def publish(store: GraphStore, outdir: Path, site: Site, progress: Progress | None = None,
            jobs: int = 1) -> PublishReport:
    """The site written to a folder beside OUTDIR and swapped in when whole: OUTDIR then mirrors the store (the
    pages of what left it are gone), and a publish that is stopped leaves the old site as it was.
    `progress(stage, done, total)` is told how far each stage is; the resource pages are drawn in `jobs`
    processes (the site is the same whatever the number)."""
    staging, old, spill = _beside(outdir, "publishing"), _beside(outdir, "old"), _beside(outdir, "spill")
    _recover(outdir, old, staging)
    if outdir.exists() and not outdir.is_dir():
        raise OutputError(f"{outdir}: not a folder")
    if outdir.is_dir() and any(outdir.iterdir()) and not any((outdir / m).exists() for m in _MARKERS):
        raise OutputError(f"{outdir}: a folder that elexgraph did not publish; give a new or empty folder")
    _remove(spill)
    writer = _Writer(staging, outdir)
    if progress:  # a previous site's manifest lists every file: seconds at 10,000 articles, told apart
        progress("Reading the previous site's manifest", 0, 1)
    previous = Manifest.read(outdir, code_digest(), site.public_base)
    try:
        with _collecting_seldom():
            _write_site(store, site, writer, spill, previous, progress, jobs)
    finally:
        _remove(spill)
    (progress or (lambda stage, done, total: None))("Putting the new site in place", 0, 1)
    _swap(staging, outdir, old)
    return writer.report


def _beside(outdir: Path, what: str) -> Path:
    return outdir.parent / f".{outdir.name}.{what}"


def _recover(outdir: Path, old: Path, staging: Path) -> None:
    """A publish stopped between its two renames left the old site aside: put it back. What else a stopped publish
    left (its half-written site, the old site after the renames), and what a removing process that was stopped left
    of a previous site, are removed in the background, as a swap removes the old site."""
    if old.is_dir() and not outdir.exists():
        old.rename(outdir)
    for left in outdir.parent.glob(f".{outdir.name}.retired-*"):
        _remove_elsewhere(left, outdir)
    for left in outdir.parent.glob(f".{outdir.name}.removing-*"):
        if not _running(left.name.rsplit("-", 1)[-1]):
            _remove_elsewhere(left, outdir)
    _retire(old, outdir)
    _retire(staging, outdir)


def _running(pid: str) -> bool:
    """Whether the process `pid` (a folder's removing process) is alive; where that cannot be told, not."""
    if not pid.isdigit() or os.name != "posix":
        return False
    try:
        os.kill(int(pid), 0)  # signal 0: nothing sent, only whether there is such a process
    except ProcessLookupError:
        return False
    except OSError:  # there is one, not ours to signal
        return True
    return True


def _remove(folder: Path) -> None:
    if folder.is_dir():
        shutil.rmtree(folder)


def _swap(staging: Path, outdir: Path, old: Path) -> None:
    try:
        if outdir.exists():
            outdir.rename(old)
        staging.rename(outdir)
    except OSError as exc:
        raise OutputError(f"{outdir}: cannot put the new site in place ({exc.strerror or exc})") from None
    _retire(old, outdir)


def _retire(folder: Path, outdir: Path) -> None:
    """A folder beside OUTDIR (the previous site once the new one is in place) removed by a process of its own that
    the user does not wait for: at 10,000 articles the previous site holds 1.27 M files (links into the new site)
    and 310 k folders, minutes of removing after the last page was written. It is first given a name of its own,
    so the next publish can start at once."""
    if not folder.is_dir():
        return
    retired = outdir.parent / f".{outdir.name}.retired-{os.getpid()}-{time.time_ns()}"
    try:
        folder.rename(retired)
    except OSError:
        _remove(folder)  # cannot be renamed: removed here, as before
        return
    _remove_elsewhere(retired, outdir)


# What the removing process runs: it takes the folder by giving it a name with its process id (so a publish that
# finds it there knows whether it is still being removed), then removes it, every error ignored.
_REMOVE = ("import os, shutil, sys\nmine = f'{sys.argv[2]}-{os.getpid()}'\n"
           "try:\n    os.rename(sys.argv[1], mine)\nexcept OSError:\n    sys.exit()\n"
           "shutil.rmtree(mine, ignore_errors=True)")
# What starts it: a process that starts the remover in a session of its own and ends at once, so the remover is
# nobody's child here (no process to wait for, none left behind when this one ends, ^C here does not stop it).
_START = ("import subprocess, sys; subprocess.Popen([sys.executable, '-c', *sys.argv[1:]], start_new_session=True, "
          "stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)")


def _remove_elsewhere(folder: Path, outdir: Path) -> None:
    """`folder` (beside OUTDIR) removed by a process of its own, which outlives this one."""
    removing = outdir.parent / f".{outdir.name}.removing"
    try:
        subprocess.run([sys.executable, "-c", _START, _REMOVE, str(folder), str(removing)], check=True,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.CalledProcessError):  # no process could be started: removed here
        shutil.rmtree(folder, ignore_errors=True)


def _write_site(store: GraphStore, site: Site, writer: _Writer, spill_folder: Path, previous: Manifest | None,
                progress: Progress | None, jobs: int) -> None:
    def page(relative: str, template: str, **context: object) -> None:
        writer.write(relative, pages.render(template, site.at(relative), **context))

    tell = progress or (lambda stage, done, total: None)
    tell("Home page and questions", 0, 1)
    page("index.html", "home.html", home=home.overview(store, site))
    for name, answer in home.answers(store).items():
        writer.write(f"questions/{name}.csv", answer)
    writer.write(".nojekyll", "")  # GitHub Pages: serve every file as it is
    gathering = gather(store, site, spill_folder, previous=previous, tell=tell, writer=writer, jobs=jobs)
    for done, index in enumerate(pages.INDEXES):
        tell("Index pages", done, len(pages.INDEXES))
        _write_index(site, writer, index, gathering.listed[index.path])
    _write_resources(site, writer, gathering, previous, tell, jobs)
    page("ontology.html", "ontology.html", terms=pages.ontology_terms(), namespace=ELEX_NS)
    writer.write("ontology.ttl", serialize_triples(pages.ontology_triples(), TURTLE))
    writer.write(f"{VOID_PATH}.ttl", serialize_triples(void_triples(store, site, endpoint=False), TURTLE))
    writer.write(f"{VOID_PATH}/index.html", _redirect(site, f"{VOID_PATH}/index.html", site.iri(VOID_PATH),
                                                      f"{VOID_PATH}.ttl", {}))
    writer.write(CONTEXT_PATH, context_document())
    for fmt in DATASET_FORMATS:
        tell(f"Dump ({fmt.suffix})", 0, 1)
        if gathering.unchanged and writer.keep("dump" + fmt.suffix):
            continue
        quads = store.quads() if site.public_base == site.stored_base else (site.public_quad(q) for q in store.quads())
        writer.write_chunks("dump" + fmt.suffix, serialized_chunks(quads, fmt))
    tell("Manifest and sitemap", 0, 1)
    writer.write(MANIFEST, gathering.manifest.to_json())
    pages_written = [f for f in writer.report.files if f.endswith(".html") and not f.endswith("/index.html")]
    writer.write("sitemap.xml", sitemap(site, pages_written))


def _write_resources(site: Site, writer: _Writer, gathering: Gathering,
                     previous: Manifest | None, tell: Progress, jobs: int) -> None:
    """Each documented resource's files: drawn from its gathered shares when it is to be redrawn, else linked from
    the previous site. With `jobs` > 1 the buckets are drawn in that many worker processes (no page needs the
    store: a party's and an election's summaries are asked of their shares), else here."""
    manifest, documented = gathering.manifest, gathering.documented
    tally = _Tally(len(documented), tell)
    for path in sorted(documented - gathering.redraw):
        files = previous.files[path] if previous else []
        for relative in files:
            writer.keep(relative)
        manifest.files[path] = files
        writer.report.resources += 1
        tally.add("Resource pages (unchanged)")
    by_bucket: dict[int, list[str]] = {}
    for path in sorted(gathering.redraw):
        by_bucket.setdefault(gathering.spill.bucket(_stored(site, path)), []).append(path)
    here = sorted(by_bucket) if jobs <= 1 else []
    drawing = _Drawing(site, writer.outdir, writer.previous)
    elsewhere = _Elsewhere([(drawing, gathering.spill.parts(b), by_bucket[b])
                            for b in _largest_first(gathering.spill, by_bucket) if b not in here], jobs, tally)
    elsewhere.start()
    summaries = published_summaries()
    for bucket in here:
        gathered = gathering.spill.read(bucket)
        for path in by_bucket[bucket]:
            manifest.files[path] = _write_resource(site, writer, path, gathered.get(_stored(site, path)) or Gathered(),
                                                   summaries)
            tally.add("Resource pages")
    for drawn in elsewhere.results():
        manifest.files.update(drawn.files)
        writer.report.files.extend(drawn.written)
        writer.report.unchanged += drawn.unchanged
        writer.report.resources += len(drawn.files)


class _Tally:
    """Resources done, told to the progress bar from this thread and the one waiting on the workers."""

    def __init__(self, total: int, tell: Progress) -> None:
        self.total, self.tell, self.done = total, tell, 0
        self._lock = threading.Lock()

    def add(self, stage: str, count: int = 1) -> None:
        with self._lock:
            self.done += count
            self.tell(stage, self.done, self.total)


@dataclass(frozen=True)
class _Drawing:
    """What a worker process needs besides its bucket: the site's addresses, where the new site is being written
    and where the previous one is (to link unchanged files from)."""

    site: Site
    staging: Path
    previous: Path | None


@dataclass
class _Drawn:
    """One bucket drawn in a worker: each doc path's files, every file written, and how many were linked."""

    files: dict[str, list[str]]
    written: list[str]
    unchanged: int


_Job = tuple[_Drawing, list[Path], list[str]]  # (drawing, the bucket's files, the doc paths to draw from it)
# A bucket a worker has not drawn in this long is stuck, not slow: the largest took minutes on a loaded machine.
_BUCKET_DEADLINE = 3 * 3600.0


@contextmanager
def _collecting_seldom() -> Iterator[None]:
    """Python's cyclic collector run a hundred times less often: a publish makes millions of short-lived triples'
    lists, index dicts and page parts, nearly none in a cycle, and at the default threshold (700) scanning them
    took about 15 % of a drawing worker's user time (a bucket of 3,004 resources at 10,000 articles: 6.0-6.3 s
    of user time, 5.2 s with this)."""
    before = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _draw_bucket(job: _Job) -> _Drawn | OutputError:
    """A worker's part: the pages of one bucket's resources."""
    with _collecting_seldom():
        return _draw(job)


def _draw(job: _Job) -> _Drawn | OutputError:
    drawing, parts, paths = job
    writer = _Writer(drawing.staging, drawing.previous)
    summaries = published_summaries()
    try:
        gathered = read_bucket(parts)
        files = {path: _write_resource(drawing.site, writer, path,
                                       gathered.get(_stored(drawing.site, path)) or Gathered(), summaries)
                 for path in paths}
    except OutputError as error:
        return error
    except OSError as exc:  # a spill file that cannot be read: one line, as in the publishing process
        return OutputError(f"{exc.filename or parts[0]}: cannot read ({exc.strerror or exc})")
    return _Drawn(files, writer.report.files, writer.report.unchanged)


class _Elsewhere:
    """Buckets drawn by worker processes, waited on in a thread while this one draws the rest."""

    def __init__(self, jobs: list[_Job], processes: int, tally: _Tally) -> None:
        self.jobs, self.processes, self.tally = jobs, processes, tally
        self._drawn: list[_Drawn | OutputError] = []
        self._error: BaseException | None = None  # what stopped the waiting thread, raised again in this one
        self._thread = threading.Thread(target=self._wait, daemon=True, name="elexgraph-publish")

    def start(self) -> None:
        if self.jobs:
            self._thread.start()

    def _wait(self) -> None:
        def failed(job: _Job, why: str) -> OutputError:
            return OutputError(f"the pages of {len(job[2])} resource(s) were not drawn ({why})")
        try:
            for _, drawn in in_workers(_draw_bucket, self.jobs, self.processes, _BUCKET_DEADLINE, failed):
                self._drawn.append(drawn)
                if isinstance(drawn, _Drawn):
                    self.tally.add("Resource pages", len(drawn.files))
        except OSError as exc:
            self._error = OutputError(f"cannot start the processes drawing pages ({exc.strerror or exc})")
        except BaseException as exc:  # noqa: BLE001 - a thread's error is lost unless handed to the one waiting
            self._error = exc

    def results(self) -> list[_Drawn]:
        """Every bucket drawn, once all are; the first error met, if any."""
        if self.jobs:
            self._thread.join()
        if self._error is not None:
            raise self._error
        for drawn in self._drawn:
            if isinstance(drawn, OutputError):
                raise drawn
        return [drawn for drawn in self._drawn if isinstance(drawn, _Drawn)]


def _largest_first(spill: Spill, by_bucket: dict[int, list[str]]) -> list[int]:
    """The buckets to draw, the largest spill first: the bucket of a general election or a large party takes
    minutes, and drawn last it left one worker busy while the other had nothing to do (the order of the files
    does not change the site: every list is sorted when written)."""
    def size(bucket: int) -> int:
        return sum(part.stat().st_size for part in spill.parts(bucket) if part.is_file())
    return sorted(by_bucket, key=lambda bucket: (-size(bucket), bucket))


def _buckets(graphs: int) -> int:
    """Spill files: one for every hundred graphs, at least 16 (each resource's share of the store is read back a
    bucket at a time; the dev articles with two official files in one bucket peaked at 1.2 GB)."""
    return max(16, min(graphs // 100, 256))


def _stored(site: Site, path: str) -> str:
    return site.stored_iri(site.iri("id/" + path))


@dataclass
class Gathering:
    """What one pass over the store found: each resource's shares (spilled), the new manifest (files not yet
    filled in), and the doc paths whose pages are to be drawn (the others are kept from the previous site)."""

    spill: Spill
    manifest: Manifest
    redraw: set[str]
    unchanged: bool  # no graph changed, came or went since the previous site
    listed: dict[str, Listed]  # the index pages' rows, by index path

    @property
    def documented(self) -> set[str]:
        return {path for path, graphs in self.manifest.described.items() if graphs}


def gather(store: GraphStore, site: Site, folder: Path, *, previous: Manifest | None = None,
           buckets: int | None = None, tell: Progress | None = None, writer: _Writer | None = None,
           jobs: int = 1) -> Gathering:
    """One pass over the store's graphs: each graph's digest taken, and from each graph that changed since
    `previous` (every graph without one) each resource's share spilled to `folder`; then, for the resources
    those changes touch, their shares of the graphs that did not change. With a `writer`, each graph's .ttl is
    written on the way. With `jobs` > 1 and a store on disk opened read-only, the graphs are read in that many
    worker processes."""
    graphs = store.named_graphs()
    spill = Spill(folder, buckets or _buckets(len(graphs)))
    manifest = Manifest(code_digest(), site.public_base)
    digests = previous.graphs if previous else {}
    read = _Read()
    location = _on_disk(store) if jobs > 1 else None
    if tell:  # from the start: the workers report only when their first graphs are read
        tell("Reading graphs", 0, len(graphs))
    try:
        if location is None:
            for order, graph in enumerate(graphs):
                if tell:
                    tell("Reading graphs", order + 1, len(graphs))
                _read_graph(store, graph, order, _Reading(site, spill, writer), digests.get(graph.value), read)
        else:
            job = _ReadJob(location, site, folder, spill.buckets, writer and writer.outdir,
                           writer and writer.previous)
            _read_elsewhere(job, graphs, digests, jobs, read, tell)
            if writer is not None:
                writer.report.files += read.written
                writer.report.unchanged += read.unchanged
        manifest.graphs = read.digests
        named, described, changed = read.named, read.described, read.changed
        redraw = set(named) | set(described)
        if previous is not None:
            _carry(previous, manifest, changed, named, described)
            redraw |= _touched(previous, manifest, changed, described)
            order_of = {graph.value: order for order, graph in enumerate(graphs)}
            _spill_unchanged(store, site, spill, redraw, {g: order_of[g] for path in redraw
                                                          for g in named.get(path, ()) if g not in changed}, tell)
    finally:
        spill.close()
    manifest.named, manifest.described = dict(named), dict(described)
    unchanged = previous is not None and not changed and set(previous.graphs) == set(manifest.graphs)
    gathering = Gathering(spill, manifest, redraw, unchanged, read.listed)
    gathering.redraw &= gathering.documented  # what left the store is drawn no more
    return gathering


@dataclass
class _Read:
    """What reading some of the store's graphs found (in this process, or in a worker and sent back)."""

    digests: dict[str, str] = field(default_factory=dict)  # graph -> digest
    changed: set[str] = field(default_factory=set)  # the graphs whose resources' shares were spilled
    listed: dict[str, Listed] = field(default_factory=lambda: {index.path: Listed() for index in pages.INDEXES})
    named: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # doc path -> graphs
    described: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    written: list[str] = field(default_factory=list)  # graph files a worker wrote
    unchanged: int = 0  # of which linked from the previous site

    def add(self, other: _Read) -> None:
        self.digests.update(other.digests)
        self.changed |= other.changed
        for path, listed in other.listed.items():
            self.listed[path].add(listed)
        for mine, theirs in ((self.named, other.named), (self.described, other.described)):
            for path, graphs in theirs.items():
                mine.setdefault(path, set()).update(graphs)
        self.written += other.written
        self.unchanged += other.unchanged


@dataclass(frozen=True)
class _Reading:
    """Where what a graph says goes: the spill, and the site's graph files (unless no writer)."""

    site: Site
    spill: Spill
    writer: _Writer | None


def _read_graph(store: GraphStore, graph: NamedNode, order: int, to: _Reading, digest: str | None,
                read: _Read) -> None:
    """One graph's digest, its file, its rows of the index pages, and (unless it has the `digest` the previous
    site was drawn from) its resources' shares spilled."""
    triples = [q.triple for q in store.quads(graph)]
    read.digests[graph.value] = graph_digest(triples)
    same = digest == read.digests[graph.value]
    if to.writer is not None:
        _write_graph(to.site, to.writer, graph, triples, same)
    index = GraphIndex(triples)
    for kind in pages.INDEXES:
        index.listed(kind.cls, read.listed[kind.path])
    if not same:
        read.changed.add(graph.value)
        _spill_graph(index, graph.value, order, to.site, to.spill, read.named, read.described)


def _on_disk(store: GraphStore) -> str | None:
    """The folder of a store on disk opened read-only, which worker processes can open too (what a writer
    has not yet flushed, or a server holds, they would not see)."""
    from elexgraph.store.embedded import EmbeddedStore

    inner = getattr(store, "inner", store)  # a BoundedStore's
    return inner.location if isinstance(inner, EmbeddedStore) and inner.read_only else None


@dataclass(frozen=True)
class _ReadJob:
    """What a worker reading graphs needs besides its graphs: the store, the site, the spill's shape, and where
    the new site and the previous one are (to write or link graph files; no staging: none written)."""

    location: str
    site: Site
    folder: Path
    buckets: int
    staging: Path | None
    previous: Path | None
    graphs: tuple[tuple[int, str, str | None], ...] = ()  # (order in the store, graph, previous digest)


def _read_elsewhere(job: _ReadJob, graphs: list[NamedNode], digests: dict[str, str], jobs: int, read: _Read,
                    tell: Progress | None) -> None:
    """The graphs read by `jobs` worker processes, a few dozen graphs a job (an official file's graph is a
    hundred articles' worth), each worker spilling to its own part of every bucket."""
    size = max(1, len(graphs) // (jobs * 20))
    work = [replace(job, graphs=tuple((order, graphs[order].value, digests.get(graphs[order].value))
                                      for order in range(start, min(start + size, len(graphs)))))
            for start in range(0, len(graphs), size)]
    done = 0

    def failed(job: _ReadJob, why: str) -> OutputError:
        return OutputError(f"{job.location}: {len(job.graphs)} graph(s) not read ({why})")
    for _, found in in_workers(_read_some, work, jobs, _BUCKET_DEADLINE, failed):
        if isinstance(found, ElexgraphError):
            raise found
        read.add(found)
        done += len(found.digests)
        if tell:
            tell("Reading graphs", done, len(graphs))


_opened: dict[str, tuple[GraphStore, Spill]] = {}  # in a worker: the store it reads and its part of the spill


def _read_some(job: _ReadJob) -> _Read | ElexgraphError:
    """A worker's part of the pass: some graphs read, their shares spilled to this process's part."""
    with _collecting_seldom():
        return _read(job)


def _read(job: _ReadJob) -> _Read | ElexgraphError:
    try:
        if job.location not in _opened:
            _opened[job.location] = (open_store(job.location, read_only=True),
                                     Spill(job.folder, job.buckets, part=f".{os.getpid()}"))
        store, spill = _opened[job.location]
        writer = _Writer(job.staging, job.previous) if job.staging else None
        read = _Read()
        for order, graph, digest in job.graphs:
            _read_graph(store, NamedNode(graph), order, _Reading(job.site, spill, writer), digest, read)
        spill.flush()
    except ElexgraphError as error:
        return error
    except OSError as exc:  # a spill file that cannot be written (a full disk): one line
        return OutputError(f"{exc.filename or job.folder}: cannot write ({exc.strerror or exc})")
    if writer is not None:
        read.written, read.unchanged = writer.report.files, writer.report.unchanged
    return read


def _touched(previous: Manifest, manifest: Manifest, changed: set[str], described: dict[str, set[str]]) -> set[str]:
    """The doc paths a change touches beyond the resources of the changed graphs: those a changed or removed
    graph named before, and those described now that the previous site did not keep."""
    gone = changed | (set(previous.graphs) - set(manifest.graphs))
    return {path for path, graphs in previous.named.items() if graphs & gone} | {
        path for path, graphs in described.items() if graphs and not previous.kept(path)}


def _spill_unchanged(store: GraphStore, site: Site, spill: Spill, redraw: set[str], again: dict[str, int],
                     tell: Progress | None) -> None:
    """The shares, in the unchanged graphs `again` (with their order in the store), of the resources to redraw
    (a page holds all its graphs)."""
    for done, graph in enumerate(sorted(again), 1):
        if tell:
            tell("Reading graphs again", done, len(again))
        triples = [q.triple for q in store.quads(NamedNode(graph))]
        _spill_graph(GraphIndex(triples), graph, again[graph], site, spill, {}, {}, only=redraw)


def _spill_graph(index: GraphIndex, graph: str, order: int, site: Site, spill: Spill, named: dict[str, set[str]],
                 described: dict[str, set[str]], only: set[str] | None = None) -> None:
    """Each resource's share of one graph spilled (only those of the doc paths `only`, if given); which graphs
    name and describe each resource noted."""
    prefix = site.stored_base + "id/"
    for subject in index.of:
        if isinstance(subject, NamedNode) and subject.value.startswith(prefix):
            path = site.doc_path(site.public(subject).value)
            if path:
                described.setdefault(path, set()).add(graph)
    for resource in index.resources(prefix):
        path = site.doc_path(site.public(resource).value)
        if path is None or (only is not None and path not in only):
            continue
        named.setdefault(path, set()).add(graph)
        spill.add(resource, order, index.description(resource),
                  index.sources_named(resource, every_fact=path.startswith(_SUMMARISED)))


def _carry(previous: Manifest, manifest: Manifest, changed: set[str], named: dict[str, set[str]],
           described: dict[str, set[str]]) -> None:
    """What the previous manifest says of the graphs that did not change, carried into the new one."""
    for old, new in ((previous.named, named), (previous.described, described)):
        for path, graphs in old.items():
            kept = {g for g in graphs if g not in changed and g in manifest.graphs}
            if kept:
                new.setdefault(path, set()).update(kept)


def _write_graph(site: Site, writer: _Writer, graph: NamedNode, triples: list[Triple], same: bool) -> None:
    """A graph's .ttl and its IRI's stub; linked from the previous site when the graph is unchanged."""
    public = site.public(graph).value
    name = public[len(site.public_base + "graph/"):] if public.startswith(site.public_base + "graph/") else ""
    if same and writer.keep(f"graph/{name}.ttl") and writer.keep(f"graph/{name}/index.html"):
        return
    if safe_segments(name):
        writer.write(f"graph/{name}.ttl", serialize_triples([site.public(t) for t in triples], TURTLE))
        writer.write(f"graph/{name}/index.html", _redirect(site, f"graph/{name}/index.html", public,
                                                           f"graph/{name}.ttl", {}))


def published_summaries() -> Callable[[Gathered, Site], pages.Summaries]:
    """A published page's summaries, as seen from its file (`Site.at`), all from what the pass gathered: the
    official section from the shares' facts, a party's and an election's from their page query asked of the
    shares (never of the store: a party's rows cut from every party's took 1.7-2.7 GB and 8 minutes at 10k)."""
    def of(gathered: Gathered, here: Site) -> pages.Summaries:
        def official(iri: str, every: bool) -> object:
            resource = NamedNode(here.stored_iri(iri))
            return official_view_of(gathered.official(resource), gathered.findings(resource), here, resource,
                                    every_contest=every)

        def party(iri: str) -> object:
            return party_summary_of(gathered.answer(pages.SUMMARISED["party"],
                                                    {"party": NamedNode(here.stored_iri(iri))}), here)

        def election(iri: str) -> object:
            return election_summary_of(gathered.answer(pages.SUMMARISED["election"],
                                                       {"election": NamedNode(here.stored_iri(iri))}), here)
        def kinds(iri: str) -> list[tuple[Value, int]]:
            return pages.fact_kinds(gathered.kinds(NamedNode(here.stored_iri(iri))), here)
        return pages.Summaries(official, party, election, kinds)
    return of


def _write_index(site: Site, writer: _Writer, index: pages.Index, listed: Listed) -> None:
    """An index's pages (people.html, people.page-2.html, …) with its default filter, and every entry as JSON
    and CSV (the official record's people too, each marked news or official)."""
    found = listing.entries_of(listed.ordered_rows(), listed.facets, listed.counties, site, index.cls)
    filters = listing.Filters(source=listing.default_source(index.path))
    for number in range(1, listing.listing(found, filters, 1).pages + 1):
        relative = site.paged(index.path, number)[len(site.root):]
        writer.write(relative, pages.index_html(site, index, found, filters, number))
    for kind in listing.EXPORTS:
        writer.write(f"{index.path}.{kind}", listing.export(found, listing.Filters(), None, kind, index.path)[0])


def _write_resource(site: Site, writer: _Writer, path: str, gathered: Gathered,
                    summaries: Callable[[Gathered, Site], pages.Summaries]) -> list[str]:
    """A resource's page (and its further pages of facts), its .ttl and .jsonld, and its thing's stub; the files.
    A resource with more than WHOLE_FACTS facts (a party, an election, an extractor, the official publisher) is
    drawn as `serve` gives it: each page its own description and fifty of its facts, its data formats its own
    description only (each fact's own document says whose it is and what it names)."""
    first = len(writer.report.files)
    iri = site.iri("id/" + path)
    here = site.at(f"doc/{path}.html")
    resource = NamedNode(site.stored_iri(iri))
    drawn_from, doc = summaries(gathered, here), here.root + "doc/" + path
    facts = gathered.facts(resource)
    if len(facts) > describe.WHOLE_FACTS:
        told = gathered.told_apart(resource)
        for number, start in enumerate(range(0, len(facts), FACTS_PER_PAGE), 1):
            triples = _ordered(site, told.page(facts[start:start + FACTS_PER_PAGE]))
            writer.write(here.paged("doc/" + path, number)[len(here.root):],
                         pages.summarised_page(drawn_from, here, iri, triples, doc, STATIC_FORMATS, number,
                                               total=len(facts)))
        triples = _ordered(site, told.own)
    else:
        triples = _ordered(site, gathered.triples)
        description = Description(triples, here)  # once for all its pages
        for number in range(1, fact_pages(iri, triples) + 1):
            writer.write(here.paged("doc/" + path, number)[len(here.root):],
                         pages.summarised_page(drawn_from, here, iri, triples, doc, STATIC_FORMATS, number,
                                               description))
    document = _in_order(triples, with_topic(site, iri, triples)[len(triples):])
    for fmt in STATIC_FORMATS:
        writer.write(f"doc/{path}{fmt.suffix}", serialize_ordered(document, fmt))
    alternates = {fmt.media_type: f"doc/{path}{fmt.suffix}" for fmt in STATIC_FORMATS}
    writer.write(f"id/{path}/index.html", _redirect(site, f"id/{path}/index.html", iri, f"doc/{path}.html", alternates))
    writer.report.resources += 1
    return writer.report.files[first:]


def _ordered(site: Site, stored: set[Triple]) -> list[Triple]:
    """Triples as served (public IRIs), in serialize_triples' order."""
    moved = site.public_base != site.stored_base  # else each triple is as served: no second set of them
    return sorted({site.public(t) for t in stored} if moved else stored, key=str)


def _in_order(ordered: list[Triple], more: list[Triple]) -> list[Triple]:
    """`ordered` (distinct, in serialize_triples' order) with `more` put in their places, each once: the order of
    a document's formats, worked out without turning every triple into text again."""
    found, present = list(ordered), set(ordered)
    for triple in more:
        if triple not in present:
            bisect.insort(found, triple, key=str)
            present.add(triple)
    return found


def sitemap(site: Site, html_files: list[str]) -> bytes:
    root = ElementTree.Element("urlset", xmlns=SITEMAP_NS)
    for relative in sorted(html_files):
        ElementTree.SubElement(ElementTree.SubElement(root, "url"), "loc").text = site.iri(relative)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
