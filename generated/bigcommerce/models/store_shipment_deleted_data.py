# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreShipmentDeletedData` model."""

from __future__ import annotations

from .._model import ApiModel


class StoreShipmentDeletedData(ApiModel):
    """`StoreShipmentDeletedData`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    type: str | None = None
    id: int
    orderId: int | None = None
