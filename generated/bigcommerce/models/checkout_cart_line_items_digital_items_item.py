# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItemsDigitalItemsItem` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .checkout_cart_line_items_digital_items_item_discounts_item import (
    CheckoutCartLineItemsDigitalItemsItemDiscountsItem,
    CheckoutCartLineItemsDigitalItemsItemDiscountsItemCreate,
    CheckoutCartLineItemsDigitalItemsItemDiscountsItemUpdate,
)


class CheckoutCartLineItemsDigitalItemsItem(ApiModel):
    """`CheckoutCartLineItemsDigitalItemsItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    quantity: float | None = None
    id: str | None = None
    variant_id: float | None = None
    parent_id: float | None = None
    product_id: float | None = None
    sku: str | None = None
    name: str | None = None
    url: str | None = None
    is_mutable: bool | None = None
    is_require_shipping: bool | None = None
    added_by_promotion: bool | None = None
    is_taxable: bool | None = None
    image_url: str | None = None
    discounts: list[CheckoutCartLineItemsDigitalItemsItemDiscountsItem] | None = None
    discount_amount: float | None = None
    coupon_amount: float | None = None
    original_price: float | None = None
    list_price: float | None = None
    sale_price: float | None = None
    extended_list_price: float | None = None
    extended_sale_price: float | None = None
    comparison_price: float | None = None
    extended_comparison_price: float | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsDigitalItemsItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCartLineItemsDigitalItemsItem` with; unknown keys are
    refused. Keys marked `Required` must be given.
    """

    quantity: Required[float]
    id: str
    variant_id: float
    parent_id: float | None
    product_id: float
    sku: str
    name: str
    url: str
    is_mutable: bool
    is_require_shipping: bool
    added_by_promotion: bool
    is_taxable: bool
    image_url: str
    discounts: list[CheckoutCartLineItemsDigitalItemsItemDiscountsItemCreate]
    discount_amount: float
    coupon_amount: float
    original_price: float
    list_price: float
    sale_price: float
    extended_list_price: float
    extended_sale_price: float
    comparison_price: float
    extended_comparison_price: float


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsDigitalItemsItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCartLineItemsDigitalItemsItem` with; unknown keys are
    refused.
    """

    quantity: float
    id: str
    variant_id: float
    parent_id: float | None
    product_id: float
    sku: str
    name: str
    url: str
    is_mutable: bool
    is_require_shipping: bool
    added_by_promotion: bool
    is_taxable: bool
    image_url: str
    discounts: list[CheckoutCartLineItemsDigitalItemsItemDiscountsItemUpdate]
    discount_amount: float
    coupon_amount: float
    original_price: float
    list_price: float
    sale_price: float
    extended_list_price: float
    extended_sale_price: float
    comparison_price: float
    extended_comparison_price: float
