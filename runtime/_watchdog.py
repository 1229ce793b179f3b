"""The deadline of an attempt while its request is sent and its status line and headers arrive.

A socket timeout bounds each read, not their sum: a server that sends its status line and headers
a byte at a time, each within the read timeout, could hold a call for as long as it liked. So the
connections of the client's session (see _session.py) register their socket with one watchdog
thread while they send a request and wait for its headers; if the attempt's deadline passes
first, the watchdog shuts the socket down and the blocked read returns. The body is read
afterwards within the same deadline by _body.py, which shrinks the socket's timeout instead.

The deadline of the attempt under way in a thread is `ATTEMPT_DEADLINE` (a `time.monotonic()`
value, or None for none), set by the connection around each request.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

T = TypeVar("T")

#: The deadline of the attempt this thread is making (`time.monotonic()`), or None.
ATTEMPT_DEADLINE: ContextVar[float | None] = ContextVar(
    "bigcommerce_attempt_deadline", default=None
)


class _Watch:
    __slots__ = ("sock",)

    def __init__(self, sock: socket.socket) -> None:
        self.sock: socket.socket | None = sock  # None once done with, or shut down


class Watchdog:
    """One daemon thread that shuts down the sockets whose deadline has passed."""

    def __init__(self) -> None:
        self._wake = threading.Condition(threading.Lock())
        self._heap: list[tuple[float, int, _Watch]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None
        self._done = 0  # entries of the heap no longer watched, not yet removed

    @contextlib.contextmanager
    def watching(self, sock: socket.socket | None, deadline: float) -> Iterator[None]:
        """Shut `sock` down if this block is still running at `deadline`."""
        if sock is None:  # not connected yet: the connect timeout bounds that step
            yield
            return
        watch = _Watch(sock)
        with self._wake:
            heapq.heappush(self._heap, (deadline, next(self._order), watch))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="bigcommerce-deadline", daemon=True
                )
                self._thread.start()
            elif self._heap[0][2] is watch:
                self._wake.notify()
        try:
            yield
        finally:
            with self._wake:
                if watch.sock is not None:  # done in time (else the watchdog popped it)
                    watch.sock = None  # never touched again
                    self._done += 1
                    self._drop_done()

    def _drop_done(self) -> None:
        """Remove finished entries (the lock held): those at the top, and all of them once they
        are most of the heap, so that it holds about as many entries as calls under way."""
        heap = self._heap
        while heap and heap[0][2].sock is None:
            heapq.heappop(heap)
            self._done -= 1
        if self._done > 32 and self._done * 2 > len(heap):
            heap[:] = [entry for entry in heap if entry[2].sock is not None]
            heapq.heapify(heap)
            self._done = 0

    def _run(self) -> None:
        with self._wake:
            while True:
                self._drop_done()
                if not self._heap:
                    self._wake.wait()
                    continue
                left = self._heap[0][0] - time.monotonic()
                if left > 0:
                    self._wake.wait(left)
                    continue
                watch = heapq.heappop(self._heap)[2]
                sock, watch.sock = watch.sock, None
                if sock is not None:
                    with contextlib.suppress(OSError):  # already closed
                        sock.shutdown(socket.SHUT_RDWR)


WATCHDOG = Watchdog()


def _watched(call: Callable[..., T]) -> Callable[..., T]:
    """`call` (a connection's `request` or `getresponse`) under the attempt's deadline."""

    def method(self: HTTPConnection, *args: Any, **kwargs: Any) -> T:
        deadline = ATTEMPT_DEADLINE.get()
        if deadline is None:
            return call(self, *args, **kwargs)
        with WATCHDOG.watching(self.sock, deadline):
            return call(self, *args, **kwargs)

    return method


class DeadlineHTTPConnection(HTTPConnection):
    request = _watched(HTTPConnection.request)
    getresponse = _watched(HTTPConnection.getresponse)


class DeadlineHTTPSConnection(HTTPSConnection):
    request = _watched(HTTPSConnection.request)
    getresponse = _watched(HTTPSConnection.getresponse)  # type: ignore[assignment]


class DeadlineHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = DeadlineHTTPConnection


class DeadlineHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = DeadlineHTTPSConnection


#: The pool classes a `PoolManager` uses for the watched connections.
POOL_CLASSES = {"http": DeadlineHTTPConnectionPool, "https": DeadlineHTTPSConnectionPool}
