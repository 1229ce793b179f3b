# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartLineItemUpdatePostGiftCertificatesItem` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .cart_line_item_update_post_gift_certificates_item_recipient import (
    CartLineItemUpdatePostGiftCertificatesItemRecipient,
    CartLineItemUpdatePostGiftCertificatesItemRecipientCreate,
)
from .cart_line_item_update_post_gift_certificates_item_sender import (
    CartLineItemUpdatePostGiftCertificatesItemSender,
    CartLineItemUpdatePostGiftCertificatesItemSenderCreate,
)


class CartLineItemUpdatePostGiftCertificatesItem(ApiModel):
    """`CartLineItemUpdatePostGiftCertificatesItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    name: str | None = None
    """Required to create and update."""
    theme: str | None = None
    """Required to create and update. One of: `'Birthday'`, `'Boy'`, `'Celebration'`,
    `'Christmas'`, `'General'`, `'Girl'`.
    """
    amount: int | float | None = None
    """Required to create and update."""
    quantity: int | None = None
    """Required to create and update."""
    sender: CartLineItemUpdatePostGiftCertificatesItemSender | None = None
    """Required to create and update."""
    recipient: CartLineItemUpdatePostGiftCertificatesItemRecipient | None = None
    """Required to create and update."""
    message: str | None = None


@with_config(REQUEST_CONFIG)
class CartLineItemUpdatePostGiftCertificatesItemCreate(TypedDict, total=False):
    """The fields to create a `CartLineItemUpdatePostGiftCertificatesItem` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the
    documents require.
    """

    name: Required[str]
    theme: Required[Literal["Birthday", "Boy", "Celebration", "Christmas", "General", "Girl"]]
    amount: Required[int | float]
    quantity: Required[int]
    sender: Required[CartLineItemUpdatePostGiftCertificatesItemSenderCreate]
    recipient: Required[CartLineItemUpdatePostGiftCertificatesItemRecipientCreate]
    message: str
