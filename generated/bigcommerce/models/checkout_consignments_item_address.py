# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutConsignmentsItemAddress` model."""

from __future__ import annotations

from .._model import ApiModel
from .checkout_consignments_item_address_custom_fields_item import (
    CheckoutConsignmentsItemAddressCustomFieldsItem,
)


class CheckoutConsignmentsItemAddress(ApiModel):
    """`CheckoutConsignmentsItemAddress`: an object of the v3 API. Every field is optional;
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
    custom_fields: list[CheckoutConsignmentsItemAddressCustomFieldsItem] | None = None
    id: str | None = None
