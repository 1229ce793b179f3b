# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `V3CartCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .cart_create_currency import CartCreateCurrency, CartCreateCurrencyCreate
from .cart_create_custom_item import CartCreateCustomItem, CartCreateCustomItemCreate
from .cart_create_gift_certificate import CartCreateGiftCertificate, CartCreateGiftCertificateCreate
from .cart_create_line_item import CartCreateLineItem, CartCreateLineItemCreate


class V3CartCreate(ApiModel):
    """`V3CartCreate`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    customer_id: int | None = None
    line_items: list[CartCreateLineItem] | None = None
    custom_items: list[CartCreateCustomItem] | None = None
    gift_certificates: list[CartCreateGiftCertificate] | None = None
    channel_id: int | None = None
    currency: CartCreateCurrency | None = None
    locale: str | None = None


@with_config(REQUEST_CONFIG)
class CartCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    customer_id: int
    line_items: list[CartCreateLineItemCreate]
    custom_items: list[CartCreateCustomItemCreate]
    gift_certificates: list[CartCreateGiftCertificateCreate]
    channel_id: int
    currency: CartCreateCurrencyCreate
    locale: str
