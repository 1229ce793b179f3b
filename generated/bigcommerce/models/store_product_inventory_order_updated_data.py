# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreProductInventoryOrderUpdatedData` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_product_inventory_order_updated_data_inventory import (
    StoreProductInventoryOrderUpdatedDataInventory,
    StoreProductInventoryOrderUpdatedDataInventoryCreate,
    StoreProductInventoryOrderUpdatedDataInventoryUpdate,
)


class StoreProductInventoryOrderUpdatedData(ApiModel):
    """`StoreProductInventoryOrderUpdatedData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    type: str | None = None
    id: int | None = None
    inventory: StoreProductInventoryOrderUpdatedDataInventory | None = None


@with_config(REQUEST_CONFIG)
class StoreProductInventoryOrderUpdatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreProductInventoryOrderUpdatedData` with; unknown keys are
    refused.
    """

    type: str
    id: int
    inventory: StoreProductInventoryOrderUpdatedDataInventoryCreate


@with_config(REQUEST_CONFIG)
class StoreProductInventoryOrderUpdatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreProductInventoryOrderUpdatedData` with; unknown keys are
    refused.
    """

    type: str
    id: int
    inventory: StoreProductInventoryOrderUpdatedDataInventoryUpdate
