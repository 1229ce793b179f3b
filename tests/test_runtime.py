"""The runtime over real HTTP: headers, errors, parsing, pagination, retries, rate limits, ids."""

from __future__ import annotations

import base64
import json
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from bigcommerce.api import BigcommerceApi
from bigcommerce.connection import GraphQLConnection
from bigcommerce.exception import (
    BadRequestException,
    ClientRequestException,
    ConflictException,
    ForbiddenException,
    HttpException,
    InvalidArgumentError,
    NotFoundException,
    RateLimitingException,
    ResponseDecodeError,
    ServerException,
    TimeoutException,
    TransportException,
    UnauthorizedException,
    UnprocessableEntityException,
)

from .conftest import ACCESS_TOKEN, BASIC_AUTH, CLIENT_ID, STORE_HASH
from .recording_server import RecordingServer

LIMIT_HEADERS = {
    "X-Rate-Limit-Requests-Left": "5",
    "X-Rate-Limit-Requests-Quota": "150",
    "X-Rate-Limit-Time-Reset-Ms": "20",
    "X-Rate-Limit-Time-Window-Ms": "30000",
}


def test_basic_auth_request_carries_auth_accept_and_user_agent(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body=[{"id": 1, "name": "A"}])
    api.Products.all(name="A")
    req = server.last
    assert (req.method, req.path, req.query) == ("GET", "/api/v2/products", {"name": "A"})
    expected = "Basic " + base64.b64encode(b"admin:basic-secret-token").decode()
    assert req.headers["authorization"] == expected
    assert req.headers["accept"] == "application/json"
    assert req.headers["user-agent"].startswith("bigcommerce-python/1.")


def test_oauth_request_goes_to_the_store_path_with_oauth_headers(
    oauth_api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body={"id": 7})
    oauth_api.Products.get(7)
    req = server.last
    assert req.path == f"/stores/{STORE_HASH}/v2/products/7"
    assert req.headers["x-auth-client"] == CLIENT_ID
    assert req.headers["x-auth-token"] == ACCESS_TOKEN
    assert "authorization" not in req.headers


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestException),
        (401, UnauthorizedException),
        (403, ForbiddenException),
        (404, NotFoundException),
        (409, ConflictException),
        (422, UnprocessableEntityException),
        (429, RateLimitingException),
        (418, ClientRequestException),
        (500, ServerException),
    ],
)
def test_error_statuses_raise_typed_exceptions(
    api: BigcommerceApi, server: RecordingServer, status: int, cls: type[HttpException]
) -> None:
    body = {"status": status, "title": "nope", "errors": {"name": "bad"}}
    server.route("POST", "/api/v2/products", status, body)
    with pytest.raises(cls) as info:
        api.Products.create(
            name="x", type="physical", price=1, categories=[1], weight=1, availability="available"
        )
    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, HttpException)
    assert (exc.status_code, exc.method) == (status, "POST")
    assert exc.url is not None and exc.url.endswith("/api/v2/products")
    assert exc.body == body
    assert exc.response is not None and exc.response.status_code == status
    if status < 500:
        assert isinstance(exc, ClientRequestException)
    # A 429 was refused, so even a POST is retried (twice by default); nothing else is.
    assert len(server.requests) == (3 if status == 429 else 1)


