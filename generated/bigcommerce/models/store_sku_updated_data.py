# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreSkuUpdatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_sku_updated_data_sku import (
    StoreSkuUpdatedDataSku,
    StoreSkuUpdatedDataSkuCreate,
    StoreSkuUpdatedDataSkuUpdate,
)


class StoreSkuUpdatedData(ApiModel):
    """`StoreSkuUpdatedData`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    type: str | None = None
    id: int | None = None
    sku: StoreSkuUpdatedDataSku | None = None


@with_config(REQUEST_CONFIG)
class StoreSkuUpdatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreSkuUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    sku: StoreSkuUpdatedDataSkuCreate


@with_config(REQUEST_CONFIG)
class StoreSkuUpdatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreSkuUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    sku: StoreSkuUpdatedDataSkuUpdate
