"""The embedded backend: a pyoxigraph store in a folder on disk.

Opened read-write, the store takes a lock: no other process can open it read-write at the same
time. Opened read-only (every command that only reads), it takes no lock, so any number of
readers and one writer (a `build`) can use the store at once. A read-only store sees the data as
it was when opened; it looks for another process's writes at most once a second, before a read,
and reopens when the store's files changed.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import IO, Literal

import pyoxigraph
from pyoxigraph import NamedNode, Quad, QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

from elexgraph.errors import QueryError, StoreError
from elexgraph.resources import resource_dir
from elexgraph.store.answers import FILE_NAME as ANSWERS_FILE
from elexgraph.store.answers import (AnswerCache, answer_key, column_iris, opened, packed, packed_answer, state_token,
                                     unpacked)
from elexgraph.store.base import BoundQuery, Dataset, GraphStore, QueryResult, Within, query_form, substituted
from elexgraph.store.combined import combined
from elexgraph.store.described import (Followed, body_of_drawn, body_of_rows, body_of_triples, drawn_of, following,
                                       result_of, with_added)
from elexgraph.store.graphrows import AT_MOST_GRAPHS, GraphRows, followed, graph_rows

# Graphs written per update: large enough to amortise the call, small enough to bound memory.
_BATCH_QUADS = 200_000
# When an answer kept by graph cannot follow the writes since (store/graphrows.py), whether it is asked whole.
Whole = Literal["always", "if kept", "never"]
# How often a read-only store looks for writes by another process.
REFRESH_SECONDS = 1.0


class EmbeddedStore(GraphStore):
    def __init__(self, path: Path, *, create: bool = False, read_only: bool = False) -> None:
        self.location = str(path)
        self.path = path
        self.read_only = read_only
        try:
            exists, folder = path.exists(), path.is_dir()
        except OSError as exc:  # a name over the file system's limit, a folder that cannot be searched
            raise StoreError(f"{path}: cannot be a store ({exc.strerror or exc})") from None
        if not create and not exists:
            raise StoreError(f"{path}: no store here (build one with: elexgraph build ARTICLES --store {path})")
        if exists and not folder:
            raise StoreError(f"{path}: not a store folder")
        self._stamp = _stamp(path)
        self._checked = time.monotonic()
        self._reopening = threading.Lock()
        self._held = 0  # blocks reading one state (one_state): no reopening while any runs
        self._answers = AnswerCache(path)
        self._written: set[str] | None = set()  # the graphs this writable store wrote (None: unknown ones)
        self._writing = False
        self._naming: dict[str, tuple[str, list[str]]] = {}  # by IRI: the graphs naming it at a state, last known
        try:
            self._store = _open_read_only(path) if read_only else pyoxigraph.Store(str(path))
        except (OSError, RuntimeError) as exc:
            reason = "in use by another process" if "lock" in str(exc).lower() else str(exc)
            raise StoreError(f"{path}: cannot open the store ({reason})") from None
        if not read_only:
            _remove_bulk_leftovers(path)

    def _current(self, now: bool = False) -> pyoxigraph.Store:
        """The store to read: read-only, reopened when another process has written to it since (not while held
        at one state); its files looked at at most once a second, unless `now`."""
        if not self.read_only or self._held or (not now and time.monotonic() - self._checked < REFRESH_SECONDS):
            return self._store
        with self._reopening:
            self._checked = time.monotonic()
            stamp = _stamp(self.path)
            if stamp != self._stamp:
                try:
                    self._store = pyoxigraph.Store.read_only(str(self.path))
                    self._stamp = stamp
                except (OSError, RuntimeError):
                    pass  # a writer is replacing files right now: read the last state, try again later
        return self._store

    @property
    def keeps_answers(self) -> bool:
        return self.read_only

    @contextmanager
    def one_state(self) -> Iterator[None]:
        """Read the state open now until the block ends. A query worker runs each job so: a newer state is opened
        between jobs, outside the job's memory cap (opened inside it, the store's new threads could not get their
        memory, and the C library ends the process with status 127)."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1

    def state(self, now: bool = False) -> object | None:
        """The store's files as last seen: a read-only store's changes when it reopens on another process's writes;
        a writable store's own writes are not tracked (None)."""
        if not self.read_only:
            return None
        self._current(now)
        return self._stamp

    def _writable(self, graphs: Iterable[NamedNode] | None = ()) -> pyoxigraph.Store:
        """The store, to be written with `graphs` (None: any graph, an update). The state it was opened at is
        marked as being written first: nothing kept is given for it meanwhile (a write killed part way changes
        the files too, so nothing would be given again; this is for a write that would not). When the store
        closes, the answers file learns which graphs the write changed (store/graphrows.py)."""
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only, cannot write")
        if not self._writing:
            self._answers.writing(state_token(self._stamp))
            self._writing = True
        if graphs is None or self._written is None:
            self._written = None
        else:
            self._written.update(g.value for g in graphs)
        return self._store

    def replace_graphs(self, graphs: dict[NamedNode, list[Quad]]) -> None:
        self._writable(graphs)
        fresh = {g: quads for g, quads in graphs.items() if not self._store.contains_named_graph(g)}
        self._add_fresh_graphs(fresh)
        batch: list[str] = []
        size = 0
        for graph, quads in graphs.items():
            if graph in fresh:
                continue
            batch.append(_replace_graph_update(graph, quads))
            size += len(quads)
            if size >= _BATCH_QUADS:
                self._store.update(";\n".join(batch))
                batch, size = [], 0
        if batch:
            self._store.update(";\n".join(batch))

    def _add_fresh_graphs(self, graphs: dict[NamedNode, list[Quad]]) -> None:
        """Graphs the store lacks go in through the bulk loader, about 3x faster than a transaction.

        The bulk loader is not transactional, so on failure the graphs it was writing are dropped again.
        """
        if not graphs:
            return
        try:
            self._store.bulk_extend(quad for quads in graphs.values() for quad in quads)
        except OSError as exc:
            for graph in graphs:
                self._store.remove_graph(graph)
            raise StoreError(f"{self.location}: cannot write ({exc})") from None

    def remove_graphs(self, graphs: Iterable[NamedNode]) -> None:
        graphs = list(graphs)
        self._writable(graphs)
        drops = [f"DROP SILENT GRAPH {g}" for g in graphs]
        if drops:
            self._store.update(";\n".join(drops))

    def query(self, query: str | BoundQuery) -> QueryResult:
        if isinstance(query, str):
            return self._run(query, None, {})
        if query.about is not None and self.read_only:
            return self._about(query, _options(query))
        if not query.keep and query.within is None:
            return self._run(query.sparql, None, _options(query))
        return self._kept(query, _options(query))

    def kept(self, query: BoundQuery) -> QueryResult | None:
        if query.about is not None:
            return self._kept_about(query)[0]
        state = self._answer_state() if query.keep or query.within else None
        if state is None:
            return None
        try:
            if query.keep:
                own = self._kept_at(query.text, None if query.within else graph_rows(query.text), state)
                if own is not None:
                    return own
            if query.within:
                return self._kept_at(query.within.text, graph_rows(query.within.text), state, query.within)
        except ValueError:  # written by another version of elexgraph, or damaged: SPARQL answers, and it is kept anew
            pass
        return None

    def iris(self, query: BoundQuery) -> list[str]:
        """Read from the answer kept by graph (following the writes since) without making a term of each row."""
        kept = self.kept_iris(query)
        if kept is not None:
            return kept
        state = self._answer_state() if query.keep and query.within is None and query.combined is None else None
        try:
            rows = graph_rows(query.text) if state else None
            body = self._by_graph(rows, state, "always") if rows is not None else None
            if rows is not None and body is not None:
                return column_iris(body, rows.extra)
        except ValueError:  # a @graph-rows query of a shape that cannot be followed, a damaged kept answer
            pass
        return super().iris(query)

    def kept_iris(self, query: BoundQuery) -> list[str] | None:
        state = self._answer_state() if query.keep and query.within is None and query.combined is None else None
        try:
            rows = graph_rows(query.text) if state else None
            last = self._answers.by_graph(answer_key(rows.text)) if rows is not None else None
            return column_iris(last[1], rows.extra) if rows and last is not None and last[0] == state else None
        except ValueError:  # a @graph-rows query of a shape that cannot be followed, a damaged kept answer
            return None

    def follows(self, query: BoundQuery) -> bool:
        state = self._answer_state() if query.keep and query.within is None else None
        try:
            rows = graph_rows(query.combined.texts[0] if query.combined else query.text) if state else None
        except ValueError:
            return False
        last = self._answers.by_graph(answer_key(rows.text), body=False) if rows and state else None
        return bool(last and state and last[0] != state and self._answers.written_since(last[0], state) is not None)

    def follow(self, query: BoundQuery) -> None:
        """The answer kept by graph brought to the store's state, without reading it (after a build: its rows
        are neither parsed nor sent anywhere)."""
        state = self._answer_state()
        if state and query.keep and query.combined:
            self._combined(query, state, "never")
            return
        rows = graph_rows(query.text) if state and query.keep and query.within is None else None
        if rows is not None:
            self._by_graph(rows, state, "never")

    def _kept_at(self, text: str, rows: GraphRows | None, state: str, within: Within | None = None
                 ) -> QueryResult | None:
        """The answer kept for `text` at `state` (by graph, if `rows` says how), cut as `within` says."""
        if rows is None:
            body = self._answers.get(answer_key(text), state)
        else:
            last = self._answers.by_graph(answer_key(rows.text))
            body = last[1] if last is not None and last[0] == state else None
        return None if body is None else _given(body, rows, within)

    def _kept(self, query: BoundQuery, options: dict[str, object]) -> QueryResult:
        """The answer kept for the store's state, or SPARQL's, kept when the store did not change meanwhile. A
        ``# @graph-rows`` question kept for an earlier state is followed through the writes since: only the graphs
        they wrote are asked (store/graphrows.py)."""
        kept = self.kept(query)
        if kept is not None:
            return kept
        state = self._answer_state()
        put_together = (self._combined(query, state, "always" if query.combined.whole else "never")
                        if state and query.keep and query.combined else None)
        if put_together is not None:
            return put_together
        whole = query.within.text if query.within else query.text
        try:
            rows = graph_rows(whole) if query.within or query.keep else None
        except ValueError:  # a @graph-rows query of a shape that cannot be followed: answered as any other
            rows = None
        body = self._by_graph(rows, state, "if kept" if query.within else "always") if rows is not None else None
        try:
            if body is not None:
                return _given(body, rows, query.within)
        except ValueError:  # a kept answer damaged where only reading all of it shows: asked as any other
            pass
        body = self._packed(query.sparql, options)
        if body is None:  # an answer the layout cannot hold: SPARQL's, kept by no one
            return self._run(query.sparql, None, options)
        if query.keep and state and state == self._answer_state():
            self._answers.put(answer_key(query.text), state, body)
        return QueryResult(*unpacked(body))

    def _kept_about(self, query: BoundQuery) -> tuple[QueryResult | None, str | None, list[str]]:
        """The answer kept about the query's resource that holds at the store's state (store/described.py), or
        None; with the state and the graphs naming the resource now (a state of None: nothing is kept)."""
        state = self._answer_state() if self.read_only and query.about is not None else None
        if state is None or query.about is None:
            return None, None, []
        last = self._answers.about(answer_key(query.text))
        written = self._answers.written_since(last[0], state) if last is not None else None
        if last is None or written is None or len(written) > AT_MOST_GRAPHS:
            return None, state, self._known_naming(query.about, state, self._graphs_naming(query.about))
        follow = following(last[1], written, set(self._graphs_naming(query.about, written)))
        self._known_naming(query.about, state, follow.graphs)
        return self._followed_about(query, state, last, follow), state, follow.graphs

    def _known_naming(self, iri: str, state: str, graphs: list[str]) -> list[str]:
        """The graphs naming `iri` at `state`, remembered for a drawing kept about it (keep_drawn): listing them
        again takes seconds for a general election (1.6 s for 1,500 graphs at 10,000 articles)."""
        if len(self._naming) >= 64:
            self._naming.clear()
        self._naming[iri] = (state, graphs)
        return graphs

    def kept_drawn(self, key: str) -> str | None:
        """The text kept for `key` (keep_drawn) if no write since it was kept touched a graph naming one of the
        IRIs it was drawn about, before or after (store/described.py `following`); moved to the store's state."""
        state = self._answer_state()
        last = self._answers.about(key) if state else None
        written = self._answers.written_since(last[0], state) if last is not None and state else None
        if last is None or written is None or len(written) > AT_MOST_GRAPHS:
            return None
        try:
            iris, text = drawn_of(last[2])
        except ValueError:  # another kind of answer, or damaged: drawn again, and kept anew
            return None
        naming = set().union(*(self._graphs_naming(iri, written) for iri in iris)) if written else set()
        if not following(last[1], written, naming).good:
            return None
        if last[0] != state:
            self._answers.moved_about(key, last[0], state)
        return text

    def keep_drawn(self, key: str, iris: list[str], text: str) -> None:
        state = self._answer_state()
        if not state:
            return
        graphs = set().union(*(self._naming[iri][1] if self._naming.get(iri, ("",))[0] == state
                               else self._graphs_naming(iri) for iri in iris))
        if state == self._answer_state():
            self._answers.put_about(key, state, sorted(graphs), body_of_drawn(iris, text))

    def just_written(self) -> set[str] | None:
        state = self._answer_state() if self.read_only else None
        return self._answers.last_write(state) if state else None

    def written_since_drawn(self, key: str) -> int | None:
        state = self._answer_state() if self.read_only else None
        kept = self._answers.about(key) if state else None
        written = self._answers.written_since(kept[0], state) if kept is not None and state else None
        return None if written is None else len(written)

    def _followed_about(self, query: BoundQuery, state: str, last: tuple[str, list[str], bytes],
                        follow: Followed) -> QueryResult | None:
        """The answer kept about the query's resource (`last`: its state, graphs and body) brought to `state` as
        `follow` says, and kept so; None: to be asked again."""
        key = answer_key(query.text)
        try:
            answer = result_of(last[2]) if follow.good or follow.added else None
        except ValueError:  # written by another version of elexgraph, or damaged: asked again, and kept anew
            answer = None
        if answer is None or answer.triples is None and not follow.good:
            return None
        if follow.good:
            if last[0] != state:
                self._answers.moved_about(key, last[0], state)
            return answer
        added = self._run(query.sparql, None, {**_options(query), "named_graphs": list(map(NamedNode, follow.added))})
        answer = QueryResult([], [], triples=with_added(answer.triples or [], added.triples or []))
        if state == self._answer_state():
            self._answers.put_about(key, state, follow.graphs, body_of_triples(answer.triples or []))
        return answer

    def _about(self, query: BoundQuery, options: dict[str, object]) -> QueryResult:
        """The answer about one resource: kept, or asked and kept with the graphs naming the resource when the
        store did not change meanwhile."""
        kept, state, graphs = self._kept_about(query)
        if kept is not None:
            return kept
        if query_form(query.sparql) == "SELECT":
            packed_rows = self._packed(query.sparql, options)
            if packed_rows is None:  # an answer the layout cannot hold: SPARQL's, kept by no one
                return self._run(query.sparql, None, options)
            answer, body = QueryResult(*unpacked(packed_rows)), body_of_rows(packed_rows)
        else:
            answer = self._run(query.sparql, None, options)
            body = body_of_triples(answer.triples) if answer.triples is not None else b""
        if state and body and state == self._answer_state():
            self._answers.put_about(answer_key(query.text), state, graphs, body)
        return answer

    def _graphs_naming(self, iri: str, among: Iterable[str] | None = None) -> list[str]:
        """The graphs naming the resource (queries/store-graphs-naming.rq, a ``# @substitute`` query: each
        pattern starts from the IRI), in order of their IRIs; `among`: only those of these graphs (the query reads
        them alone)."""
        if among is not None and not among:
            return []
        sparql = substituted(_graphs_naming_query(), {"resource": str(NamedNode(iri))})
        options = {} if among is None else {"named_graphs": [NamedNode(g) for g in among]}
        return [row[0].value for row in self._run(sparql, None, options).rows if row[0] is not None]

    def _combined(self, query: BoundQuery, state: str, whole: Whole) -> QueryResult | None:
        """The answer put together from the rows kept by graph that it is made of (store/combined.py), those
        following the writes since (asked whole as `whole` says), and kept for the store's state. None: not
        followed, or not a shape that can be (asked of SPARQL as any other)."""
        assert query.combined is not None
        try:
            rows = graph_rows(query.combined.texts[0])
            body = self._by_graph(rows, state, whole) if rows is not None else None
            if body is None:
                return None
            others = [self._run(text, None, {}) for text in query.combined.texts[1:]]
            answer = combined(query.combined.how, body, others, dict(query.combined.values))
        except ValueError:  # a @graph-rows query of a shape that cannot be followed, a damaged kept answer
            return None
        kept = packed_answer(answer)
        if kept is not None and state == self._answer_state():
            self._answers.put(answer_key(query.text), state, kept)
        return answer

    def _by_graph(self, rows: GraphRows, state: str | None, whole: Whole) -> bytes | None:
        """The answer by graph for the store's state: the last one kept, with the rows of the graphs written
        since asked again; or, when that cannot be done, asked whole (`whole`: "always"; "if kept": only to keep
        it anew, when one was kept before; "never": a build following its writes leaves that to the first ask).
        Kept when the store did not change meanwhile. None: not followed, and not asked whole."""
        key = answer_key(rows.text)
        last = self._answers.by_graph(key) if state else None
        written = self._answers.written_since(last[0], state) if last and state else None
        body = None
        if last is not None and written is not None and len(written) <= AT_MOST_GRAPHS:
            try:
                fresh = [self._tsv(text) for text in rows.of_graphs(written)]
                body = followed(rows, last[1], written, fresh) if written else last[1] if opened(last[1]) else None
            except ValueError:  # Unsortable, or a kept answer of another version: asked whole
                body = None
        if body is None and (whole == "always" or whole == "if kept" and last is not None):
            body = self._packed(rows.text, {})
        if body is not None and state and state == self._answer_state():
            self._answers.put_by_graph(key, state, body)
        return body

    def _tsv(self, sparql: str) -> bytes:
        """A SELECT's answer as SPARQL TSV."""
        try:
            answer = self._current().query(sparql)
            assert isinstance(answer, QuerySolutions)
            return answer.serialize(format=QueryResultsFormat.TSV)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from None
        except OSError as exc:
            raise StoreError(f"{self.location}: {exc}") from None

    def _packed(self, sparql: str, options: dict[str, object]) -> bytes | None:
        """A SELECT's answer as kept (store/answers.py `packed`); None: not a SELECT, or a shape it cannot hold."""
        try:
            answer = self._current().query(sparql, **options)
            if not isinstance(answer, QuerySolutions):
                return None
            variables = [v.value for v in answer.variables]
            return packed(variables, answer.serialize(format=QueryResultsFormat.TSV))
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from None
        except OSError as exc:
            raise StoreError(f"{self.location}: {exc}") from None

    def _answer_state(self) -> str | None:
        """The state answers are kept for: the store's files now, when this read-only store reads exactly them.
        None (keep nothing, give nothing kept) while another process writes, and for a writable store, whose
        own writes need not reach its files at once."""
        if not self.read_only:
            return None
        self._current()
        now = _stamp(self.path)
        return state_token(now) if now == self._stamp else None

    def query_at_most(self, sparql: str, at_most: int, dataset: Dataset = Dataset()) -> QueryResult:
        options: dict[str, object] = {}
        if dataset.explicit:
            options["default_graph"] = list(dataset.default_graphs or [])
            if dataset.named_graphs is not None:
                options["named_graphs"] = list(dataset.named_graphs)
        elif dataset.union_default_graph:
            options["use_default_graph_as_union"] = True
        return self._run(sparql, at_most, options)

    def _run(self, sparql: str, at_most: int | None, options: dict[str, object]) -> QueryResult:
        try:
            return self._result(self._current().query(sparql, **options), at_most)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from None
        except OSError as exc:
            raise StoreError(f"{self.location}: {exc}") from None

    @staticmethod
    def _result(answer: object, at_most: int | None) -> QueryResult:
        if isinstance(answer, QueryBoolean):
            return QueryResult([], [], boolean=bool(answer))
        if isinstance(answer, QuerySolutions):
            names = [v.value for v in answer.variables]
            rows = islice(answer, at_most)  # stop reading at the cap: the rest is never computed
            return QueryResult(names, [tuple(solution[i] for i in range(len(names))) for solution in rows])
        return QueryResult([], [], triples=list(islice(answer, at_most)))  # type: ignore[call-overload]

    def compact(self) -> bool:
        """Oxigraph's optimize: its files merged and sorted again. On a store grown by many builds the named
        queries ran 2-5x faster after it (benchmarks/RESULTS.md)."""
        try:
            self._writable().optimize()
        except OSError as exc:
            raise StoreError(f"{self.location}: cannot compact ({exc})") from None
        return True

    def update(self, sparql: str) -> None:
        try:
            self._writable(None).update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {exc}") from None

    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        return iter(self._current().quads_for_pattern(None, None, None, graph))

    def named_graphs(self) -> list[NamedNode]:
        return [g for g in self._current().named_graphs() if isinstance(g, NamedNode)]

    def dump(self, output: IO[bytes], mime: str) -> None:
        fmt = RdfFormat.from_media_type(mime)
        if fmt is None:
            raise StoreError(f"unknown RDF media type {mime}")
        if fmt.supports_datasets:
            self._current().dump(output, fmt)
        else:
            self._current().dump(output, fmt, from_graph=pyoxigraph.DefaultGraph())

    def close(self) -> None:
        if not self.read_only:
            self._store.flush()
        del self._store  # closed: its files are as a reader will find them (closing writes to them)
        if not self.read_only:
            self._answers.wrote(state_token(self._stamp), state_token(_stamp(self.path)), self._written)


