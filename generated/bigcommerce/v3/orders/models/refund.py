# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `Refund` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel
from .refund_item import RefundItem
from .refund_payment import RefundPayment


class Refund(ApiModel):
    """`Refund`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.orders.payment_actions.refunds`: `all`, `create`.
    """

    id: int
    """Read-only: set by the API, never sent."""
    order_id: int | None = None
    user_id: int | None = None
    """Read-only: set by the API, never sent."""
    created: _dt.datetime | None = None
    """Read-only: set by the API, never sent."""
    reason: str | None = None
    total_amount: int | float | None = None
    total_tax: int | float | None = None
    uses_merchant_override_values: bool | None = None
    items: list[RefundItem] | None = None
    payments: list[RefundPayment] | None = None
