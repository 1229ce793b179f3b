# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderConsignmentEmail` model."""

from __future__ import annotations

from ...._model import ApiModel
from .digital_consignment import DigitalConsignment


class OrderConsignmentEmail(ApiModel):
    """`OrderConsignmentEmail`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    gift_certificates: list[DigitalConsignment] | None = None
