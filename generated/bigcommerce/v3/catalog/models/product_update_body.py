# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3ProductUpdateBody` model and the bodies of its update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .custom_url import CustomUrl, CustomUrlUpdate
from .product_bulk_pricing_rule_update import (
    ProductBulkPricingRuleUpdate as ProductBulkPricingRuleUpdateUpdate,
)
from .product_bulk_pricing_rule_update import (
    ProductBulkPricingRuleUpdateModel as ProductBulkPricingRuleUpdate,
)
from .product_custom_field import ProductCustomField, V3ProductCustomFieldUpdate
from .product_image import ProductImage, V3ProductImageUpdate
from .product_video import ProductVideo, V3ProductVideoUpdate


class V3ProductUpdateBody(ApiModel):
    """`V3ProductUpdateBody`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    name: str | None = None
    """From 1 to 250 characters."""
    type: str | None = None
    """One of: `'physical'`, `'digital'`."""
    sku: str | None = None
    """At most 255 characters."""
    description: str | None = None
    weight: int | float | None = None
    """From 0 to 9999999999."""
    width: int | float | None = None
    """From 0 to 9999999999."""
    depth: int | float | None = None
    """From 0 to 9999999999."""
    height: int | float | None = None
    """From 0 to 9999999999."""
    price: int | float | None = None
    """At least 0."""
    cost_price: int | float | None = None
    """At least 0."""
    retail_price: int | float | None = None
    """At least 0."""
    sale_price: int | float | None = None
    """At least 0."""
    map_price: int | float | None = None
    tax_class_id: int | float | None = None
    """From 0 to 255."""
    product_tax_code: str | None = None
    """At most 255 characters."""
    categories: list[int | float] | None = None
    """From 0 to 1000."""
    brand_id: int | None = None
    """From 0 to 1000000000."""
    brand_name: str | None = None
    inventory_level: int | None = None
    """From 0 to 2147483647."""
    inventory_warning_level: int | None = None
    """From 0 to 2147483647."""
    inventory_tracking: str | None = None
    """One of: `'none'`, `'product'`, `'variant'`."""
    fixed_cost_shipping_price: int | float | None = None
    """At least 0."""
    is_free_shipping: bool | None = None
    is_visible: bool | None = None
    is_featured: bool | None = None
    related_products: list[int] | None = None
    warranty: str | None = None
    """At most 65535 characters."""
    bin_picking_number: str | None = None
    """At most 255 characters."""
    layout_file: str | None = None
    """At most 500 characters."""
    upc: str | None = None
    """At most 14 characters."""
    search_keywords: str | None = None
    """At most 65535 characters."""
    availability_description: str | None = None
    """At most 255 characters."""
    availability: str | None = None
    """One of: `'available'`, `'disabled'`, `'preorder'`."""
    gift_wrapping_options_type: str | None = None
    """One of: `'any'`, `'none'`, `'list'`."""
    gift_wrapping_options_list: list[int] | None = None
    sort_order: int | None = None
    """From -2147483648 to 2147483647."""
    condition: str | None = None
    """One of: `'New'`, `'Used'`, `'Refurbished'`."""
    is_condition_shown: bool | None = None
    order_quantity_minimum: int | None = None
    """From 0 to 1000000000."""
    order_quantity_maximum: int | None = None
    """From 0 to 1000000000."""
    page_title: str | None = None
    """At most 255 characters."""
    meta_keywords: list[str] | None = None
    """At most 65535 characters."""
    meta_description: str | None = None
    """At most 65535 characters."""
    view_count: int | None = None
    """From 0 to 1000000000. Deprecated."""
    preorder_release_date: _dt.datetime | None = None
    """May be null."""
    preorder_message: str | None = None
    """At most 255 characters."""
    is_preorder_only: bool | None = None
    is_price_hidden: bool | None = None
    price_hidden_label: str | None = None
    """At most 200 characters."""
    custom_url: CustomUrl | None = None
    open_graph_type: str | None = None
    """One of: `'product'`, `'album'`, `'book'`, `'drink'`, `'food'`, `'game'`, `'movie'`,
    `'song'`, `'tv_show'`.
    """
    open_graph_title: str | None = None
    open_graph_description: str | None = None
    open_graph_use_meta_description: bool | None = None
    open_graph_use_product_name: bool | None = None
    open_graph_use_image: bool | None = None
    gtin: str | None = None
    """At most 14 characters."""
    mpn: str | None = None
    date_last_imported: str | None = None
    reviews_rating_sum: int | None = None
    reviews_count: int | None = None
    total_sold: int | None = None
    custom_fields: list[ProductCustomField] | None = None
    """From 0 to 255."""
    bulk_pricing_rules: list[ProductBulkPricingRuleUpdate] | None = None
    images: list[ProductImage] | None = None
    videos: list[ProductVideo] | None = None


@with_config(REQUEST_CONFIG)
class ProductUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    name: str
    """From 1 to 250 characters."""
    type: Literal["physical", "digital"]
    sku: str
    """At most 255 characters."""
    description: str
    weight: int | float
    """From 0 to 9999999999."""
    width: int | float
    """From 0 to 9999999999."""
    depth: int | float
    """From 0 to 9999999999."""
    height: int | float
    """From 0 to 9999999999."""
    price: int | float
    """At least 0."""
    cost_price: int | float
    """At least 0."""
    retail_price: int | float
    """At least 0."""
    sale_price: int | float
    """At least 0."""
    map_price: int | float
    tax_class_id: int | float
    """From 0 to 255."""
    product_tax_code: str
    """At most 255 characters."""
    categories: list[int | float]
    """From 0 to 1000."""
    brand_id: int
    """From 0 to 1000000000."""
    brand_name: str
    inventory_level: int
    """From 0 to 2147483647."""
    inventory_warning_level: int
    """From 0 to 2147483647."""
    inventory_tracking: Literal["none", "product", "variant"]
    fixed_cost_shipping_price: int | float
    """At least 0."""
    is_free_shipping: bool
    is_visible: bool
    is_featured: bool
    related_products: list[int]
    warranty: str
    """At most 65535 characters."""
    bin_picking_number: str
    """At most 255 characters."""
    layout_file: str
    """At most 500 characters."""
    upc: str
    """At most 14 characters."""
    search_keywords: str
    """At most 65535 characters."""
    availability_description: str
    """At most 255 characters."""
    availability: Literal["available", "disabled", "preorder"]
    gift_wrapping_options_type: Literal["any", "none", "list"]
    gift_wrapping_options_list: list[int]
    sort_order: int
    """From -2147483648 to 2147483647."""
    condition: Literal["New", "Used", "Refurbished"]
    is_condition_shown: bool
    order_quantity_minimum: int
    """From 0 to 1000000000."""
    order_quantity_maximum: int
    """From 0 to 1000000000."""
    page_title: str
    """At most 255 characters."""
    meta_keywords: list[str]
    """At most 65535 characters."""
    meta_description: str
    """At most 65535 characters."""
    view_count: int
    """From 0 to 1000000000. Deprecated."""
    preorder_release_date: _dt.datetime | str | None
    preorder_message: str
    """At most 255 characters."""
    is_preorder_only: bool
    is_price_hidden: bool
    price_hidden_label: str
    """At most 200 characters."""
    custom_url: CustomUrlUpdate
    open_graph_type: Literal[
        "product", "album", "book", "drink", "food", "game", "movie", "song", "tv_show"
    ]
    open_graph_title: str
    open_graph_description: str
    open_graph_use_meta_description: bool
    open_graph_use_product_name: bool
    open_graph_use_image: bool
    gtin: str
    """At most 14 characters."""
    mpn: str
    date_last_imported: str
    reviews_rating_sum: int
    reviews_count: int
    total_sold: int
    custom_fields: list[V3ProductCustomFieldUpdate]
    """From 0 to 255."""
    bulk_pricing_rules: list[ProductBulkPricingRuleUpdateUpdate]
    images: list[V3ProductImageUpdate]
    videos: list[V3ProductVideoUpdate]
