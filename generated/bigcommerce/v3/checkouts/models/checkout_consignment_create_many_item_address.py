# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutConsignmentCreateManyItemAddress` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .checkout_create_many_item_address_custom_field import (
    CheckoutCreateManyItemAddressCustomField,
    CheckoutCreateManyItemAddressCustomFieldCreate,
)


class CheckoutConsignmentCreateManyItemAddress(ApiModel):
    """`CheckoutConsignmentCreateManyItemAddress`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
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
    """Required to create and update."""
    state_or_province_code: str | None = None
    country_code: str | None = None
    """Required to create and update."""
    postal_code: str | None = None
    """Required to create and update."""
    phone: str | None = None
    custom_fields: list[CheckoutCreateManyItemAddressCustomField] | None = None


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentCreateManyItemAddressCreate(TypedDict, total=False):
    """The fields to create a `CheckoutConsignmentCreateManyItemAddress` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the
    documents require.
    """

    first_name: str
    last_name: str
    email: Required[str]
    company: str
    address1: str
    address2: str
    city: str
    state_or_province: Required[str]
    state_or_province_code: str
    country_code: Required[str]
    postal_code: Required[str]
    phone: str
    custom_fields: list[CheckoutCreateManyItemAddressCustomFieldCreate]
