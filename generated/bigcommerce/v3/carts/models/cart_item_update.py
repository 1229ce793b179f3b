# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartItemUpdateModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .cart_create_custom_item import CartCreateCustomItem, CartCreateCustomItemUpdate
from .cart_create_gift_certificate import CartCreateGiftCertificate, CartCreateGiftCertificateUpdate
from .cart_create_line_item import CartCreateLineItem, CartCreateLineItemUpdate


class CartItemUpdateModel(ApiModel):
    """`CartItemUpdateModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    line_item: CartCreateLineItem | None = None
    gift_certificates: list[CartCreateGiftCertificate] | None = None
    custom_items: list[CartCreateCustomItem] | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CartItemUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    line_item: CartCreateLineItemUpdate
    gift_certificates: list[CartCreateGiftCertificateUpdate]
    custom_items: list[CartCreateCustomItemUpdate]
    version: int
