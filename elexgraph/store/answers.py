"""Answers of the named queries kept beside an embedded store, each for the state of the store it was worked out on.

Why outside the quad store: Oxigraph answers a query by nested loops, one index lookup (~20 µs) per pattern
per row, so an answer of tens of thousands of rows takes seconds however the triples are laid out (flat rows
were tried and measured: benchmarks/RESULTS.md). Kept as the answer itself (its distinct terms as SPARQL
results in TSV, parsed back by Oxigraph, and the rows as indexes: `packed`), the same rows come back in a
fraction of a second.

Why SQLite: it is in the standard library, one file, safe with several readers and a writer at once, and
it holds no code (a store copied from elsewhere cannot run anything when its answers are read; pickle could).
The file, `answers.sqlite`, sits in the store's folder, so it goes wherever the store is copied.

Why never stale: an answer is kept with the store's state (every data file's name, size and modification
time, which any write changes: elexgraph's, and any other program's such as `oxigraph load`), and given
only for that same state. While elexgraph writes, nothing is given or kept for the state it started from.

Why a write costs little: a writable store records, when it closes, which graphs it wrote and the states
before and after (`writes`). A question whose rows each come from one graph (``# @graph-rows``,
store/graphrows.py) is kept with the graph of each row (`by_graph`), and the first ask after writes that are
all recorded asks only the graphs they wrote. A write not recorded (another program's, an update, a write
killed part way) leaves a state no record leads to: the question is asked whole again.

The cache is a convenience: a file that cannot be read or written (a read-only folder, a lock held too long,
a damaged file) makes no error, the query is answered by SPARQL as it would be without it.
"""

from __future__ import annotations

import array
import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import pyoxigraph

from elexgraph.store.base import QueryResult, Term

FILE_NAME = "answers.sqlite"
# At most this many answers (of one state) are kept; the oldest go first. Most are named
# queries without parameters (a dozen); the rest are a user's names given to careers or quotes-by.
KEEP = 200
# How long a reader waits for another process's write to the file before answering without it.
_BUSY_SECONDS = 0.5
# How long a writer's record of the graphs it wrote waits for another write to the file: lost, the next ask of
# each question kept by graph would ask it whole.
_RECORD_SECONDS = 10.0
_SCHEMA = ("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, state TEXT NOT NULL, kept REAL NOT NULL, "
           "body BLOB NOT NULL)",
           # a @graph-rows question's answer, with the graph of each row (store/graphrows.py): one state each
           "CREATE TABLE IF NOT EXISTS by_graph (key TEXT PRIMARY KEY, state TEXT NOT NULL, body BLOB NOT NULL)",
           # the writes through elexgraph: the store went from one state to the other by writing these graphs
           # (a JSON list of IRIs; NULL: unknown, an update)
           "CREATE TABLE IF NOT EXISTS writes (before TEXT NOT NULL, after TEXT NOT NULL, graphs TEXT)",
           # states a writer started from and has not closed: nothing kept is given or kept for them
           "CREATE TABLE IF NOT EXISTS writing (state TEXT PRIMARY KEY)",
           # an answer about one resource, with the graphs naming it (a JSON list of IRIs; store/described.py)
           "CREATE TABLE IF NOT EXISTS about (key TEXT PRIMARY KEY, state TEXT NOT NULL, graphs TEXT NOT NULL, "
           "kept REAL NOT NULL, body BLOB NOT NULL)")
# The writes remembered: a kept answer older than this many writes is answered again whole.
WRITES = 100
# At most this many answers about one resource are kept (of any state), the most recently kept: a seat's page
# reads two, about 12 KB each compressed (every seat, and every party and election described whole, of 10,000
# articles with the official record answered ahead: about 3,000).
ABOUT_KEEP = 6000


def packed(variables: list[str], tsv: bytes) -> bytes | None:
    """SPARQL results in TSV (each row a line, each term in N-Triples form between tabs) as kept: each distinct
    term once, in a one-column TSV document, and the rows as indexes into it, column by column. Parsing the
    terms is what reading an answer costs (~1 µs a term): candidacies' 643,000 cells hold about a fifth as many
    distinct terms. None: an answer this layout cannot hold (no column, or a row of another width): nothing is
    kept."""
    if not variables:
        return None
    lines = tsv.split(b"\n")[1:-1]  # without the header and the end of the last line
    terms: dict[bytes, int] = {}
    table = []
    for line in lines:
        cells = line.split(b"\t") if line else [b""] * len(variables)
        if len(cells) != len(variables):
            return None
        table.append([terms.setdefault(cell, len(terms)) if cell else -1 for cell in cells])
    return packed_cells(variables, list(terms), table)


