# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `AppliedCoupon` model."""

from __future__ import annotations

from ...._model import ApiModel


class AppliedCoupon(ApiModel):
    """`AppliedCoupon`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    code: str | None = None
    """Required to create and update."""
    id: str | None = None
    """Read-only: set by the API, never sent."""
    coupon_type: str | None = None
    """Read-only: set by the API, never sent. One of: `'0'`, `'1'`, `'2'`, `'3'`, `'4'`, `'5'`."""
    discounted_amount: int | float | None = None
    """Read-only: set by the API, never sent."""
    display_name: str | None = None
