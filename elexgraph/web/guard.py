"""Connections a client may hold, and how much the server may log: what keeps idle or slow clients (slowloris)
from locking others out or filling the disk.

uvicorn closes a connection that stays idle after an answer (--timeout-keep-alive) and answers 503 past
a number of connections in all (--limit-concurrency), but it waits for ever for the head of a request,
and lets one address take every connection. The HTTP protocol here adds both limits: a request's head
must arrive within `header_seconds` of the connection opening (or of the last answer on it), and one
address holds at most `per_client` connections at once; past that, a new one is answered 503 and closed.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter

from uvicorn.protocols.http.h11_impl import H11Protocol

_REFUSAL = b"too many connections from this address at once; wait\n"
_TOO_MANY = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
             b"Content-Length: %d\r\n\r\n%s" % (len(_REFUSAL), _REFUSAL))


def guarded_protocol(header_seconds: float, per_client: int) -> type[H11Protocol]:
    """uvicorn's HTTP/1.1 protocol with a deadline for each request's head and a cap on connections per address."""
    open_by_address: Counter[str] = Counter()

    class Guarded(H11Protocol):
        _address = ""
        _head_deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._address = self.client[0] if self.client else ""
            open_by_address[self._address] += 1
            if open_by_address[self._address] > per_client:
                self.logger.warning("refused a connection: %s holds %d already", self._address, per_client)
                transport.write(_TOO_MANY)
                transport.close()
                return
            self._await_head()

        def _await_head(self) -> None:
            """Close the connection unless a new request's head has arrived within the deadline."""
            if self._head_deadline is not None:
                self._head_deadline.cancel()
            waiting_after = self.cycle

            def expire() -> None:
                if self.cycle is waiting_after and not self.transport.is_closing():
                    self.transport.close()

            self._head_deadline = self.loop.call_later(header_seconds, expire)

        def on_response_complete(self) -> None:
            self._await_head()  # before the next cycle starts: a pipelined request already there counts as arrived
            super().on_response_complete()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._head_deadline is not None:
                self._head_deadline.cancel()
            open_by_address[self._address] -= 1
            if open_by_address[self._address] <= 0:
                del open_by_address[self._address]
            super().connection_lost(exc)

    return Guarded


class RateLimited(logging.Filter):
    """At most `lines` log records each `window` seconds; the next one let through says how many were dropped."""

    def __init__(self, lines: int = 20, window: float = 10.0) -> None:
        super().__init__()
        self.lines, self.window = lines, window
        self._started, self._passed, self._dropped = time.monotonic(), 0, 0

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        if now - self._started >= self.window:
            self._started, self._passed = now, 0
        if self._passed >= self.lines:
            self._dropped += 1
            return False
        self._passed += 1
        if self._dropped:
            record.msg = f"({self._dropped} log lines dropped before this one) {record.msg}"
            self._dropped = 0
        return True


def limit_logging(*names: str) -> None:
    """Rate-limit what the named loggers write (a flood of bad connections would otherwise fill the disk)."""
    limit = RateLimited()
    for name in names:
        logging.getLogger(name).addFilter(limit)
