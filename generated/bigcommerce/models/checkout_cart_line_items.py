# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItems` model."""

from __future__ import annotations

from .._model import ApiModel
from .checkout_cart_line_items_custom_items_item import CheckoutCartLineItemsCustomItemsItem
from .checkout_cart_line_items_digital_items_item import CheckoutCartLineItemsDigitalItemsItem
from .checkout_cart_line_items_gift_certificates_item import (
    CheckoutCartLineItemsGiftCertificatesItem,
)
from .checkout_cart_line_items_physical_items_item import CheckoutCartLineItemsPhysicalItemsItem


class CheckoutCartLineItems(ApiModel):
    """`CheckoutCartLineItems`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    physical_items: list[CheckoutCartLineItemsPhysicalItemsItem] | None = None
    """Required to create and update."""
    digital_items: list[CheckoutCartLineItemsDigitalItemsItem] | None = None
    """Required to create and update."""
    gift_certificates: list[CheckoutCartLineItemsGiftCertificatesItem] | None = None
    """Required to create and update."""
    custom_items: list[CheckoutCartLineItemsCustomItemsItem] | None = None
