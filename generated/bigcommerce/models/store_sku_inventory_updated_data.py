# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreSkuInventoryUpdatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_sku_inventory_updated_data_inventory import (
    StoreSkuInventoryUpdatedDataInventory,
    StoreSkuInventoryUpdatedDataInventoryCreate,
    StoreSkuInventoryUpdatedDataInventoryUpdate,
)


class StoreSkuInventoryUpdatedData(ApiModel):
    """`StoreSkuInventoryUpdatedData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    id: int | None = None
    inventory: StoreSkuInventoryUpdatedDataInventory | None = None


@with_config(REQUEST_CONFIG)
class StoreSkuInventoryUpdatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreSkuInventoryUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    inventory: StoreSkuInventoryUpdatedDataInventoryCreate


@with_config(REQUEST_CONFIG)
class StoreSkuInventoryUpdatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreSkuInventoryUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    inventory: StoreSkuInventoryUpdatedDataInventoryUpdate
