"""Whole-dataset answers (dumps, the Graph Store Protocol's default graph) written as they are read.

The store is read and written out a few thousand quads at a time by one thread of its own (a store
iterator may only be used by the thread that made it), a few chunks ahead of the client: the
server's memory stays flat however large the dataset, and a client that goes away stops the thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator

from starlette.concurrency import run_in_threadpool


AHEAD = 4  # chunks written before the client has read them
_WAIT = 0.5  # seconds between looks at whether the client went away


class _End:
    """What the producing thread puts last: nothing more (with the error that stopped it, if one did)."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


async def from_thread(produce: Callable[[], Iterator[bytes]]) -> AsyncIterator[bytes]:
    """The chunks `produce()` yields, made in a thread of their own and handed over a bounded queue."""
    pending: queue.Queue[bytes | _End] = queue.Queue(maxsize=AHEAD)
    gone = threading.Event()

    def hand_over(item: bytes | _End) -> bool:
        while not gone.is_set():
            try:
                pending.put(item, timeout=_WAIT)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for chunk in produce():
                if not hand_over(chunk):
                    return
        except Exception as error:  # noqa: BLE001 - the client learns the answer was cut short
            hand_over(_End(error))
            return
        hand_over(_End())

    threading.Thread(target=run, name="elexgraph-stream", daemon=True).start()
    try:
        while True:
            item = await run_in_threadpool(_next, pending)
            if isinstance(item, _End):
                if item.error is not None:
                    raise item.error
                return
            if item is not None:
                yield item
    finally:
        gone.set()


def _next(pending: queue.Queue[bytes | _End]) -> bytes | _End | None:
    try:
        return pending.get(timeout=_WAIT)
    except queue.Empty:
        return None
