# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ActionFixedPriceSet` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .item_matcher import ItemMatcher, ItemMatcherCreate, ItemMatcherUpdate


class ActionFixedPriceSet(ApiModel):
    """`ActionFixedPriceSet`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    quantity: int | None = None
    """Required to create and update."""
    fixed_price: str | None = None
    """Required to create and update."""
    items: ItemMatcher | None = None
    strategy: str | None = None
    """One of: `'LEAST_EXPENSIVE'`, `'LEAST_EXPENSIVE_ONLY'`, `'MOST_EXPENSIVE'`,
    `'MOST_EXPENSIVE_ONLY'`.
    """
    exclude_items_on_sale: bool | None = None
    include_items_considered_by_condition: bool | None = None
    """Default `true`."""


@with_config(REQUEST_CONFIG)
class ActionFixedPriceSetCreate(TypedDict, total=False):
    """The fields to create a `ActionFixedPriceSet` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    quantity: Required[int]
    fixed_price: Required[str]
    items: ItemMatcherCreate
    strategy: Literal[
        "LEAST_EXPENSIVE", "LEAST_EXPENSIVE_ONLY", "MOST_EXPENSIVE", "MOST_EXPENSIVE_ONLY"
    ]
    exclude_items_on_sale: bool
    include_items_considered_by_condition: bool
    """Default `true`."""


@with_config(REQUEST_CONFIG)
class ActionFixedPriceSetUpdate(TypedDict, total=False):
    """The fields to update a `ActionFixedPriceSet` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    quantity: Required[int]
    fixed_price: Required[str]
    items: ItemMatcherUpdate
    strategy: Literal[
        "LEAST_EXPENSIVE", "LEAST_EXPENSIVE_ONLY", "MOST_EXPENSIVE", "MOST_EXPENSIVE_ONLY"
    ]
    exclude_items_on_sale: bool
    include_items_considered_by_condition: bool
    """Default `true`."""
