"""The client against a failing, rate-limited fake store: counts of what succeeded, what raised
and what the store holds afterwards.

The store fails about a third of its requests (5xx before applying, connections dropped and bodies
cut short after applying) and rate-limits the rest. Every read must end in success, no write may be
applied twice, and only the SDK's own exceptions may escape.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import BigcommerceException
from bigcommerce.testing import FakeStore, Faults, RateLimit

FAULTS = Faults(
    error_rate=0.2, drop_rate=0.07, truncate_rate=0.07, burst_rate=0.02, burst_reset_ms=20
)
CALLS = 1000


@pytest.fixture(scope="module")
def store() -> Iterator[FakeStore]:
    with FakeStore(seed=11, rate_limit=RateLimit(quota=60, window_ms=100)) as running:
        api = running.client()
        for i in range(60):
            api.Products.create(
                name=f"seed-{i}", type="physical", price="1.00", weight=1, categories=[1],
                availability="available",
            )  # fmt: skip
        running.set_faults(FAULTS, seed=11)
        yield running


def _client(store: FakeStore) -> BigcommerceApi:
    # Retries enough that a read survives a run of failures; short waits keep the test fast.
    return store.client(max_retries=12, max_retry_wait=0.02, timeout=2.0)


def _products(store: FakeStore) -> list[dict[str, Any]]:
    route = store.state.schema.routes["Products"]
    return store.state.find(route)


def test_a_mixed_workload_under_faults(store: FakeStore) -> None:
    api = _client(store)
    rng = random.Random(5)
    ids = [p["id"] for p in _products(store)]
    outcomes: Counter[str] = Counter()
    raised: Counter[str] = Counter()
    written: dict[str, bool] = {}  # marker -> the client saw success
    reads: list[tuple[str, Callable[[], object]]] = [
        ("get", lambda: api.Products.get(rng.choice(ids))),
        ("all", lambda: api.Products.all(limit=20, page=rng.randint(1, 3))),
        ("count", lambda: api.Products.count()),
        ("update", lambda: api.Products.update(rng.choice(ids), sort_order=rng.randint(0, 9))),
    ]
    for i in range(CALLS):
        if rng.random() < 0.25:
            marker = f"write-{i}"
            try:
                api.Products.create(
                    name=marker, type="physical", price="2.00", weight=1, categories=[1],
                    availability="available",
                )  # fmt: skip
                written[marker] = True
                outcomes["write ok"] += 1
            except BigcommerceException as exc:
                written[marker] = False
                raised[type(exc).__name__] += 1
            continue
        name, call = rng.choice(reads)
        call()  # reads and idempotent updates must always succeed in the end
        outcomes[f"{name} ok"] += 1

    store.set_faults(None)
    names = Counter(p["name"] for p in _products(store) if str(p["name"]).startswith("write-"))
    assert all(count == 1 for count in names.values()), "a write was applied twice"
    for marker, succeeded in written.items():
        if succeeded:
            assert names[marker] == 1, f"{marker} succeeded but is not stored"
    assert sum(outcomes.values()) + sum(raised.values()) == CALLS
    assert set(raised) <= {"ServerException", "TransportException", "ResponseDecodeError"}
    assert raised, "the faults should make some writes fail"
    store.set_faults(FAULTS, seed=11)


def test_iterall_yields_each_item_once_under_faults(store: FakeStore) -> None:
    api = _client(store)
    expected = sorted(p["id"] for p in _products(store))
    seen = [p.id for p in api.Products.iterall(limit=7)]
    assert seen == expected


def test_no_thread_hangs_and_every_call_ends(store: FakeStore) -> None:
    api = _client(store)
    ids = [p["id"] for p in _products(store)][:20]
    errors: list[BaseException] = []
    done = Counter[str]()
    lock = threading.Lock()

    def work(offset: int) -> None:
        for i in range(25):
            try:
                api.Products.get(ids[(offset + i) % len(ids)])
                with lock:
                    done["ok"] += 1
            except BaseException as exc:  # anything at all is recorded, not lost
                with lock:
                    errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a thread hung"
    assert errors == []
    assert done["ok"] == 100
    assert time.monotonic() - start < 60
