# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentMethod` model."""

from __future__ import annotations

from ...._model import ApiModel
from .payment_method_stored_instrument import PaymentMethodStoredInstrument
from .payment_method_supported_instrument import PaymentMethodSupportedInstrument


class PaymentMethod(ApiModel):
    """`PaymentMethod`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.payments.methods`: `all`.
    """

    id: str | None = None
    """Required to create and update. At least 1 character."""
    name: str | None = None
    """Required to create and update. At least 1 character."""
    stored_instruments: list[PaymentMethodStoredInstrument] | None = None
    supported_instruments: list[PaymentMethodSupportedInstrument] | None = None
    """Required to create and update."""
    test_mode: bool | None = None
    """Required to create and update."""
    type: str | None = None
    """Required to create and update. Default `'card'`."""
