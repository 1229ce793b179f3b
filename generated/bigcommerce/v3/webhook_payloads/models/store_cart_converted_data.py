# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCartConvertedData` model."""

from __future__ import annotations

from ...._model import ApiModel


class StoreCartConvertedData(ApiModel):
    """`StoreCartConvertedData`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    type: str | None = None
    """Default `'cart'`."""
    id: str | None = None
    orderId: int | None = None
