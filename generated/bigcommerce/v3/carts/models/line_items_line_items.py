# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `LineItemsLineItems` model."""

from __future__ import annotations

from ...._model import ApiModel
from ...shared.models.item_gift_certificate import ItemGiftCertificate
from .item_custom_custom_item import ItemCustomCustomItem
from .line_items_line_items_digital_item import LineItemsLineItemsDigitalItem
from .line_items_line_items_physical_item import LineItemsLineItemsPhysicalItem


class LineItemsLineItems(ApiModel):
    """`LineItemsLineItems`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    physical_items: list[LineItemsLineItemsPhysicalItem] | None = None
    digital_items: list[LineItemsLineItemsDigitalItem] | None = None
    gift_certificates: list[ItemGiftCertificate] | None = None
    custom_items: list[ItemCustomCustomItem] | None = None
