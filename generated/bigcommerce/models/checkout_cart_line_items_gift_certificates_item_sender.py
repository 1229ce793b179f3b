# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItemsGiftCertificatesItemSender` model."""

from __future__ import annotations

from .._model import ApiModel


class CheckoutCartLineItemsGiftCertificatesItemSender(ApiModel):
    """`CheckoutCartLineItemsGiftCertificatesItemSender`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    name: str | None = None
    email: str | None = None
