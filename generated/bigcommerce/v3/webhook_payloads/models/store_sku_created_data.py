# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreSkuCreatedData` model."""

from __future__ import annotations

from ...._model import ApiModel
from .store_sku_created_data_sku import StoreSkuCreatedDataSku


class StoreSkuCreatedData(ApiModel):
    """`StoreSkuCreatedData`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    type: str | None = None
    id: int
    sku: StoreSkuCreatedDataSku | None = None
