"""The query workers of `elexgraph serve` under builds into the store they read (issue 18's soak): a worker that died
of something else than its job, a job that met a state a build replaced, a worker that grew. Real worker processes
with renderers of the test's own (Workspace.render) doing what the soak saw; outcomes only, no timings."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from elexgraph.errors import StoreError
from elexgraph.store import open_store
from elexgraph.store.base import GraphStore
from elexgraph.web import workers
from elexgraph.web.pagejobs import PageJob, PageReply, page_budget
from elexgraph.web.site import Site
from elexgraph.web.sparql import Job, Limits
from elexgraph.web.workers import WorkerPool, Workspace

GRAPH = NamedNode("https://elexgraph.org/graph/pool-test")
BUDGET = page_budget(300, 256)  # generous: the machine may be busy


def write(location: str, value: str) -> None:
    """A build's write: a new state of the store."""
    with open_store(location) as store:
        store.replace_graphs({GRAPH: [Quad(NamedNode("https://elexgraph.org/id/thing/1"),
                                           NamedNode("http://example.org/p"), Literal(value), GRAPH)]})


def first_time(marker: str) -> bool:
    """True the first time it is asked about `marker` (a file), in whichever process."""
    try:
        Path(marker).touch(exist_ok=False)
    except FileExistsError:
        return False
    return True


def dies_the_first_time(store: GraphStore, site: Site, job: PageJob) -> PageReply:
    """Renders its process id, but the first time ends its process as the C library does when a thread cannot
    get its memory (what the soak's workers died of)."""
    if first_time(str(job.args[0])):
        os._exit(127)
    return PageReply(200, (), str(os.getpid()).encode())


def renders(store: GraphStore, site: Site, job: PageJob) -> PageReply:
    return PageReply(200, (), str(os.getpid()).encode())


def always_dies(store: GraphStore, site: Site, job: PageJob) -> PageReply:
    with open(str(job.args[0]), "a") as ran:
        ran.write("ran\n")
    os._exit(127)


def store_changes_under_it_the_first_time(store: GraphStore, site: Site, job: PageJob) -> PageReply:
    """The first time, a build writes a new state and the read fails as one of the old state's removed files
    would make it; then reads the store as it is."""
    if first_time(str(job.args[0])):
        write(store.location, "new")
        raise StoreError(f"{store.location}: No such file or directory (a table file of the state read)")
    value = store.query(f"SELECT ?o WHERE {{ GRAPH <{GRAPH.value}> {{ ?s ?p ?o }} }}").rows[0][0].value
    return PageReply(200, (), value.encode())


def store_fails(store: GraphStore, site: Site, job: PageJob) -> PageReply:
    raise StoreError(f"{store.location}: damaged")


def grows_the_first_time(store: GraphStore, site: Site, job: PageJob) -> PageReply:
    """Renders its process id; the first time keeps 64 MB it took (as a worker's allocator keeps what jobs freed)."""
    if first_time(str(job.args[0])):
        globals()["kept"] = bytearray(64 * 2**20)
    return PageReply(200, (), str(os.getpid()).encode())


@pytest.fixture
def location(tmp_path: Path) -> str:
    where = str(tmp_path / "store")
    with open_store(where, create=True):
        pass
    write(where, "old")
    return where


@pytest.fixture
def marker(tmp_path: Path) -> str:
    return str(tmp_path / "marker")


def pool(location: str, render: object) -> WorkerPool:
    space = Workspace(location, {}, Site("http://127.0.0.1:8000/", "https://elexgraph.org/"), 256, 256,
                      render)  # type: ignore[arg-type]
    return WorkerPool(space, Limits(workers=1, timeout=300))


def run(pool: WorkerPool, *jobs: PageJob | Job) -> list[object]:
    """Each job's reply (or the error it raised), one after another, on one event loop."""
    async def each() -> list[object]:
        replies: list[object] = []
        for job in jobs:
            try:
                replies.append(await pool.run(job, BUDGET))
            except workers.ProtocolError as error:
                replies.append(error)
        return replies

    with pool:
        return asyncio.run(each())


