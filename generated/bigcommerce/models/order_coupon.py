# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderCoupon` model."""

from __future__ import annotations

from .._model import ApiModel


class OrderCoupon(ApiModel):
    """`OrderCoupon`: an object of the v2 `OrderCoupons` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    coupon_id: int | None = None
    order_id: int | None = None
    code: str | None = None
    amount: str | None = None
    type: int | None = None
    discount: str | None = None
