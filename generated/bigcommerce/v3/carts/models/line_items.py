# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `LineItems` model."""

from __future__ import annotations

from ...._model import ApiModel
from ...shared.models.item_gift_certificate import ItemGiftCertificate
from .item_custom import ItemCustom
from .line_items_digital_item import LineItemsDigitalItem
from .line_items_physical_item import LineItemsPhysicalItem


class LineItems(ApiModel):
    """`LineItems`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    physical_items: list[LineItemsPhysicalItem] | None = None
    digital_items: list[LineItemsDigitalItem] | None = None
    gift_certificates: list[ItemGiftCertificate] | None = None
    custom_items: list[ItemCustom] | None = None
