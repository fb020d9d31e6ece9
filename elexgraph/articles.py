"""Reading input files as articles: plain text (title line, blank line, body) or HTML pages.

An article's text is what every evidence offset refers to. Its id is the file name
without extension, so the named graph of an article stays the same across builds.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from elexgraph.errors import ArticleError

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm"}
METADATA_FILE = "SOURCES.tsv"  # optional: slug, url, title, publisher, date
# Headings a live page opens with that name no story, and how far down its "Live …" line may be.
_LIVE_HEADINGS = {"summary", "key points", "live", "live reporting", "highlights", "latest"}
_LIVE_LOOKAHEAD = 40
_BULLETS = " \t•·*-"


@dataclass(frozen=True)
class Article:
    id: str
    path: Path
    text: str
    title: str
    digest: str
    date: str | None = None
    publisher: str | None = None
    url: str | None = None


def find_articles(paths: list[Path]) -> list[Path]:
    """The article files named, or found in the folders named, in a stable order."""
    return survey(paths)[0]


def survey(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """The article files named or found in the folders named, and a note for each file named that is not
    an article (README.md, gold.jsonl: left out) and each folder that holds none."""
    found: list[Path] = []
    notes: list[str] = []
    kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            found.extend(inside)
            if not inside:
                notes.append(f"{path}: no articles in this folder (looked for {kinds} files)")
        elif path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES:
            found.append(path)
        elif path.is_file():
            notes.append(f"{path}: not an article (articles are {kinds} files), left out")
        else:
            raise ArticleError(path, "no such file or folder")
    return found, notes


def decode(data: bytes, path: Path) -> str:
    """UTF-8 first; legacy newsroom encodings (cp1252, then Latin-1) rather than a refusal."""
    if b"\x00" in data[:8192]:
        raise ArticleError(path, "binary file (contains NUL bytes), not an article")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        raise ArticleError(path, "binary file (control characters), not an article")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_article(path: Path, metadata: dict[str, dict[str, str]] | None = None) -> Article:
    """Read one file as an article, or raise ArticleError naming the file and the reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise ArticleError(path, "empty file")
    text = decode(data, path)
    meta: dict[str, str] = {}
    if _looks_like_html(path, text):
        text, meta = html_to_text(text)
        if not text.strip():
            raise ArticleError(path, "HTML page with no article text")
    if not re.search(r"[A-Za-z]{2,}", text):
        raise ArticleError(path, "no words found: not an article")
    article_id = path.stem
    meta = {**meta, **{k: v for k, v in (metadata or {}).get(article_id, {}).items() if v}}
    title = meta.get("title") or headline(text)
    return Article(id=article_id, path=path, text=text, title=title,
                   digest=hashlib.sha256(data).hexdigest(), date=meta.get("date"),
                   publisher=meta.get("publisher"), url=meta.get("url"))


def headline(text: str) -> str:
    """The text's first line; for a live page that opens on a bare 'Summary', its 'Live …' line instead."""
    lines = [line.strip(_BULLETS) for line in text.splitlines() if line.strip(_BULLETS)]
    if not lines or lines[0].casefold() not in _LIVE_HEADINGS:
        return lines[0] if lines else ""
    return next((line for line in lines[1:_LIVE_LOOKAHEAD] if re.match(r"live\b", line, re.I)), lines[0])


def read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """Per-article metadata from a SOURCES.tsv inside the folder, or beside it (in its parent), keyed by slug."""
    candidate = next((f / METADATA_FILE for f in (folder, folder.parent) if (f / METADATA_FILE).is_file()), None)
    if candidate is None:
        return {}
    with candidate.open(newline="", encoding="utf-8") as fh:
        return {row["slug"]: row for row in csv.DictReader(fh, delimiter="\t") if row.get("slug")}


def _looks_like_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in {".html", ".htm"}:
        return True
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


class _ArticleHTML(HTMLParser):
    """Collects an HTML page's title, metadata and the text of its article blocks."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "figure", "figcaption", "svg"}
    BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "td"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.blocks: list[tuple[bool, str]] = []  # (inside <article>, text)
        self._skip = 0
        self._article = 0
        self._in_title = False
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in self.SKIP:
            self._skip += 1
        elif tag == "article":
            self._article += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = a.get("property") or a.get("name") or ""
            if key in {"og:title", "og:site_name", "article:published_time", "og:url", "date", "dc.date"}:
                self.meta.setdefault(key, a.get("content", ""))
        elif tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        elif tag in self.BLOCKS and not self._skip:
            self._flush()
            self._current = []
        elif tag == "br" and self._current is not None:
            self._current.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag == "article" and self._article:
            self._article -= 1
        elif tag == "title":
            self._in_title = False
        elif tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif self._current is not None and not self._skip:
            self._current.append(data)

    def _flush(self) -> None:
        if self._current:
            text = re.sub(r"\s+", " ", "".join(self._current)).strip()
            if text:
                self.blocks.append((self._article > 0, text))
        self._current = None


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The page as an article: its title line, a blank line, then its paragraphs."""
    parser = _ArticleHTML()
    parser.feed(html)
    parser.close()
    parser._flush()
    in_article = [t for inside, t in parser.blocks if inside]
    paragraphs = in_article or [t for _, t in parser.blocks]
    title = re.sub(r"\s+", " ", parser.meta.get("og:title") or parser.title).strip()
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    date = parser.meta.get("article:published_time") or parser.meta.get("time") or parser.meta.get("date") or ""
    meta = {"title": title, "publisher": parser.meta.get("og:site_name", ""), "url": parser.meta.get("og:url", ""),
            "date": date[:10] if re.match(r"\d{4}-\d\d-\d\d", date) else ""}
    body = "\n\n".join(paragraphs)
    return (f"{title}\n\n{body}" if title else body), meta
