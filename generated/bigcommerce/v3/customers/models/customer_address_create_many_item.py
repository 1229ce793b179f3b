# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAddressCreateManyItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .form_field_value import FormFieldValue, FormFieldValueCreate


class CustomerAddressCreateManyItemModel(ApiModel):
    """`CustomerAddressCreateManyItemModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
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
    form_fields: list[FormFieldValue] | None = None


@with_config(REQUEST_CONFIG)
class CustomerAddressCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    first_name: Required[str]
    """From 1 to 255 characters."""
    last_name: Required[str]
    """From 1 to 255 characters."""
    company: str
    """At most 255 characters."""
    address1: Required[str]
    address2: str
    city: Required[str]
    """At most 100 characters."""
    state_or_province: Required[str]
    """At most 100 characters."""
    postal_code: Required[str]
    """At most 30 characters."""
    country_code: Required[str]
    """Exactly 2 characters."""
    phone: str
    """At most 50 characters."""
    address_type: Literal["residential", "commercial"]
    customer_id: Required[int]
    form_fields: list[FormFieldValueCreate]