def packed_answer(answer: QueryResult) -> bytes | None:
    """An answer worked out in Python (store/combined.py) as kept: its terms in N-Triples form, as SPARQL TSV
    writes them."""
    terms: dict[bytes, int] = {}
    table = [[-1 if term is None else terms.setdefault(str(term).encode("utf-8"), len(terms)) for term in row]
             for row in answer.rows]
    return packed_cells(answer.variables, list(terms), table) if answer.variables else None


def packed_cells(variables: list[str], terms: list[bytes], table: list[tuple[int, ...]] | list[list[int]]) -> bytes:
    """An answer as kept, from its terms (TSV cells) and its rows of indexes into them (-1: unbound). Terms no
    row uses (those of rows dropped) are left out once they are half of them: renumbering every cell costs a
    Python loop, keeping the terms only their bytes."""
    columns = [array.array("i", column) for column in zip(*table)] if table else [array.array("i") for _ in variables]
    used = set().union(*columns) - {-1}
    if len(used) * 2 < len(terms):
        renumbered = {old: new for new, old in enumerate(sorted(used))}
        renumbered[-1] = -1
        columns = [array.array("i", map(renumbered.__getitem__, column)) for column in columns]
        terms = [terms[old] for old in sorted(used)]
    document = b"".join(term + b"\n" for term in terms)
    header = json.dumps({"variables": variables, "rows": len(table), "terms": len(document)}).encode("utf-8")
    return b"".join([header, b"\n", document, *(column.tobytes() for column in columns)])


def unpacked(body: bytes, narrowed: tuple[str, str] | None = None, exactly: bool = False,
             skip: int = 0) -> tuple[list[str], list[tuple[Term | None, ...]]]:
    """The variables and rows of an answer as `packed` keeps it; ValueError if it is not one (a file written by
    another version, or damaged). With `narrowed` (a column, a text): only the rows whose column holds the text
    without regard to case, as CONTAINS(LCASE(?column), LCASE(text)) keeps them (Python's lower() and SPARQL's
    LCASE are both Unicode's full lowercase mapping); `exactly`: the rows whose column is the IRI the text names.
    `skip`: the first columns are left out (an answer kept by graph: the graph and hidden keys)."""
    variables, document, columns = opened(body)
    variables, columns = variables[skip:], columns[skip:]
    if narrowed is None:
        terms = _parsed(document) + [None]  # index -1: unbound
        if any(i >= len(terms) for i in (max(column, default=-1) for column in columns)):
            raise ValueError("not a kept answer (a row names a term it lacks)")
        return variables, list(zip(*[[terms[i] for i in column] for column in columns]))
    if narrowed[0] not in variables:
        raise ValueError(f"not a kept answer (no column {narrowed[0]})")
    wanted = narrowed[1] if exactly else narrowed[1].lower()
    lines = _lines(document)
    return variables, _narrowed(lines, columns, variables.index(narrowed[0]), wanted, exactly)


@lru_cache(maxsize=2)
def _lines(document: bytes) -> list[bytes]:
    """A terms' document cut into lines, kept for the last ones cut: every party's (election's) page summary is cut
    from the same whole answer, whose document of a few MB took 10-40 ms a page to cut."""
    return document.split(b"\n")


def column_iris(body: bytes, at: int) -> list[str]:
    """The IRIs of column `at` of an answer as `packed` keeps it, each once, in order of their text: read from their
    N-Triples form (`<…>`, none with a backslash: each its text between the brackets, sorted as bytes, which UTF-8
    keeps in the order of their code points), else parsed by Oxigraph (30,000 facts' IRIs: 0.01-0.05 s as text
    against 0.1-0.3 s as terms). ValueError: not a kept answer."""
    _, document, columns = opened(body)
    if at >= len(columns):
        raise ValueError("not a kept answer (no such column)")
    lines = document.split(b"\n")
    found = set(columns[at]) - {-1}
    if found and max(found) >= len(lines) - 1:
        raise ValueError("not a kept answer (a row names a term it lacks)")
    chosen = [lines[i] for i in found]
    plain = [line[1:-1] for line in chosen if line[:1] == b"<" and line[-1:] == b">"]
    if len(plain) == len(chosen) and b"\\" not in b"".join(plain):  # IRIs written as they are: text in one decode
        return b"\n".join(sorted(set(plain))).decode("utf-8").split("\n") if plain else []
    terms = parsed_lines(lines, sorted(found))
    return sorted({term.value for term in terms if isinstance(term, pyoxigraph.NamedNode)})


