"""Starting and stopping the real servers the tests talk to, on loopback ports."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


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
def elexgraph_serve(store: Path, *options: str, port: int | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """`elexgraph serve` on the store, in a subprocess: its URL and the process."""
    port = port or free_port()
    url = f"http://127.0.0.1:{port}/"
    process = subprocess.Popen([sys.executable, "-m", "elexgraph", "serve", "--store", str(store), "--port", str(port),
                                *options], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, "PYTHONWARNINGS": "ignore"})
    try:
        wait_until_answering(url, process, 30)
        yield url, process
    finally:
        stop(process)


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
    total = 0
    for process in (pid, *descendants(pid)):
        try:
            status = Path(f"/proc/{process}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total / 1024
