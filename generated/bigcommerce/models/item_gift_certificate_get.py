# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `ItemGiftCertificateGet` model."""

from __future__ import annotations

from .._model import ApiModel
from .item_gift_certificate_get_recipient import ItemGiftCertificateGetRecipient
from .item_gift_certificate_get_sender import ItemGiftCertificateGetSender


class ItemGiftCertificateGet(ApiModel):
    """`ItemGiftCertificateGet`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    id: str | None = None
    name: str | None = None
    theme: str | None = None
    amount: int | float | None = None
    taxable: bool | None = None
    sender: ItemGiftCertificateGetSender | None = None
    recipient: ItemGiftCertificateGetRecipient | None = None
    message: str | None = None