def opened(body: bytes) -> tuple[list[str], bytes, list[array.array[int]]]:
    """A kept answer's variables, its terms' document and its columns of indexes."""
    line, _, rest = body.partition(b"\n")
    try:
        header = json.loads(line)
        variables, rows = header["variables"], header["rows"]
        document, indexes = rest[:header["terms"]], rest[header["terms"]:]
        whole = array.array("i")
        whole.frombytes(indexes)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"not a kept answer ({exc})") from None
    if len(whole) != rows * len(variables):
        raise ValueError("not a kept answer (its rows are cut short)")
    return variables, document, [whole[c * rows:(c + 1) * rows] for c in range(len(variables))]


def _narrowed(lines: list[bytes], columns: list[array.array[int]], at: int, wanted: str,
              exactly: bool) -> list[tuple[Term | None, ...]]:
    """The rows whose column `at` holds `wanted` (lower case), or is the IRI `wanted` (`exactly`): only that
    column's distinct terms and the terms of the rows kept are parsed (careers for one name: a few thousand of
    100,000 terms)."""
    names = sorted(set(columns[at]) - {-1})
    holding = {i for i, term in zip(names, parsed_lines(lines, names))
               if (term == pyoxigraph.NamedNode(wanted) if exactly
                   else isinstance(term, pyoxigraph.Literal) and wanted in term.value.lower())}
    picked = [row for row, i in enumerate(columns[at]) if i in holding]
    if not picked:
        return []
    take = itemgetter(*picked) if len(picked) > 1 else lambda column: (column[picked[0]],)
    cells = [take(column) for column in columns]  # the picked rows' cells, column by column (in C, not a loop here)
    needed = sorted(set().union(*cells) - {-1})
    found: dict[int, Term | None] = dict(zip(needed, parsed_lines(lines, needed)))
    found[-1] = None
    return list(zip(*[list(map(found.__getitem__, column)) for column in cells]))


def _parsed(document: bytes) -> list[Term | None]:
    """The terms of a one-column TSV document (one a line), parsed by Oxigraph."""
    try:
        found = pyoxigraph.parse_query_results(b"?t\n" + document, format=pyoxigraph.QueryResultsFormat.TSV)
        return [solution[0] for solution in found]
    except SyntaxError as exc:
        raise ValueError(f"not a kept answer ({exc})") from None


def parsed_lines(lines: list[bytes], indexes: list[int]) -> list[Term | None]:
    """The terms of some lines of a one-column TSV document, by their indexes."""
    try:
        return _parsed(b"".join(lines[i] + b"\n" for i in indexes))
    except IndexError:
        raise ValueError("not a kept answer (a row names a term it lacks)") from None


def state_token(files: Iterable[tuple[str, int, int]]) -> str:
    """One string for a store's data files (name, size, modification time): equal exactly when they are."""
    return hashlib.sha256(repr(sorted(files)).encode("utf-8")).hexdigest()


