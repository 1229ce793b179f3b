# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartLineItem` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel
from ...shared.models.applied_discount import AppliedDiscount
from .gift_wrapping import GiftWrapping


class CartLineItem(ApiModel):
    """`CartLineItem`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: str | None = None
    parent_id: str | None = None
    variant_id: int | float | None = None
    """Required to create and update."""
    product_id: int | float | None = None
    """Required to create and update."""
    sku: str | None = None
    name: str | None = None
    url: str | None = None
    quantity: int | float | None = None
    """Required to create and update."""
    taxable: bool | None = None
    image_url: str | None = None
    discounts: list[AppliedDiscount] | None = None
    coupons: Any | None = None
    discount_amount: int | float | None = None
    coupon_amount: int | float | None = None
    original_price: int | float | None = None
    list_price: int | float | None = None
    sale_price: int | float | None = None
    extended_list_price: int | float | None = None
    extended_sale_price: int | float | None = None
    is_require_shipping: bool | None = None
    is_mutable: bool | None = None
    added_by_promotion: bool | None = None
    gift_wrapping: GiftWrapping | None = None
