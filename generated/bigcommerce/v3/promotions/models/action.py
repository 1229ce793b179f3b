# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `Action` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .action_cart_items import ActionCartItems, ActionCartItemsCreate, ActionCartItemsUpdate
from .action_cart_value import ActionCartValue, ActionCartValueCreate, ActionCartValueUpdate
from .action_fixed_price_set import (
    ActionFixedPriceSet,
    ActionFixedPriceSetCreate,
    ActionFixedPriceSetUpdate,
)
from .action_gift import ActionGift, ActionGiftCreate, ActionGiftUpdate
from .action_shipping import ActionShipping, ActionShippingCreate, ActionShippingUpdate


class Action(ApiModel):
    """`Action`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    cart_value: ActionCartValue | None = None
    cart_items: ActionCartItems | None = None
    gift_item: ActionGift | None = None
    fixed_price_set: ActionFixedPriceSet | None = None
    shipping: ActionShipping | None = None


@with_config(REQUEST_CONFIG)
class ActionCreate(TypedDict, total=False):
    """The fields to create a `Action` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    cart_value: ActionCartValueCreate
    cart_items: ActionCartItemsCreate
    gift_item: ActionGiftCreate
    fixed_price_set: ActionFixedPriceSetCreate
    shipping: ActionShippingCreate


@with_config(REQUEST_CONFIG)
class ActionUpdate(TypedDict, total=False):
    """The fields to update a `Action` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    cart_value: ActionCartValueUpdate
    cart_items: ActionCartItemsUpdate
    gift_item: ActionGiftUpdate
    fixed_price_set: ActionFixedPriceSetUpdate
    shipping: ActionShippingUpdate
