# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerCreateManyItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .customer_addresses_customer import CustomerAddressesCustomer, CustomerAddressesCustomerCreate
from .customer_attributes import CustomerAttributes, CustomerAttributesCreate
from .customer_authentication import CustomerAuthentication, V3CustomerAuthenticationCreate
from .customer_create_many_item_store_credit_amount import (
    CustomerCreateManyItemStoreCreditAmount,
    CustomerCreateManyItemStoreCreditAmountCreate,
)
from .form_field_value import FormFieldValue, FormFieldValueCreate


class CustomerCreateManyItemModel(ApiModel):
    """`CustomerCreateManyItemModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    email: str | None = None
    """Required to create and update. From 3 to 250 characters."""
    first_name: str | None = None
    """Required to create and update. From 1 to 100 characters."""
    last_name: str | None = None
    """Required to create and update. From 1 to 100 characters."""
    company: str | None = None
    """At most 255 characters."""
    phone: str | None = None
    """At most 50 characters."""
    notes: str | None = None
    tax_exempt_category: str | None = None
    """At most 255 characters."""
    customer_group_id: int | None = None
    addresses: list[CustomerAddressesCustomer] | None = None
    """At most 10 items."""
    attributes: list[CustomerAttributes] | None = None
    """At most 10 items."""
    authentication: CustomerAuthentication | None = None
    accepts_product_review_abandoned_cart_emails: bool | None = None
    store_credit_amounts: list[CustomerCreateManyItemStoreCreditAmount] | None = None
    origin_channel_id: int | None = None
    channel_ids: list[int] | None = None
    form_fields: list[FormFieldValue] | None = None
    trigger_account_created_notification: bool | None = None


@with_config(REQUEST_CONFIG)
class CustomerCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    email: Required[str]
    """From 3 to 250 characters."""
    first_name: Required[str]
    """From 1 to 100 characters."""
    last_name: Required[str]
    """From 1 to 100 characters."""
    company: str
    """At most 255 characters."""
    phone: str
    """At most 50 characters."""
    notes: str
    tax_exempt_category: str
    """At most 255 characters."""
    customer_group_id: int
    addresses: list[CustomerAddressesCustomerCreate]
    """At most 10 items."""
    attributes: list[CustomerAttributesCreate]
    """At most 10 items."""
    authentication: V3CustomerAuthenticationCreate
    accepts_product_review_abandoned_cart_emails: bool
    store_credit_amounts: list[CustomerCreateManyItemStoreCreditAmountCreate]
    origin_channel_id: int
    channel_ids: list[int]
    form_fields: list[FormFieldValueCreate]
    trigger_account_created_notification: bool
