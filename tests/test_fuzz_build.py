"""The fuzz corpus (tests/fuzz_corpus.py: over 1,000 malformed files beside the seed articles) through the
real command line, with one process and with two: no traceback, no hang (each run has a deadline), one
error line naming each file that is not built, and the seeds' contract answers the same as in a clean build."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pytest

from elexgraph.errors import printable
from elexgraph.facts import CONTRACT_QUERIES
from elexgraph.queries import run_query
from elexgraph.reference import slug
from elexgraph.store import open_store
from elexgraph.store.base import GraphStore
from tests.cli_process import elexgraph, error_lines
from tests.conftest import SEEDS
from tests.fuzz_corpus import MAX_ARTICLE_BYTES, Corpus, write_corpus

SEED_FILES = sorted(SEEDS.glob("*.txt"))
RUN_DEADLINE = 600  # seconds: a run that takes longer has hung

pytestmark = pytest.mark.slow  # out of `make test-fast`; `make test` runs it


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return write_corpus(tmp_path_factory.mktemp("fuzz") / "articles", SEED_FILES)


def contract_rows(store: GraphStore, sources: set[str]) -> dict[str, list[tuple[str, ...]]]:
    answers = {}
    for query in CONTRACT_QUERIES:
        result = run_query(store, query)
        source = result.variables.index("source")
        answers[query] = sorted(tuple(str(t) for t in row) for row in result.rows if row[source].value in sources)
    return answers


def named_files(lines: list[str], corpus: Corpus) -> dict[Path, str]:
    """The file or folder each error line names, with its reason; every line must name one."""
    by_name = {printable(path): path for path in [*corpus.expected, *corpus.folder_errors]}
    named: dict[Path, str] = {}
    for line in lines:
        text = line.removeprefix("error: ")
        cuts = [m.start() for m in re.finditer(": ", text)]
        path = next((by_name[text[:cut]] for cut in cuts if text[:cut] in by_name), None)
        assert path is not None, f"an error line that names no file of the corpus: {line}"
        assert path not in named, f"two error lines for {path}"
        named[path] = text[len(printable(path)) + 2:]
    return named


def test_the_corpus_is_large_and_varied(corpus: Corpus) -> None:
    assert len(corpus.expected) - len(SEED_FILES) >= 1000
    kinds = Counter(re.sub(r"-\d+$", "", path.stem) for path in corpus.expected)
    assert len(kinds) >= 30


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_bad_file_gets_its_error_and_the_seeds_stay_intact(corpus: Corpus, seeds_store: GraphStore,
                                                                 tmp_path: Path, jobs: str) -> None:
    started = time.monotonic()
    completed = elexgraph("build", corpus.folder, "--store", tmp_path / "store", "--jobs", jobs,
                          "--article-timeout", "10", "--max-article-bytes", str(MAX_ARTICLE_BYTES),
                          timeout=RUN_DEADLINE)
    seconds = time.monotonic() - started
    named = named_files(error_lines(completed), corpus)
    with open_store(tmp_path / "store") as store:
        graphs = {g.value.rsplit("/", 1)[1] for g in store.named_graphs()}
        assert contract_rows(store, {p.stem for p in SEED_FILES}) == contract_rows(
            seeds_store, {p.stem for p in SEED_FILES})
    for folder, reason in corpus.folder_errors.items():
        assert reason in named.get(folder, ""), folder
    for path, expected in corpus.expected.items():
        built = slug(path.stem) in graphs and path not in named
        if expected.outcome == "ok":
            assert built, f"{path} was not built: {named.get(path)}"
        elif expected.outcome == "error":
            assert expected.reason in named.get(path, "<no error line>"), (path, named.get(path))
        else:
            assert built or path in named, f"{path} neither built nor named in an error"
    assert not [reason for reason in named.values() if "bug in elexgraph" in reason]
    assert f"built {len(graphs)} article(s)" in completed.stdout
    reasons = Counter(re.sub(r"\(.*|[\d,]+ bytes.*|'.*| as .*", "", reason).strip() for reason in named.values())
    print(f"\nfuzz --jobs {jobs}: {len(corpus.expected)} files, {len(graphs)} built, {len(named)} errors "
          f"in {seconds:.1f} s; by reason: {dict(reasons.most_common())}")
