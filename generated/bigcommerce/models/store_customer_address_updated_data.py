# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCustomerAddressUpdatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_customer_address_updated_data_address import (
    StoreCustomerAddressUpdatedDataAddress,
    StoreCustomerAddressUpdatedDataAddressCreate,
    StoreCustomerAddressUpdatedDataAddressUpdate,
)


class StoreCustomerAddressUpdatedData(ApiModel):
    """`StoreCustomerAddressUpdatedData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    type: str | None = None
    id: int | None = None
    address: StoreCustomerAddressUpdatedDataAddress | None = None


@with_config(REQUEST_CONFIG)
class StoreCustomerAddressUpdatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreCustomerAddressUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    address: StoreCustomerAddressUpdatedDataAddressCreate


@with_config(REQUEST_CONFIG)
class StoreCustomerAddressUpdatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreCustomerAddressUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    address: StoreCustomerAddressUpdatedDataAddressUpdate
