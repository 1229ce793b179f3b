# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `CreditCard` model."""

from __future__ import annotations

from ...._model import ApiModel


class CreditCard(ApiModel):
    """`CreditCard`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    card_type: str | None = None
    """One of: `'alelo'`, `'alia'`, `'american_express'`, `'cabal'`, `'carnet'`, `'dankort'`,
    `'diners_club'`, `'discover'`, `'elo'`, `'forbrugsforeningen'`, `'jcb'`, `'maestro'`,
    `'master'`, `'naranja'`, `'sodexo'`, `'unionpay'`, `'visa'`, `'vr'`.
    """
    card_iin: str | None = None
    card_last4: str | None = None
    card_expiry_month: int | None = None
    """From 1 to 12."""
    card_expiry_year: int | None = None
