"""`elexgraph build` against hostile input: one regression test per defect the probe of issue 10 found.

Each runs the real command line in a process of its own with a deadline, so a hang fails the
test. Every bad file must get one error line naming it and the reason, and the good files
beside it must still be built.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from elexgraph.store import open_store
from elexgraph.vocab import SCHEMA
from tests.cli_process import elexgraph, error_lines
from tests.conftest import need
from tests.test_incremental import ALPHA, BETA

# Each test runs the real command line in a process of its own, some wait for deadlines: out of
# `make test-fast`; `make test` runs them.
pytestmark = pytest.mark.slow

# About 700 kB of ordinary prose: seconds of extraction even at full speed, far more than the limits the tests set.
LONG_STORY = "Long story\n\n" + ("Ann Example spoke to voters in Amber Valley about buses and schools. " * 10_000)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A folder holding one good article (alpha)."""
    path = tmp_path / "articles"
    path.mkdir()
    (path / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    return path


def graphs(store: Path) -> list[str]:
    with open_store(store) as opened:
        return sorted(g.value.rsplit("/", 1)[1] for g in opened.named_graphs())


def built(folder: Path, tmp_path: Path, *options: str, env: dict[str, str] | None = None,
          timeout: float = 60) -> tuple[list[str], list[str], int]:
    """Build the folder: the graphs stored, the error lines, the exit status."""
    completed = elexgraph("build", folder, "--store", tmp_path / "store", *options, env=env, timeout=timeout)
    return graphs(tmp_path / "store"), error_lines(completed), completed.returncode


def test_a_failing_file_does_not_hang_parallel_builds(folder: Path, tmp_path: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (folder / "beta.txt").write_text(BETA, encoding="utf-8")
    stored, errors, status = built(folder, tmp_path, "--jobs", "2")
    assert stored == ["alpha", "beta"] and status == 1
    assert sorted(errors) == [f"error: {folder / 'binary.txt'}: binary file (contains NUL bytes), not an article",
                              f"error: {folder / 'empty.txt'}: empty file"]


@pytest.mark.parametrize(("where", "expected_error"), [
    ("text", None), ("html", None), ("sources", "SOURCES.tsv gives it the date '2024-02-31', which is not a date")])
def test_an_impossible_date_does_not_crash_the_build(folder: Path, tmp_path: Path, where: str,
                                                     expected_error: str | None) -> None:
    if where == "text":
        (folder / "dated.txt").write_text(BETA.replace("4 July 2024", "31 February 2024") + "\nOn 0 May 2024 too.\n")
    elif where == "html":
        (folder / "dated.html").write_text('<html><head><meta property="article:published_time" content="2024-02-31">'
                                           f"</head><body><article><p>{BETA}</p></article></body></html>")
    else:
        (folder / "dated.txt").write_text(BETA)
        (folder / "SOURCES.tsv").write_text("slug\turl\ttitle\tpublisher\tdate\ndated\t\t\t\t2024-02-31\n")
    stored, errors, status = built(folder, tmp_path)
    if expected_error is None:
        assert (stored, errors, status) == (["alpha", "dated"], [], 0)
    else:
        assert stored == ["alpha"] and status == 1
        assert errors == [f"error: {folder / 'dated.txt'}: {expected_error} (write YYYY-MM-DD, YYYY-MM or YYYY)"]


def test_an_article_far_beyond_any_real_one_is_refused_by_name(folder: Path, tmp_path: Path) -> None:
    (folder / "huge.txt").write_text("Huge\n\n" + "Ann Example won the seat. " * 50_000)  # 1.3 MB
    stored, errors, status = built(folder, tmp_path)
    assert stored == ["alpha"] and status == 1
    assert errors == [f"error: {folder / 'huge.txt'}: article text too long (1,300,006 bytes; the limit is "
                      f"1,000,000: see --max-article-bytes)"]


def test_the_article_limits_come_from_options_or_the_environment(folder: Path, tmp_path: Path) -> None:
    (folder / "beta.txt").write_text(BETA)  # a little longer than alpha
    stored, errors, _ = built(folder, tmp_path, "--max-article-bytes", "200")
    assert stored == ["alpha"]
    assert errors == [f"error: {folder / 'beta.txt'}: article text too long ({len(BETA.encode())} bytes; "
                      f"the limit is 200: see --max-article-bytes)"]
    for name, value in (("ELEXGRAPH_MAX_ARTICLE_BYTES", "lots"), ("ELEXGRAPH_ARTICLE_TIMEOUT", "0")):
        completed = elexgraph("build", folder, "--store", tmp_path / "other", env={name: value}, timeout=60)
        assert error_lines(completed) == [f"error: ${name}: '{value}' "
                                          + ("is not a whole number" if value == "lots" else "must be more than 0")]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_runaway_article_is_stopped_at_the_deadline(folder: Path, tmp_path: Path, jobs: str) -> None:
    (folder / "long.txt").write_text(LONG_STORY)
    (folder / "beta.txt").write_text(BETA)
    stored, errors, status = built(folder, tmp_path, "--article-timeout", "1", "--jobs", jobs)
    assert stored == ["alpha", "beta"] and status == 1
    assert errors == [f"error: {folder / 'long.txt'}: extraction used more than 1 s of processor time and was stopped "
                      f"(see --article-timeout)"]


def test_graphs_are_stored_as_their_articles_are_done(folder: Path, tmp_path: Path) -> None:
    (folder / "beta.txt").write_text(BETA)
    for n in range(10):  # last, and many seconds long together (about 3 s of processor time each here)
        (folder / f"zz-long-{n}.txt").write_text(LONG_STORY)
    build = subprocess.Popen([sys.executable, "-m", "elexgraph", "build", str(folder),
                              "--store", str(tmp_path / "store")], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        build.wait(timeout=8)
        pytest.fail("the long article was done within 8 s: make LONG_STORY longer for this test to mean anything")
    except subprocess.TimeoutExpired:
        build.kill()
        build.wait()
    stored = graphs(tmp_path / "store")
    assert {"alpha", "beta"} <= set(stored) and len(stored) < 12  # the done ones, while the rest was still going


def test_files_whose_ids_collide_do_not_overwrite_each_other(folder: Path, tmp_path: Path) -> None:
    (folder / "A B.txt").write_text(BETA)
    (folder / "a-b.txt").write_text(BETA.replace("Erewash", "Broxtowe"))
    for sub in ("one", "two"):
        (folder / sub).mkdir()
        (folder / sub / "alpha.txt").write_text(ALPHA.replace("17,267", "17,300"))
    stored, errors, status = built(folder, tmp_path)
    assert stored == ["a-b", "alpha"] and status == 1
    assert sorted(errors) == [
        f"error: {folder / 'a-b.txt'}: same article id as {folder / 'A B.txt'} (both would be graph "
        f"<https://elexgraph.org/graph/a-b>): rename one of them",
        f"error: {folder / 'one' / 'alpha.txt'}: same article id as {folder / 'alpha.txt'} (both would be graph "
        f"<https://elexgraph.org/graph/alpha>): rename one of them",
        f"error: {folder / 'two' / 'alpha.txt'}: same article id as {folder / 'alpha.txt'} (both would be graph "
        f"<https://elexgraph.org/graph/alpha>): rename one of them"]


def test_a_file_name_that_is_not_utf8_is_one_error_line(folder: Path, tmp_path: Path) -> None:
    bad = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(bad, "wb") as fh:
        fh.write(BETA.encode())
    stored, errors, status = built(folder, tmp_path)
    assert stored == ["alpha"] and status == 1
    assert errors == [f"error: {folder}/caf\\udce9.txt: the file name is not valid UTF-8 (rename the file)"]


def test_a_sources_tsv_that_is_not_utf8_is_read(folder: Path, tmp_path: Path) -> None:
    (folder / "SOURCES.tsv").write_bytes("slug\turl\ttitle\tpublisher\tdate\nalpha\t\tCaf\u00e9 vote\tLe Journal\t"
                                         "2024-07-05\n".encode("cp1252"))
    stored, errors, status = built(folder, tmp_path)
    assert (stored, errors, status) == (["alpha"], [], 0)
    with open_store(tmp_path / "store") as store:
        headlines = store.query(f"SELECT ?t WHERE {{ GRAPH ?g {{ ?a {SCHEMA.headline} ?t }} }}").rows
    assert [row[0].value for row in headlines] == ["Caf\u00e9 vote"]


@pytest.fixture()
def unreadable(folder: Path) -> Iterator[tuple[Path, list[str]]]:
    """An articles folder with a sub-folder its reader may not list, and the command to run as that reader:
    as root, whom no permission stops, the build runs as nobody in a folder nobody may enter."""
    if os.geteuid() != 0:
        (folder / "locked").mkdir(mode=0o000)
        yield folder, []
        (folder / "locked").chmod(0o755)
        return
    need(shutil.which("setpriv") is not None, "setpriv (util-linux) is needed to run the build as nobody")
    shared = Path(tempfile.mkdtemp(prefix="elexgraph-unreadable-"))
    try:
        shared.chmod(0o777)
        shutil.copytree(folder, shared / "articles")
        (shared / "articles" / "locked").mkdir(mode=0o700)  # root's own: nobody may not list it
        for path in [shared / "articles", *(shared / "articles").iterdir()]:
            path.chmod(path.stat().st_mode | stat.S_IROTH | (stat.S_IXOTH if path.is_dir() else 0))
        (shared / "articles" / "locked").chmod(0o700)
        yield shared / "articles", ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    finally:
        shutil.rmtree(shared)


def test_an_unreadable_sub_folder_is_named(unreadable: tuple[Path, list[str]]) -> None:
    articles, as_reader = unreadable
    store = articles.parent / "store"
    completed = subprocess.run([*as_reader, sys.executable, "-m", "elexgraph", "build", str(articles),
                                "--store", str(store)], capture_output=True, text=True, timeout=60,
                               cwd=Path(__file__).resolve().parent.parent, env={**os.environ, "HOME": "/tmp"})
    assert error_lines(completed) == [f"error: {articles / 'locked'}: folder cannot be read (Permission denied)"]
    assert completed.returncode == 1 and "built 1 article(s)" in completed.stdout


@pytest.mark.parametrize(("make", "reason"), [
    (lambda p: p.symlink_to(p.parent / "missing.txt"), "broken symbolic link (what it points to does not exist)"),
    (lambda p: (p.symlink_to(p.parent / "loop-b.txt"), (p.parent / "loop-b.txt").symlink_to(p)),
     "symbolic link loop"),
    (lambda p: p.symlink_to("/dev/zero"), "not a regular file (a character device), not read"),
    (lambda p: os.mkfifo(p), "not a regular file (a FIFO), not read"),
], ids=["dangling-link", "link-loop", "link-to-dev-zero", "fifo"])
def test_a_file_that_cannot_be_read_is_named_not_skipped(folder: Path, tmp_path: Path, make: object,
                                                        reason: str) -> None:
    make(folder / "odd.txt")
    stored, errors, status = built(folder, tmp_path)
    assert stored == ["alpha"] and status == 1
    assert f"error: {folder / 'odd.txt'}: {reason}" in errors


@pytest.mark.parametrize(("make", "reason"), [
    (lambda p: os.mkfifo(p), "not a regular file (a FIFO), not read"),
    (lambda p: p.symlink_to(p), "symbolic link loop"),
], ids=["fifo", "link-loop"])
def test_a_fifo_or_loop_named_on_the_command_line_is_named_for_what_it_is(folder: Path, tmp_path: Path,
                                                                         make: object, reason: str) -> None:
    make(tmp_path / "odd.txt")
    completed = elexgraph("build", folder / "alpha.txt", tmp_path / "odd.txt", "--store", tmp_path / "store",
                          timeout=60)
    assert error_lines(completed) == [f"error: {tmp_path / 'odd.txt'}: {reason}"]
    assert graphs(tmp_path / "store") == ["alpha"]


def test_killed_parallel_builds_leave_no_temporary_folders(folder: Path, tmp_path: Path) -> None:
    (folder / "long.txt").write_text(LONG_STORY)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    build = subprocess.Popen([sys.executable, "-m", "elexgraph", "build", str(folder), "--jobs", "2",
                              "--store", str(tmp_path / "store")], env={**os.environ, "TMPDIR": str(temporary)},
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while len(children(build.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = children(build.pid)
    assert len(workers) >= 2, "the workers did not start"
    build.kill()
    build.wait()
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers), "workers outlived the build"
    assert not list(temporary.glob("pymp-*"))


def children(parent: int) -> list[int]:
    """The processes whose parent is `parent` (Linux /proc)."""
    found = []
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(status.read_text().rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(status.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return found


def test_the_article_limit_counts_processor_time_not_waiting() -> None:
    """On a busy machine an article waits for the processor; only work done counts towards its limit (a
    wall-clock limit stopped short articles under load)."""
    from elexgraph.workers import Overtime, time_limit

    with time_limit(0.2):
        time.sleep(0.5)  # waiting, as a starved process does: not stopped
    with pytest.raises(Overtime), time_limit(0.2):
        while True:  # a runaway: stopped
            pass
