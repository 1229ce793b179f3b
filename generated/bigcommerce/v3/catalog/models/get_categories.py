# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `GetCategories` model."""

from __future__ import annotations

from ...._model import ApiModel
from .category_tree_url import CategoryTreeUrl


class GetCategories(ApiModel):
    """`GetCategories`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.catalog.trees.categories`: `all`, `create_many`.
    """

    name: str | None = None
    """From 1 to 50 characters."""
    category_id: int | None = None
    category_uuid: str | None = None
    """Read-only: set by the API, never sent."""
    tree_id: int | None = None
    parent_id: int | None = None
    description: str | None = None
    views: int | None = None
    sort_order: int | None = None
    """From -2147483648 to 2147483647."""
    page_title: str | None = None
    meta_keywords: list[str] | None = None
    meta_description: str | None = None
    """At most 65535 characters."""
    layout_file: str | None = None
    """At most 50 characters."""
    image_url: str | None = None
    is_visible: bool | None = None
    search_keywords: str | None = None
    """At most 255 characters."""
    default_product_sort: str | None = None
    """One of: `'use_store_settings'`, `'featured'`, `'newest'`, `'best_selling'`, `'alpha_asc'`,
    `'alpha_desc'`, `'avg_customer_review'`, `'price_asc'`, `'price_desc'`.
    """
    url: CategoryTreeUrl | None = None
