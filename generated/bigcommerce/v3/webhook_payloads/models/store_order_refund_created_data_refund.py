# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderRefundCreatedDataRefund` model."""

from __future__ import annotations

from ...._model import ApiModel


class StoreOrderRefundCreatedDataRefund(ApiModel):
    """`StoreOrderRefundCreatedDataRefund`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    refund_id: int | None = None
