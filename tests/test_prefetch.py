"""`iterall(prefetch=N)`: every item once and in order, at most N + 1 pages in flight, fetching
ahead only while the rate limit allows, against real HTTP servers on 127.0.0.1. Nothing is timed.
"""

from __future__ import annotations

import contextlib
import inspect
import itertools
import logging
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import InvalidArgumentError, ServerException
from bigcommerce.testing import FakeStore

from .conftest import BASIC_AUTH, STORE_HASH
from .operation_picks import cursor_listing
from .recording_server import Recorded, RecordingServer


class Listing:
    """`total` products served by a recording server, page by page, recording which pages were
    asked for and how many page requests were in flight at once."""

    held = (1, 2)  # the pages `hold_two_pages` holds until both have arrived

    def __init__(
        self,
        server: RecordingServer,
        total: int,
        *,
        count: int | None = None,
        remaining: int = 1000,
        hold_two_pages: bool = False,
        failing_page: int | None = None,
        no_count: bool = False,
    ) -> None:
        self.items = [{"id": n, "name": f"Product {n}"} for n in range(1, total + 1)]
        self.count = total if count is None else count
        self.remaining = remaining
        self.failing_page = failing_page
        self.no_count = no_count
        self.requested: list[int] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        # The two `held` pages each wait, inside their handlers, until the other has arrived:
        # both are then in flight together whichever reaches the server first, which proves that
        # pages are fetched ahead without timing anything (the timeout only keeps a broken prefetch
        # from hanging the test).
        self._hold = hold_two_pages
        self._first_two = threading.Barrier(2)
        self.register(server)

    def register(self, server: RecordingServer) -> None:
        server.handle("GET", "/api/v2/products", self.page)
        server.handle("GET", "/api/v2/products/count", self.counted)

    def answer(self, number: int, limit: int, chunk: list[dict[str, Any]]) -> tuple[int, Any]:
        return (200, chunk) if chunk else (204, None)

    def headers(self) -> dict[str, str]:
        return {
            "X-Rate-Limit-Requests-Left": str(self.remaining),
            "X-Rate-Limit-Requests-Quota": "1000",
            "X-Rate-Limit-Time-Reset-Ms": "20000",
            "X-Rate-Limit-Time-Window-Ms": "30000",
        }

    def counted(self, request: Recorded) -> tuple[int, Any, dict[str, str]]:
        if self.no_count:
            return 404, {"title": "Not Found"}, self.headers()
        return 200, {"count": self.count}, self.headers()

    def page(self, request: Recorded) -> tuple[int, Any, dict[str, str]]:
        number = int(request.query["page"])
        limit = int(request.query["limit"])
        with self._lock:
            self.requested.append(number)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self._hold and number in self.held:
                with contextlib.suppress(threading.BrokenBarrierError):
                    self._first_two.wait(timeout=10)
            if number == self.failing_page:
                return 500, {"title": "boom"}, self.headers()
            chunk = self.items[(number - 1) * limit : number * limit]
            return (*self.answer(number, limit, chunk), self.headers())
        finally:
            with self._lock:
                self.in_flight -= 1


class V3Listing(Listing):
    """The same, as the current API serves `catalog/products`: `{data, meta.pagination}`, where
    `total_pages` tells where the listing ends (`with_totals=False` leaves the totals out).
    Only the first page tells it, so the pages held together are the two after it."""

    held = (2, 3)

    def __init__(self, server: RecordingServer, total: int, *, with_totals: bool = True,
                 **options: Any) -> None:  # fmt: skip
        self.with_totals = with_totals
        super().__init__(server, total, **options)

    def register(self, server: RecordingServer) -> None:
        server.handle("GET", f"/stores/{STORE_HASH}/v3/catalog/products", self.page)

    def answer(self, number: int, limit: int, chunk: list[dict[str, Any]]) -> tuple[int, Any]:
        pagination: dict[str, Any] = {
            "count": len(chunk),
            "per_page": limit,
            "current_page": number,
        }
        if self.with_totals:
            pagination["total"] = self.count
            pagination["total_pages"] = -(-self.count // limit)
        return 200, {"data": chunk, "meta": {"pagination": pagination}}


@pytest.fixture
def client(server: RecordingServer) -> BigcommerceApi:
    return BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH, max_retries=0)


def _ids(items: Iterator[Any]) -> list[int]:
    return [item.id for item in items]


# Against the fake store: the same items, in the same order, as without prefetch.


@pytest.fixture(scope="module")
def store() -> Iterator[FakeStore]:
    products = [
        {"name": f"Product {n}", "price": "1.00", "is_visible": n % 3 != 0} for n in range(230)
    ]
    with FakeStore(fixtures={"Products": products}) as fake:
        yield fake


