# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreProductDeleted` model."""

from __future__ import annotations

from .._model import ApiModel
from .store_product_deleted_data import StoreProductDeletedData


class StoreProductDeleted(ApiModel):
    """`StoreProductDeleted`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    created_at: int | None = None
    """Read-only: set by the API, never sent."""
    store_id: str | None = None
    producer: str | None = None
    scope: str | None = None
    hash: str | None = None
    data: StoreProductDeletedData | None = None
