# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutBillingAddress` model."""

from __future__ import annotations

from ...._model import ApiModel
from .checkout_billing_address_custom_field import CheckoutBillingAddressCustomField


class CheckoutBillingAddress(ApiModel):
    """`CheckoutBillingAddress`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state_or_province: str | None = None
    state_or_province_code: str | None = None
    country_code: str | None = None
    postal_code: str | None = None
    phone: str | None = None
    custom_fields: list[CheckoutBillingAddressCustomField] | None = None
    id: str | None = None
