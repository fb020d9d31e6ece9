"""The real command line in a process of its own, with a deadline: a hang fails the test instead of stalling it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def command(*args: str | bytes | Path) -> list[str | bytes | Path]:
    return [sys.executable, "-m", "elexgraph", *args]


def elexgraph(*args: str | bytes | Path, timeout: float = 120, env: dict[str, str] | None = None,
              ) -> subprocess.CompletedProcess[str]:
    """Run `elexgraph ARGS…`; subprocess.TimeoutExpired (the child killed) if it has not finished in `timeout` s."""
    return subprocess.run(command(*args), capture_output=True, text=True, errors="replace", timeout=timeout,
                          env={**os.environ, **(env or {})}, cwd=ROOT)


def error_lines(completed: subprocess.CompletedProcess[str]) -> list[str]:
    """stderr's error lines, after checking that each line is a one-line error or note and none is a traceback
    (a note says what reading changed or left out: invisible characters removed, a file that is no article)."""
    lines = [line for line in completed.stderr.splitlines() if not line.startswith("note: ")]
    assert "Traceback" not in completed.stderr + completed.stdout, completed.stderr[-2000:]
    assert all(line.startswith("error: ") for line in lines), completed.stderr[-2000:]
    return lines
