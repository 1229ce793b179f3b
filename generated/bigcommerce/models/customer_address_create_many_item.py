# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAddressCreateManyItem` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .form_field_value import FormFieldValue, FormFieldValueCreate


class CustomerAddressCreateManyItem(ApiModel):
    """`CustomerAddressCreateManyItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    first_name: str | None = None
    """Required to create and update."""
    last_name: str | None = None
    """Required to create and update."""
    company: str | None = None
    address1: str | None = None
    """Required to create and update."""
    address2: str | None = None
    city: str | None = None
    """Required to create and update."""
    state_or_province: str | None = None
    """Required to create and update."""
    postal_code: str | None = None
    """Required to create and update."""
    country_code: str | None = None
    """Required to create and update."""
    phone: str | None = None
    address_type: str | None = None
    """One of: `'residential'`, `'commercial'`."""
    customer_id: int | None = None
    """Required to create and update."""
    form_fields: list[FormFieldValue] | None = None


@with_config(REQUEST_CONFIG)
class CustomerAddressCreateManyItemCreate(TypedDict, total=False):
    """The fields to create a `CustomerAddressCreateManyItem` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    first_name: Required[str]
    last_name: Required[str]
    company: str
    address1: Required[str]
    address2: str
    city: Required[str]
    state_or_province: Required[str]
    postal_code: Required[str]
    country_code: Required[str]
    phone: str
    address_type: Literal["residential", "commercial"]
    customer_id: Required[int]
    form_fields: list[FormFieldValueCreate]
