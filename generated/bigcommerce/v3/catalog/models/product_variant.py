# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductVariant` model."""

from __future__ import annotations

from ...._model import ApiModel
from .product_variant_option_value_option_value import ProductVariantOptionValueOptionValue


class ProductVariant(ApiModel):
    """`ProductVariant`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.catalog.products.variants`: `all`, `create`, `get`,
    `update`.
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
    id: int
    product_id: int | None = None
    sku: str | None = None
    sku_id: int | None = None
    """May be null."""
    option_values: list[ProductVariantOptionValueOptionValue] | None = None
    calculated_price: int | float | None = None
    calculated_weight: int | float | None = None
