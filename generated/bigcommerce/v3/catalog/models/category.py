# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `Category` model."""

from __future__ import annotations

from ...._model import ApiModel
from .url import Url


class Category(ApiModel):
    """`Category`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.catalog.categories`: `all`, `create`, `get`, `update`.
    """

    id: int
    """Read-only: set by the API, never sent."""
    parent_id: int | None = None
    name: str | None = None
    """From 1 to 50 characters."""
    description: str | None = None
    views: int | None = None
    sort_order: int | None = None
    page_title: str | None = None
    meta_keywords: list[str] | None = None
    meta_description: str | None = None
    """At most 65535 characters."""
    layout_file: str | None = None
    """At most 500 characters."""
    image_url: str | None = None
    is_visible: bool | None = None
    search_keywords: str | None = None
    default_product_sort: str | None = None
    """One of: `'use_store_settings'`, `'featured'`, `'newest'`, `'best_selling'`, `'alpha_asc'`,
    `'alpha_desc'`, `'avg_customer_review'`, `'price_asc'`, `'price_desc'`.
    """
    custom_url: Url | None = None
