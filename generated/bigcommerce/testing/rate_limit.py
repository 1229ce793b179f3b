# Copied from runtime/testing/rate_limit.py by codegen (`make generate`); do not edit.
"""BigCommerce's rate limit: a quota of requests per window, reported on every response.

Every response carries `X-Rate-Limit-Requests-Left`, `-Requests-Quota`, `-Time-Reset-Ms` and
`-Time-Window-Ms`. A window opens with the first request after the previous one ended; once the
quota is spent, requests get 429 until the window resets.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["RateLimit", "RateLimiter"]


@dataclass(frozen=True)
class RateLimit:
    """`quota` requests per `window_ms` milliseconds."""

    quota: int = 10_000
    window_ms: int = 30_000

    def __post_init__(self) -> None:
        if self.quota < 1 or self.window_ms < 1:
            raise ValueError("a rate limit needs a quota and a window of at least 1")


class RateLimiter:
    """Counts requests against a `RateLimit` (thread-safe)."""

    def __init__(
        self, limit: RateLimit | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self.configure(limit or RateLimit())

    def configure(self, limit: RateLimit) -> None:
        """Use another limit from now on; the current window starts over."""
        with self._lock:
            self.limit = limit
            self._window_start: float | None = None
            self._used = 0

    def take(self) -> tuple[bool, list[tuple[str, str]]]:
        """Count one request: whether it may proceed, and the headers to send with it."""
        with self._lock:
            now = self._clock()
            self._roll(now)
            allowed = self._used < self.limit.quota
            if allowed:
                self._used += 1
            return allowed, self._headers(now)

    def headers(self) -> list[tuple[str, str]]:
        """The current state as headers, without counting a request."""
        with self._lock:
            now = self._clock()
            self._roll(now)
            return self._headers(now)

    def _roll(self, now: float) -> None:
        window = self.limit.window_ms / 1000
        if self._window_start is None or now - self._window_start >= window:
            self._window_start = now
            self._used = 0

    def _headers(self, now: float) -> list[tuple[str, str]]:
        start = self._window_start if self._window_start is not None else now
        reset_ms = max(0, math.ceil(self.limit.window_ms - (now - start) * 1000))
        return [
            ("X-Rate-Limit-Requests-Left", str(self.limit.quota - self._used)),
            ("X-Rate-Limit-Requests-Quota", str(self.limit.quota)),
            ("X-Rate-Limit-Time-Reset-Ms", str(reset_ms)),
            ("X-Rate-Limit-Time-Window-Ms", str(self.limit.window_ms)),
        ]
