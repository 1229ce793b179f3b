# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCartLineItemCreatedData` model."""

from __future__ import annotations

from ...._model import ApiModel


class StoreCartLineItemCreatedData(ApiModel):
    """`StoreCartLineItemCreatedData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    id: str | None = None
    cartId: str | None = None
