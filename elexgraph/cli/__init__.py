"""The command line: a thin layer over the library (elexgraph/__init__.py). Every user mistake is one line on stderr.

The group is here; each built-in command is a module of this package exposing `command`, registered below
whatever the installed metadata says (a checkout installed before a command was added still has it). A plugin
adds a command from its own package, as an entry point of the group `elexgraph.commands`:

    [project.entry-points."elexgraph.commands"]
    my-command = "my_package.cli:command"
"""

from __future__ import annotations

from importlib.metadata import entry_points

import click

from elexgraph import __version__
from elexgraph.errors import printable

COMMANDS = "elexgraph.commands"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="elexgraph")
def cli() -> None:
    """elexgraph: election news → facts with evidence → a linked-data knowledge graph."""


def _register_built_in(group: click.Group) -> None:
    from elexgraph.cli import (analyse, build, check, dump, explain, export, official, optimize, plot, publish, queries,
                               query, remove, serve, stats, validate, viz)

    for module in (analyse, build, check, dump, explain, export, official, optimize, plot, publish, queries, query,
                   remove, serve, stats, validate, viz):
        group.add_command(module.command)


def _register_plugins(group: click.Group) -> None:
    """Every command of the entry points; a plugin that fails to load is a note on stderr and the other commands
    still work, and none takes a built-in command's name."""
    for entry in sorted(entry_points(group=COMMANDS), key=lambda e: e.name):
        if entry.name in group.commands:  # a built-in's name, or the same distribution seen twice on sys.path
            continue
        try:
            command = entry.load()
        except Exception as error:  # a plugin's bug: the commands that load still run
            click.echo(f"note: command {entry.name} ({entry.value}) not loaded: {printable(error)}", err=True)
            continue
        group.add_command(command, entry.name)


_register_built_in(cli)
_register_plugins(cli)
