# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `ItemPhysicalGet` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .item_physical_get_discounts_item import (
    ItemPhysicalGetDiscountsItem,
    ItemPhysicalGetDiscountsItemCreate,
    ItemPhysicalGetDiscountsItemUpdate,
)
from .item_physical_get_gift_wrapping import (
    ItemPhysicalGetGiftWrapping,
    ItemPhysicalGetGiftWrappingCreate,
    ItemPhysicalGetGiftWrappingUpdate,
)


class ItemPhysicalGet(ApiModel):
    """`ItemPhysicalGet`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: str | None = None
    parent_id: str | None = None
    variant_id: float | None = None
    product_id: float | None = None
    sku: str | None = None
    name: str | None = None
    url: str | None = None
    quantity: float | None = None
    taxable: bool | None = None
    image_url: str | None = None
    discounts: list[ItemPhysicalGetDiscountsItem] | None = None
    coupons: Any | None = None
    discount_amount: float | None = None
    coupon_amount: float | None = None
    original_price: float | None = None
    list_price: float | None = None
    sale_price: float | None = None
    extended_list_price: float | None = None
    extended_sale_price: float | None = None
    is_require_shipping: bool | None = None
    is_mutable: bool | None = None
    added_by_promotion: bool | None = None
    gift_wrapping: ItemPhysicalGetGiftWrapping | None = None


@with_config(REQUEST_CONFIG)
class ItemPhysicalGetCreate(TypedDict, total=False):
    """The fields to create a `ItemPhysicalGet` with; unknown keys are refused. Keys marked
    `Required` must be given.
    """

    id: str
    parent_id: str
    variant_id: Required[float]
    product_id: Required[float]
    sku: str
    name: str
    url: str
    quantity: Required[float]
    taxable: bool
    image_url: str
    discounts: list[ItemPhysicalGetDiscountsItemCreate]
    coupons: Any
    discount_amount: float
    coupon_amount: float
    original_price: float
    list_price: float
    sale_price: float
    extended_list_price: float
    extended_sale_price: float
    is_require_shipping: bool
    is_mutable: bool
    added_by_promotion: bool
    gift_wrapping: ItemPhysicalGetGiftWrappingCreate


@with_config(REQUEST_CONFIG)
class ItemPhysicalGetUpdate(TypedDict, total=False):
    """The fields to update a `ItemPhysicalGet` with; unknown keys are refused."""

    id: str
    parent_id: str
    variant_id: float
    product_id: float
    sku: str
    name: str
    url: str
    quantity: float
    taxable: bool
    image_url: str
    discounts: list[ItemPhysicalGetDiscountsItemUpdate]
    coupons: Any
    discount_amount: float
    coupon_amount: float
    original_price: float
    list_price: float
    sale_price: float
    extended_list_price: float
    extended_sale_price: float
    is_require_shipping: bool
    is_mutable: bool
    added_by_promotion: bool
    gift_wrapping: ItemPhysicalGetGiftWrappingUpdate
