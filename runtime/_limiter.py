"""An opt-in client-side pacer that keeps a store's calls under its quota, shared by threads."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping

from ._headers import header_number
from ._retry import reset_seconds
from .exception import InvalidArgumentError

#: The largest quota learned from a store (requests per window); a larger one is read as this.
MAX_QUOTA = 100_000
#: The longest window learned from a store, in seconds (BigCommerce's are 30 s or less); a
#: longer one is read as this.
MAX_WINDOW = 3600.0


class RateLimiter:
    """At most `quota` requests start in any `window` seconds, across every thread using it.

    Quota and window are learned from the store's `X-Rate-Limit-Requests-Quota` and
    `X-Rate-Limit-Time-Window-Ms` headers unless given (at most `MAX_QUOTA` requests and
    `MAX_WINDOW` seconds: larger values are read as those); when the store says no request is
    left, every caller waits until its window resets. Pass one instance to several clients of
    the same store to share the budget: `BigcommerceApi(..., rate_limiter=RateLimiter())`.

    No call waits longer than `max_wait` seconds in all, whatever the store said: after that the
    request is sent anyway and a 429 is handled by the client's retry policy.
    """

    def __init__(
        self,
        quota: int | None = None,
        window: float | None = None,
        *,
        max_wait: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if quota is not None and not (isinstance(quota, int) and quota > 0):
            raise InvalidArgumentError(f"quota must be a positive int, not {quota!r}")
        for name, value in (("window", window), ("max_wait", max_wait)):
            if value is not None and not (
                isinstance(value, (int, float)) and math.isfinite(value) and value >= 0
            ):
                raise InvalidArgumentError(f"{name} must be a finite number >= 0, not {value!r}")
        self.quota = quota
        self.window = window
        self.max_wait: float = float(max_wait)
        self._fixed = quota is not None and window is not None
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._starts: deque[float] = deque()
        self._blocked_until = 0.0

    def acquire(self, max_wait: float | None = None) -> None:
        """Block until one more request may start, then count it: `max_wait` seconds at most
        (the limiter's own, or the caller's when shorter: a client passes its `max_retry_wait`)."""
        budget = self.max_wait if max_wait is None else max(0.0, min(self.max_wait, max_wait))
        while True:
            with self._lock:
                wait = min(self._wait(self._clock()), budget)
                if wait <= 0:
                    self._starts.append(self._clock())
                    return
            budget -= wait
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
        """Learn from a response's rate-limit headers (bounded as the class says)."""
        with self._lock:
            if not self._fixed:
                quota = header_number(headers, "X-Rate-Limit-Requests-Quota")
                window_ms = header_number(headers, "X-Rate-Limit-Time-Window-Ms")
                if quota:
                    self.quota = min(quota, MAX_QUOTA)
                if window_ms:
                    self.window = min(window_ms / 1000, MAX_WINDOW)
            if header_number(headers, "X-Rate-Limit-Requests-Left") == 0:
                reset = reset_seconds(headers)
                if reset is not None:
                    until = self._clock() + min(reset, self.max_wait)
                    self._blocked_until = max(self._blocked_until, until)
