# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductVariantResponse` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .product_variant_option_value import ProductVariantOptionValue, ProductVariantOptionValueCreate


class ProductVariantResponse(ApiModel):
    """`ProductVariantResponse`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    cost_price: int | float | None = None
    """May be null. At least 0."""
    price: int | float | None = None
    """May be null. At least 0."""
    sale_price: int | float | None = None
    """May be null. At least 0."""
    retail_price: int | float | None = None
    """May be null. At least 0."""
    map_price: int | float | None = None
    weight: int | float | None = None
    """May be null. At least 0."""
    width: int | float | None = None
    """May be null. At least 0."""
    height: int | float | None = None
    """May be null. At least 0."""
    depth: int | float | None = None
    """May be null. At least 0."""
    is_free_shipping: bool | None = None
    fixed_cost_shipping_price: int | float | None = None
    """May be null. At least 0."""
    purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    """At most 255 characters."""
    image_url: str | None = None
    upc: str | None = None
    """At most 14 characters."""
    inventory_level: int | None = None
    """May be null. At most 2147483647."""
    inventory_warning_level: int | None = None
    """May be null. At most 2147483647."""
    bin_picking_number: str | None = None
    """May be null. At most 255 characters."""
    mpn: str | None = None
    gtin: str | None = None
    """At most 14 characters."""
    product_id: int | None = None
    """Required to create and update."""
    id: int
    """Required to create and update."""
    sku: str | None = None
    """Required to create and update."""
    sku_id: int | None = None
    option_values: list[ProductVariantOptionValue] | None = None
    calculated_price: int | float | None = None
    calculated_weight: int | float | None = None


@with_config(REQUEST_CONFIG)
class ProductVariantResponseCreate(TypedDict, total=False):
    """The fields to create a `ProductVariantResponse` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    cost_price: int | float | None
    """At least 0."""
    price: int | float | None
    """At least 0."""
    sale_price: int | float | None
    """At least 0."""
    retail_price: int | float | None
    """At least 0."""
    map_price: int | float
    weight: int | float | None
    """At least 0."""
    width: int | float | None
    """At least 0."""
    height: int | float | None
    """At least 0."""
    depth: int | float | None
    """At least 0."""
    is_free_shipping: bool
    fixed_cost_shipping_price: int | float | None
    """At least 0."""
    purchasing_disabled: bool
    purchasing_disabled_message: str
    """At most 255 characters."""
    image_url: str
    upc: str
    """At most 14 characters."""
    inventory_level: int | None
    """At most 2147483647."""
    inventory_warning_level: int | None
    """At most 2147483647."""
    bin_picking_number: str | None
    """At most 255 characters."""
    mpn: str
    gtin: str
    """At most 14 characters."""
    product_id: Required[int]
    id: Required[int]
    sku: Required[str]
    sku_id: int
    option_values: list[ProductVariantOptionValueCreate]
    calculated_price: int | float
    calculated_weight: int | float
