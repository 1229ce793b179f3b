# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItemsGiftCertificatesItem` model."""

from __future__ import annotations

from .._model import ApiModel
from .checkout_cart_line_items_gift_certificates_item_recipient import (
    CheckoutCartLineItemsGiftCertificatesItemRecipient,
)
from .checkout_cart_line_items_gift_certificates_item_sender import (
    CheckoutCartLineItemsGiftCertificatesItemSender,
)


class CheckoutCartLineItemsGiftCertificatesItem(ApiModel):
    """`CheckoutCartLineItemsGiftCertificatesItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    theme: str | None = None
    """Required to create and update."""
    amount: int | float | None = None
    """Required to create and update."""
    sender: CheckoutCartLineItemsGiftCertificatesItemSender | None = None
    """Required to create and update."""
    recipient: CheckoutCartLineItemsGiftCertificatesItemRecipient | None = None
    """Required to create and update."""
    id: str | None = None
    name: str | None = None
    taxable: bool | None = None
    message: str | None = None
