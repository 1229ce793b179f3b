# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartFull` model."""

from __future__ import annotations

from .._model import ApiModel
from .cart_full_currency import CartFullCurrency
from .cart_full_discounts_item import CartFullDiscountsItem
from .cart_full_promotions import CartFullPromotions
from .carts_v3_applied_coupon import CartsV3AppliedCoupon
from .line_items_get import LineItemsGet


class CartFull(ApiModel):
    """`CartFull`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: str | None = None
    customer_id: int | None = None
    channel_id: int | None = None
    email: str | None = None
    currency: CartFullCurrency | None = None
    tax_included: bool | None = None
    base_amount: int | float | None = None
    discount_amount: int | float | None = None
    manual_discount_amount: int | float | None = None
    cart_amount: int | float | None = None
    coupons: list[CartsV3AppliedCoupon] | None = None
    discounts: list[CartFullDiscountsItem] | None = None
    line_items: LineItemsGet | None = None
    created_time: str | None = None
    updated_time: str | None = None
    locale: str | None = None
    promotions: CartFullPromotions | None = None
    version: int | None = None
