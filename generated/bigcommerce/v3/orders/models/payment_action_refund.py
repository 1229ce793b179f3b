# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `PaymentActionRefund` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel
from .payment_action_refund_item import PaymentActionRefundItem
from .payment_action_refund_payment import PaymentActionRefundPayment


class PaymentActionRefund(ApiModel):
    """`PaymentActionRefund`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.orders.payment_actions.refunds`: `get`.
    """

    id: int
    order_id: int | None = None
    user_id: int | None = None
    created: _dt.datetime | None = None
    reason: str | None = None
    total_amount: int | float | None = None
    total_tax: int | float | None = None
    uses_merchant_override_values: bool | None = None
    payments: list[PaymentActionRefundPayment] | None = None
    items: list[PaymentActionRefundItem] | None = None
