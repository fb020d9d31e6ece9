"""A seeded, deterministic corpus of malformed and odd input files for `elexgraph build`.

`write_corpus(folder, seed)` writes well over 1,000 files of some thirty kinds — empty, binary,
truncated UTF-8, mixed encodings, byte-order marks, UTF-16/32 with and without them, huge lines,
impossible dates, quote storms, results-line floods, control characters, HTML junk, odd and
colliding names, names that are not UTF-8, symbolic links (dangling, looping, to /dev/zero,
to folders above), FIFOs, a SOURCES.tsv with bad dates — and says for each what the build must do:
build it ("ok"), refuse it with an error ("error", with a reason the error line must contain), or
either ("any": odd but possibly an article). Sizes are kept so a build of it takes seconds with today's
extractors (name lists, results lists and long lines cost them more than linear time); the per-article
time limit is tested on its own.
All text is invented.
"""

from __future__ import annotations

import codecs
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FIRST = ["Ann", "Bob", "Carol", "Dan", "Erin", "Femi", "Gita", "Hal", "Iris", "Jon", "Kemi", "Lars"]
LAST = ["Example", "Sample", "Testing", "Placeholder", "Dummy", "Mockley", "Fakeham", "Specimen"]
PARTIES = [("Labour", "Lab"), ("Conservative", "Con"), ("Liberal Democrats", "LD"), ("Green", "Green"),
           ("Reform UK", "RUK")]
