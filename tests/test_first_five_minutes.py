"""The README's first five minutes, as a new user meets them: a fresh clone, `make run`, then the README's first
commands as written (read from its first code block, so the README and the test cannot drift apart)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, need

pytestmark = pytest.mark.slow
# Creating the venv and installing elexgraph's dependencies: minutes on a slow mirror, never this long.
SECONDS = 1800


def first_commands(readme: str) -> str:
    """The README's first shell block, as written."""
    block = re.search(r"^```sh\n(.*?)^```", readme, re.S | re.M)
    assert block, "the README has no ```sh block"
    return block[1]


def newcomers_environment() -> dict[str, str]:
    """This environment as a new user's shell has it: no virtual environment active, no elexgraph on the PATH."""
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME",
                                                               "ELEXGRAPH_STORE", "ELEXGRAPH_BASE_URI"}}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if p and not (Path(p) / "elexgraph").exists())
    return env


def test_the_first_block_starts_with_make_run_and_puts_elexgraph_on_the_path() -> None:
    commands = [line.split("#")[0].strip() for line in first_commands((ROOT / "README.md").read_text()).splitlines()]
    assert commands[0] == "make run"
    assert ". .venv/bin/activate" in commands
    assert not any("../shared" in line for line in commands)  # a clone has no ../shared


def test_the_readmes_first_five_minutes_on_a_fresh_clone(tmp_path: Path) -> None:
    need(shutil.which("git") is not None and shutil.which("make") is not None, "git and make are needed")
    need((ROOT / ".git").exists(), "the project is not a git checkout here")
    clone = tmp_path / "elexgraph"  # with no ../shared beside it
    env = newcomers_environment()
    assert shutil.which("elexgraph", path=env["PATH"]) is None
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, timeout=120, env=env)
    block = first_commands((clone / "README.md").read_text())
    assert "make test" not in block  # it would run this suite again, inside itself
    script = "set -e\n" + block + "command -v elexgraph\n"
    done = subprocess.run(["bash", "-c", script], cwd=clone, capture_output=True, text=True, timeout=SECONDS, env=env)
    assert done.returncode == 0, (done.stdout[-3000:], done.stderr[-3000:])
    out = done.stdout
    assert "built 2 article(s)" in out  # make run
    assert "Next: . .venv/bin/activate" in out  # make run says what to do next
    assert "Run one with: elexgraph query NAME" in out  # elexgraph queries
    assert out.count("row(s)") >= 2  # the queries answered
    assert out.strip().splitlines()[-1] == str(clone / ".venv" / "bin" / "elexgraph")
    assert "Traceback" not in done.stderr
