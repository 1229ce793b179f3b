# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `PaymentActionRefundItem` model."""

from __future__ import annotations

from ...._model import ApiModel


class PaymentActionRefundItem(ApiModel):
    """`PaymentActionRefundItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    item_type: str | None = None
    """One of: `'PRODUCT'`, `'GIFT_WRAPPING'`, `'SHIPPING'`, `'HANDLING'`, `'ORDER'`, `'FEE'`."""
    item_id: int | None = None
    quantity: int | None = None
    requested_amount: str | None = None
    """May be null."""
    reason: str | None = None
