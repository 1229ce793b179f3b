# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartLineItemUpdatePut` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .cart_line_item_update_put_gift_certificates_item import (
    CartLineItemUpdatePutGiftCertificatesItem,
    CartLineItemUpdatePutGiftCertificatesItemUpdate,
)
from .cart_line_item_update_put_line_item import (
    CartLineItemUpdatePutLineItem,
    CartLineItemUpdatePutLineItemUpdate,
)
from .cart_post_custom_item_item import CartPostCustomItemItem, CartPostCustomItemItemUpdate


class CartLineItemUpdatePut(ApiModel):
    """`CartLineItemUpdatePut`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    line_item: CartLineItemUpdatePutLineItem | None = None
    gift_certificates: list[CartLineItemUpdatePutGiftCertificatesItem] | None = None
    custom_items: list[CartPostCustomItemItem] | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CartLineItemUpdatePutUpdate(TypedDict, total=False):
    """The fields to update a `CartLineItemUpdatePut` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    line_item: CartLineItemUpdatePutLineItemUpdate
    gift_certificates: list[CartLineItemUpdatePutGiftCertificatesItemUpdate]
    custom_items: list[CartPostCustomItemItemUpdate]
    version: int
