# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderStatusUpdated` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_order_status_updated_data import (
    StoreOrderStatusUpdatedData,
    StoreOrderStatusUpdatedDataCreate,
    StoreOrderStatusUpdatedDataUpdate,
)


class StoreOrderStatusUpdated(ApiModel):
    """`StoreOrderStatusUpdated`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    created_at: int | None = None
    store_id: str | None = None
    producer: str | None = None
    scope: str | None = None
    hash: str | None = None
    data: StoreOrderStatusUpdatedData | None = None


@with_config(REQUEST_CONFIG)
class StoreOrderStatusUpdatedCreate(TypedDict, total=False):
    """The fields to create a `StoreOrderStatusUpdated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreOrderStatusUpdatedDataCreate


@with_config(REQUEST_CONFIG)
class StoreOrderStatusUpdatedUpdate(TypedDict, total=False):
    """The fields to update a `StoreOrderStatusUpdated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreOrderStatusUpdatedDataUpdate
