# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerStoredInstrument` model."""

from __future__ import annotations

from ...._model import ApiModel
from .billing_address import BillingAddress


class CustomerStoredInstrument(ApiModel):
    """`CustomerStoredInstrument`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.customers.stored_instruments`: `all`.
    """

    type: str | None = None
    """One of: `'stored_card'`, `'stored_paypal_account'`, `'stored_bank_account'`."""
    token: str | None = None
    is_default: bool | None = None
    brand: str | None = None
    expiry_month: int | None = None
    """From 1 to 12."""
    expiry_year: int | None = None
    issuer_identification_number: str | None = None
    last_4: str | None = None
    billing_address: BillingAddress | None = None
    email: str | None = None
    masked_account_number: str | None = None
    issuer: str | None = None
