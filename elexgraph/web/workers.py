"""Where client queries and pages run: worker processes, each with the store open read-only.

Oxigraph cannot interrupt a query, a query can crash it (a stack overflow) and a query can ask
for memory without bound. So no client query runs in the server's process: each runs in a worker
with an address-space limit, which is killed at the deadline and replaced when it dies, whatever
it was doing. Simple queries keep their way through: a query still running after `quick` seconds
is a long one, and at most a third of the workers may run long ones, at a lower CPU priority; a
long query beyond that is stopped with 503 and its worker replaced. A page (elexgraph/web/pagejobs.py) is a
job like a query, within the page limits, but takes no long slot: it runs to its own deadline. The pool remembers queries
for a while: one that ran long before goes straight to a long slot (or gets 503 at once when
they are taken), and one that killed two workers in a row gets the same answer again without running (one
death may be the machine's doing, or a build's: the query runs once more before it is blamed).
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import multiprocessing.util
import os
import resource
import shutil
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection

from elexgraph.errors import ElexgraphError, StoreError
from elexgraph.store.base import GraphStore
from elexgraph.web.pagejobs import Budget, PageJob, PageReply, page_budget
from elexgraph.web.site import Site
from elexgraph.web.sparql import Job, Limits, ProtocolError, Reply, execute
from elexgraph.workers import address_space, give_back_freed_memory

# Forked from a small server process that has the modules loaded: a new worker is ready in milliseconds,
# and never a fork of the server's own threads.
_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["elexgraph.web.app"])  # the app's handlers render pages; it imports this module
# The fork server listens on a socket in a pymp-* temporary folder that the server's process removes when it
# exits; killed (kill -9), it cannot. The fork server then sees its parent gone and exits itself: this
# variable tells it the folder, which it removes on the way out.
_SOCKET_FOLDER = "ELEXGRAPH_FORKSERVER_FOLDER"
_NICER = 10  # how much lower a long query's CPU priority is
_RETRY_SECONDS = 0.2
_REMEMBER_SECONDS = 600.0
_REMEMBERED = 1000  # queries remembered at most
_LONG = Reply(0)  # what the pool remembers of a query that ran long but did not kill its worker
# A worker whose resident memory grew by more than this since it started is replaced after its job: what its
# jobs leave behind (the allocators keep freed memory, each newer state of the store opened adds its own) would
# otherwise grow the server across builds.
GROWTH_MB = 96
_PAGE = os.sysconf("SC_PAGE_SIZE")
_log = logging.getLogger("uvicorn.error")  # the server's own log, rate-limited (elexgraph/web/guard.py)
IDLE_REFRESH_SECONDS = 5.0  # how often an idle process holding the store looks for a newer state of it


@dataclass(frozen=True)
class Workspace:
    """What a worker needs to open the store itself, its memory allowance for a query and for a page, and what
    renders a page (elexgraph/web/app.py's render_page: passed, not imported, as the app imports this module)."""

    location: str
    endpoints: dict[str, str]
    site: Site
    memory_mb: int
    page_memory_mb: int
    render: Callable[[GraphStore, Site, PageJob], PageReply]


class WorkerDied(ProtocolError):
    """The worker answering died, not at its memory cap: a crash of the query engine, or of the machine's doing."""


@dataclass(eq=False)
class Worker:
    process: multiprocessing.process.BaseProcess
    connection: Connection
    reniced: bool = field(default=False)
    started_mb: float = field(default=0.0)  # resident once its store was open
    resident_mb: float = field(default=0.0)  # after its last job

    def measure(self) -> float:
        """Its resident memory now, in MB (0 once it has ended)."""
        try:
            with open(f"/proc/{self.process.pid}/statm", encoding="ascii") as statm:
                self.resident_mb = int(statm.read().split()[1]) * _PAGE / 2**20
        except (OSError, IndexError, ValueError):
            self.resident_mb = 0.0
        return self.resident_mb

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.connection.close()


def _remove_socket_folder_at_exit() -> None:
    """In the fork server (which imports this module first thing): remove the socket's folder when it ends."""
    parent, _, folder = os.environ.get(_SOCKET_FOLDER, "").partition(":")
    if parent == str(os.getppid()) and os.path.basename(folder).startswith("pymp-"):
        atexit.register(shutil.rmtree, folder, True)


_remove_socket_folder_at_exit()


def _key(job: Job | PageJob) -> tuple[str, object]:
    if isinstance(job, PageJob):
        return job.key, None
    return job.normal or job.sparql, job.dataset


def query_budget(limits: Limits) -> Budget:
    return Budget(limits.timeout, limits.memory_mb, "query", "narrow it or add a LIMIT",
                  "narrow it or add a LIMIT")


def _serve(connection: Connection, space: Workspace) -> None:
    """A worker's life: open the store, limit its memory, answer jobs until the server goes."""
    from elexgraph.store import open_store

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server decides when a worker ends
    try:
        store = open_store(space.location, read_only=True, **space.endpoints)
    except ElexgraphError as error:
        connection.send(str(error))
        return
    allowance = _Allowance(store)
    connection.send(None)
    while True:
        try:
            if not connection.poll(IDLE_REFRESH_SECONDS):
                # Idle: let go of the files of a state a build has replaced (they may be deleted).
                allowance.look()
                continue
            job = connection.recv()
        except (EOFError, OSError):
            return
        reply = _answer(store, space, allowance, job)
        give_back_freed_memory()  # what the job freed: what the pool measures of the worker is then what it holds
        connection.send(reply)


def _answer(store: GraphStore, space: Workspace, allowance: _Allowance, job: Job | PageJob) -> Reply | PageReply:
    """One job, within its memory allowance, on one state of the store: a query's answer, or a rendered page.
    A job that fails reading a state a build has replaced since (a file of it removed) runs once more on the new one."""
    if isinstance(job, PageJob):
        budget = job.budget or page_budget(0, space.page_memory_mb)
    else:
        budget = query_budget(Limits(memory_mb=space.memory_mb))
    try:
        try:
            return _run_once(store, space, allowance, job, budget)
        except StoreError:
            if store.state(now=True) == allowance.state:
                raise  # the state it read is still the store's: not a build's doing
            return _run_once(store, space, allowance, job, budget)
    except MemoryError:
        return Reply(422, message=budget.too_big())
    except ElexgraphError as error:
        return Reply(503, message=f"the store failed: {error}")


def _run_once(store: GraphStore, space: Workspace, allowance: _Allowance, job: Job | PageJob,
              budget: Budget) -> Reply | PageReply:
    with allowance.capped(budget.memory_mb), store.one_state():
        if not isinstance(job, PageJob):
            return execute(store, space.site, job)
        reply = space.render(store, space.site, job)
    return replace(reply, state=allowance.state)  # what the page was read from, for the server to keep it by


class _Allowance:
    """A worker's address-space ceiling while it runs a job: what it holds with the store's state open, plus what
    the job may take. Between jobs there is none: the store's own threads, started when it needs them, must not
    meet a cap set for a job (the C library ends the process when a thread cannot get its memory).

    A newer state of the store (after a build) is opened outside any job's allowance, and what the worker
    holds is measured again only then: the state takes memory no job asked for, and what jobs leave behind
    cannot raise the ceiling.
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.state = store.state()
        self.held = address_space()

    def look(self) -> None:
        """Open the store's newer state if there is one, and measure what the worker holds with it."""
        state = self.store.state()
        if state != self.state:
            self.state = state
            self.held = address_space()

    @contextmanager
    def capped(self, memory_mb: int) -> Iterator[None]:
        """The block (a job of `memory_mb`) on the store's newest state, within the ceiling."""
        self.look()
        resource.setrlimit(resource.RLIMIT_AS, (self.held + memory_mb * 2**20, resource.RLIM_INFINITY))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def start_worker(space: Workspace) -> Worker:
    """A new worker with the store open (blocks until it is ready)."""
    ours, theirs = _CONTEXT.Pipe()
    process = _CONTEXT.Process(target=_serve, args=(theirs, space), name="elexgraph-query", daemon=True)
    process.start()
    theirs.close()
    worker = Worker(process, ours)
    try:
        failure = ours.recv()
    except EOFError:
        failure = f"the query worker ended at start (exit status {process.exitcode})"
    if failure is not None:
        worker.kill()
        raise StoreError(failure)
    worker.started_mb = worker.measure()
    return worker


class WorkerPool:
    """Runs jobs in `limits.workers` worker processes; every method but start and close runs on the event loop."""

    def __init__(self, space: Workspace, limits: Limits) -> None:
        self.space, self.limits = space, limits
        self._idle: list[Worker] = []
        self._waiting: deque[asyncio.Future[Worker]] = deque()
        self._long_running = 0
        self._threads = ThreadPoolExecutor(max_workers=2 * limits.workers + 2, thread_name_prefix="query-wait")
        self._all: set[Worker] = set()
        self._closed = False
        # Heavy queries, by normal form and dataset (so that a comment or a renamed variable does not make a
        # known query new): when seen, what they did.
        self._known: dict[tuple[str, object], tuple[float, Reply]] = {}

    def __enter__(self) -> WorkerPool:
        """Start the workers (a StoreError when they cannot open the store)."""
        # Read by the fork server as it starts (with the first worker), and by no other process.
        os.environ[_SOCKET_FOLDER] = f"{os.getpid()}:{multiprocessing.util.get_temp_dir()}"
        try:
            for _ in range(self.limits.workers):
                worker = start_worker(self.space)
                self._all.add(worker)
                self._idle.append(worker)
        except BaseException:
            self.close()
            raise
        finally:
            os.environ.pop(_SOCKET_FOLDER, None)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._closed = True
        for worker in list(self._all):
            worker.kill()
        self._threads.shutdown(wait=False, cancel_futures=True)

    async def run(self, job: Job | PageJob, budget: Budget | None = None) -> Reply | PageReply:
        """The job's answer; a ProtocolError naming the limit when it needs more time or memory than `budget`
        (a query's, from the pool's limits, unless given)."""
        budget = budget or query_budget(self.limits)
        known = self._recall(job)
        if known is not None and known is not _LONG:
            return known  # it killed its worker last time: it would again
        try:
            return await self._attempt(job, budget)
        except WorkerDied:
            # A worker can die of what is not the job's doing (the machine, the store's files changing under it):
            # the job runs once more, and only a second death is its own, remembered.
            return await self._attempt(job, budget, again=True)

    async def _attempt(self, job: Job | PageJob, budget: Budget, *, again: bool = False) -> Reply | PageReply:
        """The job run once, in a worker of the pool."""
        long = self._recall(job) is _LONG
        if long and self._long_running >= self.limits.long_slots:
            raise self._long_slots_taken(budget, "it ran long before")
        worker = await self._take(budget)
        try:
            reply = await self._exchange(worker, job, budget, long=long)
        except BaseException as error:
            self._replace(worker)
            if isinstance(error, ProtocolError) and (error.status == 422 or isinstance(error, WorkerDied) and again):
                self._remember(job, Reply(error.status, message=error.message))
            raise
        if worker.reniced or (isinstance(job, PageJob) and job.budget is not None) or \
                worker.measure() > worker.started_mb + GROWTH_MB:
            # A long query's priority cannot be raised back; a worker that computed a summary (given its own,
            # larger budget) holds the hundreds of MB it took, which its allocator keeps, as does one that grew
            # over many jobs: a fresh one takes its place.
            self._replace(worker)
        else:
            self._give_back(worker)
        return reply

    def _recall(self, job: Job | PageJob) -> Reply | None:
        when, reply = self._known.get(_key(job), (0.0, None))
        if reply is not None and time.monotonic() - when > _REMEMBER_SECONDS:
            del self._known[_key(job)]
            return None
        return reply

    def _remember(self, job: Job | PageJob, reply: Reply) -> None:
        self._known.pop(_key(job), None)
        self._known[_key(job)] = (time.monotonic(), reply)
        if len(self._known) > _REMEMBERED:
            del self._known[next(iter(self._known))]  # the oldest

    async def _take(self, budget: Budget) -> Worker:
        if self._idle:
            return self._idle.pop()
        if len(self._waiting) >= self.limits.max_waiting:
            raise self._busy(budget)
        waiter: asyncio.Future[Worker] = asyncio.get_running_loop().create_future()
        self._waiting.append(waiter)
        try:
            await asyncio.wait([waiter], timeout=budget.timeout)
        except asyncio.CancelledError:  # the client went away
            self._withdraw(waiter)
            raise
        if waiter.done():
            return waiter.result()
        self._withdraw(waiter)
        raise self._busy(budget)

    def _withdraw(self, waiter: asyncio.Future[Worker]) -> None:
        if waiter.done():
            self._give_back(waiter.result())  # handed a worker just as the request gave up
        else:
            self._waiting.remove(waiter)
            waiter.cancel()

    def _busy(self, budget: Budget) -> ProtocolError:
        return ProtocolError(503, f"all {self.limits.workers} query workers stayed busy for "
                                  f"{budget.timeout:g} s; try again shortly")

    def _give_back(self, worker: Worker) -> None:
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        self._idle.append(worker)

    async def _exchange(self, worker: Worker, job: Job | PageJob, budget: Budget, *, long: bool) -> Reply | PageReply:
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(self._threads, worker.connection.send, job)
        except OSError:  # it died idle
            raise self._died(worker, job, budget) from None
        if isinstance(job, PageJob):
            # The site's own pages: bounded by the page limits, they take no long slot and are never turned away
            # for one (a page that ran long once would otherwise get 503 whenever heavy queries held the slots).
            await self._await_answer(worker, budget, budget.timeout)
        elif long:
            await self._run_long(worker, budget, budget.timeout, "it ran long before")
        else:
            quick = min(self.limits.quick, budget.timeout)
            if not await loop.run_in_executor(self._threads, worker.connection.poll, quick):
                self._remember(job, _LONG)
                await self._run_long(worker, budget, budget.timeout - quick, f"it ran over {quick:g} s")
        try:
            return await loop.run_in_executor(self._threads, worker.connection.recv)
        except (EOFError, OSError):
            raise self._died(worker, job, budget) from None

    async def _run_long(self, worker: Worker, budget: Budget, seconds: float, why: str) -> None:
        """Let a long query go on to the deadline, in one of the long slots at a lower priority."""
        if self._long_running >= self.limits.long_slots:
            raise self._long_slots_taken(budget, why)
        self._long_running += 1
        try:
            worker.reniced = True
            with suppress(ProcessLookupError):  # it has just died: reading its answer tells how
                os.setpriority(os.PRIO_PROCESS, worker.process.pid, _NICER)
            await self._await_answer(worker, budget, seconds)
        finally:
            self._long_running -= 1

    async def _await_answer(self, worker: Worker, budget: Budget, seconds: float) -> None:
        """Wait up to `seconds` for the worker's answer (or its end); 504 past them."""
        if not await asyncio.get_running_loop().run_in_executor(self._threads, worker.connection.poll, seconds):
            raise ProtocolError(504, budget.overtime())

    def _long_slots_taken(self, budget: Budget, why: str) -> ProtocolError:
        return ProtocolError(503, f"this is a long {budget.what} ({why}) and {self._long_running} long queries "
                                  "or pages are running already; try again shortly")

    def _died(self, worker: Worker, job: Job | PageJob, budget: Budget) -> ProtocolError:
        worker.process.join(timeout=1)
        code = worker.process.exitcode or 0
        cause = signal.Signals(-code).name if code < 0 else f"exit status {code}"
        _log.warning("query worker %s ended (%s) at %.0f MB resident after its last job, answering %.200r",
                     worker.process.pid, cause, worker.resident_mb, _key(job)[0])
        if code == -signal.SIGABRT:  # Rust aborts when an allocation fails
            return ProtocolError(422, budget.too_big())
        return WorkerDied(500, f"the query engine failed on this {budget.what} ({cause}); the endpoint goes on")

    def _replace(self, worker: Worker) -> None:
        """Kill the worker and start another in the background: the pool is one short until it is ready."""
        self._all.discard(worker)
        loop = asyncio.get_running_loop()

        def renew() -> None:
            worker.kill()
            while not self._closed:
                try:
                    fresh = start_worker(self.space)
                except StoreError:
                    time.sleep(_RETRY_SECONDS)  # a writer is replacing the store's files right now
                    continue
                self._all.add(fresh)
                loop.call_soon_threadsafe(self._give_back, fresh)
                return

        self._threads.submit(renew)
