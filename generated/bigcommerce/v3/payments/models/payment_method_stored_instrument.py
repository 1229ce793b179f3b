# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentMethodStoredInstrument` model."""

from __future__ import annotations

from ...._model import ApiModel


class PaymentMethodStoredInstrument(ApiModel):
    """`PaymentMethodStoredInstrument`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    brand: str | None = None
    """Required to create and update. At least 1 character."""
    expiry_month: int | None = None
    """Required to create and update. From 1 to 12."""
    expiry_year: int | None = None
    """Required to create and update."""
    issuer_identification_number: str | None = None
    """Required to create and update. Exactly 6 characters."""
    last_4: str | None = None
    """Required to create and update. Exactly 4 characters."""
    token: str | None = None
    """Required to create and update. Exactly 64 characters."""
    is_default: bool | None = None
    """Required to create and update."""
    type: str | None = None
    """Required to create and update. Default `'stored_card'`."""
