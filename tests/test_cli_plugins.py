"""The project's commands are registered in code, whatever the installed metadata says; a plugin's command,
an entry point, runs beside them (or, broken, is a note that leaves the others working)."""

from __future__ import annotations

import os
import pkgutil
from pathlib import Path

import click
import pytest

import elexgraph.cli as cli_package
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


def test_every_command_module_is_registered() -> None:
    modules = {m.name for m in pkgutil.iter_modules(cli_package.__path__)} - {"options", "docs"}
    assert {command.callback.__module__.rsplit(".", 1)[1] for command in cli.commands.values()} == modules


def test_the_commands_need_no_installed_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    """A checkout whose installed metadata predates a command, or lists none, still has every command (when the
    commands came from entry points, a virtual environment installed before them could not even build)."""
    monkeypatch.setattr(cli_package, "entry_points", lambda group: [])
    group = click.Group("elexgraph")
    cli_package._register_built_in(group)
    cli_package._register_plugins(group)
    assert set(group.commands) == set(cli.commands)


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