@pytest.mark.parametrize(
    ("filters", "prefetch"),
    [
        ({"limit": 25}, 3),  # 9 full pages and a short one
        ({"limit": 46}, 2),  # exactly 5 full pages: the 6th comes back empty
        ({"limit": 25, "page": 4}, 4),  # from page 4 on
        ({"limit": 250}, 4),  # one short page
        ({"limit": 10, "is_visible": True}, 2),  # the count is of the filtered listing
        ({"limit": 10, "page": 30}, 2),  # past the end
        ({"limit": 7}, 10),
    ],
)
def test_prefetch_yields_what_paging_yields(
    store: FakeStore, filters: dict[str, Any], prefetch: int
) -> None:
    api = store.client()
    expected = _ids(api.Products.iterall(**filters))
    got = _ids(api.Products.iterall(prefetch=prefetch, **filters))
    assert got == expected
    assert len(set(got)) == len(got)


def test_prefetch_on_subresources(store: FakeStore) -> None:
    api = store.client()
    parent = api.Products.all(limit=1)[0]
    for n in range(7):
        api.ProductCustomFields.create(parent.id, name=f"field {n}", text="x")
    expected = _ids(api.ProductCustomFields.iterall(parent.id, limit=2))
    assert len(expected) == 7
    assert _ids(api.ProductCustomFields.iterall(parent.id, limit=2, prefetch=3)) == expected
    # Without a parent id: `products/custom_fields`, counted at `products/custom_fields/count`.
    everywhere = _ids(api.ProductCustomFields.iterall(limit=3))
    assert _ids(api.ProductCustomFields.iterall(limit=3, prefetch=2)) == everywhere


def test_prefetch_is_offered_where_a_count_tells_the_total(store: FakeStore) -> None:
    api = store.client()
    assert "prefetch" in inspect.signature(api.Products.iterall).parameters
    assert "prefetch" in inspect.signature(api.ProductSkus.iterall).parameters
    # Unpaged: one request, nothing to fetch ahead.
    assert "prefetch" not in inspect.signature(api.OrderStatuses.iterall).parameters


# Against a recording server: what was asked for, and when.


def test_pages_are_fetched_ahead_and_at_most_prefetch_plus_one_at_a_time(
    server: RecordingServer, client: BigcommerceApi
) -> None:
    listing = Listing(server, 95, hold_two_pages=True)
    seen: list[int] = []
    for product in client.Products.iterall(limit=10, prefetch=3):
        if product.id % 10 == 1:  # the first item of page k: pages after k + 3 not asked yet
            page = product.id // 10 + 1
            assert max(listing.requested) <= page + 3
        seen.append(product.id)
    assert seen == list(range(1, 96))
    assert sorted(listing.requested) == list(range(1, 11))  # each page once, none past the last
    assert 2 <= listing.max_in_flight <= 4  # page 2 was asked for while page 1 was held
    counts = [r for r in server.requests if r.path == "/api/v2/products/count"]
    assert len(counts) == 1 and counts[0].query == {}


def test_no_fetching_ahead_while_few_requests_remain(
    server: RecordingServer, client: BigcommerceApi
) -> None:
    listing = Listing(server, 95, remaining=3)  # at most `prefetch` left: one page at a time
    assert _ids(client.Products.iterall(limit=10, prefetch=3)) == list(range(1, 96))
    assert listing.requested == list(range(1, 11))
    assert listing.max_in_flight == 1


def test_rate_limiting_management_reserve_also_holds_back_prefetch(server: RecordingServer) -> None:
    listing = Listing(server, 40, remaining=8)
    api = BigcommerceApi(
        host=server.url,
        basic_auth=BASIC_AUTH,
        max_retries=0,
        rate_limiting_management={"min_requests_remaining": 10},
    )
    assert _ids(api.Products.iterall(limit=10, prefetch=2)) == list(range(1, 41))
    assert listing.max_in_flight == 1


def test_a_listing_that_grew_after_the_count_is_read_to_the_end(
    server: RecordingServer, client: BigcommerceApi
) -> None:
    listing = Listing(server, 95, count=30)  # the count says 3 full pages: 4 are planned
    assert _ids(client.Products.iterall(limit=10, prefetch=3)) == list(range(1, 96))
    assert sorted(listing.requested) == list(range(1, 11))


def test_a_listing_that_shrank_stops_at_its_short_page(
    server: RecordingServer, client: BigcommerceApi
) -> None:
    listing = Listing(server, 25, count=95)
    assert _ids(client.Products.iterall(limit=10, prefetch=2)) == list(range(1, 26))
    assert len(set(listing.requested)) == len(listing.requested)
    assert max(listing.requested) <= 3 + 2  # nothing past the short page and what was in flight


def test_without_a_count_the_pages_come_one_at_a_time(
    server: RecordingServer, client: BigcommerceApi, caplog: pytest.LogCaptureFixture
) -> None:
    listing = Listing(server, 35, no_count=True)
    with caplog.at_level(logging.WARNING, logger="bigcommerce"):
        assert _ids(client.Products.iterall(limit=10, prefetch=3)) == list(range(1, 36))
    assert listing.requested == [1, 2, 3, 4]
    assert listing.max_in_flight == 1
    assert "no prefetch" in caplog.text


def test_an_error_is_raised_when_its_page_is_reached(
    server: RecordingServer, client: BigcommerceApi
) -> None:
    Listing(server, 95, failing_page=3)
    seen: list[int] = []
    with pytest.raises(ServerException):
        for product in client.Products.iterall(limit=10, prefetch=3):
            seen.append(product.id)
    assert seen == list(range(1, 21))


