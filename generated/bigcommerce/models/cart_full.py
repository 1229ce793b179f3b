# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartFull` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .cart_full_currency import CartFullCurrency, CartFullCurrencyCreate, CartFullCurrencyUpdate
from .cart_full_discounts_item import (
    CartFullDiscountsItem,
    CartFullDiscountsItemCreate,
    CartFullDiscountsItemUpdate,
)
from .cart_full_promotions import (
    CartFullPromotions,
    CartFullPromotionsCreate,
    CartFullPromotionsUpdate,
)
from .carts_v3_applied_coupon import (
    CartsV3AppliedCoupon,
    CartsV3AppliedCouponCreate,
    CartsV3AppliedCouponUpdate,
)
from .line_items_get import LineItemsGet, LineItemsGetCreate, LineItemsGetUpdate


class CartFull(ApiModel):
    """`CartFull`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: str | None = None
    customer_id: int | None = None
    channel_id: int | None = None
    email: str | None = None
    currency: CartFullCurrency | None = None
    tax_included: bool | None = None
    base_amount: float | None = None
    discount_amount: float | None = None
    manual_discount_amount: float | None = None
    cart_amount: float | None = None
    coupons: list[CartsV3AppliedCoupon] | None = None
    discounts: list[CartFullDiscountsItem] | None = None
    line_items: LineItemsGet | None = None
    created_time: str | None = None
    updated_time: str | None = None
    locale: str | None = None
    promotions: CartFullPromotions | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CartFullCreate(TypedDict, total=False):
    """The fields to create a `CartFull` with; unknown keys are refused."""

    id: str
    customer_id: int
    channel_id: int
    email: str
    currency: CartFullCurrencyCreate
    tax_included: bool
    base_amount: float
    discount_amount: float
    manual_discount_amount: float
    cart_amount: float
    coupons: list[CartsV3AppliedCouponCreate]
    discounts: list[CartFullDiscountsItemCreate]
    line_items: LineItemsGetCreate
    created_time: str
    updated_time: str
    locale: str
    promotions: CartFullPromotionsCreate
    version: int


@with_config(REQUEST_CONFIG)
class CartFullUpdate(TypedDict, total=False):
    """The fields to update a `CartFull` with; unknown keys are refused."""

    id: str
    customer_id: int
    channel_id: int
    email: str
    currency: CartFullCurrencyUpdate
    tax_included: bool
    base_amount: float
    discount_amount: float
    manual_discount_amount: float
    cart_amount: float
    coupons: list[CartsV3AppliedCouponUpdate]
    discounts: list[CartFullDiscountsItemUpdate]
    line_items: LineItemsGetUpdate
    created_time: str
    updated_time: str
    locale: str
    promotions: CartFullPromotionsUpdate
    version: int
