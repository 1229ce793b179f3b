# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutConsignmentCouponDiscount` model."""

from __future__ import annotations

from ...._model import ApiModel


class CheckoutConsignmentCouponDiscount(ApiModel):
    """`CheckoutConsignmentCouponDiscount`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    code: str | None = None
    amount: int | float | None = None
