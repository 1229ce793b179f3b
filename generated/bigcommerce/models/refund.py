# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `Refund` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .refund_item import RefundItem, RefundItemCreate, RefundItemUpdate
from .refund_payment import RefundPayment, RefundPaymentCreate, RefundPaymentUpdate


class Refund(ApiModel):
    """`Refund`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: int | None = None
    order_id: int | None = None
    user_id: int | None = None
    created: _dt.datetime | None = None
    reason: str | None = None
    total_amount: float | None = None
    total_tax: float | None = None
    uses_merchant_override_values: bool | None = None
    items: list[RefundItem] | None = None
    payments: list[RefundPayment] | None = None


@with_config(REQUEST_CONFIG)
class RefundCreate(TypedDict, total=False):
    """The fields to create a `Refund` with; unknown keys are refused."""

    order_id: int
    reason: str
    total_amount: float
    total_tax: float
    uses_merchant_override_values: bool
    items: list[RefundItemCreate]
    payments: list[RefundPaymentCreate]


@with_config(REQUEST_CONFIG)
class RefundUpdate(TypedDict, total=False):
    """The fields to update a `Refund` with; unknown keys are refused."""

    order_id: int
    reason: str
    total_amount: float
    total_tax: float
    uses_merchant_override_values: bool
    items: list[RefundItemUpdate]
    payments: list[RefundPaymentUpdate]
