# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `ItemDigitalGet` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .item_digital_get_discounts_item import (
    ItemDigitalGetDiscountsItem,
    ItemDigitalGetDiscountsItemCreate,
    ItemDigitalGetDiscountsItemUpdate,
)


class ItemDigitalGet(ApiModel):
    """`ItemDigitalGet`: an object of the v3 API. Every field is optional; unknown fields are
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
    discounts: list[ItemDigitalGetDiscountsItem] | None = None
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
    download_file_urls: list[str] | None = None
    download_page_url: str | None = None
    download_size: str | None = None


@with_config(REQUEST_CONFIG)
class ItemDigitalGetCreate(TypedDict, total=False):
    """The fields to create a `ItemDigitalGet` with; unknown keys are refused."""

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
    discounts: list[ItemDigitalGetDiscountsItemCreate]
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
    download_file_urls: list[str]
    download_page_url: str
    download_size: str


@with_config(REQUEST_CONFIG)
class ItemDigitalGetUpdate(TypedDict, total=False):
    """The fields to update a `ItemDigitalGet` with; unknown keys are refused."""

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
    discounts: list[ItemDigitalGetDiscountsItemUpdate]
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
    download_file_urls: list[str]
    download_page_url: str
    download_size: str
