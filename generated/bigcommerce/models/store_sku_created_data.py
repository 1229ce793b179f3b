# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreSkuCreatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_sku_created_data_sku import (
    StoreSkuCreatedDataSku,
    StoreSkuCreatedDataSkuCreate,
    StoreSkuCreatedDataSkuUpdate,
)


class StoreSkuCreatedData(ApiModel):
    """`StoreSkuCreatedData`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    type: str | None = None
    id: int | None = None
    sku: StoreSkuCreatedDataSku | None = None


@with_config(REQUEST_CONFIG)
class StoreSkuCreatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreSkuCreatedData` with; unknown keys are refused."""

    type: str
    id: int
    sku: StoreSkuCreatedDataSkuCreate


@with_config(REQUEST_CONFIG)
class StoreSkuCreatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreSkuCreatedData` with; unknown keys are refused."""

    type: str
    id: int
    sku: StoreSkuCreatedDataSkuUpdate
