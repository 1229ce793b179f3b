# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItems` model."""

from __future__ import annotations

from ...._model import ApiModel
from ...shared.models.item_gift_certificate import ItemGiftCertificate
from .checkout_cart_line_items_custom_item import CheckoutCartLineItemsCustomItem
from .checkout_cart_line_items_digital_item import CheckoutCartLineItemsDigitalItem
from .checkout_cart_line_items_physical_item import CheckoutCartLineItemsPhysicalItem


class CheckoutCartLineItems(ApiModel):
    """`CheckoutCartLineItems`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    physical_items: list[CheckoutCartLineItemsPhysicalItem] | None = None
    """Required to create and update."""
    digital_items: list[CheckoutCartLineItemsDigitalItem] | None = None
    """Required to create and update."""
    gift_certificates: list[ItemGiftCertificate] | None = None
    """Required to create and update."""
    custom_items: list[CheckoutCartLineItemsCustomItem] | None = None
