"""Every example of the old client's README, run as written against a server on 127.0.0.1."""

from __future__ import annotations

import pytest

import bigcommerce
from bigcommerce.exception import ClientRequestException, HttpException, ServerException

from .conftest import ACCESS_TOKEN, CLIENT_ID, STORE_HASH
from .recording_server import RecordingServer

PREFIX = f"/stores/{STORE_HASH}/v2"


@pytest.fixture
def api(server: RecordingServer, monkeypatch: pytest.MonkeyPatch) -> bigcommerce.api.BigcommerceApi:
    monkeypatch.setenv("BC_API_ENDPOINT", server.url)
    return bigcommerce.api.BigcommerceApi(
        client_id=CLIENT_ID, store_hash=STORE_HASH, access_token=ACCESS_TOKEN
    )


def _sent(server: RecordingServer) -> list[tuple[str, str]]:
    return [(r.method, r.path.removeprefix(PREFIX)) for r in server.requests]


def test_connecting_both_ways(server: RecordingServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BC_API_ENDPOINT", server.url)
    oauth = bigcommerce.api.BigcommerceApi(client_id="id", store_hash="hash", access_token="tok")
    basic = bigcommerce.api.BigcommerceApi(host=server.url, basic_auth=("username", "api token"))
    server.reply(body=[])
    server.reply(body=[])
    oauth.Products.all()
    basic.Products.all()
    assert [r.path for r in server.requests] == ["/stores/hash/v2/products", "/api/v2/products"]
    with pytest.raises(Exception, match="Must provide either"):
        bigcommerce.api.BigcommerceApi(client_id="", store_hash="")


def test_accessing_objects(api: bigcommerce.api.BigcommerceApi, server: RecordingServer) -> None:
    product = {"id": 1, "name": "P", "price": "10.0000"}
    server.route("GET", f"{PREFIX}/products", body=[product])
    server.route("GET", f"{PREFIX}/products/1", body=product)
    server.route("POST", f"{PREFIX}/products", 201, product)
    server.route("PUT", f"{PREFIX}/products/1", body={**product, "price": "199.9000"})
    server.route("DELETE", f"{PREFIX}/products", 204)
    server.route("DELETE", f"{PREFIX}/products/1", 204)
    server.route("GET", f"{PREFIX}/products/count", body={"count": 1})

    assert api.Products.all()[0].name == "P"
    assert api.Products.get(1).id == 1
    created = api.Products.create(
        name="P", type="physical", price="10.00", categories=[1], availability="available", weight=1
    )
    assert created.id == 1
    updated = api.Products.get(1).update(price="199.90")
    assert updated.price == "199.9000"
    api.Products.delete_all()
    api.Products.get(1).delete()
    assert api.Products.count() == 1
    assert _sent(server) == [
        ("GET", "/products"),
        ("GET", "/products/1"),
        ("POST", "/products"),
        ("GET", "/products/1"),
        ("PUT", "/products/1"),
        ("DELETE", "/products"),
        ("GET", "/products/1"),
        ("DELETE", "/products/1"),
        ("GET", "/products/count"),
    ]
    assert server.requests[4].json() == {"price": "199.90"}


def test_subresources_and_helpers(
    api: bigcommerce.api.BigcommerceApi, server: RecordingServer
) -> None:
    server.route("GET", f"{PREFIX}/products/1", body={"id": 1})
    server.route("GET", f"{PREFIX}/products/1/options", body=[{"id": 2, "option_id": 9}])
    server.route("GET", f"{PREFIX}/products/1/options/2", body={"id": 2, "option_id": 9})
    server.route("GET", f"{PREFIX}/products/1/options/1", body={"id": 1, "option_id": 9})
    # The old README wrote ProductOptions.get(1) for the list; all(1) is the call that does it.
    assert api.ProductOptions.all(1)[0].id == 2
    assert api.ProductOptions.get(1, 2).option_id == 9
    assert api.Products.get(1).options()[0].id == 2
    assert api.Products.get(1).options(1).id == 1
    assert _sent(server) == [
        ("GET", "/products/1/options"),
        ("GET", "/products/1/options/2"),
        ("GET", "/products/1"),
        ("GET", "/products/1/options"),
        ("GET", "/products/1"),
        ("GET", "/products/1/options/1"),
    ]


def test_filters(api: bigcommerce.api.BigcommerceApi, server: RecordingServer) -> None:
    server.route("GET", f"{PREFIX}/customers", body=[{"id": 5, "first_name": "John"}])
    server.route("GET", f"{PREFIX}/orders", body=[{"id": 8, "customer_id": 5}])
    customer = api.Customers.all(first_name="John", last_name="Smith")[0]
    orders = api.Orders.all(customer_id=customer.id)
    assert orders[0].id == 8
    assert [r.query for r in server.requests] == [
        {"first_name": "John", "last_name": "Smith"},
        {"customer_id": "5"},
    ]


def test_iterall(api: bigcommerce.api.BigcommerceApi, server: RecordingServer) -> None:
    server.reply(body=[{"id": i, "name": f"p{i}"} for i in range(3)])
    assert [product.name for product in api.Products.iterall()] == ["p0", "p1", "p2"]
    assert len(server.requests) == 1


def test_error_handling(api: bigcommerce.api.BigcommerceApi, server: RecordingServer) -> None:
    server.route("GET", f"{PREFIX}/products/404", 404, [{"status": 404, "message": "not found"}])
    server.route("GET", f"{PREFIX}/products/500", 500, {"title": "boom"})
    with pytest.raises(ClientRequestException) as info:
        api.Products.get(404)
    assert isinstance(info.value, HttpException) and info.value.status_code == 404
    with pytest.raises(ServerException):
        api.Products.get(500)


def test_the_low_level_api(api: bigcommerce.api.BigcommerceApi, server: RecordingServer) -> None:
    server.reply(body=[{"id": 1}])
    assert api.connection.get("products", limit=5) == [{"id": 1}]
    assert server.last.query == {"limit": "5"}
    v3 = bigcommerce.connection.OAuthConnection(
        CLIENT_ID, STORE_HASH, ACCESS_TOKEN, host=server.url, api_path="/stores/{}/v3/{}"
    )
    server.reply(body={"data": [{"id": 1}], "meta": {}})
    assert v3.get("catalog/products", include_fields="name,sku") == [{"id": 1}]
    assert server.last.path == f"/stores/{STORE_HASH}/v3/catalog/products"
