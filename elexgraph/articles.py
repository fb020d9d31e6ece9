"""Reading input files as articles: plain text (title line, blank line, body) or HTML pages.

An article's text is what every evidence offset refers to. Its id is the file name
without extension, so the named graph of an article stays the same across builds.
Nothing here blocks or runs away on odd input: a file's type is checked before it is
opened (a FIFO or a device is refused, never read), and its size is bounded.
"""

from __future__ import annotations

import codecs
import csv
import errno
import hashlib
import io
import os
import re
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from elexgraph.errors import ArticleError, printable
from elexgraph.settings import setting

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm"}
METADATA_FILE = "SOURCES.tsv"  # optional: slug, url, title, publisher, date
# A row is about 200 bytes: room for some 300,000 articles, yet bounded.
MAX_METADATA_BYTES = 64_000_000
METADATA_BYTES_ENV = "ELEXGRAPH_MAX_SOURCES_BYTES"
# Headings a live page opens with that name no story, and how far down its "Live …" line may be.
_LIVE_HEADINGS = {"summary", "key points", "live", "live reporting", "highlights", "latest"}
_LIVE_LOOKAHEAD = 40
_BULLETS = " \t•·*-"
# Far beyond any news article (the longest we have seen is under 50 kB): larger text is refused unread.
MAX_ARTICLE_BYTES = 1_000_000
# A page is mostly markup: an HTML file may be this many times the text limit before it is refused unread.
PAGE_TO_TEXT = 8
# Byte-order marks of the wide encodings, UTF-32 first (its little-endian mark starts with UTF-16's).
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Characters that print as nothing yet split a name for every reader (zero-width spaces and joiners, the word
# joiner, a stray byte-order mark, the soft hyphen) or disguise it (the bidirectional controls, such as a
# right-to-left override): removed on reading, with a note.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Control characters a text may hold a few of (more make it binary): each read as a space, with a note.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_FILE_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
               (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


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
    notes: tuple[str, ...] = ()  # what reading changed in the text, for the build to say


def calendar_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when there is no such day ('31 February', '0 May')."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def iso_date(text: str) -> date | None:
    """The calendar date a 'YYYY-MM-DD…' string starts with, or None."""
    found = re.match(r"(\d{4})-(\d\d)-(\d\d)", text)
    return calendar_date(int(found[1]), int(found[2]), int(found[3])) if found else None


def article_id(path: Path) -> str:
    """The id of the article in a file: its name without extension (which must be text to be an IRI)."""
    try:
        path.stem.encode("utf-8")
    except UnicodeEncodeError:
        raise ArticleError(path, "the file name is not valid UTF-8 (rename the file)") from None
    return path.stem


def file_problem(path: Path) -> str | None:
    """Why `path` cannot be read as a file (a broken link, a FIFO, …), or None for a regular file."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "broken symbolic link (what it points to does not exist)" if path.is_symlink() else "no such file"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"cannot be read ({exc.strerror or exc})"
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _FILE_KINDS if test(mode)), "not a file")
    return f"not a regular file ({kind}), not read"


def find_articles(paths: list[Path]) -> list[Path]:
    """The article files named, or found in the folders named, in a stable order."""
    return scan_articles(paths).found


@dataclass
class Scan:
    """What a list of paths holds: article files, errors for entries that look like articles but cannot
    be read (broken links, FIFOs, unreadable folders), and notes on what was left out on purpose."""

    found: list[Path]
    refused: list[ArticleError]
    notes: list[str]  # a file named that is not an article (README.md, gold.jsonl), a folder that holds none


def scan_articles(paths: list[Path]) -> Scan:
    """The article files named or found in the folders named, in a stable order, with what could not be
    read and what was left out. A path named that does not exist at all is an error for the whole build:
    a mistyped name."""
    scan = Scan([], [], [])
    kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
    for path in paths:
        if not os.path.lexists(path):
            raise ArticleError(path, "no such file or folder")
        if path.is_dir():
            in_folder: list[Path] = []
            _walk(path, in_folder, scan.refused)
            scan.found.extend(sorted(in_folder))
            if not in_folder:
                scan.notes.append(f"{printable(path)}: no articles in this folder (looked for {kinds} files)")
            continue
        problem = file_problem(path)
        if problem:
            scan.refused.append(ArticleError(path, problem))
        elif path.suffix.lower() not in ARTICLE_SUFFIXES:
            scan.notes.append(f"{printable(path)}: not an article (articles are {kinds} files), left out")
        else:
            scan.found.append(path)
    return scan


def _walk(top: Path, found: list[Path], refused: list[ArticleError]) -> None:
    """Article files below `top`, following links to folders but never round a loop of them (a stack,
    not recursion: a folder tree may be deeper than Python's recursion limit)."""
    pending: list[tuple[Path, frozenset[tuple[int, int]]]] = [(top, frozenset())]
    while pending:
        folder, above = pending.pop()
        try:
            info = folder.stat()
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            refused.append(ArticleError(folder, f"folder cannot be read ({exc.strerror or exc})"))
            continue
        here = (info.st_dev, info.st_ino)
        if here in above:
            refused.append(ArticleError(folder, "folder link loop (it leads back to a folder above it), not followed"))
            continue
        for entry in entries:
            path = Path(entry.path)
            if _is_folder(entry):
                pending.append((path, above | {here}))
                continue
            suffix = path.suffix.lower()
            if suffix not in ARTICLE_SUFFIXES and not (entry.is_symlink() and not suffix):
                continue  # not an article's name; a link without a suffix may have been meant for a folder
            problem = file_problem(path)
            if problem:
                refused.append(ArticleError(path, problem))
            elif suffix in ARTICLE_SUFFIXES:
                found.append(path)


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a link loop: reported as a file problem
        return False


def decode(data: bytes, path: Path) -> str:
    """UTF-16/32 by their byte-order mark; else UTF-8 first, then the legacy newsroom encodings
    (cp1252, then Latin-1) rather than a refusal."""
    wide = next((encoding for bom, encoding in _WIDE_BOMS if data.startswith(bom)), None)
    if wide:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            raise ArticleError(path, f"not valid {wide.upper()} despite its byte-order mark") from None
    elif b"\x00" in data[:8192]:
        raise ArticleError(path, "binary file (contains NUL bytes), not an article")
    else:
        text = _decode_narrow(data)
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        raise ArticleError(path, "binary file (control characters), not an article")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_narrow(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # every byte is a Latin-1 character


def read_bytes(path: Path, limit: int, too_large: Callable[[int, int], str] | None = None) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or ArticleError (`too_large(size, limit)` says why
    when it is over). Never blocks: the file's type is checked before it is opened, and again on the open file
    (it may have been swapped)."""
    too_large = too_large or _too_large
    problem = file_problem(path)
    if problem:
        raise ArticleError(path, problem)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise ArticleError(path, "not a regular file, not read")
            if info.st_size > limit:
                raise ArticleError(path, too_large(info.st_size, limit))
            data = fh.read(limit + 1)
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise ArticleError(path, too_large(len(data), limit))
    return data


def _too_large(size: int, limit: int) -> str:
    return (f"too large to be an article ({size:,} bytes; the limit is {limit:,}: "
            f"see --max-article-bytes)")


def read_article(path: Path, metadata: dict[str, dict[str, str]] | None = None, *,
                 max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read one file as an article, or raise ArticleError naming the file and the reason.
    Its text may be at most `max_bytes` (UTF-8), the file itself PAGE_TO_TEXT times that."""
    identifier = article_id(path)
    data = read_bytes(path, max_bytes * PAGE_TO_TEXT)
    if not data.strip():
        raise ArticleError(path, "empty file")
    text = decode(data, path)
    meta: dict[str, str] = {}
    if _looks_like_html(path, text):
        text, meta = html_to_text(text)
        if not text.strip():
            raise ArticleError(path, "HTML page with no article text")
    text, notes = clean_text(text)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise ArticleError(path, f"article text too long ({size:,} bytes; the limit is {max_bytes:,}: "
                                 f"see --max-article-bytes)")
    if not re.search(r"[A-Za-z]{2,}", text):
        raise ArticleError(path, "no words found: not an article")
    given = {k: clean_text(v)[0] for k, v in (metadata or {}).get(identifier, {}).items() if v}
    if "date" in given:
        given["date"] = _metadata_date(given["date"], path)
    meta = {**meta, **given}
    title = meta.get("title") or headline(text)
    return Article(id=identifier, path=path, text=text, title=title,
                   digest=hashlib.sha256(data).hexdigest(), date=meta.get("date"),
                   publisher=meta.get("publisher"), url=meta.get("url"), notes=notes)


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """The text in Unicode's composed form (NFC: a name pasted from macOS, 'e' + combining accent, reads as the
    same 'é' as everywhere else), invisible characters removed and control characters made spaces; with a note
    of what was removed or replaced."""
    text = unicodedata.normalize("NFC", text)
    invisible = len(_INVISIBLE.findall(text))
    controls = len(_CONTROL.findall(text))
    notes = []
    if invisible:
        text = _INVISIBLE.sub("", text)
        notes.append(f"{invisible} invisible character(s) removed (zero-width or text-direction controls)")
    if controls:
        text = _CONTROL.sub(" ", text)
        notes.append(f"{controls} control character(s) read as spaces")
    return text, tuple(notes)


def headline(text: str) -> str:
    """The text's first line; for a live page that opens on a bare 'Summary', its 'Live …' line instead."""
    lines = [line.strip(_BULLETS) for line in text.splitlines() if line.strip(_BULLETS)]
    if not lines or lines[0].casefold() not in _LIVE_HEADINGS:
        return lines[0] if lines else ""
    return next((line for line in lines[1:_LIVE_LOOKAHEAD] if re.match(r"live\b", line, re.I)), lines[0])


def _metadata_date(value: str, path: Path) -> str:
    """A SOURCES.tsv date as the graph writes it: YYYY-MM-DD, YYYY-MM or YYYY; anything else is refused."""
    value = value.strip()
    day = iso_date(value)
    if day:
        return day.isoformat()
    if re.fullmatch(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?", value):
        return value
    raise ArticleError(path, f"{METADATA_FILE} gives it the date {printable(value)!r}, which is not a date "
                             f"(write YYYY-MM-DD, YYYY-MM or YYYY)")


def read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """Per-article metadata from a SOURCES.tsv inside the folder, or beside it (in its parent), keyed by
    slug (read like an article: UTF-8, else cp1252 or Latin-1), of at most $ELEXGRAPH_MAX_SOURCES_BYTES."""
    candidate = next((f / METADATA_FILE for f in (folder, folder.parent) if os.path.lexists(f / METADATA_FILE)), None)
    if candidate is None:
        return {}
    limit = setting(None, f"${METADATA_BYTES_ENV}", METADATA_BYTES_ENV, MAX_METADATA_BYTES, int)
    text = decode(read_bytes(candidate, limit, _metadata_too_large), candidate)
    try:
        return {row["slug"]: row for row in csv.DictReader(io.StringIO(text), delimiter="\t") if row.get("slug")}
    except csv.Error as exc:
        raise ArticleError(candidate, f"not a readable table ({exc})") from None


def _metadata_too_large(size: int, limit: int) -> str:
    return (f"too large for a table of article sources ({size:,} bytes; the limit is {limit:,}: "
            f"set ${METADATA_BYTES_ENV} to raise it)")


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
            "date": published.isoformat() if (published := iso_date(date)) else ""}
    body = "\n\n".join(paragraphs)
    return (f"{title}\n\n{body}" if title else body), meta
