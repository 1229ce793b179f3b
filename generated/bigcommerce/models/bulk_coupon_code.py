# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `BulkCouponCode` model."""

from __future__ import annotations

from .._model import ApiModel


class BulkCouponCode(ApiModel):
    """`BulkCouponCode`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    code: str | None = None
    """Required to create and update."""
