# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `GoogleProductSearchMapping` model."""

from __future__ import annotations

from .._model import ApiModel


class GoogleProductSearchMapping(ApiModel):
    """`GoogleProductSearchMapping`: an object of the v2 `GoogleProductSearchMappings` resource.
    Every field is optional; unknown fields are kept.
    """

    product_id: int | None = None
    enabled: bool | None = None
    category_id: int | None = None
    google_shopping_product_category_path: str | None = None
    custom_item: bool | None = None
    global_trade_item_number: str | None = None
    manufacturer_part_number: str | None = None
    gender: str | None = None
    age_group: str | None = None
    color: str | None = None
    size: str | None = None
    material: str | None = None
    pattern: str | None = None
