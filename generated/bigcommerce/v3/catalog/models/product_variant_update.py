# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3ProductVariantUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3ProductVariantUpdate(ApiModel):
    """`V3ProductVariantUpdate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    cost_price: int | float | None = None
    """May be null. At least 0."""
    price: int | float | None = None
    """May be null. At least 0."""
    sale_price: int | float | None = None
    """May be null. At least 0."""
    retail_price: int | float | None = None
    """May be null. At least 0."""
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
    upc: str | None = None
    """May be null. At most 14 characters."""
    image_url: str | None = None
    inventory_level: int | None = None
    """May be null. At most 2147483647."""
    inventory_warning_level: int | None = None
    """May be null. At most 2147483647."""
    bin_picking_number: str | None = None
    """May be null. At most 255 characters."""
    mpn: str | None = None
    """May be null."""
    gtin: str | None = None
    """May be null. At most 14 characters."""
    product_id: int | None = None
    """Required to create."""
    sku: str | None = None
    """Required to create. From 1 to 255 characters."""


@with_config(REQUEST_CONFIG)
class ProductVariantUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    cost_price: int | float | None
    """At least 0."""
    price: int | float | None
    """At least 0."""
    sale_price: int | float | None
    """At least 0."""
    retail_price: int | float | None
    """At least 0."""
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
    upc: str | None
    """At most 14 characters."""
    image_url: str
    inventory_level: int | None
    """At most 2147483647."""
    inventory_warning_level: int | None
    """At most 2147483647."""
    bin_picking_number: str | None
    """At most 255 characters."""
    mpn: str | None
    gtin: str | None
    """At most 14 characters."""
    product_id: int
    sku: str
    """From 1 to 255 characters."""
