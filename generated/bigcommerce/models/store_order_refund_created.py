# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderRefundCreated` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_order_refund_created_data import (
    StoreOrderRefundCreatedData,
    StoreOrderRefundCreatedDataCreate,
    StoreOrderRefundCreatedDataUpdate,
)


class StoreOrderRefundCreated(ApiModel):
    """`StoreOrderRefundCreated`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    created_at: int | None = None
    store_id: str | None = None
    producer: str | None = None
    scope: str | None = None
    hash: str | None = None
    data: StoreOrderRefundCreatedData | None = None


@with_config(REQUEST_CONFIG)
class StoreOrderRefundCreatedCreate(TypedDict, total=False):
    """The fields to create a `StoreOrderRefundCreated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreOrderRefundCreatedDataCreate


@with_config(REQUEST_CONFIG)
class StoreOrderRefundCreatedUpdate(TypedDict, total=False):
    """The fields to update a `StoreOrderRefundCreated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreOrderRefundCreatedDataUpdate
