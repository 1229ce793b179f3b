# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `GetCustomerStoredInstrumentsResponseItem` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .billing_address import BillingAddress, BillingAddressCreate, BillingAddressUpdate


class GetCustomerStoredInstrumentsResponseItem(ApiModel):
    """`GetCustomerStoredInstrumentsResponseItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    type: str | None = None
    token: str | None = None
    is_default: bool | None = None
    brand: str | None = None
    expiry_month: int | None = None
    expiry_year: int | None = None
    issuer_identification_number: str | None = None
    last_4: str | None = None
    billing_address: BillingAddress | None = None
    email: str | None = None
    masked_account_number: str | None = None
    issuer: str | None = None


@with_config(REQUEST_CONFIG)
class GetCustomerStoredInstrumentsResponseItemCreate(TypedDict, total=False):
    """The fields to create a `GetCustomerStoredInstrumentsResponseItem` with; unknown keys are
    refused.
    """

    type: Literal["stored_card", "stored_paypal_account", "stored_bank_account"]
    token: str
    is_default: bool
    brand: str
    expiry_month: int
    expiry_year: int
    issuer_identification_number: str
    last_4: str
    billing_address: BillingAddressCreate
    email: str
    masked_account_number: str
    issuer: str


@with_config(REQUEST_CONFIG)
class GetCustomerStoredInstrumentsResponseItemUpdate(TypedDict, total=False):
    """The fields to update a `GetCustomerStoredInstrumentsResponseItem` with; unknown keys are
    refused.
    """

    type: Literal["stored_card", "stored_paypal_account", "stored_bank_account"]
    token: str
    is_default: bool
    brand: str
    expiry_month: int
    expiry_year: int
    issuer_identification_number: str
    last_4: str
    billing_address: BillingAddressUpdate
    email: str
    masked_account_number: str
    issuer: str
