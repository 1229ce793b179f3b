# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `Product` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel
from .bulk_pricing_rule import BulkPricingRule
from .custom_url import CustomUrl
from .parent_relation import ParentRelation
from .product_custom_field import ProductCustomField
from .product_image import ProductImage
from .product_modifier import ProductModifier
from .product_option_base import ProductOptionBase
from .product_primary_image import ProductPrimaryImage
from .product_video import ProductVideo


class Product(ApiModel):
    """`Product`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.catalog.products`: `all`, `create`, `get`, `update`, `update_many`.
    """

    id: int
    """Read-only: set by the API, never sent. At least 1."""
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
    """Required to create. From 0 to 1000."""
    brand_id: int | None = None
    """From 0 to 1000000000."""
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
    bulk_pricing_rules: list[BulkPricingRule] | None = None
    images: list[ProductImage] | None = None
    primary_image: ProductPrimaryImage | None = None
    videos: list[ProductVideo] | None = None
    parent_relations: list[ParentRelation] | None = None
    """Read-only: set by the API, never sent."""
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    base_variant_id: int | None = None
    calculated_price: int | float | None = None
    options: list[ProductOptionBase] | None = None
    modifiers: list[ProductModifier] | None = None
    option_set_id: int | None = None
    option_set_display: str | None = None
    channels: list[int] | None = None
