"""Commands are entry points: the project's own are registered as a plugin's would be, and a plugin's
command runs beside them (or, broken, is a note that leaves the others working)."""

from __future__ import annotations

import os
from importlib.metadata import entry_points
from pathlib import Path

from elexgraph.cli import COMMANDS, cli
from tests.cli_process import elexgraph

PLUGIN = '''
import click


@click.command("hello")
@click.argument("name")
def command(name: str) -> None:
    """Greet NAME (a plugin's command)."""
    click.echo(f"hello, {name}")
'''


def _install(folder: Path, entries: dict[str, str], modules: dict[str, str]) -> dict[str, str]:
    """A distribution on `folder` with these entry points and modules; the environment that puts it on the path."""
    info = folder / "elexgraph_plugin-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: elexgraph-plugin\nVersion: 0.1\n")
    lines = "".join(f"{name} = {target}\n" for name, target in entries.items())
    (info / "entry_points.txt").write_text(f"[{COMMANDS}]\n{lines}")
    for name, source in modules.items():
        (folder / f"{name}.py").write_text(source)
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(folder), os.environ.get("PYTHONPATH")]))}


def test_every_command_is_an_entry_point() -> None:
    registered = {entry.name: entry.value for entry in entry_points(group=COMMANDS)}
    assert set(cli.commands) == set(registered)
    assert all(value.startswith("elexgraph.cli.") for value in registered.values())


def test_a_plugin_adds_a_command(tmp_path: Path) -> None:
    env = _install(tmp_path, {"hello": "elexgraph_hello:command"}, {"elexgraph_hello": PLUGIN})
    completed = elexgraph("hello", "Anytown", env=env, timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == "hello, Anytown\n"
    assert "hello" in elexgraph("--help", env=env, timeout=60).stdout


def test_a_broken_plugin_is_a_note_and_the_other_commands_run(tmp_path: Path) -> None:
    env = _install(tmp_path, {"broken": "elexgraph_broken:command"},
                   {"elexgraph_broken": "raise RuntimeError('a bug in the plugin')\n"})
    completed = elexgraph("queries", env=env, timeout=60)
    assert completed.returncode == 0
    assert completed.stderr == ("note: command broken (elexgraph_broken:command) not loaded: "
                                "a bug in the plugin\n")
    assert "seat-changes" in completed.stdout
