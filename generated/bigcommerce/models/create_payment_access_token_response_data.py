# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `CreatePaymentAccessTokenResponseData` model."""

from __future__ import annotations

from .._model import ApiModel


class CreatePaymentAccessTokenResponseData(ApiModel):
    """`CreatePaymentAccessTokenResponseData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    id: str | None = None
    """Required to create and update."""
