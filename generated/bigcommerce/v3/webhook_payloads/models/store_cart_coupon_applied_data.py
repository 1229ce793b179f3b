# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCartCouponAppliedData` model."""

from __future__ import annotations

from ...._model import ApiModel


class StoreCartCouponAppliedData(ApiModel):
    """`StoreCartCouponAppliedData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    id: str | None = None
    couponId: int | None = None
