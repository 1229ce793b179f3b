# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `Customer` model."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ...._model import ApiModel
from .address import Address
from .attribute import Attribute
from .customer_authentication_response import CustomerAuthenticationResponse
from .customer_create_many_item_store_credit_amount import CustomerCreateManyItemStoreCreditAmount
from .form_field_value_customer import FormFieldValueCustomer


class Customer(ApiModel):
    """`Customer`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.customers`: `all`, `create_many`, `update_many`.
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
    date_modified: _dt.datetime | None = None
    date_created: _dt.datetime | None = None
    address_count: int | None = None
    attribute_count: int | None = None
    authentication: CustomerAuthenticationResponse | None = None
    addresses: list[Address] | None = None
    """At most 10 items."""
    attributes: list[Attribute] | None = None
    """At most 10 items."""
    form_fields: list[FormFieldValueCustomer] | None = None
    store_credit_amounts: list[CustomerCreateManyItemStoreCreditAmount] | None = None
    accepts_product_review_abandoned_cart_emails: bool | None = None
    origin_channel_id: int | None = None
    channel_ids: list[Any] | None = None
