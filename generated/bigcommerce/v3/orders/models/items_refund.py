# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `ItemsRefund` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .refund_item_adjustment import RefundItemAdjustment, RefundItemAdjustmentCreate


class ItemsRefund(ApiModel):
    """`ItemsRefund`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    item_type: str | None = None
    """One of: `'PRODUCT'`, `'GIFT_WRAPPING'`, `'ORDER'`, `'SHIPPING'`, `'HANDLING'`, `'TAX'`,
    `'FEE'`.
    """
    item_id: int | float | None = None
    adjustments: list[RefundItemAdjustment] | None = None
    quantity: int | None = None
    reason: str | None = None
    """At most 1000 characters."""
    amount: int | float | None = None


@with_config(REQUEST_CONFIG)
class ItemsRefundCreate(TypedDict, total=False):
    """The fields to create a `ItemsRefund` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    item_type: Literal["PRODUCT", "GIFT_WRAPPING", "ORDER", "SHIPPING", "HANDLING", "TAX", "FEE"]
    item_id: int | float
    adjustments: list[RefundItemAdjustmentCreate]
    quantity: int
    reason: str
    """At most 1000 characters."""
    amount: int | float
