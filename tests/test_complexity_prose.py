"""The code stays readable: no function of the package rates worse than C (xenon, radon's cyclomatic
complexity). The whole `elexgraph` package is checked, readers, annotators and the gate alike."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ["elexgraph"]


def test_no_function_of_the_package_rates_worse_than_c() -> None:
    done = subprocess.run([sys.executable, "-m", "xenon", "--max-absolute", "C", *CHECKED], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
