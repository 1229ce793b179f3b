# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderRefundCreatedData` model."""

from __future__ import annotations

from ...._model import ApiModel
from .store_order_refund_created_data_refund import StoreOrderRefundCreatedDataRefund


class StoreOrderRefundCreatedData(ApiModel):
    """`StoreOrderRefundCreatedData`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    type: str | None = None
    id: int
    refund: StoreOrderRefundCreatedDataRefund | None = None
