# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomersV3CustomerFull` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .address_full import AddressFull, AddressFullCreate, AddressFullUpdate
from .attribute_full import AttributeFull, AttributeFullCreate, AttributeFullUpdate
from .customer_stored_credit_amounts_item import (
    CustomerStoredCreditAmountsItem,
    CustomerStoredCreditAmountsItemCreate,
    CustomerStoredCreditAmountsItemUpdate,
)
from .customers_v3_customer_full_authentication import (
    CustomersV3CustomerFullAuthentication,
    CustomersV3CustomerFullAuthenticationCreate,
    CustomersV3CustomerFullAuthenticationUpdate,
)
from .form_field_value_customer import (
    FormFieldValueCustomer,
    FormFieldValueCustomerCreate,
    FormFieldValueCustomerUpdate,
)


class CustomersV3CustomerFull(ApiModel):
    """`CustomersV3CustomerFull`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    phone: str | None = None
    registration_ip_address: str | None = None
    notes: str | None = None
    tax_exempt_category: str | None = None
    customer_group_id: int | None = None
    id: int | None = None
    date_modified: _dt.datetime | None = None
    date_created: _dt.datetime | None = None
    address_count: int | None = None
    attribute_count: int | None = None
    authentication: CustomersV3CustomerFullAuthentication | None = None
    addresses: list[AddressFull] | None = None
    attributes: list[AttributeFull] | None = None
    form_fields: list[FormFieldValueCustomer] | None = None
    store_credit_amounts: list[CustomerStoredCreditAmountsItem] | None = None
    accepts_product_review_abandoned_cart_emails: bool | None = None
    origin_channel_id: int | None = None
    channel_ids: list[Any] | None = None


@with_config(REQUEST_CONFIG)
class CustomersV3CustomerFullCreate(TypedDict, total=False):
    """The fields to create a `CustomersV3CustomerFull` with; unknown keys are refused."""

    email: str
    first_name: str
    last_name: str
    company: str
    phone: str
    registration_ip_address: str
    notes: str
    tax_exempt_category: str
    customer_group_id: int
    id: int
    date_modified: _dt.datetime | str
    date_created: _dt.datetime | str
    address_count: int
    attribute_count: int
    authentication: CustomersV3CustomerFullAuthenticationCreate
    addresses: list[AddressFullCreate]
    attributes: list[AttributeFullCreate]
    form_fields: list[FormFieldValueCustomerCreate]
    store_credit_amounts: list[CustomerStoredCreditAmountsItemCreate]
    accepts_product_review_abandoned_cart_emails: bool
    origin_channel_id: int
    channel_ids: list[Any]


@with_config(REQUEST_CONFIG)
class CustomersV3CustomerFullUpdate(TypedDict, total=False):
    """The fields to update a `CustomersV3CustomerFull` with; unknown keys are refused."""

    email: str
    first_name: str
    last_name: str
    company: str
    phone: str
    registration_ip_address: str
    notes: str
    tax_exempt_category: str
    customer_group_id: int
    id: int
    date_modified: _dt.datetime | str
    date_created: _dt.datetime | str
    address_count: int
    attribute_count: int
    authentication: CustomersV3CustomerFullAuthenticationUpdate
    addresses: list[AddressFullUpdate]
    attributes: list[AttributeFullUpdate]
    form_fields: list[FormFieldValueCustomerUpdate]
    store_credit_amounts: list[CustomerStoredCreditAmountsItemUpdate]
    accepts_product_review_abandoned_cart_emails: bool
    origin_channel_id: int
    channel_ids: list[Any]
