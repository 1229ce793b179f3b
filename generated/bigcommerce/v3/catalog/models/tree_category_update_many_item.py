# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `TreeCategoryUpdateManyItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .category_tree_url import CategoryTreeUrl, CategoryTreeUrlUpdate


class TreeCategoryUpdateManyItemModel(ApiModel):
    """`TreeCategoryUpdateManyItemModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    category_id: int | None = None
    """Required to create and update."""
    name: str | None = None
    """From 1 to 50 characters."""
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


@with_config(REQUEST_CONFIG)
class TreeCategoryUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    category_id: Required[int]
    name: str
    """From 1 to 50 characters."""
    tree_id: int
    parent_id: int
    description: str
    views: int
    sort_order: int
    """From -2147483648 to 2147483647."""
    page_title: str
    meta_keywords: list[str]
    meta_description: str
    """At most 65535 characters."""
    layout_file: str
    """At most 50 characters."""
    image_url: str
    is_visible: bool
    search_keywords: str
    """At most 255 characters."""
    default_product_sort: Literal[
        "use_store_settings",
        "featured",
        "newest",
        "best_selling",
        "alpha_asc",
        "alpha_desc",
        "avg_customer_review",
        "price_asc",
        "price_desc",
    ]
    url: CategoryTreeUrlUpdate
