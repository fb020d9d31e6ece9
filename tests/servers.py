"""Starting and stopping the real servers the tests talk to, on loopback ports; the SPARQL servers as fixtures
(tests/conftest.py shares them with every test module, so each starts once a session)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

IN_CI = os.environ.get("CI") == "true"


def need(condition: bool, reason: str) -> None:
    """Skip when a real component is missing, except under CI, where it must be there."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required under CI: {reason}")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_answering(url: str, server: subprocess.Popen, seconds: float) -> None:
    """Poll `url` until it answers; fail with the server's own words if it exits or stays silent."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            said = server.stderr.read().decode(errors="replace") if server.stderr else ""
            pytest.fail(f"the server at {url} exited with status {server.returncode}: {said[-500:]}")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"no answer from {url} within {seconds} s")


def stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@contextmanager
def elexgraph_serve(store: Path, *options: str, port: int | None = None, ready: str = "",
                    log: IO[bytes] | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """`elexgraph serve` on the store, in a subprocess: its URL and the process, once the page `ready` answers
    (the home page reads the store: on a large one, a page that does not is the sign to wait for). Its log goes
    to `log` when given (a long run must not leave it in a pipe nobody reads: a full pipe stalls the server)."""
    port = port or free_port()
    url = f"http://127.0.0.1:{port}/"
    process = subprocess.Popen([sys.executable, "-m", "elexgraph", "serve", "--store", str(store), "--port", str(port),
                                *options], stdout=subprocess.DEVNULL, stderr=log or subprocess.PIPE,
                               env={**os.environ, "PYTHONWARNINGS": "ignore"})
    try:
        wait_until_answering(url + ready, process, 30)
        yield url, process
    finally:
        stop(process)


@dataclass
class Served:
    url: str
    pid: int
    port: int


@contextmanager
def served_store(store: Path, *options: str) -> Iterator[Served]:
    """`elexgraph serve` on the store, as the tests that talk to its sockets and processes need it."""
    with elexgraph_serve(store, *options) as (url, process):
        yield Served(url, process.pid, int(url.rsplit(":", 1)[1].strip("/")))


def descendants(pid: int) -> set[int]:
    """The process ids below a process, at any depth."""
    found: set[int] = set()
    pending = [pid]
    while pending:
        try:
            children = [int(c) for c in Path(f"/proc/{pending.pop()}/task").glob("*/children")
                        for c in c.read_text().split()]
        except OSError:
            continue
        found.update(children)
        pending.extend(children)
    return found


def resident_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    return sum(own_resident_mb(process) for process in (pid, *descendants(pid)))


def own_resident_mb(pid: int) -> float:
    """Resident memory of the process alone, in MB (0 once it has ended)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0) / 1024


VIRTUOSO_ENDPOINTS = {"query_endpoint": "/sparql", "update_endpoint": "/sparql", "gsp_endpoint": "/sparql-graph-crud"}
# Anonymous SPARQL updates and Graph Store Protocol writes, for the test server only.
VIRTUOSO_GRANTS = 'GRANT SPARQL_UPDATE TO "SPARQL"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET (\'nobody\', 7);'
VIRTUOSO_INI = """[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = .
ServerThreads = 10
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    need(binary is not None, "the oxigraph server is not installed (pip install -e '.[test]')")
    url = f"http://127.0.0.1:{free_port()}"
    server = subprocess.Popen([binary, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                               "--bind", url.removeprefix("http://")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_answering(url + "/query?query=ASK%7B%7D", server, 30)
        yield url
    finally:
        stop(server)


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    need(binary is not None and isql is not None, "Virtuoso is not installed (scripts/install-system-deps.sh)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(sql_port=sql_port, http_port=http_port))
    server = subprocess.Popen([binary, "+foreground", "+configfile", "virtuoso.ini"], cwd=folder,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{http_port}"
    try:
        wait_until_answering(url + "/sparql?query=ASK%7B%7D", server, 90)
        subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={VIRTUOSO_GRANTS}"],
                       check=True, capture_output=True, timeout=60)
        yield url
    finally:
        stop(server)
