# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentsPostRequest` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .payments_post_request_payment import (
    PaymentsPostRequestPayment,
    PaymentsPostRequestPaymentCreate,
)


class PaymentsPostRequest(ApiModel):
    """`PaymentsPostRequest`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    payment: PaymentsPostRequestPayment | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class PaymentsPostRequestCreate(TypedDict, total=False):
    """The fields to create a `PaymentsPostRequest` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    payment: Required[PaymentsPostRequestPaymentCreate]
