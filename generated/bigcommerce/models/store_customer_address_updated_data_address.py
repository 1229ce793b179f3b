# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCustomerAddressUpdatedDataAddress` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreCustomerAddressUpdatedDataAddress(ApiModel):
    """`StoreCustomerAddressUpdatedDataAddress`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    customer_id: int | None = None


@with_config(REQUEST_CONFIG)
class StoreCustomerAddressUpdatedDataAddressCreate(TypedDict, total=False):
    """The fields to create a `StoreCustomerAddressUpdatedDataAddress` with; unknown keys are
    refused.
    """

    customer_id: int


@with_config(REQUEST_CONFIG)
class StoreCustomerAddressUpdatedDataAddressUpdate(TypedDict, total=False):
    """The fields to update a `StoreCustomerAddressUpdatedDataAddress` with; unknown keys are
    refused.
    """

    customer_id: int
