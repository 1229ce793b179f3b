# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `ItemResponse` model."""

from __future__ import annotations

from .._model import ApiModel
from .item_response_identity import ItemResponseIdentity
from .item_response_locations_item import ItemResponseLocationsItem


class ItemResponse(ApiModel):
    """`ItemResponse`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    identity: ItemResponseIdentity | None = None
    locations: list[ItemResponseLocationsItem] | None = None
