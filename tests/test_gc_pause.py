"""Cyclic garbage collection is held off while a list answer becomes models, and always given
back: after the page, after a failure, with other threads parsing, and never turned on where the
application had turned it off."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from bigcommerce._gc import GC_PAUSE
from bigcommerce.testing import FakeStore


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_off_only_inside() -> None:
    gc.enable()
    with GC_PAUSE:
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failure_inside_gives_it_back() -> None:
    gc.enable()
    with pytest.raises(ZeroDivisionError), GC_PAUSE:
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_an_application_that_turned_it_off_keeps_it_off() -> None:
    gc.disable()
    with GC_PAUSE:
        pass
    assert not gc.isenabled()


def test_the_pause_ends_with_the_last_of_overlapping_holders() -> None:
    gc.enable()
    first_in = threading.Event()
    second_in = threading.Event()
    first_out = threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        with GC_PAUSE:
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with GC_PAUSE:
            second_in.set()
            first_out.wait(5)
            seen["after the first left"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == {"after the first left": False}
    assert gc.isenabled()


def test_pages_leave_the_collector_as_they_found_it() -> None:
    with FakeStore(seed_demo=True) as store:
        api = store.client()
        gc.enable()
        assert len(api.Products.all(limit=250)) == 250
        for n in range(60):
            store.state.nodes.seed("v3", "catalog/brands", values={"name": f"brand {n}"})
        assert len(store.client(oauth=True).catalog.brands.all(limit=50)) == 50
        assert gc.isenabled()
        gc.disable()
        assert len(api.Products.all(limit=250)) == 250
        assert not gc.isenabled()
        # A page that does not match its model (kept lenient) gives it back too.
        products = store.state.schema.routes["Products"]
        stored = store.state.get(products, 1, live=True)
        assert stored is not None
        stored["categories"] = "not a list"
        gc.enable()
        assert api.Products.all(limit=5)[0]["categories"] == "not a list"
        assert gc.isenabled()
