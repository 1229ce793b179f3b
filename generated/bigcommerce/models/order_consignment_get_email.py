# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderConsignmentGetEmail` model."""

from __future__ import annotations

from .._model import ApiModel
from .gift_certificate_consignment_get import GiftCertificateConsignmentGet


class OrderConsignmentGetEmail(ApiModel):
    """`OrderConsignmentGetEmail`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    gift_certificates: list[GiftCertificateConsignmentGet] | None = None