def test_a_garbled_answer_is_retried_for_reads_and_raises_a_clear_error(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.route("GET", "/api/v2/products/1", body=b"<html>oops")
    with pytest.raises(ResponseDecodeError, match="not valid JSON"):
        api.Products.get(1)
    assert len(server.requests) == 3  # a read: retried twice
    server.reset()
    server.route("POST", "/api/v2/products", body=b'{"id": 1, "na')
    with pytest.raises(ResponseDecodeError):
        api.Products.create(
            name="x", type="physical", price=1, categories=[], weight=1, availability="available"
        )
    assert len(server.requests) == 1  # a write that may have been applied: never retried


def test_204_and_empty_pages_give_empty_lists(api: BigcommerceApi, server: RecordingServer) -> None:
    server.reply(204)
    assert api.Products.all(page=99) == []
    server.reply(204)
    assert list(api.Products.iterall()) == []
    assert len(server.requests) == 2
    server.reply(204)
    assert api.connection.get("products", page=99) == []


def _page(start: int, count: int) -> list[dict[str, int]]:
    return [{"id": i} for i in range(start, start + count)]


def test_iterall_pages_until_a_short_page_without_an_extra_request(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body=_page(1, 250))
    server.reply(body=_page(251, 3))
    ids = [p.id for p in api.Products.iterall(is_visible=True)]
    assert ids == list(range(1, 254))
    assert [
        (r.query["page"], r.query["limit"], r.query["is_visible"]) for r in server.requests
    ] == [
        ("1", "250", "true"),
        ("2", "250", "true"),
    ]


def test_iterall_stops_on_an_endpoint_that_ignores_paging(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.route("GET", "/api/v2/products", body=_page(1, 10))
    assert len(list(api.Products.iterall(limit=10))) == 10
    assert len(server.requests) == 2  # the second page repeats the first: stop
    server.reset()
    server.route("GET", "/api/v2/products", body=_page(1, 300))
    assert len(list(api.Products.iterall())) == 300
    assert len(server.requests) == 1  # longer than asked for: paging is ignored


def test_query_lists_are_comma_joined(api: BigcommerceApi, server: RecordingServer) -> None:
    server.reply(body=[])
    api.connection.get("products", **{"id:in": [1, 2, 3]})
    assert server.last.query == {"id:in": "1,2,3"}
    assert server.last.raw_query == "id%3Ain=1%2C2%2C3"


def test_id_zero_is_an_id(api: BigcommerceApi, server: RecordingServer) -> None:
    server.reply(body={"id": 0})
    api.connection.get("products", 0)
    assert server.last.path == "/api/v2/products/0"
    server.reply(body={"id": 0})
    assert api.Products.get(0).id == 0


@pytest.mark.parametrize("bad", ["../orders", "a/b", "", "..", "."])
def test_ids_that_would_change_the_path_are_refused_before_sending(
    api: BigcommerceApi, server: RecordingServer, bad: str
) -> None:
    with pytest.raises(InvalidArgumentError, match="path segment"):
        api.Products.get(bad)
    assert server.requests == []


def test_ids_are_percent_encoded(api: BigcommerceApi, server: RecordingServer) -> None:
    server.reply(body={"id": 1})
    api.Products.get("a b?c")
    assert server.last.path == "/api/v2/products/a%20b%3Fc"


def _without(values: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k != key}


def test_strict_mode_refuses_unknown_or_mistyped_arguments_before_sending(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    """The same calls reach the server as written by default (tests/test_policy.py)."""
    api = api.with_options(strict=True)
    good: dict[str, Any] = {
        "name": "x",
        "type": "physical",
        "price": 1,
        "categories": [],
        "weight": 1,
        "availability": "available",
    }
    cases: list[tuple[str, Callable[[], object]]] = [
        ("filter 'nmae'", lambda: api.Products.all(**{"nmae": "x"})),
        ("filter 'min_id'", lambda: api.Products.all(**{"min_id": "abc"})),
        (
            "field 'name': Field required",
            lambda: api.Products.create(**_without(good, "name")),
        ),
        ("field 'type'", lambda: api.Products.create(**{**good, "type": "imaginary"})),
        ("field 'colour'", lambda: api.Products.create(**{**good, "colour": "red"})),
    ]
    for message, call in cases:
        with pytest.raises(InvalidArgumentError, match=message):
            call()
    with pytest.raises(TypeError):
        api.Products.get(*[1, 2])
    assert server.requests == []


def test_request_bodies_are_json_with_only_given_fields(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body={"id": 5, "name": "Shoe", "price": "10.0000"})
    product = api.Products.create(
        name="Shoe",
        type="physical",
        price="10.00",
        categories=[3],
        weight=2,
        availability="available",
    )
    req = server.last
    assert req.headers["content-type"] == "application/json"
    assert req.json() == {
        "name": "Shoe",
        "type": "physical",
        "price": "10.00",
        "categories": [3],
        "weight": 2,
        "availability": "available",
    }
    assert product.price == "10.0000"


def test_objects_keep_unknown_fields_and_offer_item_access(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(
        body={"id": 1, "name": "A", "items": [1, 2], "values": {"v": 1}, "brand_new": True}
    )
    product = api.Products.get(1)
    assert product.id == product["id"] == 1
    assert product["items"] == [1, 2]
    assert product["values"] == {"v": 1}
    assert product.get("missing", "dflt") == "dflt"
    assert "brand_new" in product
    dumped = json.loads(json.dumps(product.model_dump()))
    assert dumped["items"] == [1, 2] and dumped["brand_new"] is True
    assert "_connection" not in dumped and "_bound" not in dumped


def test_a_field_that_drifted_from_its_type_is_kept_as_sent(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body={"id": "not-a-number", "name": "A"})
    product = api.Products.get(1)
    assert product["id"] == "not-a-number"
    assert product.name == "A"


def test_retries_429_after_the_reset_time_for_any_method(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(429, {"title": "slow down"}, {**LIMIT_HEADERS, "X-Rate-Limit-Requests-Left": "0"})
    server.reply(201, {"id": 9})
    product = api.Products.create(
        name="x", type="physical", price=1, categories=[], weight=1, availability="available"
    )
    assert product.id == 9
    assert [r.method for r in server.requests] == ["POST", "POST"]
    assert api.connection.rate_limit["requests_remaining"] == 0  # state seen on the 429


def test_retries_5xx_only_for_idempotent_methods(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(503)
    server.reply(200, [{"id": 1}])
    assert [p.id for p in api.Products.all()] == [1]
    assert len(server.requests) == 2
    server.reset()
    server.reply(503)
    with pytest.raises(ServerException):
        api.Products.create(
            name="x", type="physical", price=1, categories=[], weight=1, availability="available"
        )
    assert len(server.requests) == 1


def test_max_retries_zero_turns_retries_off(api: BigcommerceApi, server: RecordingServer) -> None:
    server.reply(429, {}, {"X-Rate-Limit-Time-Reset-Ms": "1500"})
    with pytest.raises(RateLimitingException) as info:
        api.Products.with_options(max_retries=0).all()
    assert info.value.retry_after == 1.5
    assert len(server.requests) == 1


def test_rate_limit_state_and_management_callback(server: RecordingServer) -> None:
    calls: list[object] = []
    api = BigcommerceApi(
        host=server.url,
        basic_auth=BASIC_AUTH,
        rate_limiting_management={
            "min_requests_remaining": 5,
            "wait": False,
            "callback_function": calls.append,
            "callback_args": {"who": "me"},
        },
    )
    server.reply(body=[], headers=LIMIT_HEADERS)
    api.Products.all()
    assert api.connection.rate_limit == {
        "ms_until_reset": 20,
        "window_size_ms": 30000,
        "requests_remaining": 5,
        "requests_quota": 150,
    }
    assert calls == [{"who": "me"}]


def test_a_real_429_calls_the_rate_limit_callback_and_waits(server: RecordingServer) -> None:
    calls: list[int] = []
    api = BigcommerceApi(
        host=server.url,
        basic_auth=BASIC_AUTH,
        rate_limiting_management={
            "min_requests_remaining": 0,
            "wait": True,
            "callback_function": lambda: calls.append(1),
        },
    )
    server.reply(429, {}, {**LIMIT_HEADERS, "X-Rate-Limit-Requests-Left": "0"})
    server.reply(200, [])
    assert api.Products.all() == []
    assert calls == [1]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(sock.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield sock.getsockname()[1]
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    sock.close()


def test_a_silent_server_raises_a_typed_timeout(silent_port: int) -> None:
    api = BigcommerceApi(
        host=f"http://127.0.0.1:{silent_port}", basic_auth=BASIC_AUTH, timeout=0.2, max_retries=0
    )
    with pytest.raises(TimeoutException) as info:
        api.Products.all()
    assert isinstance(info.value, requests.exceptions.Timeout)


def test_a_refused_connection_raises_a_typed_transport_error() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    api = BigcommerceApi(
        host=f"http://127.0.0.1:{port}", basic_auth=BASIC_AUTH, max_retry_wait=0.01
    )
    with pytest.raises(TransportException) as info:
        api.Products.all()
    assert isinstance(info.value, requests.exceptions.ConnectionError)


def test_secrets_do_not_appear_in_reprs_or_errors(
    oauth_api: BigcommerceApi, server: RecordingServer
) -> None:
    server.route("GET", f"/stores/{STORE_HASH}/v2/products", 401, {"title": "bad token"})
    with pytest.raises(UnauthorizedException) as info:
        oauth_api.Products.all()
    for text in (
        str(info.value),
        repr(info.value),
        repr(oauth_api),
        repr(oauth_api.connection),
        repr(oauth_api.Products),
    ):
        assert ACCESS_TOKEN not in text


def test_graphql_connection_posts_queries(server: RecordingServer) -> None:
    gql = GraphQLConnection(CLIENT_ID, STORE_HASH, ACCESS_TOKEN, host=server.url)
    server.reply(body={"data": {"site": {"settings": {"storeName": "S"}}}})
    result = gql.query("query { site { settings { storeName } } }", {"a": 1})
    assert result["data"]["site"]["settings"]["storeName"] == "S"
    req = server.last
    assert (req.method, req.path) == ("POST", f"/stores/{STORE_HASH}/graphql")
    assert req.json() == {
        "query": "query { site { settings { storeName } } }",
        "variables": {"a": 1},
    }
    server.reply(body={"data": {"__schema": {}}})
    gql.introspection_query()
    assert "__schema" in server.last.json()["query"]


def test_low_level_calls_keep_the_old_signatures(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    conn = api.connection
    server.reply(body={"id": 1})
    conn.create("products", {"name": "x"})
    server.reply(body={"id": 1})
    conn.update("products", 1, {"name": "y"})
    server.reply(204)
    conn.delete("products", 1)
    server.reply(body={"id": 1})
    conn.make_request("PUT", "products/1", {"name": "z"}, {"q": 1})
    server.reply(body={"count": 3})
    assert conn.get("products/count") == {"count": 3}
    got = [(r.method, r.path, r.raw_query, r.body) for r in server.requests]
    assert got == [
        ("POST", "/api/v2/products", "", b'{"name": "x"}'),
        ("PUT", "/api/v2/products/1", "", b'{"name": "y"}'),
        ("DELETE", "/api/v2/products/1", "", b""),
        ("PUT", "/api/v2/products/1", "q=1", b'{"name": "z"}'),
        ("GET", "/api/v2/products/count", "", b""),
    ]
    assert conn.full_path("products") == f"{server.url}/api/v2/products"
