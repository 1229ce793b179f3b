# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentProcessModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .payment_process_payment import PaymentProcessPayment, PaymentProcessPaymentCreate


class PaymentProcessModel(ApiModel):
    """`PaymentProcessModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    payment: PaymentProcessPayment | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class PaymentProcess(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    payment: Required[PaymentProcessPaymentCreate]
