# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreShipmentCreatedData` model."""

from __future__ import annotations

from ...._model import ApiModel


class StoreShipmentCreatedData(ApiModel):
    """`StoreShipmentCreatedData`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    type: str | None = None
    id: int
    orderId: int | None = None
