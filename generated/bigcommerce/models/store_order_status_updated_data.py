# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderStatusUpdatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_order_status_updated_data_status import (
    StoreOrderStatusUpdatedDataStatus,
    StoreOrderStatusUpdatedDataStatusCreate,
    StoreOrderStatusUpdatedDataStatusUpdate,
)


class StoreOrderStatusUpdatedData(ApiModel):
    """`StoreOrderStatusUpdatedData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    id: int | None = None
    status: StoreOrderStatusUpdatedDataStatus | None = None


@with_config(REQUEST_CONFIG)
class StoreOrderStatusUpdatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreOrderStatusUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    status: StoreOrderStatusUpdatedDataStatusCreate


@with_config(REQUEST_CONFIG)
class StoreOrderStatusUpdatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreOrderStatusUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    status: StoreOrderStatusUpdatedDataStatusUpdate
