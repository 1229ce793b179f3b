# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCustomerAddressCreatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_customer_address_created_data_address import (
    StoreCustomerAddressCreatedDataAddress,
    StoreCustomerAddressCreatedDataAddressCreate,
    StoreCustomerAddressCreatedDataAddressUpdate,
)


class StoreCustomerAddressCreatedData(ApiModel):
    """`StoreCustomerAddressCreatedData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    type: str | None = None
    id: int | None = None
    address: StoreCustomerAddressCreatedDataAddress | None = None


@with_config(REQUEST_CONFIG)
class StoreCustomerAddressCreatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreCustomerAddressCreatedData` with; unknown keys are refused."""

    type: str
    id: int
    address: StoreCustomerAddressCreatedDataAddressCreate


@with_config(REQUEST_CONFIG)
class StoreCustomerAddressCreatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreCustomerAddressCreatedData` with; unknown keys are refused."""

    type: str
    id: int
    address: StoreCustomerAddressCreatedDataAddressUpdate
