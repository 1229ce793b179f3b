# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `RefundItem` model."""

from __future__ import annotations

from ...._model import ApiModel
from .refund_item_adjustment import RefundItemAdjustment


class RefundItem(ApiModel):
    """`RefundItem`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    item_type: str | None = None
    """One of: `'PRODUCT'`, `'GIFT_WRAPPING'`, `'SHIPPING'`, `'HANDLING'`, `'ORDER'`, `'FEE'`."""
    item_id: int | None = None
    reason: str | None = None
    quantity: int | None = None
    adjustments: list[RefundItemAdjustment] | None = None
    requested_amount: int | float | None = None
