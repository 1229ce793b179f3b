# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `Action` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .cart_items_action_cart_items import (
    CartItemsActionCartItems,
    CartItemsActionCartItemsCreate,
    CartItemsActionCartItemsUpdate,
)
from .cart_value_action_cart_value import (
    CartValueActionCartValue,
    CartValueActionCartValueCreate,
    CartValueActionCartValueUpdate,
)
from .fixed_price_set_action_fixed_price_set import (
    FixedPriceSetActionFixedPriceSet,
    FixedPriceSetActionFixedPriceSetCreate,
    FixedPriceSetActionFixedPriceSetUpdate,
)
from .gift_item_action_gift_item import (
    GiftItemActionGiftItem,
    GiftItemActionGiftItemCreate,
    GiftItemActionGiftItemUpdate,
)
from .shipping_action_shipping import (
    ShippingActionShipping,
    ShippingActionShippingCreate,
    ShippingActionShippingUpdate,
)


class Action(ApiModel):
    """`Action`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    cart_value: CartValueActionCartValue | None = None
    cart_items: CartItemsActionCartItems | None = None
    gift_item: GiftItemActionGiftItem | None = None
    fixed_price_set: FixedPriceSetActionFixedPriceSet | None = None
    shipping: ShippingActionShipping | None = None


@with_config(REQUEST_CONFIG)
class ActionCreate(TypedDict, total=False):
    """The fields to create a `Action` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    cart_value: CartValueActionCartValueCreate
    cart_items: CartItemsActionCartItemsCreate
    gift_item: GiftItemActionGiftItemCreate
    fixed_price_set: FixedPriceSetActionFixedPriceSetCreate
    shipping: ShippingActionShippingCreate


@with_config(REQUEST_CONFIG)
class ActionUpdate(TypedDict, total=False):
    """The fields to update a `Action` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    cart_value: CartValueActionCartValueUpdate
    cart_items: CartItemsActionCartItemsUpdate
    gift_item: GiftItemActionGiftItemUpdate
    fixed_price_set: FixedPriceSetActionFixedPriceSetUpdate
    shipping: ShippingActionShippingUpdate
