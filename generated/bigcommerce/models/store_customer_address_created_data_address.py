# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCustomerAddressCreatedDataAddress` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreCustomerAddressCreatedDataAddress(ApiModel):
    """`StoreCustomerAddressCreatedDataAddress`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    customer_id: int | None = None


@with_config(REQUEST_CONFIG)
class StoreCustomerAddressCreatedDataAddressCreate(TypedDict, total=False):
    """The fields to create a `StoreCustomerAddressCreatedDataAddress` with; unknown keys are
    refused.
    """

    customer_id: int


@with_config(REQUEST_CONFIG)
class StoreCustomerAddressCreatedDataAddressUpdate(TypedDict, total=False):
    """The fields to update a `StoreCustomerAddressCreatedDataAddress` with; unknown keys are
    refused.
    """

    customer_id: int
