# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `Address` model."""

from __future__ import annotations

from ...._model import ApiModel
from .form_field_value import FormFieldValue


class Address(ApiModel):
    """`Address`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept.
    """

    first_name: str | None = None
    """Required to create and update. From 1 to 255 characters."""
    last_name: str | None = None
    """Required to create and update. From 1 to 255 characters."""
    company: str | None = None
    """At most 255 characters."""
    address1: str | None = None
    """Required to create and update."""
    address2: str | None = None
    city: str | None = None
    """Required to create and update. At most 100 characters."""
    state_or_province: str | None = None
    """Required to create and update. At most 100 characters."""
    postal_code: str | None = None
    """Required to create and update. At most 30 characters."""
    country_code: str | None = None
    """Required to create and update. Exactly 2 characters."""
    phone: str | None = None
    """At most 50 characters."""
    address_type: str | None = None
    """One of: `'residential'`, `'commercial'`."""
    customer_id: int | None = None
    """Required to create and update."""
    id: int
    """Required to create and update."""
    country: str | None = None
    form_fields: list[FormFieldValue] | None = None
