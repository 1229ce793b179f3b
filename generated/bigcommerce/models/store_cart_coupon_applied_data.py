# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCartCouponAppliedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreCartCouponAppliedData(ApiModel):
    """`StoreCartCouponAppliedData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    id: str | None = None
    couponId: int | None = None


@with_config(REQUEST_CONFIG)
class StoreCartCouponAppliedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreCartCouponAppliedData` with; unknown keys are refused."""

    type: str
    id: str
    couponId: int


@with_config(REQUEST_CONFIG)
class StoreCartCouponAppliedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreCartCouponAppliedData` with; unknown keys are refused."""

    type: str
    id: str
    couponId: int
