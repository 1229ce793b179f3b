# Copied from runtime/_headers.py by codegen (`make generate`); do not edit.
"""Numbers read from a server's headers: the one parser every rate-limit reading goes through.

A header number is ASCII digits only, at most `MAX_DIGITS` of them, with an optional leading `-`
(a negative count or delay is read as 0). Anything else (`²`, `1e3`, `abc`, an empty value, a
number too long to mean anything) is ignored and logged at DEBUG on the "bigcommerce" logger.
`Retry-After` may also be an HTTP date (RFC 9110); a date in the past means 0.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Mapping
from datetime import timezone
from email.utils import parsedate_to_datetime

log = logging.getLogger("bigcommerce")

#: More digits than this is not a count or a delay the SDK could act on: the value is ignored.
MAX_DIGITS = 18
_NUMBER = re.compile(rf"(-?)([0-9]{{1,{MAX_DIGITS}}})")


def header_number(headers: Mapping[str, str], name: str) -> int | None:
    """The header `name` as a non-negative int, or None when it is absent or not a number."""
    value = headers.get(name)
    if value is None:
        return None
    return _number(name, value)


def _number(name: str, value: str) -> int | None:
    match = _NUMBER.fullmatch(value.strip(" \t"))
    if match is None:
        log.debug("ignored the header %s: not a number: %.40r", name, value)
        return None
    return 0 if match[1] else int(match[2])


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """`Retry-After` in seconds from `now` (a Unix time, default the current time): a number of
    seconds or an HTTP date (0 when it has passed); None when absent or unreadable."""
    value = headers.get("Retry-After")
    if value is None:
        return None
    if _NUMBER.fullmatch(value.strip(" \t")):
        return _number("Retry-After", value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        log.debug("ignored the header Retry-After: neither seconds nor a date: %.40r", value)
        return None
    if when.tzinfo is None:  # `-0000`: UTC, by RFC 5322
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RateLimit(dict[str, int]):
    """The last rate-limit headers seen: `ms_until_reset`, `window_size_ms`,
    `requests_remaining`, `requests_quota`. Updated in place, also after errors and 429s; a
    header that is not a number is left out (negative numbers read as 0)."""

    _HEADERS = (
        ("ms_until_reset", "X-Rate-Limit-Time-Reset-Ms"),
        ("window_size_ms", "X-Rate-Limit-Time-Window-Ms"),
        ("requests_remaining", "X-Rate-Limit-Requests-Left"),
        ("requests_quota", "X-Rate-Limit-Requests-Quota"),
    )

    def update_from(self, headers: Mapping[str, str]) -> bool:
        """Record the rate-limit headers of `headers`; True when at least one was a number."""
        seen = False
        for key, header in self._HEADERS:
            value = header_number(headers, header)
            if value is not None:
                self[key] = value
                seen = True
        return seen
