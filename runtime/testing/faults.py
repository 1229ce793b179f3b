"""Fault injection: slow, failing, rate-limited and broken answers, for testing clients.

`Faults` says what to inject and how often; `FaultInjector` applies a store-wide `Faults` and
per-route overrides keyed `"Products"` (every verb of a resource) or `"Products.get"` (one verb;
verbs: all, get, create, update, delete, delete_all, count); an imported operation is keyed by its
node and verb the same way (`"catalog.products"`, `"catalog.products.update_many"`). Everything is
off by default.

Given a seed, the faults are the same on every run: each key draws from its own random stream, so
the answers one route gets do not depend on requests to other routes.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["FaultDecision", "FaultInjector", "Faults"]

_STORE_WIDE = "*"


@dataclass(frozen=True)
class Faults:
    """What goes wrong, as shares of requests (0 to 1).

    - `latency_ms` (+ up to `jitter_ms`): added before every answer.
    - `error_rate`: answered with one of `error_statuses` (the request is not applied).
    - `burst_rate`: starts a burst of `burst_length` 429 answers, which say the window resets in
      `burst_reset_ms` (the request is not applied).
    - `drop_rate`: the request is applied, then the connection closes halfway through the body.
    - `truncate_rate`: the request is applied, and the JSON body is cut short (a complete HTTP
      answer whose body does not parse).
    """

    latency_ms: float = 0.0
    jitter_ms: float = 0.0
    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = (500, 502, 503)
    burst_rate: float = 0.0
    burst_length: int = 3
    burst_reset_ms: int = 100
    drop_rate: float = 0.0
    truncate_rate: float = 0.0

    def __post_init__(self) -> None:
        for name in ("error_rate", "burst_rate", "drop_rate", "truncate_rate"):
            share = getattr(self, name)
            if not 0.0 <= share <= 1.0:
                raise ValueError(f"Faults.{name} is a share between 0 and 1, not {share}")
        if not self.error_statuses or any(s < 500 or s > 599 for s in self.error_statuses):
            raise ValueError("Faults.error_statuses must be 5xx statuses")
        if self.burst_length < 1 or self.latency_ms < 0 or self.jitter_ms < 0:
            raise ValueError("Faults: burst_length must be positive and latencies not negative")


@dataclass(frozen=True)
class FaultDecision:
    """What to do to one request."""

    delay_s: float = 0.0
    status: int | None = None  # answer with this status instead (429 or 5xx)
    reset_ms: int = 0  # for a 429
    drop: bool = False
    truncate: bool = False


_NOTHING = FaultDecision()


class FaultInjector:
    """Decides, request by request, which faults to inject (thread-safe)."""

    def __init__(
        self,
        faults: Faults | None = None,
        routes: Mapping[str, Faults] | None = None,
        seed: int | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self.configure(faults, routes, seed)

    def configure(
        self,
        faults: Faults | None = None,
        routes: Mapping[str, Faults] | None = None,
        seed: int | None = None,
    ) -> None:
        """Replace the configuration; random streams and bursts start over."""
        with self._lock:
            self._config: dict[str, Faults] = dict(routes or {})
            if faults is not None:
                self._config[_STORE_WIDE] = faults
            self._seed = seed
            self._streams: dict[str, random.Random] = {}
            self._bursts: dict[str, int] = {}

    @property
    def active(self) -> bool:
        return bool(self._config)

    def decide(self, class_name: str | None, verb: str | None) -> FaultDecision:
        """The faults for one request to `class_name`'s `verb` (None for unknown paths)."""
        if not self._config:
            return _NOTHING
        with self._lock:
            key = self._key(class_name, verb)
            if key is None:
                return _NOTHING
            return self._draw(key, self._config[key])

    def _key(self, class_name: str | None, verb: str | None) -> str | None:
        for key in (f"{class_name}.{verb}", class_name, _STORE_WIDE):
            if key in self._config:
                return key
        return None

    def _draw(self, key: str, faults: Faults) -> FaultDecision:
        stream = self._streams.get(key)
        if stream is None:
            stream = (
                random.Random(f"{self._seed}:{key}") if self._seed is not None else random.Random()
            )
            self._streams[key] = stream
        # Always draw the same numbers in the same order, so a seed fixes the whole sequence.
        jitter, burst, error, which, drop, truncate = (stream.random() for _ in range(6))
        delay = (faults.latency_ms + jitter * faults.jitter_ms) / 1000
        remaining = self._bursts.get(key, 0)
        if remaining == 0 and burst < faults.burst_rate:
            remaining = faults.burst_length
        if remaining > 0:
            self._bursts[key] = remaining - 1
            return FaultDecision(delay, 429, reset_ms=faults.burst_reset_ms)
        if error < faults.error_rate:
            statuses = faults.error_statuses
            return FaultDecision(delay, statuses[int(which * len(statuses)) % len(statuses)])
        return FaultDecision(
            delay, drop=drop < faults.drop_rate, truncate=truncate < faults.truncate_rate
        )
