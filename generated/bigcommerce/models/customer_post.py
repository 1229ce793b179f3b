# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerPost` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .customer_addresses_customer_post import (
    CustomerAddressesCustomerPost,
    CustomerAddressesCustomerPostCreate,
)
from .customer_attributes_base import CustomerAttributesBase, CustomerAttributesBaseCreate
from .customer_authentication_post_put import (
    CustomerAuthenticationPostPut,
    CustomerAuthenticationPostPutCreate,
)
from .customer_stored_credit_amounts_item import (
    CustomerStoredCreditAmountsItem,
    CustomerStoredCreditAmountsItemCreate,
)
from .form_field_value import FormFieldValue, FormFieldValueCreate


class CustomerPost(ApiModel):
    """`CustomerPost`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    email: str | None = None
    """Required to create and update."""
    first_name: str | None = None
    """Required to create and update."""
    last_name: str | None = None
    """Required to create and update."""
    company: str | None = None
    phone: str | None = None
    notes: str | None = None
    tax_exempt_category: str | None = None
    customer_group_id: int | None = None
    addresses: list[CustomerAddressesCustomerPost] | None = None
    attributes: list[CustomerAttributesBase] | None = None
    authentication: CustomerAuthenticationPostPut | None = None
    accepts_product_review_abandoned_cart_emails: bool | None = None
    store_credit_amounts: list[CustomerStoredCreditAmountsItem] | None = None
    origin_channel_id: int | None = None
    channel_ids: list[int] | None = None
    form_fields: list[FormFieldValue] | None = None
    trigger_account_created_notification: bool | None = None


@with_config(REQUEST_CONFIG)
class CustomerPostCreate(TypedDict, total=False):
    """The fields to create a `CustomerPost` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    email: Required[str]
    first_name: Required[str]
    last_name: Required[str]
    company: str
    phone: str
    notes: str
    tax_exempt_category: str
    customer_group_id: int
    addresses: list[CustomerAddressesCustomerPostCreate]
    attributes: list[CustomerAttributesBaseCreate]
    authentication: CustomerAuthenticationPostPutCreate
    accepts_product_review_abandoned_cart_emails: bool
    store_credit_amounts: list[CustomerStoredCreditAmountsItemCreate]
    origin_channel_id: int
    channel_ids: list[int]
    form_fields: list[FormFieldValueCreate]
    trigger_account_created_notification: bool
