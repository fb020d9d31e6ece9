"""The command line: a thin layer over the library (elexgraph/__init__.py). Every user mistake is one line on stderr.

The group is here; each command is a module of this package exposing `command`, registered as an entry point
of the group `elexgraph.commands` (pyproject.toml). A plugin adds a command the same way, from its own package:

    [project.entry-points."elexgraph.commands"]
    my-command = "my_package.cli:command"
"""

from __future__ import annotations

from importlib.metadata import entry_points

import click

from elexgraph import __version__
from elexgraph.errors import printable

COMMANDS = "elexgraph.commands"


class _Group(click.Group):
    """A group whose commands come from the entry points; without any, the installed metadata is older than
    the entry points (a checkout installed before them), and saying so beats "No such command"."""

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        if not self.commands:
            raise click.UsageError(f"no command is registered under the entry points {COMMANDS!r}: "
                                   "install elexgraph again (pip install -e .) to register them")
        return super().resolve_command(ctx, args)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="elexgraph")
def cli() -> None:
    """elexgraph: election news → facts with evidence → a linked-data knowledge graph."""


def _register_commands(group: click.Group) -> None:
    """Every command of the entry points, the project's and plugins'; a plugin that fails to load is a note on
    stderr and the other commands still work."""
    for entry in sorted(entry_points(group=COMMANDS), key=lambda e: e.name):
        if entry.name in group.commands:  # the same distribution seen twice on sys.path
            continue
        try:
            command = entry.load()
        except Exception as error:  # a plugin's bug: the commands that load still run
            click.echo(f"note: command {entry.name} ({entry.value}) not loaded: {printable(error)}", err=True)
            continue
        group.add_command(command, entry.name)


_register_commands(cli)
