# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `PaymentActionRefundQuoteCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .items_refund import ItemsRefund, ItemsRefundCreate


class PaymentActionRefundQuoteCreate(ApiModel):
    """`PaymentActionRefundQuoteCreate`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    items: list[ItemsRefund] | None = None
    tax_adjustment_amount: int | float | None = None


@with_config(REQUEST_CONFIG)
class PaymentActionRefundQuoteCreateCreate(TypedDict, total=False):
    """The fields to create a `PaymentActionRefundQuoteCreate` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    items: list[ItemsRefundCreate]
    tax_adjustment_amount: int | float
