# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `CreatePaymentAccessTokenResponseData` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CreatePaymentAccessTokenResponseData(ApiModel):
    """`CreatePaymentAccessTokenResponseData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    id: str | None = None


@with_config(REQUEST_CONFIG)
class CreatePaymentAccessTokenResponseDataCreate(TypedDict, total=False):
    """The fields to create a `CreatePaymentAccessTokenResponseData` with; unknown keys are
    refused. Keys marked `Required` must be given.
    """

    id: Required[str]


@with_config(REQUEST_CONFIG)
class CreatePaymentAccessTokenResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `CreatePaymentAccessTokenResponseData` with; unknown keys are
    refused.
    """

    id: str
