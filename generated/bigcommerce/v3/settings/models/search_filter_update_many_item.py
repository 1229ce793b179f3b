# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `SearchFilterUpdateManyItem` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class SearchFilterUpdateManyItem(ApiModel):
    """`SearchFilterUpdateManyItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.settings.search.filters`: `all`, `update_many`.
    """

    collapsed_by_default: bool | None = None
    display_name: str | None = None
    display_product_count: bool | None = None
    id: str | None = None
    is_enabled: bool | None = None
    items_to_show: int | None = None
    """One of: `5`, `10`, `15`."""
    sort_by: str | None = None
    """One of: `'alpha'`, `'option_values'`, `'item_count'`."""
    type: str | None = None
    """One of: `'product'`, `'price'`, `'category'`, `'brand'`, `'rating'`, `'other'`."""
    show_free_shipping_filter: bool | None = None
    show_in_stock_filter: bool | None = None
    show_is_featured_filter: bool | None = None
    show_product_count: bool | None = None


@with_config(REQUEST_CONFIG)
class SearchFilterUpdateManyItemBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    collapsed_by_default: bool
    display_name: str
    display_product_count: bool
    id: str
    is_enabled: bool
    items_to_show: Literal[5, 10, 15]
    sort_by: Literal["alpha", "option_values", "item_count"]
    type: Literal["product", "price", "category", "brand", "rating", "other"]
    show_free_shipping_filter: bool
    show_in_stock_filter: bool
    show_is_featured_filter: bool
    show_product_count: bool
