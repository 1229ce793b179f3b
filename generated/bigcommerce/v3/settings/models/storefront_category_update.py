# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StorefrontCategoryUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class StorefrontCategoryUpdate(ApiModel):
    """`StorefrontCategoryUpdate`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.settings.storefront.category`: `get`, `update`.
    """

    category_tree_depth: int | None = None
    """From 1 to 8."""
    default_product_sort: str | None = None
    """One of: `'featured'`, `'bestselling'`, `'newest'`, `'alphaasc'`, `'alphadesc'`,
    `'pricedesc'`, `'priceasc'`, `'avgcustomerreview'`, `'relevance'`. Default
    `'bestselling'`.
    """
    listing_mode: str | None = None
    """One of: `'current_category_only'`, `'child_categories'`,
    `'child_categories_if_category_empty'`.
    """


@with_config(REQUEST_CONFIG)
class StorefrontCategoryUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    category_tree_depth: int
    """From 1 to 8."""
    default_product_sort: Literal[
        "featured",
        "bestselling",
        "newest",
        "alphaasc",
        "alphadesc",
        "pricedesc",
        "priceasc",
        "avgcustomerreview",
        "relevance",
    ]
    """Default `'bestselling'`."""
    listing_mode: Literal[
        "current_category_only", "child_categories", "child_categories_if_category_empty"
    ]
