# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `Cart` model."""

from __future__ import annotations

from ...._model import ApiModel
from ...shared.models.cart_discount import CartDiscount
from ...shared.models.currency import Currency
from .applied_coupon import AppliedCoupon
from .cart_line_items import CartLineItems
from .cart_promotions import CartPromotions


class Cart(ApiModel):
    """`Cart`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.carts`: `create`, `get`, `update`; `api.carts.items`: `create`, `delete`,
    `update`.
    """

    id: str | None = None
    customer_id: int | None = None
    channel_id: int | None = None
    email: str | None = None
    currency: Currency | None = None
    tax_included: bool | None = None
    base_amount: int | float | None = None
    discount_amount: int | float | None = None
    manual_discount_amount: int | float | None = None
    cart_amount: int | float | None = None
    coupons: list[AppliedCoupon] | None = None
    discounts: list[CartDiscount] | None = None
    line_items: CartLineItems | None = None
    created_time: str | None = None
    updated_time: str | None = None
    locale: str | None = None
    promotions: CartPromotions | None = None
    version: int | None = None
