# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartCreatePostDataGiftCertificatesItem` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .cart_create_post_data_gift_certificates_item_recipient import (
    CartCreatePostDataGiftCertificatesItemRecipient,
    CartCreatePostDataGiftCertificatesItemRecipientCreate,
)
from .cart_create_post_data_gift_certificates_item_sender import (
    CartCreatePostDataGiftCertificatesItemSender,
    CartCreatePostDataGiftCertificatesItemSenderCreate,
)


class CartCreatePostDataGiftCertificatesItem(ApiModel):
    """`CartCreatePostDataGiftCertificatesItem`: an object of the v3 API. Every field is
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
    sender: CartCreatePostDataGiftCertificatesItemSender | None = None
    """Required to create and update."""
    recipient: CartCreatePostDataGiftCertificatesItemRecipient | None = None
    """Required to create and update."""
    message: str | None = None


@with_config(REQUEST_CONFIG)
class CartCreatePostDataGiftCertificatesItemCreate(TypedDict, total=False):
    """The fields to create a `CartCreatePostDataGiftCertificatesItem` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the
    documents require.
    """

    name: Required[str]
    theme: Required[Literal["Birthday", "Boy", "Celebration", "Christmas", "General", "Girl"]]
    amount: Required[int | float]
    quantity: Required[int]
    sender: Required[CartCreatePostDataGiftCertificatesItemSenderCreate]
    recipient: Required[CartCreatePostDataGiftCertificatesItemRecipientCreate]
    message: str
