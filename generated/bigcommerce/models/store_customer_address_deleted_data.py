# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCustomerAddressDeletedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_customer_address_deleted_data_address import (
    StoreCustomerAddressDeletedDataAddress,
    StoreCustomerAddressDeletedDataAddressCreate,
    StoreCustomerAddressDeletedDataAddressUpdate,
)


class StoreCustomerAddressDeletedData(ApiModel):
    """`StoreCustomerAddressDeletedData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    type: str | None = None
    id: int | None = None
    address: StoreCustomerAddressDeletedDataAddress | None = None


@with_config(REQUEST_CONFIG)
class StoreCustomerAddressDeletedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreCustomerAddressDeletedData` with; unknown keys are refused."""

    type: str
    id: int
    address: StoreCustomerAddressDeletedDataAddressCreate


@with_config(REQUEST_CONFIG)
class StoreCustomerAddressDeletedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreCustomerAddressDeletedData` with; unknown keys are refused."""

    type: str
    id: int
    address: StoreCustomerAddressDeletedDataAddressUpdate
