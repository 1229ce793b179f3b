# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `Product` model."""

from __future__ import annotations

import datetime as _dt

from .._model import ApiModel
from .custom_url import CustomUrl
from .parent_relation import ParentRelation
from .product_bulk_pricing_rule import ProductBulkPricingRule
from .product_image_data import ProductImageData
from .product_modifier_modifier import ProductModifierModifier
from .product_option_alt import ProductOptionAlt
from .product_video_video import ProductVideoVideo
from .v3_product_custom_field import ProductCustomField as V3ProductCustomField
from .v3_product_primary_image import ProductPrimaryImage as V3ProductPrimaryImage


class Product(ApiModel):
    """`Product`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    type: str | None = None
    """One of: `'physical'`, `'digital'`."""
    sku: str | None = None
    description: str | None = None
    weight: int | float | None = None
    width: int | float | None = None
    depth: int | float | None = None
    height: int | float | None = None
    price: int | float | None = None
    cost_price: int | float | None = None
    retail_price: int | float | None = None
    sale_price: int | float | None = None
    map_price: int | float | None = None
    tax_class_id: int | float | None = None
    product_tax_code: str | None = None
    categories: list[int | float] | None = None
    """Required to create."""
    brand_id: int | None = None
    inventory_level: int | None = None
    inventory_warning_level: int | None = None
    inventory_tracking: str | None = None
    """One of: `'none'`, `'product'`, `'variant'`."""
    fixed_cost_shipping_price: int | float | None = None
    is_free_shipping: bool | None = None
    is_visible: bool | None = None
    is_featured: bool | None = None
    related_products: list[int] | None = None
    warranty: str | None = None
    bin_picking_number: str | None = None
    layout_file: str | None = None
    upc: str | None = None
    search_keywords: str | None = None
    availability_description: str | None = None
    availability: str | None = None
    """One of: `'available'`, `'disabled'`, `'preorder'`."""
    gift_wrapping_options_type: str | None = None
    """One of: `'any'`, `'none'`, `'list'`."""
    gift_wrapping_options_list: list[int] | None = None
    sort_order: int | None = None
    condition: str | None = None
    """One of: `'New'`, `'Used'`, `'Refurbished'`."""
    is_condition_shown: bool | None = None
    order_quantity_minimum: int | None = None
    order_quantity_maximum: int | None = None
    page_title: str | None = None
    meta_keywords: list[str] | None = None
    meta_description: str | None = None
    view_count: int | None = None
    preorder_release_date: _dt.datetime | None = None
    """May be null."""
    preorder_message: str | None = None
    is_preorder_only: bool | None = None
    is_price_hidden: bool | None = None
    price_hidden_label: str | None = None
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
    mpn: str | None = None
    date_last_imported: str | None = None
    reviews_rating_sum: int | None = None
    reviews_count: int | None = None
    total_sold: int | None = None
    custom_fields: list[V3ProductCustomField] | None = None
    bulk_pricing_rules: list[ProductBulkPricingRule] | None = None
    images: list[ProductImageData] | None = None
    primary_image: V3ProductPrimaryImage | None = None
    videos: list[ProductVideoVideo] | None = None
    parent_relations: list[ParentRelation] | None = None
    """Read-only: set by the API, never sent."""
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    base_variant_id: int | None = None
    calculated_price: int | float | None = None
    options: list[ProductOptionAlt] | None = None
    modifiers: list[ProductModifierModifier] | None = None
    option_set_id: int | None = None
    option_set_display: str | None = None
    channels: list[int] | None = None
