# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `RefundQuote` model."""

from __future__ import annotations

from ...._model import ApiModel
from .payment_option import PaymentOption


class RefundQuote(ApiModel):
    """`RefundQuote`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.orders.payment_actions.refund_quotes`: `create`.
    """

    order_id: int | None = None
    total_refund_amount: int | float | None = None
    total_refund_tax_amount: int | float | None = None
    order_level_refund_amount: int | float | None = None
    rounding: int | float | None = None
    adjustment: int | float | None = None
    tax_inclusive: bool | None = None
    refund_methods: list[list[PaymentOption]] | None = None
