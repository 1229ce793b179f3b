# Copied from runtime/_gc.py by codegen (`make generate`); do not edit.
"""Cyclic garbage collection held off while a list answer becomes models.

Validating a 250-item page creates thousands of objects that all stay alive until the page is
used. Each of them counts towards Python's collection thresholds, so the collector runs
repeatedly in the middle of the page, finds nothing to free, and promotes the whole page towards
the oldest generation, whose full collections then walk the entire heap. On a page of products
that is over a third of the time validation takes (`make bench`). Reference counting still
frees everything as usual meanwhile; only the search for reference cycles waits, and it resumes
as soon as the page is built.

The collector is process-wide, so the pause is shared: threads parsing at the same time
(prefetching iterators) hold it together, and it ends when the last one is done. Where the
collector was already off, it is left off.
"""

from __future__ import annotations

import gc
import threading
from types import TracebackType

_lock = threading.Lock()
_holders = 0
_resume = False  # whether the pause turned the collector off (and so must turn it back on)


class GcPause:
    """`with GC_PAUSE:` runs its block with cyclic garbage collection held off."""

    def __enter__(self) -> None:
        global _holders, _resume
        with _lock:
            if _holders == 0:
                _resume = gc.isenabled()
                gc.disable()
            _holders += 1

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        global _holders
        with _lock:
            _holders -= 1
            if _holders == 0 and _resume:
                gc.enable()


GC_PAUSE = GcPause()
