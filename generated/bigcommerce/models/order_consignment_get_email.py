# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderConsignmentGetEmail` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .gift_certificate_consignment_get import (
    GiftCertificateConsignmentGet,
    GiftCertificateConsignmentGetCreate,
    GiftCertificateConsignmentGetUpdate,
)


class OrderConsignmentGetEmail(ApiModel):
    """`OrderConsignmentGetEmail`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    gift_certificates: list[GiftCertificateConsignmentGet] | None = None


@with_config(REQUEST_CONFIG)
class OrderConsignmentGetEmailCreate(TypedDict, total=False):
    """The fields to create a `OrderConsignmentGetEmail` with; unknown keys are refused."""

    gift_certificates: list[GiftCertificateConsignmentGetCreate]


@with_config(REQUEST_CONFIG)
class OrderConsignmentGetEmailUpdate(TypedDict, total=False):
    """The fields to update a `OrderConsignmentGetEmail` with; unknown keys are refused."""

    gift_certificates: list[GiftCertificateConsignmentGetUpdate]
