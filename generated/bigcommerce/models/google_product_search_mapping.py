# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `GoogleProductSearchMapping` model."""

from __future__ import annotations

from .._model import ApiModel


class GoogleProductSearchMapping(ApiModel):
    """`GoogleProductSearchMapping`: an object of the v2 `GoogleProductSearchMappings` resource.
    Every field is optional; unknown fields are kept.
    """

    product_id: int | None = None
    """Read-only: set by the API, never sent."""
    enabled: bool | None = None
    """Read-only: set by the API, never sent."""
    category_id: int | None = None
    """Read-only: set by the API, never sent."""
    google_shopping_product_category_path: str | None = None
    """Read-only: set by the API, never sent."""
    custom_item: bool | None = None
    """Read-only: set by the API, never sent."""
    global_trade_item_number: str | None = None
    """Read-only: set by the API, never sent."""
    manufacturer_part_number: str | None = None
    """Read-only: set by the API, never sent."""
    gender: str | None = None
    """Read-only: set by the API, never sent."""
    age_group: str | None = None
    """Read-only: set by the API, never sent."""
    color: str | None = None
    """Read-only: set by the API, never sent."""
    size: str | None = None
    """Read-only: set by the API, never sent."""
    material: str | None = None
    """Read-only: set by the API, never sent."""
    pattern: str | None = None
    """Read-only: set by the API, never sent."""
