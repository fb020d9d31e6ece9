"""Work with a deadline: in this process (an alarm signal), or in worker processes killed and replaced at it,
with a cap on the memory a worker may take.

The worker processes are spawned, not forked: they share nothing with a parent that may hold a
store's threads, and unlike the forkserver they leave no temporary folder behind when killed.
A worker that overruns its deadline, crashes or is killed costs only the input it was working on;
a worker whose parent dies finds its pipe closed and exits.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from typing import Generic, TypeVar

_PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
Item = TypeVar("Item")
Result = TypeVar("Result")


class Overtime(BaseException):
    """The time limit passed. A BaseException, so that no `except Exception` in the work can swallow it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise Overtime in the block once it has used `seconds` of processor time. Processor time, not time on the
    clock: a runaway uses the processor, while work on a busy machine waits for it and must not be stopped for
    waiting. Signals reach only the main thread, so elsewhere this sets no limit (run such work in worker
    processes instead, whose parent also stops them by the clock)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGPROF, _overtime)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _overtime(signum: int, frame: object) -> None:
    raise Overtime


def in_workers(work: Callable[[Item], Result], items: Sequence[Item], processes: int, deadline: float,
               failed: Callable[[Item, str], Result]) -> Iterator[tuple[int, Result]]:
    """(index, work(item)) for each item, in the order they finish, from `processes` worker processes.
    An item whose worker has not answered within `deadline` seconds, or died, gets failed(item, why)."""
    pending = deque(enumerate(items))
    context = multiprocessing.get_context("spawn")
    pool = [Worker(context, work) for _ in range(min(processes, len(items)))]
    try:
        for worker in pool:
            worker.take(pending)
        while any(worker.job for worker in pool):
            busy = [worker for worker in pool if worker.job]
            soonest = min(worker.started for worker in busy) + deadline
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                         timeout=max(0.0, soonest - time.monotonic()))
            for slot, worker in enumerate(pool):
                if not worker.job:
                    continue
                outcome = worker.outcome(ready, deadline, failed)
                if outcome is None:
                    continue
                yield outcome
                if not worker.process.is_alive():
                    worker.stop()
                    pool[slot] = worker = Worker(context, work)
                worker.take(pending)
    finally:
        for worker in pool:
            worker.stop()


class Worker(Generic[Item, Result]):
    def __init__(self, context: multiprocessing.context.SpawnContext, work: Callable[[Item], Result]) -> None:
        self.conn, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs, work), daemon=True, name="elexgraph-worker")
        self.process.start()
        theirs.close()
        self.job: tuple[int, Item] | None = None
        self.started = 0.0

    def take(self, pending: deque[tuple[int, Item]]) -> None:
        self.job = pending.popleft() if pending else None
        if self.job:
            self.started = time.monotonic()
            self.conn.send(self.job)

    def outcome(self, ready: list[object], deadline: float,
                failed: Callable[[Item, str], Result]) -> tuple[int, Result] | None:
        """The finished job's (index, result), its failure if the worker died or overran, else None."""
        assert self.job is not None
        index, item = self.job
        if self.conn in ready or self.process.sentinel in ready:
            try:
                if self.conn.poll():
                    answered, result = self.conn.recv()
                    return answered, result
            except (EOFError, OSError):
                pass
            self.process.join()
            return index, failed(item, f"the extraction process died (exit status {self.process.exitcode})")
        if time.monotonic() - self.started >= deadline:
            self.process.kill()
            self.process.join()
            return index, failed(item, f"no result within {deadline:g} s; the extraction was stopped")
        return None

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def limit_memory(memory_mb: int) -> int:
    """Cap this process's address space at what it holds now plus `memory_mb`: past it, allocation fails
    (Python raises MemoryError; Oxigraph, in Rust, aborts the process). Returns the ceiling."""
    ceiling = address_space() + memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, resource.RLIM_INFINITY))
    return ceiling


def give_back_freed_memory() -> None:
    """Hand the memory this process has freed back to the system. The C library keeps freed memory for reuse, in
    one arena per thread that allocated it: a server whose threads take turns reading pages and states of the
    store grows by what each of them once held (glibc only; elsewhere nothing is done)."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


def address_space() -> int:
    """The address space this process holds now, in bytes (what an address-space cap counts)."""
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker when its parent dies, so a killed build leaves none running
    (elsewhere a worker exits when it next finds its pipe closed)."""
    if not sys.platform.startswith("linux"):
        return
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:  # it died before the request was made
        os._exit(1)


def _serve(conn: Connection, work: Callable[[Item], Result]) -> None:
    """A worker: run each job the parent sends until its pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
    _die_with_parent()
    while True:
        try:
            index, item = conn.recv()
        except EOFError:
            return
        conn.send((index, work(item)))
