"""The layers hold: import-linter's contracts (pyproject.toml, [tool.importlinter]) pass, so no module imports
from a layer above its own, the readers stay independent, the news build and the official results do not
import each other, and no package's modules import each other in a cycle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    assert lint.exists(), "lint-imports is missing: pip install -e '.[test]'"
    run = subprocess.run([str(lint), "--no-cache", "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[run.stdout.find("Contracts"):] + run.stderr
