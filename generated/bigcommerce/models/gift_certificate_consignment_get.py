# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `GiftCertificateConsignmentGet` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .gift_certificate_consignment_get_line_items_item import (
    GiftCertificateConsignmentGetLineItemsItem,
    GiftCertificateConsignmentGetLineItemsItemCreate,
    GiftCertificateConsignmentGetLineItemsItemUpdate,
)


class GiftCertificateConsignmentGet(ApiModel):
    """`GiftCertificateConsignmentGet`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    recipient_email: str | None = None
    line_items: list[GiftCertificateConsignmentGetLineItemsItem] | None = None


@with_config(REQUEST_CONFIG)
class GiftCertificateConsignmentGetCreate(TypedDict, total=False):
    """The fields to create a `GiftCertificateConsignmentGet` with; unknown keys are refused."""

    recipient_email: str
    line_items: list[GiftCertificateConsignmentGetLineItemsItemCreate]


@with_config(REQUEST_CONFIG)
class GiftCertificateConsignmentGetUpdate(TypedDict, total=False):
    """The fields to update a `GiftCertificateConsignmentGet` with; unknown keys are refused."""

    recipient_email: str
    line_items: list[GiftCertificateConsignmentGetLineItemsItemUpdate]