SEATS = ["Amber Valley", "Erewash", "Broxtowe", "Gedling", "Bassetlaw", "Mansfield", "Ashfield", "High Peak",
         "Lincoln", "Corby", "Kettering", "Wellingborough", "Bolsover", "Derby North", "Loughborough"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# Limits the fuzz build runs with (small, so that the oversized files cost little to write and refuse).
MAX_ARTICLE_BYTES = 200_000


@dataclass(frozen=True)
class Expected:
    outcome: str  # "ok", "error" or "any"
    reason: str = ""  # for "error": what the error line must say


@dataclass
class Corpus:
    folder: Path
    expected: dict[Path, Expected]
    folder_errors: dict[Path, str]  # folders (links) that must get an error line of their own


class _Writer:
    def __init__(self, folder: Path, seed: int) -> None:
        self.folder = folder
        self.rng = random.Random(seed)
        self.expected: dict[Path, Expected] = {}
        self.folder_errors: dict[Path, str] = {}
        self.count = 0

    def name(self, kind: str, suffix: str = ".txt") -> Path:
        self.count += 1
        return self.folder / f"{kind}-{self.count:04d}{suffix}"

    def file(self, kind: str, data: bytes, outcome: str, reason: str = "", suffix: str = ".txt") -> Path:
        path = self.name(kind, suffix)
        path.write_bytes(data)
        self.expected[path] = Expected(outcome, reason)
        return path

    # -- text pieces -------------------------------------------------------------------------
    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def article(self) -> str:
        """A small invented election report."""
        seat, year = self.rng.choice(SEATS), self.rng.choice([2017, 2019, 2024])
        winner, loser = self.person(), self.person()
        (party, abbr), (other, other_abbr) = self.rng.sample(PARTIES, 2)
        votes = self.rng.randint(9_000, 30_000)
        return (f"{seat} declares\n\n{winner} won {seat} for {party} at the general election of {year}, "
                f"beating {loser} of the {other} party.\n\n{winner} said: \"We will work for everyone here.\"\n\n"
                f"The result in {seat}:\n\n{winner} ({abbr}) {votes:,} ({self.rng.randint(30, 60)}.1%)\n\n"
                f"{loser} ({other_abbr}) {votes - self.rng.randint(100, 5000):,} ({self.rng.randint(10, 29)}.4%)\n")

    def words(self, count: int) -> str:
        pool = [w for seat in SEATS for w in seat.split()] + FIRST + LAST + [p for p, _ in PARTIES] + [
            "said", "won", "the", "seat", "votes", "majority", "council", "election", "he", "she", "and", "of"]
        return " ".join(self.rng.choice(pool) for _ in range(count))


def _empty(w: _Writer) -> None:
    for data in (b"", b" ", b"\n\n\n", b"\t \r\n \x0c", b" " * 5000):
        w.file("empty", data, "error", "empty file")


def _binary(w: _Writer) -> None:
    for _ in range(80):
        data = bytes(w.rng.randrange(256) for _ in range(w.rng.randint(64, 4096)))
        w.file("binary", data[:10] + b"\x00" + data[10:], "error", "binary file")


def _binary_without_nul(w: _Writer) -> None:
    for _ in range(40):
        data = bytes(w.rng.choice(range(1, 32)) for _ in range(w.rng.randint(200, 3000)))
        w.file("controls", data, "error", "")


def _truncated_utf8(w: _Writer) -> None:
    for _ in range(60):
        data = (w.article() + " Café £5 — “quoted” ").encode("utf-8")
        cut = data.rfind("—".encode()) + 1  # inside the dash's three bytes
        w.file("truncated-utf8", data[:cut], "any")


def _mixed_encodings(w: _Writer) -> None:
    for _ in range(60):
        data = w.article().encode() + " Café £5 “quoted”\n".encode("cp1252") + "naïve é\n".encode()
        w.file("mixed-encodings", data, "any")


def _byte_order_marks(w: _Writer) -> None:
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be") * 12:
        w.file(f"bom-{encoding}", ("\ufeff" + w.article()).encode(encoding), "ok")


def _wide_without_bom(w: _Writer) -> None:
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be") * 10:
        w.file(f"nobom-{encoding}", w.article().encode(encoding), "error", "binary file")


def _broken_wide(w: _Writer) -> None:
    for _ in range(20):
        w.file("bom-odd-length", codecs.BOM_UTF16_LE + w.article().encode("utf-16-le") + b"\x41", "error",
               "not valid UTF-16 despite its byte-order mark")
        w.file("bom-lone-surrogate", codecs.BOM_UTF16_BE + b"\x00A\xd8\x00\x00B", "error",
               "not valid UTF-16 despite its byte-order mark")
        w.file("bom-utf32-out-of-range", codecs.BOM_UTF32_LE + b"\x00\x00\x11\x00" * 4, "error",
               "not valid UTF-32 despite its byte-order mark")


def _huge_lines(w: _Writer) -> None:
    for _ in range(12):
        w.file("huge-line", ("Headline\n\n" + w.words(w.rng.randint(200, 700))).encode(), "any")
    for _ in range(8):
        w.file("huge-word", ("Headline\n\n" + "x" * w.rng.randint(10_000, 150_000)).encode(), "any")


def _oversized(w: _Writer) -> None:
    for _ in range(5):
        w.file("oversized-text", ("Headline\n\n" + "Ann Example won. " * 15_000).encode(), "error",
               "article text too long")
        w.file("oversized-file", b"a " * (MAX_ARTICLE_BYTES * 5), "error", "too large to be an article")


def _odd_dates(w: _Writer) -> None:
    for _ in range(40):
        day, month = w.rng.choice([(31, "February"), (30, "February"), (0, "May"), (99, "December"), (31, "April")])
        text = w.article().replace("general election of", f"general election on {day} {month}", 1)
        w.file("odd-date", f"{text}\nOn {day} {month} 2024 the count was held.\n".encode(), "ok")
    for stamp in ("2024-02-31", "2024-13-01", "0000-00-00", "2024-02-30T10:00:00Z", "9999-99-99", "2024-1-1") * 4:
        body = w.article().replace("\n\n", "</p><p>")
        page = (f'<html><head><meta property="article:published_time" content="{stamp}"><title>T</title></head>'
                f"<body><article><p>{body}</p></article></body></html>")
        w.file("odd-date-html", page.encode(), "ok", suffix=".html")


def _quote_storms(w: _Writer) -> None:
    for _ in range(20):
        w.file("quote-storm", ("Storm\n\n" + 'She said "' * w.rng.randint(50, 400)).encode(), "any")
    for _ in range(10):
        w.file("quote-storm-closed", ("Storm\n\n" + '"He said" she said. ' * w.rng.randint(50, 400)).encode(), "any")


def _results_floods(w: _Writer) -> None:
    for _ in range(20):
        lines = [f"{w.person()} ({w.rng.choice(PARTIES)[1]}) {w.rng.randint(100, 40_000):,} "
                 f"({w.rng.randint(1, 60)}.{w.rng.randint(0, 9)}%)" for _ in range(w.rng.randint(30, 150))]
        w.file("results-flood", ("Results\n\n" + "\n".join(lines)).encode(), "any")


def _control_characters(w: _Writer) -> None:
    for _ in range(40):
        text = "".join(c + (chr(w.rng.randrange(1, 32)) if w.rng.random() < 0.2 else "") for c in w.article())
        w.file("control-chars", text.encode(), "any")
    for _ in range(20):
        text = w.article().replace(" ", "\x1b[31m ", 3).replace("\n", "\u2028", 2) + "\x7f\x85\u200b"
        w.file("terminal-escapes", text.encode(), "any")


def _html_junk(w: _Writer) -> None:
    junk: list[Callable[[], str]] = [
        lambda: "<html><body><script>x()</script></body></html>",
        lambda: "<html>" + "<div>" * 3_000 + w.article() + "</div>" * 10,
        lambda: "<html><body><p>" + w.article() + "<p><b><i><u>unclosed",
        lambda: "<!doctype html><html><body><article>" + "&#99999999;&#xD800;&bogus;&amp" * 200 + "</article>",
        lambda: "<html><body><!-- " + w.article() + " never closed",
        lambda: '<html><head><meta property="og:title" content="' + "T" * 20_000 + '"></head><body><p>x</p>',
        lambda: "<html><body><article></article><p>" + w.article() + "</p></body></html>",
        lambda: "<html><body><p>" + "<br>" * 5_000 + w.article() + "</p></body></html>",
        lambda: "<html><body><![CDATA[" + w.article() + "]]><svg><p>hidden</p></svg></body></html>",
        lambda: "<html><title>" + w.article() + "</title></html>",
    ]
    for _ in range(8):
        for make in junk:
            w.file("html-junk", make().encode(), "any", suffix=w.rng.choice([".html", ".htm"]))
    for _ in range(10):
        w.file("html-in-txt", ("<!DOCTYPE html><html><body>" + w.article()).encode(), "any")


def _no_words(w: _Writer) -> None:
    for _ in range(30):
        text = "".join(w.rng.choice("0123456789 .,;:-+()%£$\n") for _ in range(w.rng.randint(5, 2_000)))
        w.file("no-words", (text + "1").encode(), "error", "no words found")


def _mutated_seeds(w: _Writer, seeds: list[bytes]) -> None:
    for _ in range(120):
        whole = w.rng.choice(seeds)
        start = w.rng.randrange(max(1, len(whole) - 2_000))
        data = bytearray(whole[start:start + 2_000])
        for _ in range(w.rng.randint(1, 40)):
            if not data:
                break
            at = w.rng.randrange(len(data))
            action = w.rng.random()
            if action < 0.4:
                data[at] = w.rng.randrange(256)
            elif action < 0.7:
                del data[at:at + w.rng.randint(1, 200)]
            else:
                data[at:at] = w.rng.choice([b'"', b"\xe2\x80\x9c", b"(", b"\n\n", b"Mr ", b"said", b"\xff", b"%"])
        w.file("mutated-seed", bytes(data), "any")


def _name_storms(w: _Writer) -> None:
    for _ in range(30):
        text = "Names\n\n" + ", ".join(w.person() for _ in range(w.rng.randint(20, 120))) + " said."
        w.file("name-storm", text.encode(), "any")
    for _ in range(20):
        text = "Odd\n\n" + "(" * w.rng.randint(100, 3_000) + w.article() + "%" * 500 + ")" * 40
        w.file("bracket-storm", text.encode(), "any")


def _odd_names(w: _Writer) -> None:
    names = ["with space.txt", "Ünïcödé.txt", "-leading-dash.txt", "#hash.txt", "quote'\"s.txt", "tab\there.txt",
             "new\nline.txt", "emoji-\U0001f5f3.txt", "x" * 200 + ".txt", ".hidden.txt", "UPPER.TXT", "dots...txt",
             "back\\slash.txt", "ctrl-\x1b[31m.txt", "rtl-\u202e.txt", "trailing space .txt"]
    for name in names:
        path = w.folder / "odd-names" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(w.article())
        w.expected[path] = Expected("ok")
    for i in range(10):
        raw = os.path.join(os.fsencode(w.folder / "odd-names"), b"latin-\xe9-%d.txt" % i)
        with open(raw, "wb") as fh:
            fh.write(w.article().encode())
        w.expected[Path(os.fsdecode(raw))] = Expected("error", "the file name is not valid UTF-8")
    for i in range(10):  # ids that collide: the first in the build's order is built, the others refused
        first, second = w.folder / f"Same Name {i}.txt", w.folder / f"same-name-{i}.txt"
        nested = w.folder / "nested" / f"same-name-{i}.txt"
        nested.parent.mkdir(exist_ok=True)
        for path in (first, second, nested):
            path.write_text(w.article())
        w.expected[first] = Expected("ok")
        w.expected[second] = w.expected[nested] = Expected("error", "same article id as")


def _links_and_special_files(w: _Writer) -> None:
    for _ in range(10):
        dangling = w.name("dangling-link")
        dangling.symlink_to(w.folder / "does-not-exist.txt")
        w.expected[dangling] = Expected("error", "broken symbolic link")
        loop_a, loop_b = w.name("link-loop"), w.name("link-loop")
        loop_a.symlink_to(loop_b)
        loop_b.symlink_to(loop_a)
        w.expected[loop_a] = w.expected[loop_b] = Expected("error", "symbolic link loop")
        zero = w.name("dev-zero")
        zero.symlink_to("/dev/zero")
        w.expected[zero] = Expected("error", "a character device")
        fifo = w.name("fifo")
        os.mkfifo(fifo)
        w.expected[fifo] = Expected("error", "a FIFO")
        good = w.file("link-target", w.article().encode(), "ok")
        alias = w.name("good-link")
        alias.symlink_to(good.name)
        w.expected[alias] = Expected("ok")
    sub = w.folder / "looping"
    sub.mkdir()
    (sub / "story.txt").write_text(w.article())
    w.expected[sub / "story.txt"] = Expected("ok")
    (sub / "up").symlink_to("..")
    w.folder_errors[sub / "up"] = "folder link loop"


def _sources(w: _Writer) -> None:
    rows = ["slug\turl\ttitle\tpublisher\tdate"]
    for i, stamp in enumerate(["2024-07-05", "2010-05", "2019", "2024-02-31", "31/12/2024", "2024-00", "20x4"] * 3):
        path = w.file("with-sources", w.article().encode(), "ok")
        rows.append(f"{path.stem}\thttp://example.org/{i}\tTitle {i}\tExample Gazette\t{stamp}")
        if stamp not in ("2024-07-05", "2010-05", "2019"):
            w.expected[path] = Expected("error", "SOURCES.tsv gives it the date")
    (w.folder / "SOURCES.tsv").write_text("\n".join(rows) + "\n", encoding="cp1252")


def write_corpus(folder: Path, seeds: list[Path], seed: int = 10) -> Corpus:
    """The fuzz corpus in `folder` (created), with copies of the seed articles, which must build."""
    folder.mkdir()
    w = _Writer(folder, seed)
    for path in seeds:
        copy = folder / path.name
        copy.write_bytes(path.read_bytes())
        w.expected[copy] = Expected("ok")
    seed_bytes = [p.read_bytes() for p in seeds]
    for kind in (_empty, _binary, _binary_without_nul, _truncated_utf8, _mixed_encodings, _byte_order_marks,
                 _wide_without_bom, _broken_wide, _huge_lines, _oversized, _odd_dates, _quote_storms,
                 _results_floods, _control_characters, _html_junk, _no_words, _name_storms, _odd_names,
                 _links_and_special_files, _sources):
        kind(w)
    _mutated_seeds(w, seed_bytes)
    return Corpus(folder, w.expected, w.folder_errors)