def answer_key(text: str) -> str:
    """The key of a query's answer: its whole text, values written in."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class AnswerCache:
    """The answers file of one store folder."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME

    def get(self, key: str, state: str) -> bytes | None:
        """The answer kept for `key` at `state`, or None."""
        found = self._read("SELECT body FROM answers WHERE key = ? AND state = ? "
                           "AND state NOT IN (SELECT state FROM writing)", (key, state))
        return None if found is None else bytes(found[0])

    def put(self, key: str, state: str, body: bytes) -> None:
        """Keep `body` as the answer for `key` at `state`; answers of any other state go."""
        try:
            with self._connect() as db:
                if self._being_written(db, state):
                    return
                db.execute("DELETE FROM answers WHERE state != ?", (state,))
                db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)", (key, state, time.time(), body))
                db.execute("DELETE FROM answers WHERE key NOT IN (SELECT key FROM answers ORDER BY kept DESC LIMIT ?)",
                           (KEEP,))
        except sqlite3.Error:
            pass

    def by_graph(self, key: str, body: bool = True) -> tuple[str, bytes] | None:
        """The state and body of the last answer kept by graph for `key` (of any state), or None; without
        `body`, its state alone (the body given empty: it is megabytes)."""
        column = "body" if body else "X''"
        found = self._read(f"SELECT state, {column} FROM by_graph WHERE key = ? "
                           "AND state NOT IN (SELECT state FROM writing)", (key,))
        return None if found is None else (str(found[0]), bytes(found[1]))

    def put_by_graph(self, key: str, state: str, body: bytes) -> None:
        """Keep `body` as the answer by graph for `key` at `state`, in place of the one kept before."""
        try:
            with self._connect() as db:
                if not self._being_written(db, state):
                    db.execute("INSERT OR REPLACE INTO by_graph VALUES (?, ?, ?)", (key, state, body))
        except sqlite3.Error:
            pass

    def about(self, key: str) -> tuple[str, list[str], bytes] | None:
        """The state, the graphs naming the resource and the body of the answer kept about it for `key` (of any
        state), or None."""
        found = self._read("SELECT state, graphs, body FROM about WHERE key = ? "
                           "AND state NOT IN (SELECT state FROM writing)", (key,))
        if found is None:
            return None
        try:
            graphs = json.loads(str(found[1]))
        except ValueError:
            return None
        return str(found[0]), graphs, bytes(found[2])  # type: ignore[arg-type]

    def put_about(self, key: str, state: str, graphs: list[str], body: bytes) -> None:
        """Keep `body` as the answer about a resource for `key` at `state`, read from `graphs` (those naming it)."""
        try:
            with self._connect() as db:
                if self._being_written(db, state):
                    return
                db.execute("INSERT OR REPLACE INTO about VALUES (?, ?, ?, ?, ?)",
                           (key, state, json.dumps(graphs), time.time(), body))
                db.execute("DELETE FROM about WHERE kept < (SELECT kept FROM about ORDER BY kept DESC LIMIT 1 "
                           "OFFSET ?)", (ABOUT_KEEP - 1,))
        except sqlite3.Error:
            pass

    def moved_about(self, key: str, before: str, state: str) -> None:
        """The answer about a resource kept for `key` at state `before` holds at `state` too (no graph naming
        the resource was written between them)."""
        try:
            with self._connect() as db:
                if not self._being_written(db, state):
                    db.execute("UPDATE about SET state = ?, kept = ? WHERE key = ? AND state = ?",
                               (state, time.time(), key, before))
        except sqlite3.Error:
            pass

    def written_since(self, before: str, now: str) -> set[str] | None:
        """The graphs written through elexgraph from state `before` to state `now`, or None: not known (written by
        another program, by an update, or by a write that never closed; or too long ago)."""
        if before == now:
            return set()
        try:
            with self._connect() as db:
                writes = db.execute("SELECT before, after, graphs FROM writes ORDER BY rowid").fetchall()
        except sqlite3.Error:
            return None
        came = {after: (earlier, graphs) for earlier, after, graphs in writes}  # the latest write to each state
        written: set[str] = set()
        for _ in range(len(writes)):
            if now not in came:
                return None
            now, graphs = came[now]
            if graphs is None:
                return None
            written.update(json.loads(graphs))
            if now == before:
                return written
        return None

    def last_write(self, state: str) -> set[str] | None:
        """The graphs written through elexgraph by the write that led to `state`, or None: not known (no such
        write recorded, or an update)."""
        found = self._read("SELECT graphs FROM writes WHERE after = ? ORDER BY rowid DESC LIMIT 1", (state,))
        if found is None or found[0] is None:
            return None
        return set(json.loads(str(found[0])))

    def writing(self, state: str) -> None:
        """A writer starts from `state`: nothing kept is given or kept for it until the writer closes."""
        try:
            with self._connect(_RECORD_SECONDS) as db:
                db.execute("INSERT OR IGNORE INTO writing VALUES (?)", (state,))
        except sqlite3.Error:
            pass

    def wrote(self, before: str, after: str, graphs: set[str] | None) -> None:
        """A writer went from state `before` to `after` by writing `graphs` (None: it does not know which)."""
        try:
            with self._connect(_RECORD_SECONDS) as db:
                db.execute("INSERT INTO writes VALUES (?, ?, ?)",
                           (before, after, None if graphs is None else json.dumps(sorted(graphs))))
                db.execute("DELETE FROM writing WHERE state = ?", (before,))
                db.execute("DELETE FROM writes WHERE rowid NOT IN (SELECT rowid FROM writes ORDER BY rowid DESC "
                           "LIMIT ?)", (WRITES,))
        except sqlite3.Error:
            pass

    def _read(self, sql: str, parameters: tuple[str, ...]) -> tuple[object, ...] | None:
        """One row read from the file, or None (no file, no such row, or a file that cannot be read)."""
        if not self.path.exists():
            return None
        try:
            with self._connect() as db:
                found: tuple[object, ...] | None = db.execute(sql, parameters).fetchone()
            return found
        except sqlite3.Error:
            return None

    @staticmethod
    def _being_written(db: sqlite3.Connection, state: str) -> bool:
        return db.execute("SELECT 1 FROM writing WHERE state = ?", (state,)).fetchone() is not None

    @contextmanager
    def _connect(self, wait: float = _BUSY_SECONDS) -> Iterator[sqlite3.Connection]:
        """One transaction on the file, committed when the block ends without error, and closed either way."""
        connection = sqlite3.connect(self.path, timeout=wait)
        try:
            # Write-ahead logging: a reader (a server giving a kept answer of megabytes) does not hold up a
            # writer's record of the graphs it wrote, nor a writer the readers (kept in the file once set).
            connection.execute("PRAGMA journal_mode=WAL")
            with connection:
                for table in _SCHEMA:
                    connection.execute(table)
                yield connection
        finally:
            connection.close()
