"""Rate-limit headers from a hostile or broken server: every number read is bounded, garbage is
ignored (and logged at DEBUG), and no wait is longer than the caller allowed or negative."""

from __future__ import annotations

import logging
import math
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

import bigcommerce.connection
from bigcommerce._headers import MAX_DIGITS, header_number, retry_after_seconds
from bigcommerce._limiter import MAX_QUOTA, MAX_WINDOW
from bigcommerce._retry import RetryPolicy, reset_seconds
from bigcommerce.api import BigcommerceApi
from bigcommerce.connection import RateLimit, RateLimiter
from bigcommerce.exception import InvalidArgumentError, RateLimitingException

from .conftest import BASIC_AUTH
from .recording_server import RecordingServer

ABSURD_MS = str(10**15)
GARBAGE = ["²", "1e3", "abc", "9" * 400, "", "+5", "1.5", "٣", "--1", "5 5"]


class Waits:
    """A `sleep` that records waits instead of sleeping, and refuses what `time.sleep` would."""

    def __init__(self) -> None:
        self.seen: list[float] = []

    def __call__(self, seconds: float) -> None:
        if not math.isfinite(seconds) or seconds < 0:
            raise AssertionError(f"sleep({seconds!r})")
        self.seen.append(seconds)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> Waits:
    """Every sleep of the connection (retries, rate_limiting_management) recorded, not slept."""
    recorder = Waits()
    monkeypatch.setattr(bigcommerce.connection.time, "sleep", recorder)
    return recorder


# The one parser.


@pytest.mark.parametrize("value", GARBAGE)
def test_garbage_header_numbers_are_ignored_and_logged(
    value: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bigcommerce")
    headers = {"X-Rate-Limit-Time-Reset-Ms": value, "Retry-After": value}
    assert header_number(headers, "X-Rate-Limit-Time-Reset-Ms") is None
    assert reset_seconds(headers) is None
    assert RateLimit().update_from({"X-Rate-Limit-Requests-Left": value}) is False
    assert "X-Rate-Limit-Time-Reset-Ms" in caplog.text
    assert all(r.name == "bigcommerce" and r.levelno == logging.DEBUG for r in caplog.records)
    assert len(caplog.text) < 2000  # a 400-digit value is not copied into the log


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", 0), ("1500", 1500), (" 42\t", 42), ("-5", 0), ("-0", 0), ("9" * MAX_DIGITS, 10**18 - 1)],
)
def test_header_numbers_are_ascii_digits_and_negatives_read_as_zero(
    value: str, expected: int
) -> None:
    assert header_number({"N": value}, "N") == expected


def test_retry_after_is_seconds_or_an_http_date() -> None:
    now = datetime(2030, 1, 1, tzinfo=timezone.utc)
    later = format_datetime(now + timedelta(seconds=90), usegmt=True)
    earlier = format_datetime(now - timedelta(days=3), usegmt=True)
    stamp = now.timestamp()
    assert retry_after_seconds({"Retry-After": "7"}, stamp) == 7
    assert retry_after_seconds({"Retry-After": later}, stamp) == 90
    assert retry_after_seconds({"Retry-After": earlier}, stamp) == 0
    assert retry_after_seconds({"Retry-After": "Sun, 99 Foo 2030 25:61:00 GMT"}, stamp) is None
    assert retry_after_seconds({}, stamp) is None
    # The store's own header wins over Retry-After.
    assert reset_seconds({"X-Rate-Limit-Time-Reset-Ms": "250", "Retry-After": "9"}) == 0.25


def test_a_429_reset_longer_than_max_wait_means_no_retry() -> None:
    policy = RetryPolicy(max_retries=3, max_wait=5.0)
    assert policy.delay(1, "GET", 429, False, 5.0) == 5.0
    assert policy.delay(1, "GET", 429, False, 5.001) is None
    assert policy.delay(1, "GET", 429, False, 10.0**12) is None
    backoff = policy.delay(1, "POST", 429, False, None)
    assert backoff is not None and 0 < backoff <= 5.0


