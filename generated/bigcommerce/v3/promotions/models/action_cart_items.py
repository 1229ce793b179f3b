# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ActionCartItems` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .discount import Discount, DiscountCreate, DiscountUpdate
from .item_matcher import ItemMatcher, ItemMatcherCreate, ItemMatcherUpdate


class ActionCartItems(ApiModel):
    """`ActionCartItems`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    discount: Discount | None = None
    """Required to create and update."""
    maximum_allowed_discount_amount: str | None = None
    """May be null."""
    as_total: bool | None = None
    items: ItemMatcher | None = None
    include_items_considered_by_condition: bool | None = None
    exclude_items_on_sale: bool | None = None
    strategy: str | None = None
    """One of: `'LEAST_EXPENSIVE'`, `'LEAST_EXPENSIVE_ONLY'`, `'MOST_EXPENSIVE'`,
    `'MOST_EXPENSIVE_ONLY'`.
    """
    quantity: int | None = None
    add_free_item: bool | None = None


@with_config(REQUEST_CONFIG)
class ActionCartItemsCreate(TypedDict, total=False):
    """The fields to create a `ActionCartItems` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    discount: Required[DiscountCreate]
    maximum_allowed_discount_amount: str | None
    as_total: bool
    items: ItemMatcherCreate
    include_items_considered_by_condition: bool
    exclude_items_on_sale: bool
    strategy: Literal[
        "LEAST_EXPENSIVE", "LEAST_EXPENSIVE_ONLY", "MOST_EXPENSIVE", "MOST_EXPENSIVE_ONLY"
    ]
    quantity: int
    add_free_item: bool


@with_config(REQUEST_CONFIG)
class ActionCartItemsUpdate(TypedDict, total=False):
    """The fields to update a `ActionCartItems` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    discount: Required[DiscountUpdate]
    maximum_allowed_discount_amount: str | None
    as_total: bool
    items: ItemMatcherUpdate
    include_items_considered_by_condition: bool
    exclude_items_on_sale: bool
    strategy: Literal[
        "LEAST_EXPENSIVE", "LEAST_EXPENSIVE_ONLY", "MOST_EXPENSIVE", "MOST_EXPENSIVE_ONLY"
    ]
    quantity: int
    add_free_item: bool