def test_stopping_early_requests_nothing_more(
    server: RecordingServer, client: BigcommerceApi
) -> None:
    listing = Listing(server, 95)
    products = client.Products.iterall(limit=10, prefetch=2)
    assert next(products).id == 1
    products.close()  # waits for the requests under way: nothing is asked for after this
    asked = list(listing.requested)
    assert max(asked) <= 3
    assert _ids(client.Products.iterall(limit=10, prefetch=2))[-1] == 95  # starts afresh
    assert sorted(listing.requested[len(asked) :]) == list(range(1, 11))


@pytest.mark.parametrize("prefetch", [-1, 11, True, 1.5, "2"])
def test_prefetch_is_a_small_page_count(client: BigcommerceApi, prefetch: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="prefetch"):
        next(client.Products.iterall(prefetch=prefetch))


# The current API: `meta.pagination` of the first page tells how many pages there are.


def test_v3_pages_are_fetched_ahead_up_to_the_last_one(
    server: RecordingServer, v3_client: BigcommerceApi
) -> None:
    listing = V3Listing(server, 100, hold_two_pages=True)  # exactly 10 pages of 10
    seen = [product.id for product in v3_client.catalog.products.iterall(limit=10, prefetch=3)]
    assert seen == list(range(1, 101))
    assert sorted(listing.requested) == list(range(1, 11))  # no 11th: total_pages said 10
    assert 2 <= listing.max_in_flight <= 4


def test_v3_pages_come_one_at_a_time_without_totals(
    server: RecordingServer, v3_client: BigcommerceApi
) -> None:
    listing = V3Listing(server, 35, with_totals=False)
    ids = [p.id for p in v3_client.catalog.products.iterall(limit=10, prefetch=3)]
    assert ids == list(range(1, 36))
    assert listing.requested == [1, 2, 3, 4]
    assert listing.max_in_flight == 1


def test_v3_an_error_is_raised_when_its_page_is_reached(
    server: RecordingServer, v3_client: BigcommerceApi
) -> None:
    V3Listing(server, 95, failing_page=3)
    seen: list[int] = []
    with pytest.raises(ServerException):
        for product in v3_client.catalog.products.iterall(limit=10, prefetch=3):
            seen.append(product.id)
    assert seen == list(range(1, 21))


def test_v3_prefetch_yields_what_paging_yields() -> None:
    with FakeStore() as fake:
        for n in range(230):
            fake.state.nodes.seed("v3", "catalog/brands", values={"name": f"brand {n:03d}"})
        brands = fake.client(oauth=True).catalog.brands
        for query in ({"limit": 25}, {"limit": 46}, {"limit": 25, "page": 4}, {"limit": 250}):
            expected = [b.id for b in brands.iterall(**query)]
            assert [b.id for b in brands.iterall(prefetch=3, **query)] == expected
        assert len(expected) == 230
        # A listing that also documents cursors ("offset+cursor") is paged by number too.
        for n in range(23):
            fake.state.nodes.seed("v3", "orders/{}/metafields", [7], values={"key": f"k{n}"})
        metafields = fake.client(oauth=True).orders.metafields
        expected = [m.id for m in metafields.iterall(7, limit=5)]
        assert len(expected) == 23
        assert [m.id for m in metafields.iterall(7, limit=5, prefetch=2)] == expected


def test_v3_prefetch_is_offered_where_pages_are_numbered(v3_client: BigcommerceApi) -> None:
    assert "prefetch" in inspect.signature(v3_client.catalog.products.iterall).parameters
    # Cursor pages: each names the next, so there is nothing to fetch ahead.
    by_cursor = cursor_listing().node(v3_client).iterall
    assert "prefetch" not in inspect.signature(by_cursor).parameters
    with pytest.raises(InvalidArgumentError, match="prefetch"):
        next(v3_client.catalog.products.iterall(prefetch=11))


def test_v3_a_failing_first_page_is_the_error_not_a_warning(
    server: RecordingServer, v3_client: BigcommerceApi, caplog: pytest.LogCaptureFixture
) -> None:
    listing = V3Listing(server, 95, failing_page=1)
    with caplog.at_level(logging.WARNING, logger="bigcommerce"), pytest.raises(ServerException):
        next(v3_client.catalog.products.iterall(limit=10, prefetch=3))
    assert listing.requested == [1]
    assert "no prefetch" not in caplog.text


def test_v3_an_endpoint_that_ignores_page_numbers_is_read_once(
    server: RecordingServer, v3_client: BigcommerceApi
) -> None:
    full_page = {"data": [{"id": n} for n in range(1, 11)], "meta": {"pagination": {}}}
    server.route("GET", f"/stores/{STORE_HASH}/v3/catalog/products", body=full_page)
    products = itertools.islice(v3_client.catalog.products.iterall(limit=10), 50)  # no hang
    assert [p.id for p in products] == list(range(1, 11))
    assert [r.query["page"] for r in server.requests] == ["1", "2"]
