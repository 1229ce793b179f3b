# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartLineItems` model."""

from __future__ import annotations

from ...._model import ApiModel
from ...shared.models.item_gift_certificate import ItemGiftCertificate
from .cart_custom_item import CartCustomItem
from .cart_digital_item import CartDigitalItem
from .cart_line_item import CartLineItem


class CartLineItems(ApiModel):
    """`CartLineItems`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    physical_items: list[CartLineItem] | None = None
    digital_items: list[CartDigitalItem] | None = None
    gift_certificates: list[ItemGiftCertificate] | None = None
    custom_items: list[CartCustomItem] | None = None
