# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `DigitalConsignment` model."""

from __future__ import annotations

from ...._model import ApiModel
from .digital_consignment_line_item import DigitalConsignmentLineItem


class DigitalConsignment(ApiModel):
    """`DigitalConsignment`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    recipient_email: str | None = None
    line_items: list[DigitalConsignmentLineItem] | None = None
