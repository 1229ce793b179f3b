# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentProcessPayment` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .payment_process_payment_instrument import (
    PaymentProcessPaymentInstrument,
    PaymentProcessPaymentInstrumentCreate,
)


class PaymentProcessPayment(ApiModel):
    """`PaymentProcessPayment`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    instrument: PaymentProcessPaymentInstrument | None = None
    """Required to create and update."""
    payment_method_id: str | None = None
    """Required to create and update. At least 1 character."""
    save_instrument: bool | None = None


@with_config(REQUEST_CONFIG)
class PaymentProcessPaymentCreate(TypedDict, total=False):
    """The fields to create a `PaymentProcessPayment` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    instrument: Required[PaymentProcessPaymentInstrumentCreate]
    payment_method_id: Required[str]
    """At least 1 character."""
    save_instrument: bool
