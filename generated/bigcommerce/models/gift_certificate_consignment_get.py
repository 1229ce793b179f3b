# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `GiftCertificateConsignmentGet` model."""

from __future__ import annotations

from .._model import ApiModel
from .gift_certificate_consignment_get_line_items_item import (
    GiftCertificateConsignmentGetLineItemsItem,
)


class GiftCertificateConsignmentGet(ApiModel):
    """`GiftCertificateConsignmentGet`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    recipient_email: str | None = None
    line_items: list[GiftCertificateConsignmentGetLineItemsItem] | None = None
