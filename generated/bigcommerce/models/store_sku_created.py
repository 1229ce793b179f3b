# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreSkuCreated` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_sku_created_data import (
    StoreSkuCreatedData,
    StoreSkuCreatedDataCreate,
    StoreSkuCreatedDataUpdate,
)


class StoreSkuCreated(ApiModel):
    """`StoreSkuCreated`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    created_at: int | None = None
    store_id: str | None = None
    producer: str | None = None
    scope: str | None = None
    hash: str | None = None
    data: StoreSkuCreatedData | None = None


@with_config(REQUEST_CONFIG)
class StoreSkuCreatedCreate(TypedDict, total=False):
    """The fields to create a `StoreSkuCreated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreSkuCreatedDataCreate


@with_config(REQUEST_CONFIG)
class StoreSkuCreatedUpdate(TypedDict, total=False):
    """The fields to update a `StoreSkuCreated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreSkuCreatedDataUpdate
