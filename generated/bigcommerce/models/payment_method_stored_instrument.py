# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentMethodStoredInstrument` model."""

from __future__ import annotations

from .._model import ApiModel


class PaymentMethodStoredInstrument(ApiModel):
    """`PaymentMethodStoredInstrument`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    brand: str | None = None
    expiry_month: int | None = None
    expiry_year: int | None = None
    issuer_identification_number: str | None = None
    last_4: str | None = None
    token: str | None = None
    is_default: bool | None = None
    type: str | None = None
