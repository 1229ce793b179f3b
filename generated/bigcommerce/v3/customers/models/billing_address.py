# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `BillingAddress` model."""

from __future__ import annotations

from ...._model import ApiModel


class BillingAddress(ApiModel):
    """`BillingAddress`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    postal_code: str | None = None
    state_or_province: str | None = None
    state_or_province_code: str | None = None
    country_code: str | None = None
    phone: str | None = None
