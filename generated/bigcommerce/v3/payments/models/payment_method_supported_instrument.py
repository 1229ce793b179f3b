# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentMethodSupportedInstrument` model."""

from __future__ import annotations

from ...._model import ApiModel


class PaymentMethodSupportedInstrument(ApiModel):
    """`PaymentMethodSupportedInstrument`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    instrument_type: str | None = None
    """Required to create and update. One of: `'VISA'`, `'MASTERCARD'`, `'DISCOVER'`, `'AMEX'`,
    `'DINERS_CLUB'`, `'JCB'`, `'DANKORT'`, `'MAESTRO'`, `'STORED_CARD'`.
    """
    verification_value_required: bool | None = None
