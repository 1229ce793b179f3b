# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderCoupon` model."""

from __future__ import annotations

from .._model import ApiModel


class OrderCoupon(ApiModel):
    """`OrderCoupon`: an object of the v2 `OrderCoupons` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    coupon_id: int | None = None
    """Read-only: set by the API, never sent."""
    order_id: int | None = None
    """Read-only: set by the API, never sent."""
    code: str | None = None
    """Read-only: set by the API, never sent."""
    amount: str | None = None
    """Read-only: set by the API, never sent."""
    type: int | None = None
    """Read-only: set by the API, never sent. One of: `0`, `1`, `2`, `3`, `4`, `5`."""
    discount: str | None = None
    """Read-only: set by the API, never sent."""
