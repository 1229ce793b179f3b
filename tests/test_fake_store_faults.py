"""Fault injection in the fake store, seen through the client: latency, 5xx, 429 bursts, dropped
connections, truncated JSON; per route, off by default, and the same on every run for a seed."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import requests

from bigcommerce.exception import (
    HttpException,
    RateLimitingException,
    ResponseDecodeError,
    ServerException,
)
from bigcommerce.testing import FakeStore, Faults
from bigcommerce.testing.faults import FaultInjector

SHOP = {"Brands": [{"name": "Acme"}, {"name": "Globex"}]}


@pytest.fixture
def store() -> Iterator[FakeStore]:
    with FakeStore(fixtures=SHOP) as fresh:
        yield fresh


def statuses(store: FakeStore, requests_made: int) -> list[int]:
    """The status of each of `requests_made` calls to `Brands.all`, without retries."""
    api = store.client(max_retries=0)
    out = []
    for _ in range(requests_made):
        try:
            api.Brands.all()
            out.append(200)
        except HttpException as exc:
            out.append(exc.status_code or 0)
    return out


def test_faults_are_off_by_default(store: FakeStore) -> None:
    assert not store.faults.active
    assert statuses(store, 20) == [200] * 20


def test_added_latency(store: FakeStore) -> None:
    store.set_faults(Faults(latency_ms=120))
    started = time.monotonic()
    store.client().Brands.get(1)
    assert time.monotonic() - started >= 0.12


def test_server_errors(store: FakeStore) -> None:
    store.set_faults(Faults(error_rate=1.0))
    with pytest.raises(ServerException) as exc:
        store.client(max_retries=0).Brands.all()
    assert exc.value.status_code in (500, 502, 503)
    assert exc.value.body["status"] == exc.value.status_code
    assert set(statuses(store, 30)) == {500, 502, 503}


def test_a_share_of_errors_is_retried_away(store: FakeStore) -> None:
    store.set_faults(Faults(error_rate=0.3, error_statuses=(503,)), seed=1)
    api = store.client(max_retries=6, max_retry_wait=0.001)
    assert all(len(api.Brands.all()) == 2 for _ in range(20))
    assert 0 < statuses(store, 30).count(503) < 30


def test_429_bursts(store: FakeStore) -> None:
    store.set_faults(Faults(burst_rate=1.0, burst_reset_ms=5))
    with pytest.raises(RateLimitingException) as exc:
        store.client(max_retries=0).Brands.all()
    assert exc.value.retry_after == 0.005
    assert exc.value.headers["X-Rate-Limit-Requests-Left"] == "0"


def test_bursts_last_burst_length_requests() -> None:
    injector = FaultInjector(Faults(burst_rate=0.2, burst_length=3), seed=5)
    runs, current = [], 0
    for _ in range(300):
        if injector.decide("Brands", "all").status == 429:
            current += 1
        elif current:
            runs.append(current)
            current = 0
    assert runs and all(run % 3 == 0 for run in runs)


def test_dropped_connections(store: FakeStore) -> None:
    store.set_faults(route_faults={"Brands.get": Faults(drop_rate=1.0)})
    with pytest.raises(requests.exceptions.RequestException):
        store.client(max_retries=0).Brands.get(1)


def test_a_dropped_write_was_applied(store: FakeStore) -> None:
    store.set_faults(route_faults={"Brands.create": Faults(drop_rate=1.0)})
    with pytest.raises(requests.exceptions.RequestException):
        store.client(max_retries=0).Brands.create(name="Initech")
    assert len(store.state.ids("Brands")) == 3


def test_truncated_json(store: FakeStore) -> None:
    store.set_faults(route_faults={"Brands": Faults(truncate_rate=1.0)})
    with pytest.raises(ResponseDecodeError):
        store.client(max_retries=0).Brands.get(1)
    with pytest.raises(ResponseDecodeError):
        store.client(max_retries=0).Brands.all()


def test_route_faults_leave_other_routes_alone(store: FakeStore) -> None:
    store.set_faults(route_faults={"Brands.get": Faults(error_rate=1.0)})
    api = store.client(max_retries=0)
    assert len(api.Brands.all()) == 2
    assert api.Products.count() == 0
    with pytest.raises(ServerException):
        api.Brands.get(1)


def test_the_same_seed_gives_the_same_faults() -> None:
    faults = Faults(error_rate=0.4, burst_rate=0.1, burst_length=2)
    runs = []
    for seed in (7, 7, 8):
        with FakeStore(fixtures=SHOP, faults=faults, seed=seed) as store:
            runs.append(statuses(store, 40))
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]
    assert {200, 429} <= set(runs[0])


def test_faults_are_checked() -> None:
    with pytest.raises(ValueError):
        Faults(error_rate=1.5)
    with pytest.raises(ValueError):
        Faults(error_statuses=(404,))
