# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAddress` model."""

from __future__ import annotations

from ...._model import ApiModel
from .form_field_value_address import FormFieldValueAddress


class CustomerAddress(ApiModel):
    """`CustomerAddress`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.customers.addresses`: `all`, `create_many`,
    `update_many`.
    """

    address1: str | None = None
    address2: str | None = None
    address_type: str | None = None
    """One of: `'residential'`, `'commercial'`."""
    city: str | None = None
    """At most 100 characters."""
    company: str | None = None
    """At most 255 characters."""
    country: str | None = None
    country_code: str | None = None
    """Exactly 2 characters."""
    customer_id: int | None = None
    first_name: str | None = None
    """From 1 to 255 characters."""
    id: int
    last_name: str | None = None
    """From 1 to 255 characters."""
    phone: str | None = None
    """At most 50 characters."""
    postal_code: str | None = None
    """At most 30 characters."""
    state_or_province: str | None = None
    """At most 100 characters."""
    form_fields: list[FormFieldValueAddress] | None = None
