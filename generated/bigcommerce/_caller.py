# Copied from runtime/_caller.py by codegen (`make generate`); do not edit.
"""Where a warning points: the first frame of the caller's code, outside this package."""

from __future__ import annotations

import os
import sys

_PACKAGE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def caller_level() -> int:
    """The `stacklevel`, for `warnings.warn` in the function calling this, of the first frame
    outside this package (the caller's code)."""
    frame = sys._getframe(1)
    level = 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level
