# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3ProductVariantCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .product_variant_option_value_option_value import (
    ProductVariantOptionValueOptionValue,
    ProductVariantOptionValueOptionValueCreate,
)


class V3ProductVariantCreate(ApiModel):
    """`V3ProductVariantCreate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    cost_price: int | float | None = None
    """May be null."""
    price: int | float | None = None
    """May be null."""
    sale_price: int | float | None = None
    """May be null."""
    retail_price: int | float | None = None
    """May be null."""
    weight: int | float | None = None
    """May be null."""
    width: int | float | None = None
    """May be null."""
    height: int | float | None = None
    """May be null."""
    depth: int | float | None = None
    """May be null."""
    is_free_shipping: bool | None = None
    fixed_cost_shipping_price: int | float | None = None
    """May be null."""
    purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    upc: str | None = None
    """May be null."""
    inventory_level: int | None = None
    """May be null."""
    inventory_warning_level: int | None = None
    """May be null."""
    bin_picking_number: str | None = None
    """May be null."""
    image_url: str | None = None
    gtin: str | None = None
    """May be null."""
    mpn: str | None = None
    """May be null."""
    product_id: int | None = None
    """Required to create."""
    sku: str | None = None
    """Required to create."""
    option_values: list[ProductVariantOptionValueOptionValue] | None = None
    """Required to create."""


@with_config(REQUEST_CONFIG)
class V3ProductVariantCreateCreate(TypedDict, total=False):
    """The fields to create a `V3ProductVariantCreate` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    cost_price: int | float | None
    price: int | float | None
    sale_price: int | float | None
    retail_price: int | float | None
    weight: int | float | None
    width: int | float | None
    height: int | float | None
    depth: int | float | None
    is_free_shipping: bool
    fixed_cost_shipping_price: int | float | None
    purchasing_disabled: bool
    purchasing_disabled_message: str
    upc: str | None
    inventory_level: int | None
    inventory_warning_level: int | None
    bin_picking_number: str | None
    image_url: str
    gtin: str | None
    mpn: str | None
    product_id: Required[int]
    sku: Required[str]
    option_values: Required[list[ProductVariantOptionValueOptionValueCreate]]
