# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductsCatalogV3ProductVariantFull` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .product_variant_option_value_full import (
    ProductVariantOptionValueFull,
    ProductVariantOptionValueFullCreate,
)


class ProductsCatalogV3ProductVariantFull(ApiModel):
    """`ProductsCatalogV3ProductVariantFull`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    cost_price: float | None = None
    price: float | None = None
    sale_price: float | None = None
    retail_price: float | None = None
    map_price: float | None = None
    weight: float | None = None
    width: float | None = None
    height: float | None = None
    depth: float | None = None
    is_free_shipping: bool | None = None
    fixed_cost_shipping_price: float | None = None
    purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    image_url: str | None = None
    upc: str | None = None
    inventory_level: int | None = None
    inventory_warning_level: int | None = None
    bin_picking_number: str | None = None
    mpn: str | None = None
    gtin: str | None = None
    product_id: int | None = None
    id: int | None = None
    sku: str | None = None
    sku_id: int | None = None
    option_values: list[ProductVariantOptionValueFull] | None = None
    calculated_price: float | None = None
    calculated_weight: float | None = None


@with_config(REQUEST_CONFIG)
class ProductsCatalogV3ProductVariantFullCreate(TypedDict, total=False):
    """The fields to create a `ProductsCatalogV3ProductVariantFull` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the
    documents require.
    """

    cost_price: float | None
    price: float | None
    sale_price: float | None
    retail_price: float | None
    map_price: float
    weight: float | None
    width: float | None
    height: float | None
    depth: float | None
    is_free_shipping: bool
    fixed_cost_shipping_price: float | None
    purchasing_disabled: bool
    purchasing_disabled_message: str
    image_url: str
    upc: str
    inventory_level: int | None
    inventory_warning_level: int | None
    bin_picking_number: str | None
    mpn: str
    gtin: str
    product_id: Required[int]
    id: Required[int]
    sku: Required[str]
    sku_id: int
    option_values: list[ProductVariantOptionValueFullCreate]
    calculated_price: float
    calculated_weight: float
