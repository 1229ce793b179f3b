"""Listings always end: a server whose cursors or page numbers lead back to where the listing has
already been gets `PaginationError`, at once and without a retry; an endpoint that ignores paging
(the same page again) ends the listing quietly. Every listing here is read through
`itertools.islice`, so a missing guard fails the test instead of hanging it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest

from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import PaginationError, ResponseDecodeError

from .conftest import ACCESS_TOKEN, BASIC_AUTH, CLIENT_ID, STORE_HASH
from .operation_picks import cursor_listing
from .recording_server import Recorded, RecordingServer

PRODUCTS = f"/stores/{STORE_HASH}/v3/catalog/products"
#: More items than any listing here has: a listing that reaches it never ended.
BOUND = 200


def _cursor_page(uuids: list[str], end_cursor: str | None) -> dict[str, Any]:
    cursor: dict[str, Any] = {"count": len(uuids), "per_page": 2, "links": {}}
    if end_cursor is not None:
        cursor["end_cursor"] = end_cursor
        cursor["links"]["next"] = f"?after={end_cursor}&limit=2"
    return {"data": [{"uuid": u} for u in uuids], "meta": {"cursor_pagination": cursor}}


def _serve_cursors(server: RecordingServer, pages: dict[str | None, dict[str, Any]]) -> None:
    """Answer each listing request with the page for its `after` (None: the first page)."""

    def answer(request: Recorded) -> tuple[int, Any]:
        return 200, pages[request.query.get("after")]

    server.handle("GET", cursor_listing().path, answer)


def _projects(client: BigcommerceApi, **query: Any) -> Iterator[str]:
    items = itertools.islice(cursor_listing().node(client).iterall(**query), BOUND)
    return (project["uuid"] for project in items)


def _afters(server: RecordingServer) -> list[str | None]:
    return [request.query.get("after") for request in server.requests]


@pytest.fixture
def retrying_client(server: RecordingServer) -> BigcommerceApi:
    """A v3 client that would retry a garbled answer: the error must still come at once."""
    return BigcommerceApi(
        client_id=CLIENT_ID,
        store_hash=STORE_HASH,
        access_token=ACCESS_TOKEN,
        host=server.url,
        max_retries=3,
        max_retry_wait=0.01,
    )


# Cursors.


def test_a_normal_cursor_listing_reads_every_page(
    server: RecordingServer, v3_client: BigcommerceApi
) -> None:
    _serve_cursors(
        server,
        {
            None: _cursor_page(["p1", "p2"], "A"),
            "A": _cursor_page(["p3", "p4"], "B"),
            "B": _cursor_page(["p5"], None),
        },
    )
    assert list(_projects(v3_client)) == ["p1", "p2", "p3", "p4", "p5"]
    assert _afters(server) == [None, "A", "B"]


def test_a_cursor_that_comes_back_later_raises(
    server: RecordingServer, retrying_client: BigcommerceApi
) -> None:
    # A, B, A: not the previous cursor, but one the listing followed before.
    _serve_cursors(
        server,
        {
            None: _cursor_page(["p1", "p2"], "A"),
            "A": _cursor_page(["p3", "p4"], "B"),
            "B": _cursor_page(["p5", "p6"], "A"),
        },
    )
    seen: list[str] = []
    with pytest.raises(PaginationError, match="'A' was followed before") as info:
        seen.extend(_projects(retrying_client))
    assert seen == ["p1", "p2", "p3", "p4"]  # the page with the bad cursor is not yielded
    assert _afters(server) == [None, "A", "B"]  # raised at once: no retry, no fourth request
    assert isinstance(info.value, ResponseDecodeError)
    assert info.value.response is not None and info.value.response.status_code == 200
    assert "after=B" in str(info.value.url)


def test_the_same_cursor_twice_raises(
    server: RecordingServer, retrying_client: BigcommerceApi
) -> None:
    _serve_cursors(
        server,
        {None: _cursor_page(["p1", "p2"], "A"), "A": _cursor_page(["p3", "p4"], "A")},
    )
    seen: list[str] = []
    with pytest.raises(PaginationError):
        seen.extend(_projects(retrying_client))
    assert seen == ["p1", "p2"]
    assert _afters(server) == [None, "A"]


def test_the_callers_own_cursor_counts_as_followed(
    server: RecordingServer, v3_client: BigcommerceApi
) -> None:
    _serve_cursors(server, {"A": _cursor_page(["p3", "p4"], "A")})
    with pytest.raises(PaginationError):
        list(_projects(v3_client, after="A"))
    assert _afters(server) == ["A"]


def test_an_identical_cursor_page_ends_quietly(
    server: RecordingServer, v3_client: BigcommerceApi
) -> None:
    # An endpoint that ignores `after`: the same page, with the same cursor, every time.
    server.route("GET", cursor_listing().path, body=_cursor_page(["p1", "p2"], "A"))
    assert list(_projects(v3_client)) == ["p1", "p2"]
    assert _afters(server) == [None, "A"]


@pytest.mark.parametrize(
    "end_cursor",
    [["A"], {"a": 1}, True, 1.5, "\ud800"],
    ids=["list", "object", "bool", "float", "surrogate"],
)
def test_an_end_cursor_that_cannot_be_sent_back_is_a_decode_error(
    server: RecordingServer, v3_client: BigcommerceApi, end_cursor: object
) -> None:
    page = _cursor_page(["p1", "p2"], "A")
    page["meta"]["cursor_pagination"]["end_cursor"] = end_cursor
    server.route("GET", cursor_listing().path, body=page)
    with pytest.raises(ResponseDecodeError, match="end_cursor is not a cursor"):
        list(_projects(v3_client))
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "meta",
    [{"cursor_pagination": []}, {"cursor_pagination": {"end_cursor": "A", "links": "next"}}],
    ids=["not-an-object", "links-not-an-object"],
)
def test_cursor_meta_of_the_wrong_shape_ends_the_listing(
    server: RecordingServer, v3_client: BigcommerceApi, meta: dict[str, Any]
) -> None:
    server.route("GET", cursor_listing().path, body={"data": [{"uuid": "p1"}], "meta": meta})
    assert list(_projects(v3_client)) == ["p1"]
    assert len(server.requests) == 1


# Page numbers.


def _numbered_page(ids: range, current_page: Any, total_pages: Any = None) -> dict[str, Any]:
    pagination: dict[str, Any] = {"count": len(ids), "per_page": 2, "current_page": current_page}
    if total_pages is not None:
        pagination["total_pages"] = total_pages
    return {"data": [{"id": n} for n in ids], "meta": {"pagination": pagination}}


def _serve_numbers(server: RecordingServer, answers: dict[int, dict[str, Any]]) -> None:
    server.handle("GET", PRODUCTS, lambda request: (200, answers[int(request.query["page"])]))


def _product_ids(client: BigcommerceApi, **query: Any) -> Iterator[int]:
    items = itertools.islice(client.catalog.products.iterall(limit=2, **query), BOUND)
    return (product.id for product in items)


def _pages_asked(server: RecordingServer) -> list[int]:
    return [int(request.query["page"]) for request in server.requests]


@pytest.mark.parametrize("went_back_to", [1, 2], ids=["smaller", "equal"])
def test_a_page_number_that_goes_backwards_raises(
    server: RecordingServer, retrying_client: BigcommerceApi, went_back_to: int
) -> None:
    # Asked for page 3, the answer says it is page 1 (or page 2 again), with new items: a server
    # that goes on like this would be read forever.
    _serve_numbers(
        server,
        {
            1: _numbered_page(range(1, 3), 1),
            2: _numbered_page(range(3, 5), 2),
            3: _numbered_page(range(5, 7), went_back_to),
        },
    )
    seen: list[int] = []
    with pytest.raises(PaginationError, match=f"the answer is page {went_back_to}") as info:
        seen.extend(_product_ids(retrying_client))
    assert seen == [1, 2, 3, 4]
    assert _pages_asked(server) == [1, 2, 3]  # not retried
    assert info.value.response is not None


def test_a_page_number_that_goes_backwards_raises_with_prefetch(
    server: RecordingServer, v3_client: BigcommerceApi
) -> None:
    answers = {n: _numbered_page(range(2 * n - 1, 2 * n + 1), n, 6) for n in range(1, 7)}
    answers[4] = _numbered_page(range(7, 9), 2, 6)
    _serve_numbers(server, answers)
    seen: list[int] = []
    with pytest.raises(PaginationError, match="asked for page 4 after page 3"):
        seen.extend(_product_ids(v3_client, prefetch=2))
    assert seen == [1, 2, 3, 4, 5, 6]


def test_an_identical_numbered_page_ends_quietly(
    server: RecordingServer, v3_client: BigcommerceApi
) -> None:
    # An endpoint that ignores `page`: page 1 again, saying it is page 1.
    server.route("GET", PRODUCTS, body=_numbered_page(range(1, 3), 1))
    assert list(_product_ids(v3_client)) == [1, 2]
    assert _pages_asked(server) == [1, 2]


def test_pages_that_cycle_raise_even_with_rising_page_numbers(
    server: RecordingServer, v3_client: BigcommerceApi
) -> None:
    answers = {n: _numbered_page(range(1, 3) if n % 2 else range(3, 5), n) for n in range(1, 9)}
    _serve_numbers(server, answers)
    with pytest.raises(PaginationError, match="page 3 repeats page 1"):
        list(_product_ids(v3_client))
    assert _pages_asked(server) == [1, 2, 3]


@pytest.mark.parametrize("garbage", ["2", None, [1], {"n": 1}, True, 1.5])
def test_page_numbers_of_the_wrong_type_are_ignored(
    server: RecordingServer, v3_client: BigcommerceApi, garbage: Any
) -> None:
    # Neither a crash nor a loop: the requested number stands in, a short page ends the listing.
    _serve_numbers(
        server,
        {1: _numbered_page(range(1, 3), garbage, garbage), 2: _numbered_page(range(3, 4), garbage)},
    )
    assert list(_product_ids(v3_client)) == [1, 2, 3]
    assert _pages_asked(server) == [1, 2]


def test_a_normal_numbered_listing_reads_every_page(
    server: RecordingServer, v3_client: BigcommerceApi
) -> None:
    _serve_numbers(
        server, {n: _numbered_page(range(2 * n - 1, 2 * n + 1), n, 3) for n in (1, 2, 3)}
    )
    assert list(_product_ids(v3_client)) == [1, 2, 3, 4, 5, 6]
    assert _pages_asked(server) == [1, 2, 3]


# v2: its answers carry no page numbers, so going backwards shows as a page seen before.


def test_v2_pages_that_cycle_raise(server: RecordingServer) -> None:
    client = BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH, max_retries=2)

    def answer(request: Recorded) -> tuple[int, Any]:
        page = int(request.query["page"])
        first = 1 if page % 2 else 3  # pages 1, 2, 1, 2, ...
        return 200, [{"id": first}, {"id": first + 1}]

    server.handle("GET", "/api/v2/products", answer)
    seen: list[int] = []
    with pytest.raises(PaginationError, match="page 3 repeats page 1"):
        seen.extend(p.id for p in itertools.islice(client.Products.iterall(limit=2), BOUND))
    assert seen == [1, 2, 3, 4]
    assert [r.query["page"] for r in server.requests] == ["1", "2", "3"]


def test_v2_an_identical_page_ends_quietly(server: RecordingServer) -> None:
    client = BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH, max_retries=0)
    server.route("GET", "/api/v2/products", body=[{"id": 1}, {"id": 2}])
    assert [p.id for p in itertools.islice(client.Products.iterall(limit=2), BOUND)] == [1, 2]
    assert [r.query["page"] for r in server.requests] == ["1", "2"]
