"""The request objects of the runtime (_request.py): operations as generated class constants, and
HTTP requests built without I/O."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import importlib
import inspect
import pkgutil

import pytest

import bigcommerce.v2
import bigcommerce.v3
from bigcommerce._operation import NodeResource
from bigcommerce._request import Call, Operation, Request, build_request
from bigcommerce.v3.catalog.resources.products import V3CatalogProducts


def methods_and_operations(cls: type) -> tuple[set[str], dict[str, object]]:
    """The public methods a generated resource class defines, and its `_op_<method>` constants
    by method name."""
    methods = {
        name
        for name, value in vars(cls).items()
        if inspect.isfunction(value) and not name.startswith("_")
    }
    constants = {n[4:]: v for n, v in vars(cls).items() if n.startswith("_op_")}
    return methods, constants


def test_a_json_body_is_sent_as_json_unless_the_caller_says_otherwise() -> None:
    request = build_request("POST", "https://x/v3/a", body=b"{}", headers={"X-A": "1"})
    assert request == Request(
        "POST", "https://x/v3/a", None, {"Content-Type": "application/json", "X-A": "1"}, b"{}"
    )
    own = build_request("POST", "https://x/", body=b"a=1", headers={"Content-Type": "text/x"})
    assert own.headers == {"Content-Type": "text/x"}


def test_the_query_is_encoded_once_and_a_form_goes_as_it_is() -> None:
    request = build_request(
        "PUT",
        "https://x/",
        params={"id:in": [1, 2], "gone": None, "on": True, "day": _dt.date(2024, 1, 2)},
        data={"name": "a"},
        files={"f": ("f", b"x")},
    )
    assert request.query == {"id:in": "1,2", "on": "true", "day": "2024-01-02"}
    assert (request.headers, request.data, request.files) == (
        None,
        {"name": "a"},
        {"f": ("f", b"x")},
    )
    assert build_request("GET", "https://x/", params={}).query is None


def test_requests_operations_and_calls_are_frozen() -> None:
    op = V3CatalogProducts._op_get
    call = Call(op, "catalog/products/1", {}, None, 2)
    for value in (op, call):
        with pytest.raises(dataclasses.FrozenInstanceError):
            value.path = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        build_request("GET", "https://x/").url = "https://y/"  # type: ignore[misc]
    assert call.prefetch == 2 and "prefetch" not in call.query


def test_the_products_operations_describe_their_calls() -> None:
    get, iterall = V3CatalogProducts._op_get, V3CatalogProducts._op_iterall
    assert (get.method, get.path, get.version, get.result) == (
        "GET",
        "catalog/products/{product_id}",
        "v3",
        "one",
    )
    assert get.operation_id == "getProduct" and get.envelope
    assert (iterall.result, iterall.pagination) == ("pages", "offset")
    assert V3CatalogProducts._op_update_many.batch_limit == 10


def node_modules() -> list[str]:
    """Every module of the imported API's resource classes (`bigcommerce.v3.catalog.resources.
    products`, `bigcommerce.v2._resource`)."""
    names = []
    for version in (bigcommerce.v2, bigcommerce.v3):
        for info in pkgutil.walk_packages(version.__path__, f"{version.__name__}."):
            if ".resources." in info.name or info.name.endswith("._resource"):
                names.append(info.name)
    return names


def test_every_node_method_has_its_operation() -> None:
    """Each generated node class holds one operation per public method, of its own version."""
    checked = 0
    for name in node_modules():
        module = importlib.import_module(name)
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and issubclass(cls, NodeResource)):
                continue
            if cls.__module__ != module.__name__:
                continue
            methods, constants = methods_and_operations(cls)
            assert set(constants) == methods, cls.__name__
            version = name.split(".")[1]  # `bigcommerce.v3.catalog.resources.products`
            for op in constants.values():
                assert isinstance(op, Operation)
                assert op.version == version and not op.path.startswith("/")
                assert op.operation_id, cls.__name__
                checked += 1
    assert checked > 500
