# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `Variant` model."""

from __future__ import annotations

from .._model import ApiModel
from .variant_option_value import VariantOptionValue


class Variant(ApiModel):
    """`Variant`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    cost_price: int | float | None = None
    price: int | float | None = None
    sale_price: int | float | None = None
    retail_price: int | float | None = None
    weight: int | float | None = None
    width: int | float | None = None
    height: int | float | None = None
    depth: int | float | None = None
    is_free_shipping: bool | None = None
    fixed_cost_shipping_price: int | float | None = None
    purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    upc: str | None = None
    inventory_level: int | None = None
    inventory_warning_level: int | None = None
    bin_picking_number: str | None = None
    id: int | None = None
    product_id: int | None = None
    sku: str | None = None
    sku_id: int | None = None
    option_values: list[VariantOptionValue] | None = None
    calculated_price: int | float | None = None
