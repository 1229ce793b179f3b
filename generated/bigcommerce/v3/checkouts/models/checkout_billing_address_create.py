# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutBillingAddressCreate` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .checkout_billing_address_create_custom_field import (
    CheckoutBillingAddressCreateCustomField,
    CheckoutBillingAddressCreateCustomFieldCreate,
    CheckoutBillingAddressCreateCustomFieldUpdate,
)


class V3CheckoutBillingAddressCreate(ApiModel):
    """`V3CheckoutBillingAddressCreate`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    """Required to create and update."""
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state_or_province: str | None = None
    state_or_province_code: str | None = None
    country_code: str | None = None
    """Required to create and update."""
    postal_code: str | None = None
    phone: str | None = None
    custom_fields: list[CheckoutBillingAddressCreateCustomField] | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CheckoutBillingAddressCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    first_name: str
    last_name: str
    email: Required[str]
    company: str
    address1: str
    address2: str
    city: str
    state_or_province: str
    state_or_province_code: str
    country_code: Required[str]
    postal_code: str
    phone: str
    custom_fields: list[CheckoutBillingAddressCreateCustomFieldCreate]
    version: int


@with_config(REQUEST_CONFIG)
class CheckoutBillingAddressUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    first_name: str
    last_name: str
    email: Required[str]
    company: str
    address1: str
    address2: str
    city: str
    state_or_province: str
    state_or_province_code: str
    country_code: Required[str]
    postal_code: str
    phone: str
    custom_fields: list[CheckoutBillingAddressCreateCustomFieldUpdate]
    version: int
