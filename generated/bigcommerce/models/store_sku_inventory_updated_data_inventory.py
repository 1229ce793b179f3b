# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreSkuInventoryUpdatedDataInventory` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreSkuInventoryUpdatedDataInventory(ApiModel):
    """`StoreSkuInventoryUpdatedDataInventory`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    product_id: int | None = None
    method: str | None = None
    value: int | None = None
    variant_id: int | None = None


@with_config(REQUEST_CONFIG)
class StoreSkuInventoryUpdatedDataInventoryCreate(TypedDict, total=False):
    """The fields to create a `StoreSkuInventoryUpdatedDataInventory` with; unknown keys are
    refused.
    """

    product_id: int
    method: Literal["absolute", "relative"]
    value: int
    variant_id: int


@with_config(REQUEST_CONFIG)
class StoreSkuInventoryUpdatedDataInventoryUpdate(TypedDict, total=False):
    """The fields to update a `StoreSkuInventoryUpdatedDataInventory` with; unknown keys are
    refused.
    """

    product_id: int
    method: Literal["absolute", "relative"]
    value: int
    variant_id: int
