"""The fake store against hostile clients, over real HTTP on 127.0.0.1: numbers that are not ASCII
digits, bodies too big, too deep or of the wrong media type, a forged Host header, and a crowd of
idle half-sent requests. Each is refused with the store's JSON error body, never a 500, and good
requests go on working."""

from __future__ import annotations

import base64
import http.client
import json
import socket
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

from bigcommerce.testing import FakeStore
from bigcommerce.testing.bodies import MAX_JSON_DEPTH

from .test_fake_store import CHAIR

#: The body limit of the `store` fixture: above the 500 kB of the deep bodies below.
LIMIT = 1_000_000
JSON = {"Content-Type": "application/json"}


@pytest.fixture
def store() -> Iterator[FakeStore]:
    with FakeStore(max_body_size=LIMIT) as fresh:
        yield fresh


class Answer:
    def __init__(self, status: int, headers: http.client.HTTPMessage, body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    def json(self) -> Any:
        assert self.headers.get("Content-Type", "").startswith("application/json"), self.body
        return json.loads(self.body)


def call(
    store: FakeStore,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    *,
    v3: bool = False,
    host: str | None = None,
) -> Answer:
    """One request with http.client, authenticated for v2 (basic) or v3 (OAuth); `host` forges
    the Host header."""
    root = f"/stores/{store.store_hash}/v3/" if v3 else "/api/v2/"
    auth = (
        {"X-Auth-Client": store.client_id, "X-Auth-Token": store.access_token}
        if v3
        else {"Authorization": _basic(store)}
    )
    conn = http.client.HTTPConnection("127.0.0.1", store.port, timeout=10)
    try:
        conn.putrequest(method, root + path, skip_host=host is not None)
        if host is not None:
            conn.putheader("Host", host)
        for name, value in {**auth, **(headers or {})}.items():
            conn.putheader(name, value)
        if body is not None:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        response = conn.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        conn.close()


def _basic(store: FakeStore) -> str:
    user, token = store.basic_auth
    return "Basic " + base64.b64encode(f"{user}:{token}".encode()).decode()


def raw_exchange(store: FakeStore, data: bytes) -> tuple[int, Any]:
    """Send `data` on a fresh socket, read the answer until the store closes; (status, JSON)."""
    with socket.create_connection(("127.0.0.1", store.port), timeout=10) as sock:
        sock.sendall(data)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    assert b"content-type: application/json" in head.lower(), head
    return status, json.loads(body)


def error_of(answer: Answer, status: int) -> dict[str, Any]:
    """The store's error body, checked to be one with this status."""
    assert answer.status == status, answer.body
    body = answer.json()
    assert set(body) == {"status", "title", "type", "errors"} and body["status"] == status
    return dict(body)


def product_count(store: FakeStore) -> int:
    return int(call(store, "GET", "products/count").json()["count"])


# Numbers in the query and the path.

# Superscript two and Arabic-Indic one are digits to str.isdigit, not to the store.
BAD_NUMBERS = ["²", "\u0661", "-1", "0", "1e3", " 2", "0x10", "9" * 40]


@pytest.mark.parametrize("text", BAD_NUMBERS)
def test_page_and_limit_must_be_ascii_digits(store: FakeStore, text: str) -> None:
    quoted = quote(text)
    for param in ("page", "limit"):
        v2 = error_of(call(store, "GET", f"products?{param}={quoted}"), 400)
        assert param in v2["errors"]
        v3 = error_of(call(store, "GET", f"catalog/brands?{param}={quoted}", v3=True), 400)
        assert param in v3["errors"]


def test_numbers_in_paths_and_filters_are_ascii_digits(store: FakeStore) -> None:
    # %B2 is `²` once the path is read as Latin-1 (as WSGI does), %C2%B2 is it in UTF-8.
    for path in ("products/%B2", "products/%C2%B2", "products/" + "9" * 40, "products/%B2/skus"):
        error_of(call(store, "GET", path), 404)
    error_of(call(store, "GET", "catalog/products/%B2", v3=True), 404)
    assert "id" in error_of(call(store, "GET", "products?id=%C2%B2"), 400)["errors"]
    assert "id" in error_of(call(store, "GET", "products?id=1e3"), 400)["errors"]


# Bodies: too deep, too big, not JSON.


def test_a_body_nested_100000_deep_is_a_400(store: FakeStore) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    error = error_of(call(store, "POST", "products", deep, JSON), 400)
    assert "deeper" in error["title"]
    nested = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
    assert len(nested) < LIMIT
    error_of(call(store, "POST", "catalog/brands", nested, JSON, v3=True), 400)
    one_too_deep = b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1)
    error_of(call(store, "POST", "catalog/brands", one_too_deep, JSON, v3=True), 400)
    # Brackets inside strings are text, not nesting.
    brackets = json.dumps({"name": "[" * 1000 + "{" * 1000}).encode()
    assert call(store, "POST", "catalog/brands", brackets, JSON, v3=True).status == 200
    assert product_count(store) == 0


def test_a_declared_50_mb_body_is_refused_before_it_is_sent() -> None:
    with FakeStore() as store:  # the default limit
        head = (
            "POST /api/v2/products HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: {_basic(store)}\r\nContent-Type: application/json\r\n"
            "Content-Length: 50000000\r\n\r\n"
        )
        status, body = raw_exchange(store, head.encode())  # only the head: no body follows
        assert status == 413 and body["status"] == 413
        assert "larger than" in body["title"]
        assert product_count(store) == 0