# Over HTTP: a client and the recording server.


@pytest.mark.parametrize("value", ["²", "1e3", "9" * 400, ""])
def test_a_garbage_header_does_not_break_a_200(
    api: BigcommerceApi, server: RecordingServer, value: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bigcommerce")
    headers = {
        "X-Rate-Limit-Requests-Left": value,
        "X-Rate-Limit-Time-Reset-Ms": value,
        "X-Rate-Limit-Requests-Quota": "150",
    }
    server.reply(body=[{"id": 1}], headers=headers)
    assert [p.id for p in api.Products.all()] == [1]
    assert api.connection.rate_limit == {"requests_quota": 150}
    assert "X-Rate-Limit-Requests-Left" in caplog.text


def test_an_absurd_429_reset_raises_at_once_with_retry_after(
    api: BigcommerceApi, server: RecordingServer, waits: Waits
) -> None:
    headers = {"X-Rate-Limit-Time-Reset-Ms": ABSURD_MS, "X-Rate-Limit-Requests-Left": "0"}
    server.reply(429, {}, headers)
    with pytest.raises(RateLimitingException) as info:
        api.Products.all()
    assert info.value.retry_after == 10**12
    assert len(server.requests) == 1
    assert waits.seen == []


def test_a_429_retry_after_longer_than_max_retry_wait_raises(
    api: BigcommerceApi, server: RecordingServer, waits: Waits
) -> None:
    server.reply(429, {}, {"Retry-After": "2"})  # the fixture allows 0.05 s
    server.reply(200, [])
    with pytest.raises(RateLimitingException) as info:
        api.Products.all()
    assert info.value.retry_after == 2.0
    assert len(server.requests) == 1


def test_a_429_with_a_past_http_date_retries_at_once(
    api: BigcommerceApi, server: RecordingServer, waits: Waits
) -> None:
    server.reply(429, {}, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    server.reply(200, [{"id": 3}])
    assert [p.id for p in api.Products.all()] == [3]
    assert len(server.requests) == 2
    assert waits.seen == [0.0]


def test_a_429_with_a_far_http_date_raises(
    api: BigcommerceApi, server: RecordingServer, waits: Waits
) -> None:
    server.reply(429, {}, {"Retry-After": "Fri, 31 Dec 9999 23:59:59 GMT"})
    with pytest.raises(RateLimitingException) as info:
        api.Products.all()
    assert info.value.retry_after > 10**10
    assert len(server.requests) == 1


def test_a_429_with_a_garbage_reset_backs_off_within_max_retry_wait(
    api: BigcommerceApi, server: RecordingServer, waits: Waits
) -> None:
    server.reply(429, {}, {"X-Rate-Limit-Time-Reset-Ms": "9" * 400, "Retry-After": "²"})
    server.reply(200, [])
    assert api.Products.all() == []
    assert len(server.requests) == 2
    assert len(waits.seen) == 1 and 0 < waits.seen[0] <= 0.05


@pytest.mark.parametrize(
    ("reset", "expected"), [("-3000", []), (ABSURD_MS, [0.05]), ("20", [0.02])]
)
def test_rate_limiting_management_waits_within_max_retry_wait_never_negative(
    server: RecordingServer, waits: Waits, reset: str, expected: list[float]
) -> None:
    calls: list[int] = []
    api = BigcommerceApi(
        host=server.url,
        basic_auth=BASIC_AUTH,
        max_retry_wait=0.05,
        rate_limiting_management={
            "min_requests_remaining": 2,
            "wait": True,
            "callback_function": lambda: calls.append(1),
        },
    )
    server.reply(
        body=[], headers={"X-Rate-Limit-Requests-Left": "-7", "X-Rate-Limit-Time-Reset-Ms": reset}
    )
    assert api.Products.all() == []
    assert api.connection.rate_limit["requests_remaining"] == 0
    assert waits.seen == expected
    assert calls == [1]


# The client-side limiter.


def test_a_limiter_shared_by_two_clients_caps_an_absurd_reset(server: RecordingServer) -> None:
    waits = Waits()
    limiter = RateLimiter(max_wait=0.5, sleep=waits)
    server.route(
        "GET",
        "/api/v2/time",
        body={"time": 1},
        headers={
            "X-Rate-Limit-Requests-Left": "0",
            "X-Rate-Limit-Time-Reset-Ms": ABSURD_MS,
            "X-Rate-Limit-Requests-Quota": "²",
            "X-Rate-Limit-Time-Window-Ms": "-30000",
        },
    )
    clients = [
        BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH, rate_limiter=limiter)
        for _ in range(2)
    ]

    def calls(client: BigcommerceApi) -> list[int | None]:
        return [client.Time.all().time for _ in range(3)]

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = [f.result(timeout=30) for f in [pool.submit(calls, c) for c in clients]]
    assert results == [[1, 1, 1], [1, 1, 1]]
    assert len(server.requests) == 6
    assert len(waits.seen) >= 4  # every call after the first answer waited...
    assert all(0 < w <= 0.5 for w in waits.seen)  # ...and never longer than max_wait
    assert (limiter.quota, limiter.window) == (None, None)  # nothing learned from garbage


def test_a_limiter_with_the_real_sleep_survives_an_absurd_reset(server: RecordingServer) -> None:
    limiter = RateLimiter(max_wait=0.01)  # time.sleep(10**12) would raise OverflowError
    server.route(
        "GET",
        "/api/v2/time",
        body={"time": 2},
        headers={"X-Rate-Limit-Requests-Left": "0", "X-Rate-Limit-Time-Reset-Ms": "9" * 18},
    )
    api = BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH, rate_limiter=limiter)
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(lambda: api.Time.all().time) for _ in range(4)]
        assert [f.result(timeout=30) for f in futures] == [2] * 4


