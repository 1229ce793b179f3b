# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentsPostRequestPayment` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .payments_post_request_payment_instrument import (
    PaymentsPostRequestPaymentInstrument,
    PaymentsPostRequestPaymentInstrumentCreate,
)


class PaymentsPostRequestPayment(ApiModel):
    """`PaymentsPostRequestPayment`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    instrument: PaymentsPostRequestPaymentInstrument | None = None
    """Required to create and update."""
    payment_method_id: str | None = None
    """Required to create and update."""
    save_instrument: bool | None = None


@with_config(REQUEST_CONFIG)
class PaymentsPostRequestPaymentCreate(TypedDict, total=False):
    """The fields to create a `PaymentsPostRequestPayment` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    instrument: Required[PaymentsPostRequestPaymentInstrumentCreate]
    payment_method_id: Required[str]
    save_instrument: bool
