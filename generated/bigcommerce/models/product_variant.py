# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductVariant` model."""

from __future__ import annotations

from .._model import ApiModel
from .product_variant_option_value_option_value import ProductVariantOptionValueOptionValue


class ProductVariant(ApiModel):
    """`ProductVariant`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
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
    image_url: str | None = None
    inventory_level: int | None = None
    """May be null."""
    inventory_warning_level: int | None = None
    """May be null."""
    bin_picking_number: str | None = None
    """May be null."""
    mpn: str | None = None
    """May be null."""
    gtin: str | None = None
    """May be null."""
    id: int
    product_id: int | None = None
    sku: str | None = None
    sku_id: int | None = None
    """May be null."""
    option_values: list[ProductVariantOptionValueOptionValue] | None = None
    calculated_price: int | float | None = None
    calculated_weight: int | float | None = None
