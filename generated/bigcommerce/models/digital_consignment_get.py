# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `DigitalConsignmentGet` model."""

from __future__ import annotations

from .._model import ApiModel
from .digital_consignment_get_line_items_item import DigitalConsignmentGetLineItemsItem


class DigitalConsignmentGet(ApiModel):
    """`DigitalConsignmentGet`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    recipient_email: str | None = None
    line_items: list[DigitalConsignmentGetLineItemsItem] | None = None
