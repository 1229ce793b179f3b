# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartCreateLineItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .cart_create_line_item_gift_wrapping import (
    CartCreateLineItemGiftWrapping,
    CartCreateLineItemGiftWrappingCreate,
    CartCreateLineItemGiftWrappingUpdate,
)
from .cart_create_line_item_option_selection import (
    CartCreateLineItemOptionSelection,
    CartCreateLineItemOptionSelectionCreate,
    CartCreateLineItemOptionSelectionUpdate,
)


class CartCreateLineItem(ApiModel):
    """`CartCreateLineItem`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    quantity: int | float | None = None
    product_id: int | float | None = None
    list_price: int | float | None = None
    variant_id: int | float | None = None
    name: str | None = None
    gift_wrapping: CartCreateLineItemGiftWrapping | None = None
    option_selections: list[CartCreateLineItemOptionSelection] | None = None


@with_config(REQUEST_CONFIG)
class CartCreateLineItemCreate(TypedDict, total=False):
    """The fields to create a `CartCreateLineItem` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    quantity: int | float
    product_id: int | float
    list_price: int | float
    variant_id: int | float
    name: str
    gift_wrapping: CartCreateLineItemGiftWrappingCreate
    option_selections: list[CartCreateLineItemOptionSelectionCreate]


@with_config(REQUEST_CONFIG)
class CartCreateLineItemUpdate(TypedDict, total=False):
    """The fields to update a `CartCreateLineItem` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    quantity: int | float
    product_id: int | float
    list_price: int | float
    variant_id: int | float
    name: str
    gift_wrapping: CartCreateLineItemGiftWrappingUpdate
    option_selections: list[CartCreateLineItemOptionSelectionUpdate]
