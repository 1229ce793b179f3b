# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3PaymentActionRefundCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .items_refund import ItemsRefund, ItemsRefundCreate
from .merchant_override import MerchantOverride, MerchantOverrideCreate
from .payment import Payment, V3PaymentCreate


class V3PaymentActionRefundCreate(ApiModel):
    """`V3PaymentActionRefundCreate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    items: list[ItemsRefund] | None = None
    payments: list[Payment] | None = None
    merchant_calculated_override: MerchantOverride | None = None
    tax_adjustment_amount: int | float | None = None


@with_config(REQUEST_CONFIG)
class PaymentActionRefundCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    items: list[ItemsRefundCreate]
    payments: list[V3PaymentCreate]
    merchant_calculated_override: MerchantOverrideCreate
    tax_adjustment_amount: int | float