def test_a_worker_that_died_once_does_not_make_its_job_fail(location: str, marker: str) -> None:
    """The soak: a few worker deaths under builds became 41,523 answers of 500, the pool giving the failure again
    for ten minutes without running the query. A death is the job's own only when it happens again."""
    reply, again = run(pool(location, dies_the_first_time), PageJob("page", (marker,)), PageJob("page", (marker,)))
    assert isinstance(reply, PageReply) and reply.status == 200
    assert isinstance(again, PageReply) and again.status == 200


def test_a_job_that_kills_every_worker_is_remembered(location: str, marker: str) -> None:
    first, second = run(pool(location, always_dies), PageJob("page", (marker,)), PageJob("page", (marker,)))
    assert isinstance(first, workers.WorkerDied) and first.status == 500 and "exit status 127" in first.message
    assert not isinstance(second, PageReply) and second.status == 500
    assert Path(marker).read_text() == "ran\n" * 2  # twice for the first request, not again for the second


def test_a_job_that_met_a_replaced_state_runs_again_on_the_new_one(location: str, marker: str) -> None:
    (reply,) = run(pool(location, store_changes_under_it_the_first_time), PageJob("page", (marker,)))
    assert isinstance(reply, PageReply) and (reply.status, reply.body) == (200, b"new")


def test_a_store_failure_with_no_new_state_is_not_hidden(location: str) -> None:
    (reply,) = run(pool(location, store_fails), PageJob("page", ()))
    assert reply.status == 503 and "damaged" in reply.message  # type: ignore[union-attr]


def test_a_worker_that_grew_is_replaced_after_its_job(location: str, marker: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The soak: memory ended at 1.65x its start; long-lived workers kept what their jobs had taken."""
    monkeypatch.setattr(workers, "GROWTH_MB", 32)
    grew, fresh, same = run(pool(location, grows_the_first_time), *[PageJob("page", (marker,))] * 3)
    assert isinstance(grew, PageReply) and isinstance(fresh, PageReply) and isinstance(same, PageReply)
    assert grew.body != fresh.body  # another process answered after the one that grew
    assert fresh.body == same.body  # one that did not grow goes on


def test_a_long_query_whose_worker_has_just_died_is_not_an_internal_error(location: str) -> None:
    """The soak's log: setting a long query's worker to a lower priority raised ProcessLookupError (it had died),
    which the server answered with a bare 500 and a traceback."""
    async def long_on_a_dead_worker(pool: WorkerPool) -> None:
        worker = await pool._take(BUDGET)
        worker.process.kill()
        worker.process.join()
        await pool._run_long(worker, BUDGET, 300, "it ran long before")  # returns: reading its answer tells how
        pool._replace(worker)

    with pool(location, store_fails) as started:
        asyncio.run(long_on_a_dead_worker(started))


def test_a_worker_that_died_idle_is_not_given_a_job(location: str) -> None:
    """Sending a job to a worker that had died waiting for one raised BrokenPipeError: a bare 500 and a traceback."""
    async def after_an_idle_death(pool: WorkerPool) -> object:
        (idle,) = pool._idle
        idle.process.kill()
        idle.process.join()
        return await pool.run(PageJob("page", ()), BUDGET)

    with pool(location, renders) as started:
        reply = asyncio.run(after_an_idle_death(started))
    assert isinstance(reply, PageReply) and reply.status == 200


def address_space_cap(pid: int) -> str:
    limits = Path(f"/proc/{pid}/limits").read_text().splitlines()
    return next(line.split()[3] for line in limits if line.startswith("Max address space"))


@pytest.mark.skipif(not Path("/proc/self/limits").exists(), reason="reads the workers' limits in /proc")
def test_a_worker_between_jobs_has_no_cap_for_its_store_to_meet(location: str) -> None:
    """A fresh worker sat capped at exactly what it held until its first job (and an idle one at its last job's
    ceiling): a thread the store started meanwhile could not get its memory, and the process ended (status 127)."""
    async def caps(pool: WorkerPool) -> list[str]:
        (idle,) = pool._idle
        before = address_space_cap(idle.process.pid)
        reply = await pool.run(PageJob("page", ()), BUDGET)
        assert isinstance(reply, PageReply) and reply.status == 200
        return [before, address_space_cap(int(reply.body))]

    with pool(location, renders) as started:
        assert asyncio.run(caps(started)) == ["unlimited", "unlimited"]
