# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `CreatePaymentAccessTokenRequest` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .access_tokens_payments_v3_order import (
    AccessTokensPaymentsV3Order,
    AccessTokensPaymentsV3OrderCreate,
)


class CreatePaymentAccessTokenRequest(ApiModel):
    """`CreatePaymentAccessTokenRequest`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    order: AccessTokensPaymentsV3Order | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class CreatePaymentAccessTokenRequestCreate(TypedDict, total=False):
    """The fields to create a `CreatePaymentAccessTokenRequest` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    order: Required[AccessTokensPaymentsV3OrderCreate]
