"""The way around every check: `extra_headers`, `extra_query` and `extra_body` on every generated
method, header parameters, and `headers=` on the client and `with_options`, seen on the wire of a
recording server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import InvalidArgumentError
from tests.recording_server import RecordingServer

V3 = "/stores/abc123/v3"


def test_an_old_class_sends_extra_query_and_headers(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body=[{"id": 1}])
    api.Coupons.all(
        page=2, extra_query={"id:in": [1, 2], "undocumented": True}, extra_headers={"X-A": "b"}
    )
    sent = server.last
    assert sent.query == {"page": "2", "id:in": "1,2", "undocumented": "true"}
    assert sent.headers["x-a"] == "b"


def test_an_old_class_create_adds_extra_body_fields(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(201, {"id": 7, "name": "Acme"})
    brand = api.Brands.create(
        name="Acme", extra_body={"undocumented": {"x": [1]}, "when": dt.date(2024, 5, 6)}
    )
    assert brand.id == 7
    assert server.last.json() == {
        "name": "Acme",
        "undocumented": {"x": [1]},
        "when": "2024-05-06",
    }
    assert server.last.headers["content-type"] == "application/json"


def test_extra_body_replaces_a_checked_field(api: BigcommerceApi, server: RecordingServer) -> None:
    server.reply(201, {"id": 7})
    api.Brands.create(name="Acme", extra_body={"name": "Other"})
    assert server.last.json() == {"name": "Other"}


def test_every_page_of_a_v3_listing_carries_the_extras(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    pages = [[{"id": 1}, {"id": 2}], [{"id": 3}]]

    def answer(request: Any) -> tuple[int, Any]:
        number = int(request.query["page"])
        meta = {"pagination": {"current_page": number, "total_pages": len(pages)}}
        return 200, {"data": pages[number - 1], "meta": meta}

    server.handle("GET", f"{V3}/catalog/brands", answer)
    brands = v3_client.catalog.brands.iterall(
        extra_query={"not_documented": "x"}, extra_headers={"X-Trace": "t1"}
    )
    assert [b.id for b in brands] == [1, 2, 3]
    assert [r.query.get("page") for r in server.requests] == ["1", "2"]
    assert {r.query["not_documented"] for r in server.requests} == {"x"}
    assert {r.headers["x-trace"] for r in server.requests} == {"t1"}


def test_a_header_parameter_reaches_the_wire(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(204, None)
    v3_client.storefront.api_token.delete_all(sf_api_token="a.jwt.token")
    sent = server.last
    assert (sent.method, sent.path) == ("DELETE", f"{V3}/storefront/api-token")
    assert sent.headers["sf-api-token"] == "a.jwt.token"


def test_a_multipart_body_gets_extra_form_fields(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body={"data": {"image_url": "https://x/a.png"}, "meta": {}})
    v3_client.catalog.brands.image.create(
        3, {"image_file": b"\x89PNG"}, extra_body={"alt": "logo"}, extra_headers={"X-T": "1"}
    )
    sent = server.last
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert sent.headers["x-t"] == "1"
    assert b'name="alt"\r\n\r\nlogo' in sent.body
    assert b'name="image_file"' in sent.body


def test_client_and_with_options_headers_go_with_every_request(
    server: RecordingServer,
) -> None:
    api = BigcommerceApi(
        client_id="cid",
        store_hash="abc123",
        access_token="tok",
        host=server.url,
        headers={"X-Tenant": "t1"},
    )
    server.reply(body={"data": [], "meta": {}})
    api.catalog.brands.all()
    assert server.last.headers["x-tenant"] == "t1"
    tagged = api.with_options(headers={"X-Run": "r9"})
    server.reply(body={"data": [], "meta": {}})
    tagged.catalog.brands.all(extra_headers={"X-Tenant": "t2"})
    assert (server.last.headers["x-tenant"], server.last.headers["x-run"]) == ("t2", "r9")
    server.reply(body=[])
    tagged.Brands.all()
    assert server.last.headers["x-run"] == "r9"
    server.reply(body={"data": [], "meta": {}})
    api.catalog.brands.all()
    assert "x-run" not in server.last.headers  # the original client is unchanged
    assert server.last.headers["x-auth-token"] == "tok"


@pytest.mark.parametrize(
    "name", ["X-Auth-Token", "x-auth-client", "Authorization", "Content-Type", "Host"]
)
def test_headers_cannot_replace_credentials_or_the_content_type(
    v3_client: BigcommerceApi, server: RecordingServer, name: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=f"{name} is set by the client") as caught:
        v3_client.catalog.brands.all(extra_headers={name: "s3cret-value"})
    assert "s3cret-value" not in str(caught.value)
    with pytest.raises(InvalidArgumentError, match="is set by the client"):
        v3_client.with_options(headers={name: "s3cret-value"})
    with pytest.raises(InvalidArgumentError, match="is set by the client"):
        BigcommerceApi(host=server.url, basic_auth=("u", "p"), headers={name: "x"})
    assert server.requests == []


def test_a_header_that_http_cannot_carry_is_refused_before_sending(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    with pytest.raises(InvalidArgumentError, match="X-Bad"):
        v3_client.catalog.brands.all(extra_headers={"X-Bad": "a\r\nX-Injected: 1"})
    with pytest.raises(InvalidArgumentError):
        v3_client.with_options(headers={"X-Bad": "a\nb"})
    assert server.requests == []


def test_extra_body_needs_an_object_body(
    v3_client: BigcommerceApi, api: BigcommerceApi, server: RecordingServer
) -> None:
    with pytest.raises(InvalidArgumentError, match="sends no body"):
        v3_client.catalog.brands.get(1, extra_body={"x": 1})
    with pytest.raises(InvalidArgumentError, match="not an object"):
        v3_client.catalog.variants.update_many([{"id": 1}], extra_body={"x": 1})
    with pytest.raises(InvalidArgumentError, match="sends no body"):
        api.Brands.delete(1, extra_body={"x": 1})
    with pytest.raises(InvalidArgumentError, match="extra_query must be a mapping"):
        api.Brands.all(extra_query=[("a", 1)])  # type: ignore[arg-type]
    assert server.requests == []


def test_extra_body_json_cannot_carry_is_refused_before_sending(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    with pytest.raises(InvalidArgumentError, match="cannot be sent as JSON"):
        api.Brands.create(name="a", extra_body={"x": object()})
    with pytest.raises(InvalidArgumentError, match="JSON cannot carry"):
        api.Brands.create(name="a", extra_body={"x": float("nan")})
    assert server.requests == []


def test_extra_body_adds_to_an_empty_body(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body={"data": {"id": 1}, "meta": {}})
    v3_client.catalog.brands.update(1, {}, extra_body={"name": "N"})
    assert json.loads(server.last.body) == {"name": "N"}
