"""Shared fixtures: stores built from the seeds and the dev articles, and ../shared when present."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from elexgraph.build import build
from elexgraph.store import open_store
from elexgraph.store.base import GraphStore
# need: re-exported for the tests; the SPARQL servers: imported here so that every module shares one of each.
from tests.servers import need, oxigraph_server, virtuoso_server  # noqa: F401

# Generated tests draw the same examples on every run: a green suite stays green (a shared CI machine is no
# place to meet a new random example); widen max_examples to search further.
settings.register_profile("elexgraph", derandomize=True, database=None)
settings.load_profile("elexgraph")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


def _built(tmp: Path, *paths: Path) -> GraphStore:
    store = open_store(tmp / "store", create=True)
    build(list(paths), store)
    return store


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    """The seeds built into an embedded store (read-only for tests: do not write to it)."""
    store = _built(tmp_path_factory.mktemp("seeds"), SEEDS)
    yield store
    store.close()


@pytest.fixture(scope="session")
def dev_store(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> GraphStore:
    """The seeds and the dev articles of ../shared/dev built together (read-only for tests)."""
    store = _built(tmp_path_factory.mktemp("dev"), SEEDS, shared / "dev" / "articles")
    yield store
    store.close()


@pytest.fixture()
def chromium() -> str:
    path = shutil.which("chromium")
    need(path is not None, "Debian's chromium is not installed (make test-deps installs it)")
    return path


@contextmanager
def headless_page(chromium: str) -> Iterator[Any]:
    """A new page in headless Chromium, driven by Playwright; the browser closes afterwards."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "playwright is not installed (make test-deps installs it)")
    from scripts.screenshot import CHROMIUM_ARGS

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser.new_page()
        finally:
            browser.close()
