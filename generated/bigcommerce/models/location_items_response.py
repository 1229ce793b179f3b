# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationItemsResponse` model."""

from __future__ import annotations

from .._model import ApiModel
from .location_items_response_identity import LocationItemsResponseIdentity
from .location_items_response_settings import LocationItemsResponseSettings


class LocationItemsResponse(ApiModel):
    """`LocationItemsResponse`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    identity: LocationItemsResponseIdentity | None = None
    available_to_sell: int | None = None
    total_inventory_onhand: int | None = None
    settings: LocationItemsResponseSettings | None = None
