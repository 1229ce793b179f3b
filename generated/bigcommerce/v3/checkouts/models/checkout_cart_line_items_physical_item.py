# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItemsPhysicalItem` model."""

from __future__ import annotations

from ...._model import ApiModel
from ...shared.models.applied_discount import AppliedDiscount
from .checkout_items_physical_item_gift_wrapping import CheckoutItemsPhysicalItemGiftWrapping


class CheckoutCartLineItemsPhysicalItem(ApiModel):
    """`CheckoutCartLineItemsPhysicalItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    quantity: int | float | None = None
    """Required to create and update."""
    id: str | None = None
    variant_id: int | float | None = None
    product_id: int | float | None = None
    sku: str | None = None
    name: str | None = None
    url: str | None = None
    is_taxable: bool | None = None
    image_url: str | None = None
    discounts: list[AppliedDiscount] | None = None
    discount_amount: int | float | None = None
    coupon_amount: int | float | None = None
    original_price: int | float | None = None
    list_price: int | float | None = None
    sale_price: int | float | None = None
    extended_list_price: int | float | None = None
    extended_sale_price: int | float | None = None
    comparison_price: int | float | None = None
    extended_comparison_price: int | float | None = None
    is_require_shipping: bool | None = None
    is_mutable: bool | None = None
    added_by_promotion: bool | None = None
    parent_id: int | float | None = None
    """May be null."""
    gift_wrapping: CheckoutItemsPhysicalItemGiftWrapping | None = None
    """May be null."""
