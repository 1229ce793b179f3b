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
