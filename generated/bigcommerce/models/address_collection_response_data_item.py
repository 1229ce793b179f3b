# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `AddressCollectionResponseDataItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .form_field_value_address import (
    FormFieldValueAddress,
    FormFieldValueAddressCreate,
    FormFieldValueAddressUpdate,
)


class AddressCollectionResponseDataItem(ApiModel):
    """`AddressCollectionResponseDataItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    address1: str | None = None
    address2: str | None = None
    address_type: str | None = None
    city: str | None = None
    company: str | None = None
    country: str | None = None
    country_code: str | None = None
    customer_id: int | None = None
    first_name: str | None = None
    id: int | None = None
    last_name: str | None = None
    phone: str | None = None
    postal_code: str | None = None
    state_or_province: str | None = None
    form_fields: list[FormFieldValueAddress] | None = None


@with_config(REQUEST_CONFIG)
class AddressCollectionResponseDataItemCreate(TypedDict, total=False):
    """The fields to create a `AddressCollectionResponseDataItem` with; unknown keys are refused.
    Keys marked `Required` must be given.
    """

    address1: Required[str]
    address2: str
    address_type: Literal["residential", "commercial"]
    city: Required[str]
    company: str
    country: str
    country_code: Required[str]
    customer_id: Required[int]
    first_name: Required[str]
    id: Required[int]
    last_name: Required[str]
    phone: str
    postal_code: Required[str]
    state_or_province: Required[str]
    form_fields: list[FormFieldValueAddressCreate]


@with_config(REQUEST_CONFIG)
class AddressCollectionResponseDataItemUpdate(TypedDict, total=False):
    """The fields to update a `AddressCollectionResponseDataItem` with; unknown keys are refused."""

    address1: str
    address2: str
    address_type: Literal["residential", "commercial"]
    city: str
    company: str
    country: str
    country_code: str
    customer_id: int
    first_name: str
    id: int
    last_name: str
    phone: str
    postal_code: str
    state_or_province: str
    form_fields: list[FormFieldValueAddressUpdate]
