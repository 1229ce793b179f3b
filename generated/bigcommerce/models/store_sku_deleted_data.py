# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreSkuDeletedData` model."""

from __future__ import annotations

from .._model import ApiModel
from .store_sku_deleted_data_sku import StoreSkuDeletedDataSku


class StoreSkuDeletedData(ApiModel):
    """`StoreSkuDeletedData`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    type: str | None = None
    id: int
    sku: StoreSkuDeletedDataSku | None = None