def test_the_limiter_bounds_the_quota_and_window_it_learns() -> None:
    waits = Waits()
    limiter = RateLimiter(max_wait=2.0, clock=lambda: 100.0, sleep=waits)
    limiter.observe(
        {"X-Rate-Limit-Requests-Quota": str(10**17), "X-Rate-Limit-Time-Window-Ms": ABSURD_MS}
    )
    assert (limiter.quota, limiter.window) == (MAX_QUOTA, MAX_WINDOW)
    limiter.observe({"X-Rate-Limit-Requests-Quota": "1", "X-Rate-Limit-Time-Window-Ms": "0"})
    assert (limiter.quota, limiter.window) == (1, MAX_WINDOW)  # a zero window is not learned
    limiter.acquire()
    limiter.acquire()  # the quota of 1 is spent for an hour: waits max_wait, then goes
    assert waits.seen == [2.0]


@pytest.mark.parametrize("max_wait", [-1.0, math.inf, math.nan])
def test_the_limiter_refuses_an_unbounded_max_wait(max_wait: float) -> None:
    with pytest.raises(InvalidArgumentError, match="max_wait"):
        RateLimiter(max_wait=max_wait)


def test_a_shared_limiter_waits_no_longer_than_the_clients_max_retry_wait(
    server: RecordingServer,
) -> None:
    waits: list[float] = []
    limiter = RateLimiter(sleep=waits.append)  # its own cap: 60 s
    api = BigcommerceApi(
        host=server.url, basic_auth=BASIC_AUTH, rate_limiter=limiter, max_retry_wait=0.5
    )
    absurd = {"X-Rate-Limit-Requests-Left": "0", "X-Rate-Limit-Time-Reset-Ms": str(10**15)}
    server.route("GET", "/api/v2/time", 200, {"time": 1}, absurd)
    api.connection.get("time")
    api.connection.get("time")
    assert waits and sum(waits) <= 0.5
