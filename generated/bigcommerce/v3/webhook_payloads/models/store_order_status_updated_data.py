# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderStatusUpdatedData` model."""

from __future__ import annotations

from ...._model import ApiModel
from .store_order_status_updated_data_status import StoreOrderStatusUpdatedDataStatus


class StoreOrderStatusUpdatedData(ApiModel):
    """`StoreOrderStatusUpdatedData`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    type: str | None = None
    id: int
    status: StoreOrderStatusUpdatedDataStatus | None = None
