# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAddress` model."""

from __future__ import annotations

from .._model import ApiModel
from .form_field_value_address import FormFieldValueAddress


class CustomerAddress(ApiModel):
    """`CustomerAddress`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    address1: str | None = None
    address2: str | None = None
    address_type: str | None = None
    """One of: `'residential'`, `'commercial'`."""
    city: str | None = None
    company: str | None = None
    country: str | None = None
    country_code: str | None = None
    customer_id: int | None = None
    first_name: str | None = None
    id: int
    last_name: str | None = None
    phone: str | None = None
    postal_code: str | None = None
    state_or_province: str | None = None
    form_fields: list[FormFieldValueAddress] | None = None
