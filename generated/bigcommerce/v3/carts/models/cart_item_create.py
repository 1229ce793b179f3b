# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartItemCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .cart_create_custom_item import CartCreateCustomItem, CartCreateCustomItemCreate
from .cart_create_gift_certificate import CartCreateGiftCertificate, CartCreateGiftCertificateCreate
from .cart_create_line_item import CartCreateLineItem, CartCreateLineItemCreate


class CartItemCreateModel(ApiModel):
    """`CartItemCreateModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    line_items: list[CartCreateLineItem] | None = None
    gift_certificates: list[CartCreateGiftCertificate] | None = None
    custom_items: list[CartCreateCustomItem] | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CartItemCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    line_items: list[CartCreateLineItemCreate]
    gift_certificates: list[CartCreateGiftCertificateCreate]
    custom_items: list[CartCreateCustomItemCreate]
    version: int
