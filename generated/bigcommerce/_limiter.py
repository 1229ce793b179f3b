# Copied from runtime/_limiter.py by codegen (`make generate`); do not edit.
"""An opt-in client-side pacer that keeps a store's calls under its quota, shared by threads."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Mapping

from ._retry import reset_seconds


class RateLimiter:
    """At most `quota` requests start in any `window` seconds, across every thread using it.

    Quota and window are learned from the store's `X-Rate-Limit-Requests-Quota` and
    `X-Rate-Limit-Time-Window-Ms` headers unless given; when the store says no request is left,
    every caller waits until its window resets. Pass one instance to several clients of the same
    store to share the budget: `BigcommerceApi(..., rate_limiter=RateLimiter())`.
    """

    def __init__(
        self,
        quota: int | None = None,
        window: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.quota = quota
        self.window = window
        self._fixed = quota is not None and window is not None
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._starts: deque[float] = deque()
        self._blocked_until = 0.0

    def acquire(self) -> None:
        """Block until one more request may start, then count it."""
        while True:
            with self._lock:
                wait = self._wait(self._clock())
                if wait <= 0:
                    self._starts.append(self._clock())
                    return
            self._sleep(wait)

    def _wait(self, now: float) -> float:
        window, quota = self.window, self.quota
        if window is not None:
            while self._starts and self._starts[0] <= now - window:
                self._starts.popleft()
        wait = self._blocked_until - now
        if quota is not None and window is not None and len(self._starts) >= quota:
            wait = max(wait, self._starts[0] + window - now)
        return wait

    def observe(self, headers: Mapping[str, str]) -> None:
        """Learn from a response's rate-limit headers."""
        with self._lock:
            if not self._fixed:
                quota = headers.get("X-Rate-Limit-Requests-Quota", "")
                window_ms = headers.get("X-Rate-Limit-Time-Window-Ms", "")
                if quota.isdigit() and int(quota) > 0:
                    self.quota = int(quota)
                if window_ms.isdigit() and int(window_ms) > 0:
                    self.window = int(window_ms) / 1000
            if headers.get("X-Rate-Limit-Requests-Left") == "0":
                reset = reset_seconds(headers)
                if reset is not None:
                    self._blocked_until = max(self._blocked_until, self._clock() + reset)
