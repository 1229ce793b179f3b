# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCustomerUpdated` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_customer_updated_data import (
    StoreCustomerUpdatedData,
    StoreCustomerUpdatedDataCreate,
    StoreCustomerUpdatedDataUpdate,
)


class StoreCustomerUpdated(ApiModel):
    """`StoreCustomerUpdated`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    created_at: int | None = None
    store_id: str | None = None
    producer: str | None = None
    scope: str | None = None
    hash: str | None = None
    data: StoreCustomerUpdatedData | None = None


@with_config(REQUEST_CONFIG)
class StoreCustomerUpdatedCreate(TypedDict, total=False):
    """The fields to create a `StoreCustomerUpdated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreCustomerUpdatedDataCreate


@with_config(REQUEST_CONFIG)
class StoreCustomerUpdatedUpdate(TypedDict, total=False):
    """The fields to update a `StoreCustomerUpdated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreCustomerUpdatedDataUpdate
