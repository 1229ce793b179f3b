# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `RefundQuoteFull` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .payment_option import PaymentOption, PaymentOptionCreate, PaymentOptionUpdate


class RefundQuoteFull(ApiModel):
    """`RefundQuoteFull`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    order_id: int | None = None
    total_refund_amount: float | None = None
    total_refund_tax_amount: float | None = None
    order_level_refund_amount: float | None = None
    rounding: float | None = None
    adjustment: float | None = None
    tax_inclusive: bool | None = None
    refund_methods: list[list[PaymentOption]] | None = None


@with_config(REQUEST_CONFIG)
class RefundQuoteFullCreate(TypedDict, total=False):
    """The fields to create a `RefundQuoteFull` with; unknown keys are refused."""

    order_id: int
    total_refund_amount: float
    total_refund_tax_amount: float
    order_level_refund_amount: float
    rounding: float
    adjustment: float
    tax_inclusive: bool
    refund_methods: list[list[PaymentOptionCreate]]


@with_config(REQUEST_CONFIG)
class RefundQuoteFullUpdate(TypedDict, total=False):
    """The fields to update a `RefundQuoteFull` with; unknown keys are refused."""

    order_id: int
    total_refund_amount: float
    total_refund_tax_amount: float
    order_level_refund_amount: float
    rounding: float
    adjustment: float
    tax_inclusive: bool
    refund_methods: list[list[PaymentOptionUpdate]]
