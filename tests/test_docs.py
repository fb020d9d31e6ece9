"""Docs that cannot drift: the README names every command and every query the code has."""

from __future__ import annotations

from pathlib import Path

import pytest

from elexgraph.cli import cli
from elexgraph.queries import user_queries

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"elexgraph {command}" in README, f"README does not show `elexgraph {command}`"


@pytest.mark.parametrize("name", sorted(q.name for q in user_queries()))
def test_every_user_query_is_in_the_readme(name: str) -> None:
    assert f"`{name}`" in README, f"README does not describe the query `{name}`"


def test_the_command_reference_is_the_commands_help() -> None:
    from elexgraph.cli.docs import rewritten

    assert rewritten(README) == README, "the README's command reference is out of date: python -m elexgraph.cli.docs"


def test_the_reference_generator_refuses_a_readme_without_its_markers(tmp_path: Path) -> None:
    from elexgraph.cli.docs import main

    readme = tmp_path / "README.md"
    readme.write_text("# a README with no command reference\n", encoding="utf-8")
    assert main([str(readme)]) == 2
    assert readme.read_text(encoding="utf-8") == "# a README with no command reference\n"
