"""The name-making helpers of codegen/naming.py, each with the names it has always made."""

from __future__ import annotations

import pytest

from codegen import naming


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("price", ["price", "min_price", "max_price"]),
        ("date_created", ["date_created", "min_date_created", "max_date_created"]),
        ("id", ["id", "min_id", "max_id"]),
    ],
)
def test_range_filter_keys(name: str, keys: list[str]) -> None:
    assert naming.range_filter_keys(name) == keys


@pytest.mark.parametrize(
    ("model", "verb", "name"),
    [("Product", "create", "ProductCreate"), ("Product", "update", "ProductUpdate")],
)
def test_body_typeddict_name(model: str, verb: str, name: str) -> None:
    assert naming.body_typeddict_name(model, verb) == name


def test_model_type_names() -> None:
    assert naming.model_type_names("Product") == {"Product", "ProductCreate", "ProductUpdate"}
    assert naming.model_type_names("V2Order") == {"V2Order", "V2OrderCreate", "V2OrderUpdate"}


@pytest.mark.parametrize(
    ("version", "name", "out"),
    [("V3", "Product", "V3Product"), ("V2", "Coupon", "V2Coupon")],
)
def test_versioned_model_name(version: str, name: str, out: str) -> None:
    assert naming.versioned_model_name(version, name) == out


@pytest.mark.parametrize(
    ("base", "n", "out"),
    [("Metafield_Put", 2, "MetafieldPut2"), ("Metafield", 3, "Metafield3"), ("A_b_c", 10, "Abc10")],
)
def test_numbered_name(base: str, n: int, out: str) -> None:
    assert naming.numbered_name(base, n) == out


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("V3CatalogProducts", "v3_catalog_products"),
        ("ProductCustomFields", "product_custom_fields"),
        ("V2Orders", "v2_orders"),
    ],
)
def test_resource_module(name: str, module: str) -> None:
    assert naming.resource_module(name) == module


@pytest.mark.parametrize(
    ("name", "suffix", "out"),
    [("Cart", "Request", "CartRequest"), ("CartRequest", "Request", "CartRequest")],
)
def test_suffixed(name: str, suffix: str, out: str) -> None:
    assert naming.suffixed(name, suffix) == out


def test_numbered_unused() -> None:
    assert naming.numbered_unused("Cart", set()) == "Cart2"
    assert naming.numbered_unused("Cart", {"Cart", "Cart2", "Cart3"}) == "Cart4"
    assert naming.numbered_unused("Cart", {"Cart3"}) == "Cart2"


def test_request_and_response_schema_names() -> None:
    assert naming.request_schema_name("CreateCart") == "CreateCartRequest"
    assert naming.response_schema_suffix("200", True) == "Response"
    assert naming.response_schema_suffix("201", False) == "Response201"


@pytest.mark.parametrize(
    ("rest", "out"),
    [
        ((), ""),
        (("properties", "custom_fields", "items"), "CustomFieldsItem"),
        (("additionalProperties", "properties", "id"), "ValueId"),
        (("allOf", "0", "properties", "meta"), "Meta"),
        (("oneOf",), "OneOf"),
    ],
)
def test_nested_schema_name(rest: tuple[str, ...], out: str) -> None:
    assert naming.nested_schema_name(rest) == out


@pytest.mark.parametrize(
    ("operation_id", "out"),
    [
        ("createProductImage", "create_product_image"),
        ("get-pickup", "get_pickup"),
        ("getOrderV2", "get_order_v2"),
    ],
)
def test_operation_method_name(operation_id: str, out: str) -> None:
    assert naming.operation_method_name(operation_id) == out


def test_unclashed() -> None:
    assert naming.unclashed("get", set()) == "get"
    assert naming.unclashed("get", {"get"}) == "get_"
    assert naming.unclashed("get", {"get", "get_"}) == "get__"


def test_body_component_schema_name() -> None:
    assert naming.body_component_schema_name("cart", True) == "CartResponse"
    assert naming.body_component_schema_name("cart", False) == "CartRequest"
    assert naming.body_component_schema_name("CartResponse", True) == "CartResponse"


def test_unnamed_operation_schema_name() -> None:
    assert naming.unnamed_operation_schema_name("get", "/carts/{id}") == "GetCartsId"
    assert naming.unnamed_operation_schema_name("post", "/carts") == "PostCarts"


def test_file_prefixed_name() -> None:
    assert naming.file_prefixed_name("CartsV3", "Cart") == "CartsV3Cart"


def test_document_version() -> None:
    assert naming.document_version("orders.v2.oas2.yml#/definitions/Order") == "V2"
    assert naming.document_version("catalog/products_catalog.v3.yml#/components/x") == "V3"
    assert naming.document_version("a.yml#/x.v2") == "V3"  # the pointer does not count


def test_file_prefix() -> None:
    assert naming.file_prefix("catalog/products_catalog.v3.yml") == "CatalogProductsCatalogV3"
    assert naming.file_prefix("products_catalog.v3.yml") == "ProductsCatalogV3"
    assert naming.file_prefix("orders.v2.oas2.yml") == "OrdersV2"
    assert naming.file_prefix("x.yaml") == "X"


def test_model_module_path() -> None:
    assert naming.model_module_path("ProductImage") == "..models.product_image"
