# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `AppliedCoupon` model."""

from __future__ import annotations

from .._model import ApiModel


class AppliedCoupon(ApiModel):
    """`AppliedCoupon`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    code: str | None = None
    id: str | None = None
    coupon_type: str | None = None
    discounted_amount: int | float | None = None
    display_name: str | None = None
