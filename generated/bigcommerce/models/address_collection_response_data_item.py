# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `AddressCollectionResponseDataItem` model."""

from __future__ import annotations

from .._model import ApiModel
from .form_field_value_address import FormFieldValueAddress


class AddressCollectionResponseDataItem(ApiModel):
    """`AddressCollectionResponseDataItem`: an object of the v3 API. Every field but `id` is
    optional; unknown fields are kept.
    """

    address1: str | None = None
    """Required to create and update."""
    address2: str | None = None
    address_type: str | None = None
    """One of: `'residential'`, `'commercial'`."""
    city: str | None = None
    """Required to create and update."""
    company: str | None = None
    country: str | None = None
    country_code: str | None = None
    """Required to create and update."""
    customer_id: int | None = None
    """Required to create and update."""
    first_name: str | None = None
    """Required to create and update."""
    id: int
    """Required to create and update."""
    last_name: str | None = None
    """Required to create and update."""
    phone: str | None = None
    postal_code: str | None = None
    """Required to create and update."""
    state_or_province: str | None = None
    """Required to create and update."""
    form_fields: list[FormFieldValueAddress] | None = None
