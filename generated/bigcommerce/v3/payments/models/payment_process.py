# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentProcess` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .payment_process_payment import PaymentProcessPayment, PaymentProcessPaymentCreate


class PaymentProcess(ApiModel):
    """`PaymentProcess`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    payment: PaymentProcessPayment | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class PaymentProcessCreate(TypedDict, total=False):
    """The fields to create a `PaymentProcess` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    payment: Required[PaymentProcessPaymentCreate]
