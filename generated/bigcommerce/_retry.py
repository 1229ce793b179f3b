# Copied from runtime/_retry.py by codegen (`make generate`); do not edit.
"""When a failed request is sent again, and after how long."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass

from ._headers import header_number, retry_after_seconds

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({500, 502, 503, 504})  # for methods that cannot apply twice


@dataclass(frozen=True)
class RetryPolicy:
    """`max_retries` further attempts at most, no single wait longer than `max_wait` seconds."""

    max_retries: int = 2
    max_wait: float = 60.0
    backoff: float = 0.5

    def delay(
        self, attempt: int, method: str, status: int | None, never_sent: bool, reset: float | None
    ) -> float | None:
        """Seconds to wait before retry `attempt` (1-based), or None when the call must not retry.

        A 429 was refused, so any method may retry once the window resets, unless the server asks
        for a longer wait than `max_wait` (then None: the caller gets `RateLimitingException`, whose
        `retry_after` says how long). A request that provably never left may retry too. Anything
        else that may have been applied (5xx, a read timeout, a dropped connection) retries only
        when repeating it cannot apply it twice.
        """
        if attempt > self.max_retries:
            return None
        if status == 429:
            if reset is None:
                return self._backoff(attempt)
            return reset if reset <= self.max_wait else None
        if never_sent or (
            method in IDEMPOTENT_METHODS and (status is None or status in RETRY_STATUSES)
        ):
            return self._backoff(attempt)
        return None

    def _backoff(self, attempt: int) -> float:
        return min(self.backoff * 2.0 ** (attempt - 1) * (0.5 + random.random()), self.max_wait)


def reset_seconds(headers: Mapping[str, str]) -> float | None:
    """How long the server asked us to wait, in seconds: `X-Rate-Limit-Time-Reset-Ms`, else
    `Retry-After`; None when neither is a readable number (see _headers.py)."""
    reset_ms = header_number(headers, "X-Rate-Limit-Time-Reset-Ms")
    if reset_ms is not None:
        return reset_ms / 1000
    return retry_after_seconds(headers)
