# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreProductInventoryUpdatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_product_inventory_updated_data_inventory import (
    StoreProductInventoryUpdatedDataInventory,
    StoreProductInventoryUpdatedDataInventoryCreate,
    StoreProductInventoryUpdatedDataInventoryUpdate,
)


class StoreProductInventoryUpdatedData(ApiModel):
    """`StoreProductInventoryUpdatedData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    type: str | None = None
    id: int | None = None
    inventory: StoreProductInventoryUpdatedDataInventory | None = None


@with_config(REQUEST_CONFIG)
class StoreProductInventoryUpdatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreProductInventoryUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    inventory: StoreProductInventoryUpdatedDataInventoryCreate


@with_config(REQUEST_CONFIG)
class StoreProductInventoryUpdatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreProductInventoryUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    inventory: StoreProductInventoryUpdatedDataInventoryUpdate
