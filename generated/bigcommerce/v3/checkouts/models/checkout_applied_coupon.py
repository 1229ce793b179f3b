# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutAppliedCoupon` model."""

from __future__ import annotations

from ...._model import ApiModel


class CheckoutAppliedCoupon(ApiModel):
    """`CheckoutAppliedCoupon`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    code: str | None = None
    """Required to create and update."""
    id: int
    coupon_type: str | None = None
    discounted_amount: int | float | None = None
    display_name: str | None = None
