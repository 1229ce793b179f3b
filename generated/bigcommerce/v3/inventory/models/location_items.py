# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationItems` model."""

from __future__ import annotations

from ...._model import ApiModel
from .item_location_settings import ItemLocationSettings
from .location_items_identity import LocationItemsIdentity


class LocationItems(ApiModel):
    """`LocationItems`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.inventory.locations.items`: `all`.
    """

    identity: LocationItemsIdentity | None = None
    available_to_sell: int | None = None
    total_inventory_onhand: int | None = None
    settings: ItemLocationSettings | None = None
