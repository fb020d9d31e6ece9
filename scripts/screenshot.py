"""A screenshot of the page in headless Chromium (Playwright, the `test` extra), for tests and the docs.

    python -m scripts.screenshot PAGE.html OUT.png [--search NAME] [--plain]

--plain shoots any other page (a person's page of the static site) once it has loaded.
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 900}


# The interactive page is ready once its script has run.
VIZ_READY = "window.elexgraph !== undefined"


@contextmanager
def open_page(html: Path, chromium: str | None = None,
              ready: str | None = VIZ_READY) -> Iterator[tuple[Any, list[str]]]:
    """The page opened in headless Chromium, once `ready` (a script expression) holds, and the list of every
    URL it requests (filled as it goes)."""
    from playwright.sync_api import sync_playwright

    executable = chromium or shutil.which("chromium")
    if executable is None:
        raise SystemExit("chromium is not installed (make test-deps installs it)")
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport=VIEWPORT)
            page.on("request", lambda request: requests.append(request.url))
            page.goto(html.resolve().as_uri())
            if ready:
                page.wait_for_function(ready)
            yield page, requests
        finally:
            browser.close()


def find(page: Any, name: str) -> None:
    """Type a name into the search box and press Enter, as a reader would."""
    page.fill("#search", name)
    page.press("#search", "Enter")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--search", help="a name to search for and select before the screenshot")
    parser.add_argument("--plain", action="store_true", help="not the interactive page: no script to wait for")
    args = parser.parse_args()
    with open_page(args.html, ready=None if args.plain else VIZ_READY) as (page, _):
        if args.search:
            find(page, args.search)
            page.wait_for_timeout(400)
        args.png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.png))


if __name__ == "__main__":
    main()