def _options(query: BoundQuery) -> dict[str, object]:
    """How Oxigraph is asked a bound question: the values it binds itself."""
    return {"substitutions": {pyoxigraph.Variable(name): term for name, term in query.values}}


@lru_cache(maxsize=1)
def _graphs_naming_query() -> str:
    """queries/store-graphs-naming.rq (the store reads the file itself: the queries module is above it)."""
    return (resource_dir("queries") / "store-graphs-naming.rq").read_text(encoding="utf-8")


# A read-only open can meet a file its writer's compaction removed after the open read the list of files (the
# writer may be this very process: `check` writes while its queries' worker reads); the next try sees the new list.
_OPEN_TRIES = 12


def _open_read_only(path: Path) -> pyoxigraph.Store:
    for attempt in range(1, _OPEN_TRIES):
        try:
            return pyoxigraph.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if ".sst" not in str(exc):  # only a table file can go missing while the store is whole
                raise
        time.sleep(0.05 * attempt)
    return pyoxigraph.Store.read_only(str(path))


def _stamp(path: Path) -> frozenset[tuple[str, int, int]]:
    """The store's data files with their sizes and times: any write changes it (the info logs do not count)."""
    stamp = set()
    try:
        entries = list(os.scandir(path))
    except OSError:
        return frozenset()
    for entry in entries:
        if entry.name.startswith(("LOG", ANSWERS_FILE)):  # the answers file is not the store's data
            continue
        try:
            info = entry.stat()
        except OSError:
            continue  # removed by a writer while we looked
        stamp.add((entry.name, info.st_size, info.st_mtime_ns))
    return frozenset(stamp)


def _given(body: bytes, rows: GraphRows | None, within: Within | None) -> QueryResult:
    """A kept answer as the question asked it: cut as `within` says, without the columns kept by graph."""
    narrowed = (within.column, within.value) if within else None
    variables, found = unpacked(body, narrowed, bool(within and within.exactly), rows.extra if rows else 0)
    return QueryResult(variables, rows.given(found) if rows else found)


def _remove_bulk_leftovers(path: Path) -> None:
    """Remove the files of a bulk load that was killed part way (they are never read, and would stay for ever).
    No live load can own them: the store is open here, and it admits one process at a time."""
    for leftover in path.glob("bulk-*.sst"):
        leftover.unlink(missing_ok=True)


def _replace_graph_update(graph: NamedNode, quads: list[Quad]) -> str:
    """One atomic step: the old graph goes and the new one comes, or neither."""
    triples = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"DROP SILENT GRAPH {graph};\nINSERT DATA {{ GRAPH {graph} {{\n{triples}\n}} }}"
