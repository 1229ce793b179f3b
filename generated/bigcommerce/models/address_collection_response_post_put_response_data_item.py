# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `AddressCollectionResponsePostPutResponseDataItem` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .form_field_value_address import (
    FormFieldValueAddress,
    FormFieldValueAddressCreate,
    FormFieldValueAddressUpdate,
)


class AddressCollectionResponsePostPutResponseDataItem(ApiModel):
    """`AddressCollectionResponsePostPutResponseDataItem`: an object of the v3 API. Every field
    is optional; unknown fields are kept.
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
class AddressCollectionResponsePostPutResponseDataItemCreate(TypedDict, total=False):
    """The fields to create a `AddressCollectionResponsePostPutResponseDataItem` with; unknown
    keys are refused.
    """

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
    form_fields: list[FormFieldValueAddressCreate]


@with_config(REQUEST_CONFIG)
class AddressCollectionResponsePostPutResponseDataItemUpdate(TypedDict, total=False):
    """The fields to update a `AddressCollectionResponsePostPutResponseDataItem` with; unknown
    keys are refused.
    """

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