def test_bodies_above_the_configured_limit_are_413_declared_or_chunked() -> None:
    with FakeStore(max_body_size=1000) as store:
        just_fits = json.dumps({**CHAIR, "description": ""}).encode()
        just_fits = just_fits.replace(b'""', b'"' + b"x" * (1000 - len(just_fits)) + b'"')
        assert len(just_fits) == 1000
        assert call(store, "POST", "products", just_fits, JSON).status == 201
        too_big = just_fits.replace(b'"x', b'"xx')
        error = error_of(call(store, "POST", "products", too_big, JSON), 413)
        assert "1000 bytes" in error["title"]
        head = (
            "POST /api/v2/products HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: {_basic(store)}\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\n\r\n"
        )
        chunk = b"[" + b" " * 1499 + b"]"
        chunked = head.encode() + f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n0\r\n\r\n"
        status, body = raw_exchange(store, chunked)
        assert status == 413 and body["status"] == 413
        assert product_count(store) == 1


def test_json_must_be_sent_as_json(store: FakeStore) -> None:
    body = json.dumps(CHAIR).encode()
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "application/jsonp"):
        error_of(call(store, "POST", "products", body, {"Content-Type": content_type}), 415)
    error_of(call(store, "POST", "products", body), 415)  # no Content-Type at all
    brand = b'{"name": "Oak"}'
    error_of(
        call(store, "POST", "catalog/brands", brand, {"Content-Type": "text/plain"}, v3=True), 415
    )
    assert product_count(store) == 0
    for content_type in ("application/json; charset=utf-8", "application/merge-patch+json"):
        assert call(store, "POST", "products", body, {"Content-Type": content_type}).status == 201
    assert call(store, "POST", "catalog/brands", brand, JSON, v3=True).status == 200


def test_uploads_still_take_multipart_forms_and_only_them(store: FakeStore) -> None:
    api = store.client(oauth=True, max_retries=0)
    brand = api.catalog.brands.create({"name": "Oak"})
    assert brand.id is not None
    image = api.catalog.brands.image.create(brand.id, {"image_file": b"\x89PNG..."})
    assert image["image_file"] == "https://cdn.example.com/uploads/image_file"
    as_json = json.dumps({"image_file": "x"}).encode()
    error_of(call(store, "POST", f"catalog/brands/{brand.id}/image", as_json, JSON, v3=True), 415)


# Links and the Host header.


def test_links_use_the_store_address_not_the_host_header(store: FakeStore) -> None:
    body = json.dumps(CHAIR).encode()
    created = call(store, "POST", "products", body, JSON, host="evil.example")
    assert created.status == 201
    listed = call(store, "GET", "products", host="evil.example:666")
    for answer in (created, listed):
        assert b"evil.example" not in answer.body
    product = listed.json()[0]
    assert product["custom_fields"]["url"].startswith(f"{store.url}/api/v2/products/")
    brands = call(store, "GET", "catalog/brands?limit=1", v3=True, host="evil.example")
    assert brands.status == 200 and b"evil.example" not in brands.body


# Connections.

HALF_SENT = (
    b"GET /api/v2/products HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthori",  # headers cut short
    b"POST /api/v2/products HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{",  # body
)


def test_150_idle_half_sent_requests_leave_room_for_new_clients() -> None:
    with FakeStore() as store:
        idle: list[socket.socket] = []
        try:
            for n in range(150):
                sock = socket.create_connection(("127.0.0.1", store.port), timeout=5)
                idle.append(sock)
                sock.sendall(HALF_SENT[n % 2])
            answer = call(store, "GET", "products/count")  # http.client times out after 10 s
            assert answer.status == 200 and answer.json() == {"count": 0}
        finally:
            for sock in idle:
                sock.close()


def test_a_silent_connection_is_closed_after_the_idle_timeout() -> None:
    with FakeStore(idle_timeout=1) as store:
        with socket.create_connection(("127.0.0.1", store.port), timeout=10) as sock:
            sock.sendall(HALF_SENT[0])
            assert sock.recv(1024) == b""  # closed by the store, well before the 10 s timeout
        assert call(store, "GET", "products/count").status == 200


def test_good_requests_still_work(store: FakeStore) -> None:
    api = store.client(max_retries=0)
    for n in range(3):
        api.Products.create(**{**CHAIR, "name": f"Chair {n}"})
    assert [p.name for p in api.Products.all(page=2, limit=2)] == ["Chair 2"]
    for n in range(3):
        made = call(store, "POST", "catalog/brands", f'{{"name": "B{n}"}}'.encode(), JSON, v3=True)
        assert made.status == 200
    v3 = call(store, "GET", "catalog/brands?page=1&limit=2", v3=True).json()
    assert v3["meta"]["pagination"]["total"] == 3
    assert v3["meta"]["pagination"]["links"]["next"] == "?page=2&limit=2"
    nested = json.dumps({"name": "Nested", "custom_url": {"url": "/n/", "is_customized": True}})
    made = call(store, "POST", "catalog/brands", nested.encode(), JSON, v3=True)
    assert made.status == 200 and made.json()["data"]["custom_url"]["url"] == "/n/"
    assert product_count(store) == 3
