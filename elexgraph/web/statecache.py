"""What the server computes from one state of the store, kept until the store changes.

A page of a large store can read tens of thousands of facts, and /void and the index pages' lists read every
graph: asked again and again they would hold the workers. So the server keeps what it computed for the state
of the store it was computed on (GraphStore.state: the files as last seen), and computes each thing by one
request at a time: a crowd of requests for it waits for one computation instead of running one each. A newer
state of the store empties the cache.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import TypeVar

from elexgraph.web.sparql import ProtocolError

T = TypeVar("T")


class StateCache:
    """Values by key for one state of the store, the `entries` most recently used; `keep` says which computed
    values are kept (a value not kept is still given to the requests that waited for it)."""

    UNKNOWN_STATE_SECONDS = 60.0  # a store that cannot say when it changed is computed again after this

    def __init__(self, entries: int) -> None:
        self.entries = entries
        self._state: object = object()
        self._values: OrderedDict[Hashable, object] = OrderedDict()
        self._locks: dict[Hashable, asyncio.Lock] = {}

    async def get(self, state: object, key: Hashable, compute: Callable[[], Awaitable[T]],
                  keep: Callable[[T], bool] = lambda _: True) -> T:
        """The value of `key` in `state` (None: a store that cannot tell), computed by `compute` if not known.

        A computation stopped at a limit (a ProtocolError but 503, busy) is kept as that error: asking again in
        the same state gets it without computing again."""
        if state is None:
            state = ("unknown", int(time.monotonic() // self.UNKNOWN_STATE_SECONDS))
        self._move_to(state)
        lock = self._locks.setdefault(key, asyncio.Lock())
        try:
            async with lock:
                if key not in self._values:
                    try:
                        value: object = await compute()
                        kept = keep(value)  # type: ignore[arg-type]
                    except ProtocolError as error:
                        if error.status == 503:
                            raise  # busy: another request may try again
                        value, kept = error, True
                    if not kept or state != self._state:  # the store changed meanwhile: good for this request only
                        return self._given(value)
                    self._values[key] = value
                    while len(self._values) > self.entries:
                        self._values.popitem(last=False)
                self._values.move_to_end(key)
                return self._given(self._values[key])
        finally:
            if not lock.locked():
                self._locks.pop(key, None)

    def _move_to(self, state: object) -> None:
        if state != self._state:
            self._state = state
            self._values.clear()

    @staticmethod
    def _given(value: object) -> T:  # type: ignore[type-var]
        if isinstance(value, ProtocolError):
            raise value
        return value  # type: ignore[return-value]
