# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartLineItemUpdatePost` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .cart_line_item_update_post_gift_certificates_item import (
    CartLineItemUpdatePostGiftCertificatesItem,
    CartLineItemUpdatePostGiftCertificatesItemCreate,
)
from .cart_line_item_update_post_line_items_item import (
    CartLineItemUpdatePostLineItemsItem,
    CartLineItemUpdatePostLineItemsItemCreate,
)
from .cart_post_custom_item_item import CartPostCustomItemItem, CartPostCustomItemItemCreate


class CartLineItemUpdatePost(ApiModel):
    """`CartLineItemUpdatePost`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    line_items: list[CartLineItemUpdatePostLineItemsItem] | None = None
    gift_certificates: list[CartLineItemUpdatePostGiftCertificatesItem] | None = None
    custom_items: list[CartPostCustomItemItem] | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CartLineItemUpdatePostCreate(TypedDict, total=False):
    """The fields to create a `CartLineItemUpdatePost` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    line_items: list[CartLineItemUpdatePostLineItemsItemCreate]
    gift_certificates: list[CartLineItemUpdatePostGiftCertificatesItemCreate]
    custom_items: list[CartPostCustomItemItemCreate]
    version: int
