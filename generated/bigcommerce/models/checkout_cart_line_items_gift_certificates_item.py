# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartLineItemsGiftCertificatesItem` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .checkout_cart_line_items_gift_certificates_item_recipient import (
    CheckoutCartLineItemsGiftCertificatesItemRecipient,
    CheckoutCartLineItemsGiftCertificatesItemRecipientCreate,
    CheckoutCartLineItemsGiftCertificatesItemRecipientUpdate,
)
from .checkout_cart_line_items_gift_certificates_item_sender import (
    CheckoutCartLineItemsGiftCertificatesItemSender,
    CheckoutCartLineItemsGiftCertificatesItemSenderCreate,
    CheckoutCartLineItemsGiftCertificatesItemSenderUpdate,
)


class CheckoutCartLineItemsGiftCertificatesItem(ApiModel):
    """`CheckoutCartLineItemsGiftCertificatesItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    theme: str | None = None
    amount: float | None = None
    sender: CheckoutCartLineItemsGiftCertificatesItemSender | None = None
    recipient: CheckoutCartLineItemsGiftCertificatesItemRecipient | None = None
    id: str | None = None
    name: str | None = None
    taxable: bool | None = None
    message: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsGiftCertificatesItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCartLineItemsGiftCertificatesItem` with; unknown keys are
    refused. Keys marked `Required` must be given.
    """

    theme: Required[str]
    amount: Required[float]
    sender: Required[CheckoutCartLineItemsGiftCertificatesItemSenderCreate]
    recipient: Required[CheckoutCartLineItemsGiftCertificatesItemRecipientCreate]
    id: str
    name: str
    taxable: bool
    message: str


@with_config(REQUEST_CONFIG)
class CheckoutCartLineItemsGiftCertificatesItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCartLineItemsGiftCertificatesItem` with; unknown keys are
    refused.
    """

    theme: str
    amount: float
    sender: CheckoutCartLineItemsGiftCertificatesItemSenderUpdate
    recipient: CheckoutCartLineItemsGiftCertificatesItemRecipientUpdate
    id: str
    name: str
    taxable: bool
    message: str
