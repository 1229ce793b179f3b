# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `ItemLocation` model."""

from __future__ import annotations

from ...._model import ApiModel
from .item_location_settings import ItemLocationSettings


class ItemLocation(ApiModel):
    """`ItemLocation`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    location_id: int | None = None
    location_code: str | None = None
    location_name: str | None = None
    available_to_sell: int | None = None
    total_inventory_onhand: int | None = None
    location_enabled: bool | None = None
    settings: ItemLocationSettings | None = None
