# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreSkuCreatedDataSku` model."""

from __future__ import annotations

from ...._model import ApiModel


class StoreSkuCreatedDataSku(ApiModel):
    """`StoreSkuCreatedDataSku`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    product_id: int | None = None
    variant_id: int | None = None
