# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItemsPhysicalItemsItem` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .checkout_cart_line_items_physical_items_item_discounts_item import (
    CheckoutCartLineItemsPhysicalItemsItemDiscountsItem,
    CheckoutCartLineItemsPhysicalItemsItemDiscountsItemCreate,
    CheckoutCartLineItemsPhysicalItemsItemDiscountsItemUpdate,
)
from .checkout_cart_line_items_physical_items_item_gift_wrapping import (
    CheckoutCartLineItemsPhysicalItemsItemGiftWrapping,
    CheckoutCartLineItemsPhysicalItemsItemGiftWrappingCreate,
    CheckoutCartLineItemsPhysicalItemsItemGiftWrappingUpdate,
)


class CheckoutCartLineItemsPhysicalItemsItem(ApiModel):
    """`CheckoutCartLineItemsPhysicalItemsItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    quantity: float | None = None
    id: str | None = None
    variant_id: float | None = None
    product_id: float | None = None
    sku: str | None = None
    name: str | None = None
    url: str | None = None
    is_taxable: bool | None = None
    image_url: str | None = None
    discounts: list[CheckoutCartLineItemsPhysicalItemsItemDiscountsItem] | None = None
    discount_amount: float | None = None
    coupon_amount: float | None = None
    original_price: float | None = None
    list_price: float | None = None
    sale_price: float | None = None
    extended_list_price: float | None = None
    extended_sale_price: float | None = None
    comparison_price: float | None = None
    extended_comparison_price: float | None = None
    is_require_shipping: bool | None = None
    is_mutable: bool | None = None
    added_by_promotion: bool | None = None
    parent_id: float | None = None
    gift_wrapping: CheckoutCartLineItemsPhysicalItemsItemGiftWrapping | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsPhysicalItemsItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCartLineItemsPhysicalItemsItem` with; unknown keys are
    refused. Keys marked `Required` must be given.
    """

    quantity: Required[float]
    id: str
    variant_id: float
    product_id: float
    sku: str
    name: str
    url: str
    is_taxable: bool
    image_url: str
    discounts: list[CheckoutCartLineItemsPhysicalItemsItemDiscountsItemCreate]
    discount_amount: float
    coupon_amount: float
    original_price: float
    list_price: float
    sale_price: float
    extended_list_price: float
    extended_sale_price: float
    comparison_price: float
    extended_comparison_price: float
    is_require_shipping: bool
    is_mutable: bool
    added_by_promotion: bool
    parent_id: float | None
    gift_wrapping: CheckoutCartLineItemsPhysicalItemsItemGiftWrappingCreate | None


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsPhysicalItemsItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCartLineItemsPhysicalItemsItem` with; unknown keys are
    refused.
    """

    quantity: float
    id: str
    variant_id: float
    product_id: float
    sku: str
    name: str
    url: str
    is_taxable: bool
    image_url: str
    discounts: list[CheckoutCartLineItemsPhysicalItemsItemDiscountsItemUpdate]
    discount_amount: float
    coupon_amount: float
    original_price: float
    list_price: float
    sale_price: float
    extended_list_price: float
    extended_sale_price: float
    comparison_price: float
    extended_comparison_price: float
    is_require_shipping: bool
    is_mutable: bool
    added_by_promotion: bool
    parent_id: float | None
    gift_wrapping: CheckoutCartLineItemsPhysicalItemsItemGiftWrappingUpdate | None
