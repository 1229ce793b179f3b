# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartLineItemUpdatePostLineItemsItem` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .cart_post_modifier_option_selections_item import (
    CartPostModifierOptionSelectionsItem,
    CartPostModifierOptionSelectionsItemCreate,
)
from .cart_post_variant_gift_wrapping import (
    CartPostVariantGiftWrapping,
    CartPostVariantGiftWrappingCreate,
)


class CartLineItemUpdatePostLineItemsItem(ApiModel):
    """`CartLineItemUpdatePostLineItemsItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    quantity: int | float | None = None
    product_id: int | float | None = None
    list_price: int | float | None = None
    variant_id: int | float | None = None
    name: str | None = None
    gift_wrapping: CartPostVariantGiftWrapping | None = None
    option_selections: list[CartPostModifierOptionSelectionsItem] | None = None


@with_config(REQUEST_CONFIG)
class CartLineItemUpdatePostLineItemsItemCreate(TypedDict, total=False):
    """The fields to create a `CartLineItemUpdatePostLineItemsItem` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    quantity: int | float
    product_id: int | float
    list_price: int | float
    variant_id: int | float
    name: str
    gift_wrapping: CartPostVariantGiftWrappingCreate
    option_selections: list[CartPostModifierOptionSelectionsItemCreate]
