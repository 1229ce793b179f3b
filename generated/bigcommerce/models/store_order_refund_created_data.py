# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderRefundCreatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_order_refund_created_data_refund import (
    StoreOrderRefundCreatedDataRefund,
    StoreOrderRefundCreatedDataRefundCreate,
    StoreOrderRefundCreatedDataRefundUpdate,
)


class StoreOrderRefundCreatedData(ApiModel):
    """`StoreOrderRefundCreatedData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    id: int | None = None
    refund: StoreOrderRefundCreatedDataRefund | None = None


@with_config(REQUEST_CONFIG)
class StoreOrderRefundCreatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreOrderRefundCreatedData` with; unknown keys are refused."""

    type: str
    id: int
    refund: StoreOrderRefundCreatedDataRefundCreate


@with_config(REQUEST_CONFIG)
class StoreOrderRefundCreatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreOrderRefundCreatedData` with; unknown keys are refused."""

    type: str
    id: int
    refund: StoreOrderRefundCreatedDataRefundUpdate
