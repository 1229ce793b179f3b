# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerUpdateManyItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .customer_authentication import CustomerAuthentication, V3CustomerAuthenticationUpdate
from .customer_create_many_item_store_credit_amount import (
    CustomerCreateManyItemStoreCreditAmount,
    CustomerCreateManyItemStoreCreditAmountUpdate,
)
from .form_field_value import FormFieldValue, FormFieldValueUpdate


class CustomerUpdateManyItemModel(ApiModel):
    """`CustomerUpdateManyItemModel`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    email: str | None = None
    """From 3 to 255 characters."""
    first_name: str | None = None
    """From 1 to 100 characters."""
    last_name: str | None = None
    """From 1 to 100 characters."""
    company: str | None = None
    """At most 255 characters."""
    phone: str | None = None
    """At most 50 characters."""
    registration_ip_address: str | None = None
    """At most 30 characters."""
    notes: str | None = None
    tax_exempt_category: str | None = None
    """At most 255 characters."""
    customer_group_id: int | None = None
    id: int
    """Required to create and update."""
    authentication: CustomerAuthentication | None = None
    accepts_product_review_abandoned_cart_emails: bool | None = None
    store_credit_amounts: list[CustomerCreateManyItemStoreCreditAmount] | None = None
    origin_channel_id: int | None = None
    channel_ids: list[int] | None = None
    form_fields: list[FormFieldValue] | None = None


@with_config(REQUEST_CONFIG)
class CustomerUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    email: str
    """From 3 to 255 characters."""
    first_name: str
    """From 1 to 100 characters."""
    last_name: str
    """From 1 to 100 characters."""
    company: str
    """At most 255 characters."""
    phone: str
    """At most 50 characters."""
    registration_ip_address: str
    """At most 30 characters."""
    notes: str
    tax_exempt_category: str
    """At most 255 characters."""
    customer_group_id: int
    id: Required[int]
    authentication: V3CustomerAuthenticationUpdate
    accepts_product_review_abandoned_cart_emails: bool
    store_credit_amounts: list[CustomerCreateManyItemStoreCreditAmountUpdate]
    origin_channel_id: int
    channel_ids: list[int]
    form_fields: list[FormFieldValueUpdate]
