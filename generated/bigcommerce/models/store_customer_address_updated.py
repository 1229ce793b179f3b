# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCustomerAddressUpdated` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_customer_address_updated_data import (
    StoreCustomerAddressUpdatedData,
    StoreCustomerAddressUpdatedDataCreate,
    StoreCustomerAddressUpdatedDataUpdate,
)


class StoreCustomerAddressUpdated(ApiModel):
    """`StoreCustomerAddressUpdated`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    created_at: int | None = None
    store_id: str | None = None
    producer: str | None = None
    scope: str | None = None
    hash: str | None = None
    data: StoreCustomerAddressUpdatedData | None = None


@with_config(REQUEST_CONFIG)
class StoreCustomerAddressUpdatedCreate(TypedDict, total=False):
    """The fields to create a `StoreCustomerAddressUpdated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreCustomerAddressUpdatedDataCreate


@with_config(REQUEST_CONFIG)
class StoreCustomerAddressUpdatedUpdate(TypedDict, total=False):
    """The fields to update a `StoreCustomerAddressUpdated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreCustomerAddressUpdatedDataUpdate
