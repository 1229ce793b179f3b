# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreSkuInventoryOrderUpdatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_sku_inventory_order_updated_data_inventory import (
    StoreSkuInventoryOrderUpdatedDataInventory,
    StoreSkuInventoryOrderUpdatedDataInventoryCreate,
    StoreSkuInventoryOrderUpdatedDataInventoryUpdate,
)


class StoreSkuInventoryOrderUpdatedData(ApiModel):
    """`StoreSkuInventoryOrderUpdatedData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    type: str | None = None
    id: int | None = None
    inventory: StoreSkuInventoryOrderUpdatedDataInventory | None = None


@with_config(REQUEST_CONFIG)
class StoreSkuInventoryOrderUpdatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreSkuInventoryOrderUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    inventory: StoreSkuInventoryOrderUpdatedDataInventoryCreate


@with_config(REQUEST_CONFIG)
class StoreSkuInventoryOrderUpdatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreSkuInventoryOrderUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    inventory: StoreSkuInventoryOrderUpdatedDataInventoryUpdate
