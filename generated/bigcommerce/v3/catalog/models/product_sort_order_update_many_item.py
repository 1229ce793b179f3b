# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductSortOrderUpdateManyItem` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ProductSortOrderUpdateManyItem(ApiModel):
    """`ProductSortOrderUpdateManyItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept. Answered by `api.catalog.categories.products.sort_order`: `all`,
    `update_many`.
    """

    product_id: int | None = None
    """Required to create and update. At least 1."""
    sort_order: int | None = None
    """Required to create and update. At least 0."""


@with_config(REQUEST_CONFIG)
class ProductSortOrderUpdateManyItemBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    product_id: Required[int]
    """At least 1."""
    sort_order: Required[int]
    """At least 0."""
