# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderRefundCreatedDataRefund` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreOrderRefundCreatedDataRefund(ApiModel):
    """`StoreOrderRefundCreatedDataRefund`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    refund_id: int | None = None


@with_config(REQUEST_CONFIG)
class StoreOrderRefundCreatedDataRefundCreate(TypedDict, total=False):
    """The fields to create a `StoreOrderRefundCreatedDataRefund` with; unknown keys are refused."""

    refund_id: int


@with_config(REQUEST_CONFIG)
class StoreOrderRefundCreatedDataRefundUpdate(TypedDict, total=False):
    """The fields to update a `StoreOrderRefundCreatedDataRefund` with; unknown keys are refused."""

    refund_id: int
