# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `CartConditionCart` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .item_matcher import ItemMatcher, ItemMatcherCreate, ItemMatcherUpdate


class CartConditionCart(ApiModel):
    """`CartConditionCart`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    items: ItemMatcher | None = None
    minimum_spend: str | None = None
    minimum_quantity: int | None = None


@with_config(REQUEST_CONFIG)
class CartConditionCartCreate(TypedDict, total=False):
    """The fields to create a `CartConditionCart` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    items: ItemMatcherCreate
    minimum_spend: str
    minimum_quantity: int


@with_config(REQUEST_CONFIG)
class CartConditionCartUpdate(TypedDict, total=False):
    """The fields to update a `CartConditionCart` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    items: ItemMatcherUpdate
    minimum_spend: str
    minimum_quantity: int
