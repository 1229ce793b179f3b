"""Timing and memory helpers shared by the benchmark runner and the old client's script.

Standard library only: `old_client.py` imports this file inside the old client's throwaway
environment, where this package is not installed.
"""

from __future__ import annotations

import gc
import statistics
import time
import tracemalloc
from collections.abc import Callable, Iterable, Mapping
from typing import Any

MB = 1024 * 1024


def per_call(fn: Callable[[], Any], calls: int) -> float:
    """Seconds per call of `fn`, over `calls` calls in a row."""
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def interleaved(
    variants: Mapping[str, Callable[[], Any]],
    calls: int,
    rounds: int,
    cpu: dict[str, float] | None = None,
) -> dict[str, float]:
    """Median seconds per call of each variant; the variants take turns, round after round, so
    a slow spell of the machine affects them alike. One untimed call each warms them up.
    `cpu`, when given, receives the median seconds of this process's CPU per call (what the
    client spends, without the time it waits for the server)."""
    for fn in variants.values():
        fn()
    samples: dict[str, list[float]] = {name: [] for name in variants}
    cpu_samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, fn in variants.items():
            cpu_start = time.process_time()
            samples[name].append(per_call(fn, calls))
            cpu_samples[name].append((time.process_time() - cpu_start) / calls)
    if cpu is not None:
        cpu.update({name: statistics.median(s) for name, s in cpu_samples.items()})
    return {name: statistics.median(s) for name, s in samples.items()}


def peak_traced(fn: Callable[[], Any]) -> float:
    """The peak of Python memory allocated while `fn` runs (tracemalloc), in bytes."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        fn()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return float(peak - base)


def consume(items: Iterable[Any], limit: int | None = None) -> int:
    """Iterate over `items` (at most `limit` of them) keeping none; returns how many there were."""
    count = 0
    for _ in items:
        count += 1
        if limit is not None and count >= limit:
            break
    return count


def raw_iterate(session: Any, url: str, limit: int = 250, total: int | None = None) -> int:
    """What `iterall` does, by hand: `requests` + `.json()` page after page until a short page."""
    page, count = 1, 0
    while True:
        res = session.get(url, params={"page": page, "limit": limit})
        res.raise_for_status()
        items = res.json() if res.content else []
        count += len(items)
        if len(items) < limit or (total is not None and count >= total):
            return count
        page += 1
