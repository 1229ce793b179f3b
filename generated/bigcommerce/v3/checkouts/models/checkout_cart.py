# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCart` model."""

from __future__ import annotations

from ...._model import ApiModel
from ...shared.models.cart_discount import CartDiscount
from ...shared.models.currency import Currency
from .checkout_applied_coupon import CheckoutAppliedCoupon
from .checkout_cart_line_items import CheckoutCartLineItems


class CheckoutCart(ApiModel):
    """`CheckoutCart`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: str | None = None
    customer_id: int | None = None
    email: str | None = None
    currency: Currency | None = None
    tax_included: bool | None = None
    base_amount: int | float | None = None
    channel_id: int | float | None = None
    discount_amount: int | float | None = None
    cart_amount_inc_tax: int | float | None = None
    cart_amount_ex_tax: int | float | None = None
    coupons: list[CheckoutAppliedCoupon] | None = None
    discounts: list[CartDiscount] | None = None
    line_items: CheckoutCartLineItems | None = None
    created_time: str | None = None
    updated_time: str | None = None
