"""The prose reader and the precision gate stay readable: no function rates worse than C (xenon, radon's
cyclomatic complexity). Run on extract/prose_results and extract/gate.py only: other readers of extract/
still have functions above C."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ["elexgraph/extract/prose_results", "elexgraph/extract/gate.py"]


def test_no_function_of_the_prose_reader_or_the_gate_rates_worse_than_c() -> None:
    done = subprocess.run([sys.executable, "-m", "xenon", "--max-absolute", "C", *CHECKED], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
