"""Shared clients across threads, the client-side rate limiter, and secrets kept out of text."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from bigcommerce.api import BigcommerceApi
from bigcommerce.connection import RateLimiter
from bigcommerce.exception import UnauthorizedException
from bigcommerce.models import CustomerAuthentication

from .conftest import ACCESS_TOKEN, BASIC_AUTH, CLIENT_ID, STORE_HASH
from .recording_server import RecordingServer


class FakeClock:
    """A clock that moves only when the limiter sleeps, so waits are counted exactly."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_limiter_allows_quota_per_window_then_waits() -> None:
    clock = FakeClock()
    limiter = RateLimiter(quota=3, window=10.0, clock=clock, sleep=clock.sleep)
    for _ in range(3):
        limiter.acquire()
    assert clock.slept == []
    limiter.acquire()
    assert clock.slept == [10.0]


def test_limiter_learns_the_quota_and_honours_an_empty_window() -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    limiter.acquire()
    limiter.observe(
        {
            "X-Rate-Limit-Requests-Quota": "2",
            "X-Rate-Limit-Time-Window-Ms": "4000",
            "X-Rate-Limit-Requests-Left": "0",
            "X-Rate-Limit-Time-Reset-Ms": "1500",
        }
    )
    assert (limiter.quota, limiter.window) == (2, 4.0)
    limiter.acquire()
    assert clock.slept == [1.5]


def test_limiter_paces_a_client_shared_by_threads(server: RecordingServer) -> None:
    clock = FakeClock()
    lock = threading.Lock()

    def sleep(seconds: float) -> None:
        with lock:
            clock.sleep(seconds)

    limiter = RateLimiter(quota=5, window=1.0, clock=clock, sleep=sleep)
    api = BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH, rate_limiter=limiter)
    server.route("GET", "/api/v2/time", body={"time": 1})
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: api.Time.all().time, range(20)))
    assert results == [1] * 20
    assert len(server.requests) == 20
    assert clock.now >= 3.0  # 20 calls at 5 a second need at least three further windows


def test_one_client_is_safe_to_share_across_threads(server: RecordingServer) -> None:
    api = BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH)
    for i in range(40):
        server.route("GET", f"/api/v2/products/{i}", body={"id": i, "name": f"p{i}"})

    def fetch(i: int) -> tuple[int, str | None]:
        product = api.Products.get(i)
        return product.id or 0, product.name

    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(fetch, range(40)))
    assert got == [(i, f"p{i}") for i in range(40)]
    assert len(server.requests) == 40


def test_the_token_never_reaches_logs_reprs_or_errors(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("BC_API_ENDPOINT", server.url)
    api = BigcommerceApi(
        client_id=CLIENT_ID, store_hash=STORE_HASH, access_token=ACCESS_TOKEN, max_retry_wait=0.01
    )
    caplog.set_level(logging.DEBUG)
    server.reply(503)
    server.reply(body=[])
    api.Orders.all()
    server.route("GET", f"/stores/{STORE_HASH}/v2/orders/1", 401, {"title": "no"})
    with pytest.raises(UnauthorizedException) as info:
        api.Orders.get(1)
    texts = [caplog.text, str(info.value), repr(info.value), repr(api), repr(api.connection)]
    assert "503" in caplog.text  # the retry was logged
    for text in texts:
        assert ACCESS_TOKEN not in text


def test_credentials_in_models_are_left_out_of_repr() -> None:
    auth = CustomerAuthentication.model_validate({"force_reset": True, "password": "hunter2"})
    assert "hunter2" not in repr(auth) and "hunter2" not in str(auth)
    assert auth["password"] == "hunter2"
