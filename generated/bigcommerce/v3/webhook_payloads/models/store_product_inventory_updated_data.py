# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreProductInventoryUpdatedData` model."""

from __future__ import annotations

from ...._model import ApiModel
from .store_inventory_updated_data_inventory import StoreInventoryUpdatedDataInventory


class StoreProductInventoryUpdatedData(ApiModel):
    """`StoreProductInventoryUpdatedData`: an object of the v3 API. Every field but `id` is
    optional; unknown fields are kept.
    """

    type: str | None = None
    id: int
    inventory: StoreInventoryUpdatedDataInventory | None = None
