# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreSkuDeletedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_sku_deleted_data_sku import (
    StoreSkuDeletedDataSku,
    StoreSkuDeletedDataSkuCreate,
    StoreSkuDeletedDataSkuUpdate,
)


class StoreSkuDeletedData(ApiModel):
    """`StoreSkuDeletedData`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    type: str | None = None
    id: int | None = None
    sku: StoreSkuDeletedDataSku | None = None


@with_config(REQUEST_CONFIG)
class StoreSkuDeletedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreSkuDeletedData` with; unknown keys are refused."""

    type: str
    id: int
    sku: StoreSkuDeletedDataSkuCreate


@with_config(REQUEST_CONFIG)
class StoreSkuDeletedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreSkuDeletedData` with; unknown keys are refused."""

    type: str
    id: int
    sku: StoreSkuDeletedDataSkuUpdate
