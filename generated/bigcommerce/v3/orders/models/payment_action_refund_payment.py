# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `PaymentActionRefundPayment` model."""

from __future__ import annotations

from ...._model import ApiModel


class PaymentActionRefundPayment(ApiModel):
    """`PaymentActionRefundPayment`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    provider_id: str | None = None
    amount: int | float | None = None
    offline: bool | None = None
    is_declined: bool | None = None
    declined_message: str | None = None
