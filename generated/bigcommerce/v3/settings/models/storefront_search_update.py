# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `StorefrontSearchUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class StorefrontSearchUpdate(ApiModel):
    """`StorefrontSearchUpdate`: an object of the v3 API. Every field is optional; unknown fields
    are kept. Answered by `api.settings.storefront.search`: `get`, `update`.
    """

    content_product_sort: str | None = None
    """Required to create and update. One of: `'relevance'`, `'alphaasc'`, `'alphadesc'`. Default
    `'relevance'`.
    """
    default_product_sort: str | None = None
    """Required to create and update. One of: `'featured'`, `'bestselling'`, `'newest'`,
    `'alphaasc'`, `'alphadesc'`, `'pricedesc'`, `'priceasc'`, `'avgcustomerreview'`,
    `'relevance'`. Default `'bestselling'`.
    """
    product_filtering_enabled: bool | None = None
    """Required to create and update."""
    search_suggest: bool | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class StorefrontSearchUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    content_product_sort: Required[Literal["relevance", "alphaasc", "alphadesc"]]
    """Default `'relevance'`."""
    default_product_sort: Required[
        Literal[
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
    ]
    """Default `'bestselling'`."""
    product_filtering_enabled: Required[bool]
    search_suggest: Required[bool]
