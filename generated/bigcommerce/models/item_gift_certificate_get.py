# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `ItemGiftCertificateGet` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .item_gift_certificate_get_recipient import (
    ItemGiftCertificateGetRecipient,
    ItemGiftCertificateGetRecipientCreate,
    ItemGiftCertificateGetRecipientUpdate,
)
from .item_gift_certificate_get_sender import (
    ItemGiftCertificateGetSender,
    ItemGiftCertificateGetSenderCreate,
    ItemGiftCertificateGetSenderUpdate,
)


class ItemGiftCertificateGet(ApiModel):
    """`ItemGiftCertificateGet`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    id: str | None = None
    name: str | None = None
    theme: str | None = None
    amount: float | None = None
    taxable: bool | None = None
    sender: ItemGiftCertificateGetSender | None = None
    recipient: ItemGiftCertificateGetRecipient | None = None
    message: str | None = None


@with_config(REQUEST_CONFIG)
class ItemGiftCertificateGetCreate(TypedDict, total=False):
    """The fields to create a `ItemGiftCertificateGet` with; unknown keys are refused."""

    id: str
    name: str
    theme: str
    amount: float
    taxable: bool
    sender: ItemGiftCertificateGetSenderCreate
    recipient: ItemGiftCertificateGetRecipientCreate
    message: str


@with_config(REQUEST_CONFIG)
class ItemGiftCertificateGetUpdate(TypedDict, total=False):
    """The fields to update a `ItemGiftCertificateGet` with; unknown keys are refused."""

    id: str
    name: str
    theme: str
    amount: float
    taxable: bool
    sender: ItemGiftCertificateGetSenderUpdate
    recipient: ItemGiftCertificateGetRecipientUpdate
    message: str
