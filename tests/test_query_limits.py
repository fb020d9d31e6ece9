"""Issue 18 N0: every query the command line and the Python API run has a time limit and a memory limit.

A runaway query (a cross join of every triple with every other) stops with one line naming the
limit and the flag that raises it, instead of growing until the kernel kills it. The limits here
are the tests' own and generous; nothing is timed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from elexgraph.errors import QueryLimitError, SettingError
from elexgraph.queries import run_query
from elexgraph.store import QueryLimits, open_store
from tests.cli_process import elexgraph, error_lines

# Every triple against every other, twice over: trillions of rows on the seeds. Sorting must hold them all.
pytestmark = pytest.mark.slow  # waits for worker processes to be stopped: out of `make test-fast`; `make test` runs it

RUNAWAY = """# runaway: a cross join no store can answer
SELECT ?a ?d ?g WHERE { GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }
"""


@pytest.fixture(scope="module")
def runaway(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("limits") / "runaway.rq"
    path.write_text(RUNAWAY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def sorted_runaway(runaway: Path) -> Path:
    path = runaway.with_name("sorted-runaway.rq")
    path.write_text(RUNAWAY.rstrip() + " ORDER BY ?a ?d ?g\n", encoding="utf-8")
    return path


def test_a_runaway_query_stops_at_the_time_limit(seeds_store: object, runaway: Path) -> None:
    location = seeds_store.location  # type: ignore[attr-defined]
    done = elexgraph("query", runaway, "--store", location, "--timeout", "5", "--format", "csv")
    assert done.returncode == 1
    assert error_lines(done) == ["error: the query ran longer than the 5 s time limit and was stopped; "
                                 "raise it with --timeout SECONDS or $ELEXGRAPH_QUERY_TIMEOUT"]


def test_a_query_that_needs_too_much_memory_stops_at_the_memory_limit(seeds_store: object,
                                                                       sorted_runaway: Path) -> None:
    location = seeds_store.location  # type: ignore[attr-defined]
    done = elexgraph("query", sorted_runaway, "--store", location, "--memory", "128", "--timeout", "600",
                     timeout=900)
    assert done.returncode == 1
    assert error_lines(done) == ["error: the query needed more than the 128 MB memory limit and was stopped; "
                                 "raise it with --memory MB or $ELEXGRAPH_QUERY_MEMORY"]


def test_the_limits_come_from_the_environment_too(seeds_store: object, runaway: Path) -> None:
    location = seeds_store.location  # type: ignore[attr-defined]
    done = elexgraph("stats", "--store", location, env={"ELEXGRAPH_QUERY_TIMEOUT": "soon"})
    assert error_lines(done) == ["error: $ELEXGRAPH_QUERY_TIMEOUT: 'soon' is not a number"]
    done = elexgraph("query", runaway, "--store", location, env={"ELEXGRAPH_QUERY_TIMEOUT": "5"})
    assert error_lines(done)[0].startswith("error: the query ran longer than the 5 s time limit")


def test_the_python_api_is_bounded_and_goes_on_after_a_stopped_query(seeds_store: object, runaway: Path) -> None:
    location = seeds_store.location  # type: ignore[attr-defined]
    with open_store(location, read_only=True, limits=QueryLimits(timeout=5, memory_mb=512)) as store:
        with pytest.raises(QueryLimitError, match="5 s time limit"):
            run_query(store, str(runaway))
        assert run_query(store, "candidacies").rows == run_query(seeds_store, "candidacies").rows  # type: ignore[arg-type]


def test_commands_that_read_take_the_limits(seeds_store: object) -> None:
    location = seeds_store.location  # type: ignore[attr-defined]
    for command in ("stats", "analyse", "validate"):
        done = elexgraph(command, "--store", location, "--timeout", "600", "--memory", "1024")
        assert done.returncode == 0, done.stderr
    with pytest.raises(SettingError, match="--memory"):
        QueryLimits.configured(None, 0)


def test_the_default_limits_keep_a_query_within_the_2_gb_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18: `elexgraph query` of any named query on 10,000 articles and the official record never passes 2 GB
    (benchmarks/RESULTS.md: 470 MB at most, the largest stopped by the time limit). With no flag and no setting,
    a query has a time limit, and its memory limit leaves room for the interpreter and the open store."""
    monkeypatch.delenv("ELEXGRAPH_QUERY_TIMEOUT", raising=False)
    monkeypatch.delenv("ELEXGRAPH_QUERY_MEMORY", raising=False)
    limits = QueryLimits.configured()
    assert 0 < limits.timeout < float("inf")
    assert 0 < limits.memory_mb <= 2048 - 256  # the interpreter and an open 10k store hold about 100 MB
