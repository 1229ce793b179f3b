# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `RefundItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .refund_item_adjustment import (
    RefundItemAdjustment,
    RefundItemAdjustmentCreate,
    RefundItemAdjustmentUpdate,
)


class RefundItem(ApiModel):
    """`RefundItem`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    item_type: str | None = None
    item_id: int | None = None
    reason: str | None = None
    quantity: int | None = None
    adjustments: list[RefundItemAdjustment] | None = None
    requested_amount: float | None = None


@with_config(REQUEST_CONFIG)
class RefundItemCreate(TypedDict, total=False):
    """The fields to create a `RefundItem` with; unknown keys are refused."""

    item_type: Literal["PRODUCT", "GIFT_WRAPPING", "SHIPPING", "HANDLING", "ORDER", "FEE"]
    item_id: int
    reason: str
    quantity: int
    adjustments: list[RefundItemAdjustmentCreate]
    requested_amount: float


@with_config(REQUEST_CONFIG)
class RefundItemUpdate(TypedDict, total=False):
    """The fields to update a `RefundItem` with; unknown keys are refused."""

    item_type: Literal["PRODUCT", "GIFT_WRAPPING", "SHIPPING", "HANDLING", "ORDER", "FEE"]
    item_id: int
    reason: str
    quantity: int
    adjustments: list[RefundItemAdjustmentUpdate]
    requested_amount: float
