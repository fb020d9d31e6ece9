"""The prose reader's modules stand in layers: none imports, however indirectly, one that imports it, so each can be
read (and changed) knowing only the modules below it. Imports under TYPE_CHECKING count too."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "elexgraph" / "extract" / "prose_results"
PREFIX = "elexgraph.extract.prose_results"


def _imports(path: Path) -> set[str]:
    """The package's own modules that one of its files imports."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(PREFIX):
            rest = node.module[len(PREFIX):].lstrip(".")
            found.update({rest} if rest else {alias.name for alias in node.names})
    return {name for name in found if (PACKAGE / f"{name}.py").exists()}


def _circle_from(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    """A path of imports that leads from `start` back to it, if one does."""
    stack, seen = [(start, [start])], set()
    while stack:
        name, path = stack.pop()
        for other in graph.get(name, ()):
            if other == start:
                return [*path, start]
            if other not in seen:
                seen.add(other)
                stack.append((other, [*path, other]))
    return None


def test_no_module_of_the_prose_reader_imports_one_that_imports_it() -> None:
    graph = {path.stem: _imports(path) for path in PACKAGE.glob("*.py") if path.stem != "__init__"}
    circles = [circle for name in sorted(graph) if (circle := _circle_from(name, graph))]
    assert not circles, "import circles: " + "; ".join(" -> ".join(c) for c in circles)


def test_a_circle_is_found_where_there_is_one() -> None:
    assert _circle_from("a", {"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _circle_from("a", {"a": {"b"}, "b": {"c"}, "c": set()}) is None
