# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreSkuInventoryUpdatedDataInventory` model."""

from __future__ import annotations

from ...._model import ApiModel


class StoreSkuInventoryUpdatedDataInventory(ApiModel):
    """`StoreSkuInventoryUpdatedDataInventory`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    product_id: int | None = None
    method: str | None = None
    """One of: `'absolute'`, `'relative'`."""
    value: int | None = None
    variant_id: int | None = None
