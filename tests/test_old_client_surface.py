"""The old client's (0.23.4) module surface: every public name of `bigcommerce.api`,
`bigcommerce.resources`, `bigcommerce.connection` and `bigcommerce.exception` imports, and means
what it meant as far as this design allows (see README, "Compatibility")."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import subprocess
import sys

import pytest

import bigcommerce
import bigcommerce.api
import bigcommerce.connection
import bigcommerce.exception
import bigcommerce.resources
from bigcommerce.api import ApiResourceWrapper, BigcommerceApi
from bigcommerce.connection import Connection, OAuthConnection
from bigcommerce.exception import InvalidArgumentError, ResponseDecodeError
from bigcommerce.resources import (
    ApiResource,
    ApiSubResource,
    CollectionDeleteableApiResource,
    CollectionDeleteableApiSubResource,
    CountableApiResource,
    CountableApiSubResource,
    CreateableApiResource,
    CreateableApiSubResource,
    DeleteableApiResource,
    DeleteableApiSubResource,
    ListableApiResource,
    ListableApiSubResource,
    Mapping,
    UpdateableApiResource,
    UpdateableApiSubResource,
)

from .recording_server import RecordingServer
from .test_compat_wire import SURFACE

#: The old `bigcommerce.resources.base` names, beside the resource classes (SURFACE).
BASE_NAMES = [
    "ApiResource",
    "ApiSubResource",
    "CollectionDeleteableApiResource",
    "CollectionDeleteableApiSubResource",
    "CountableApiResource",
    "CountableApiSubResource",
    "CreateableApiResource",
    "CreateableApiSubResource",
    "DeleteableApiResource",
    "DeleteableApiSubResource",
    "ListableApiResource",
    "ListableApiSubResource",
    "Mapping",
    "UpdateableApiResource",
    "UpdateableApiSubResource",
]
#: The exceptions the old `bigcommerce.connection` held by its star import of `exception`.
EXCEPTIONS = [
    "ClientRequestException",
    "EmptyResponseWarning",
    "HttpException",
    "NotLoggedInException",
    "RateLimitingException",
    "RedirectionException",
    "ServerException",
]
#: Verb letter (SURFACE) -> (top-level mixin, subresource mixin).
MIXINS = {
    "L": (ListableApiResource, ListableApiSubResource),
    "C": (CreateableApiResource, CreateableApiSubResource),
    "U": (UpdateableApiResource, UpdateableApiSubResource),
    "D": (DeleteableApiResource, DeleteableApiSubResource),
    "A": (CollectionDeleteableApiResource, CollectionDeleteableApiSubResource),
    "N": (CountableApiResource, CountableApiSubResource),
}
V2 = "/api/v2/"


# Every name imports.


def test_resources_holds_every_old_name_and_star_import_gives_them() -> None:
    namespace: dict[str, object] = {}
    exec("from bigcommerce.resources import *", namespace)
    for name in [*BASE_NAMES, *SURFACE]:
        assert namespace[name] is getattr(bigcommerce.resources, name), name
        assert name in dir(bigcommerce.resources)


def test_api_module_holds_the_client_the_wrapper_the_connection_and_every_resource_name() -> None:
    assert bigcommerce.api.BigcommerceApi is bigcommerce.BigcommerceApi
    assert bigcommerce.api.ApiResourceWrapper is ApiResourceWrapper
    assert bigcommerce.api.connection is bigcommerce.connection
    for name in [*BASE_NAMES, *SURFACE]:
        assert getattr(bigcommerce.api, name) is getattr(bigcommerce.resources, name), name
    with pytest.raises(AttributeError, match="NoSuchResource"):
        bigcommerce.api.NoSuchResource  # noqa: B018


def test_connection_module_reexports_the_same_exception_objects() -> None:
    for name in EXCEPTIONS:
        assert getattr(bigcommerce.connection, name) is getattr(bigcommerce.exception, name)
    for name in ["Connection", "OAuthConnection", "GraphQLConnection"]:
        assert isinstance(getattr(bigcommerce.connection, name), type)
    assert issubclass(bigcommerce.connection.GraphQLConnection, OAuthConnection)
    assert issubclass(OAuthConnection, Connection)


def test_exception_hierarchy_is_the_old_one() -> None:
    exc = bigcommerce.exception
    assert issubclass(exc.RateLimitingException, exc.ClientRequestException)
    for name in ["ClientRequestException", "ServerException", "RedirectionException"]:
        assert issubclass(getattr(exc, name), exc.HttpException)
    assert issubclass(exc.EmptyResponseWarning, exc.HttpException)
    assert issubclass(exc.NotLoggedInException, Exception)
    assert not issubclass(exc.NotLoggedInException, exc.HttpException)


# The base classes mean what each resource class can do.


@pytest.mark.parametrize("name", sorted(SURFACE))
def test_resource_class_belongs_to_the_mixins_of_its_verbs(name: str) -> None:
    _path, parent, _key, _count, verbs, _pagination = SURFACE[name]
    cls = getattr(bigcommerce.resources, name)
    sub = parent is not None
    assert issubclass(cls, ApiResource)
    assert issubclass(cls, ApiSubResource) is sub
    for letter, (top, below) in MIXINS.items():
        assert issubclass(cls, below if sub else top) is (letter in verbs), (name, letter)
        assert not issubclass(cls, top if sub else below), (name, letter)


def test_mixins_keep_the_old_hierarchy() -> None:
    assert issubclass(ApiSubResource, ApiResource)
    for top, below in MIXINS.values():
        assert issubclass(top, ApiResource) and not issubclass(top, ApiSubResource)
        assert issubclass(below, ApiSubResource)


def test_instances_and_other_classes(api: BigcommerceApi) -> None:
    assert isinstance(api.Products, ListableApiResource)
    assert isinstance(api.OrderShipments, CountableApiSubResource)
    assert not isinstance(api.Time, CreateableApiResource)
    assert not issubclass(type(api.catalog), ApiResource)  # a node of the current API
    assert not issubclass(dict, ApiResource) and not isinstance(1, ApiResource)


def test_using_one_resource_with_the_old_names_loads_one_resource_module() -> None:
    code = (
        "import sys\n"
        "from bigcommerce.resources import ApiResource, CountableApiResource, Products\n"
        "assert issubclass(Products, CountableApiResource) and issubclass(Products, ApiResource)\n"
        "print(sorted(m for m in sys.modules if m.startswith('bigcommerce.resources.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['bigcommerce.resources.products']"


# Mapping: a dict with attribute access.


def test_mapping_is_a_dict_with_attribute_access() -> None:
    m = Mapping({"id": 1, "items": [2], "_connection": object()}, name="x")
    assert isinstance(m, dict) and m["id"] == 1 and m.id == 1 and m.name == "x"
    m.sku = "A"
    assert m["sku"] == "A"
    assert m["items"] == [2] and callable(m.items)  # a key named like a method stays a key
    assert str(m) == str({"id": 1, "items": [2], "name": "x", "sku": "A"})
    del m.sku
    assert "sku" not in m
    with pytest.raises(AttributeError):
        m.missing  # noqa: B018
    assert Mapping(None) == {} and Mapping() == {}


# ApiResourceWrapper: a resource class's calls on a client's connection.


def test_wrapper_calls_the_resource_on_the_clients_connection(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    wrapper = ApiResourceWrapper("Products", api)
    assert wrapper.resource_class is bigcommerce.resources.Products
    assert wrapper.connection is api.connection
    assert ApiResourceWrapper(bigcommerce.resources.Products, api).resource_class is (
        bigcommerce.resources.Products
    )
    server.reply(200, {"count": 7})
    assert wrapper.count(is_visible=True) == 7
    assert (server.last.method, server.last.path) == ("GET", V2 + "products/count")
    assert server.last.query == {"is_visible": "true"}


def test_wrapper_finds_classes_by_name() -> None:
    assert ApiResourceWrapper.str_to_class("ApiResource") is ApiResource
    assert ApiResourceWrapper.str_to_class("Orders") is bigcommerce.resources.Orders
    with pytest.raises(AttributeError):
        ApiResourceWrapper.str_to_class("NoSuchResource")


# The old tests of the public API, restated.


def test_client_with_basic_auth_uses_a_plain_connection() -> None:
    api = BigcommerceApi(host="store.example.com", basic_auth=("admin", "abcdef"))
    assert isinstance(api.connection, Connection)
    assert not isinstance(api.connection, OAuthConnection)


def test_client_with_oauth_and_its_default_services(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BC_API_ENDPOINT", raising=False)
    monkeypatch.delenv("BC_AUTH_SERVICE", raising=False)
    api = BigcommerceApi(client_id="123456", store_hash="abcdef", access_token="123abc")
    assert isinstance(api.connection, OAuthConnection)
    assert api.api_service == "api.bigcommerce.com"
    assert api.auth_service == "login.bigcommerce.com"


def test_services_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BC_API_ENDPOINT", "api.example.com")
    monkeypatch.setenv("BC_AUTH_SERVICE", "login.example.com")
    api = BigcommerceApi(client_id="123456", store_hash="abcdef", access_token="123abc")
    assert api.api_service == "api.example.com"
    assert api.auth_service == "login.example.com"


def test_client_without_a_whole_credential_pair_is_refused() -> None:
    with pytest.raises(InvalidArgumentError):
        BigcommerceApi(client_id="123", basic_auth=("admin", "token"))


def test_full_paths() -> None:
    basic = Connection(host="store.example.com", auth=("user", "abcdef"))
    assert basic.full_path("time") == "https://store.example.com/api/v2/time"
    oauth = OAuthConnection(client_id="123", store_hash="abcdef")
    assert oauth.full_path("time") == "https://api.bigcommerce.com/stores/abcdef/v2/time"
    other = OAuthConnection(client_id="123", store_hash="abcdef", host="api.example.com")
    assert other.full_path("time") == "https://api.example.com/stores/abcdef/v2/time"


def test_verify_payload() -> None:
    secret = "our-own-client-secret"
    data = {"user": {"id": 9, "email": "owner@example.com"}, "store_hash": "abcdef"}
    raw = json.dumps(data).encode()
    signature = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest().encode()
    payload = f"{base64.b64encode(raw).decode()}.{base64.b64encode(signature).decode()}"
    assert OAuthConnection.verify_payload(payload, secret) == data
    assert BigcommerceApi.oauth_verify_payload(payload, secret) == data
    assert OAuthConnection.verify_payload(payload, "another-secret") is False
    forged = base64.b64encode(json.dumps({**data, "store_hash": "x"}).encode()).decode()
    assert OAuthConnection.verify_payload(f"{forged}.{payload.split('.')[1]}", secret) is False


# delete() and delete_all() return what 0.23.4 returned: the answer's JSON, {} for a 204.


def test_delete_and_delete_all_return_the_old_answers(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(204)
    assert api.Orders.delete(1) == {}
    assert (server.last.method, server.last.path) == ("DELETE", V2 + "orders/1")
    server.reply(204)
    assert api.Orders.delete_all() == {}
    server.reply(204)
    assert api.OrderShipments.delete_all(2) == {}
    assert server.last.path == V2 + "orders/2/shipments"
    server.reply(200, {"deleted": 3})
    assert api.Orders.delete_all() == {"deleted": 3}


def test_an_objects_delete_returns_the_old_answer(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(200, {"id": 1, "order_id": 2})
    shipment = api.OrderShipments.get(2, 1)
    server.reply(204)
    assert shipment.delete() == {}
    assert (server.last.method, server.last.path) == ("DELETE", V2 + "orders/2/shipments/1")


def test_delete_answer_that_is_not_an_object_is_refused(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.route("DELETE", V2 + "orders/1", 200, [1, 2])  # every attempt: it is retried
    with pytest.raises(ResponseDecodeError, match="JSON object"):
        api.Orders.delete(1)
