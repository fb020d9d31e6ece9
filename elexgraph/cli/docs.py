"""The README's command reference, written from the commands' own --help so that it cannot drift.

    python -m elexgraph.cli.docs [README.md]           rewrite the reference between the two markers
    python -m elexgraph.cli.docs --check [README.md]   exit 1, rewriting nothing, when it is out of date

tests/test_docs.py runs the check.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from elexgraph.cli import cli

START = "<!-- command reference: written by `python -m elexgraph.cli.docs` from --help; do not edit by hand -->"
END = "<!-- end of the command reference -->"
# The width the help is wrapped at, whatever the terminal that runs the generator.
WIDTH = 100


def _own(command: click.Command) -> bool:
    """A command of elexgraph's, not a plugin's: the reference documents this project alone."""
    return (getattr(command.callback, "__module__", None) or "").startswith("elexgraph.")


def _contexts(context: click.Context) -> Iterator[click.Context]:
    """The context of every command under the context's group, in order, a group's subcommands after it:
    each a child of its group's, so that its usage line and help options are the ones a user sees."""
    group = context.command
    if not isinstance(group, click.Group):
        return
    for name in sorted(group.commands):
        command = group.commands[name]
        if _own(command):
            child = click.Context(command, info_name=name, parent=context, **command.context_settings)
            yield child
            yield from _contexts(child)


def reference() -> str:
    """The reference: `elexgraph --help`, then each command's help under its own heading."""
    root = click.Context(cli, info_name="elexgraph", terminal_width=WIDTH, max_content_width=WIDTH,
                         **cli.context_settings)
    sections = [f"```\n{cli.get_help(root)}\n```\n"]
    for context in _contexts(root):
        sections.append(f"### `{context.command_path}`\n\n```\n{context.command.get_help(context)}\n```\n")
    return "\n".join(sections)


def rewritten(readme: str) -> str:
    """The README with the text between the markers replaced by the reference."""
    head, start, rest = readme.partition(START)
    _, end, tail = rest.partition(END)
    if not start or not end:
        raise click.ClickException(f"the README has no command reference to rewrite: "
                                   f"it needs the lines {START!r} and {END!r}")
    return f"{head}{START}\n\n{reference()}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("readme", nargs="?", type=Path, default=Path("README.md"))
    parser.add_argument("--check", action="store_true", help="only say whether the reference is up to date")
    args = parser.parse_args(argv)
    try:
        old = args.readme.read_text(encoding="utf-8")
        new = rewritten(old)
    except OSError as error:
        print(f"error: {args.readme}: {error.strerror or error}", file=sys.stderr)
        return 2
    except click.ClickException as error:
        print(f"error: {args.readme}: {error.message}", file=sys.stderr)
        return 2
    if new == old:
        return 0
    if args.check:
        print(f"{args.readme}: the command reference is out of date (python -m elexgraph.cli.docs)", file=sys.stderr)
        return 1
    args.readme.write_text(new, encoding="utf-8")
    print(f"rewrote the command reference in {args.readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
