# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `LineItemsGet` model."""

from __future__ import annotations

from .._model import ApiModel
from .item_custom_get import ItemCustomGet
from .item_digital_get import ItemDigitalGet
from .item_gift_certificate_get import ItemGiftCertificateGet
from .item_physical_get import ItemPhysicalGet


class LineItemsGet(ApiModel):
    """`LineItemsGet`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    physical_items: list[ItemPhysicalGet] | None = None
    digital_items: list[ItemDigitalGet] | None = None
    gift_certificates: list[ItemGiftCertificateGet] | None = None
    custom_items: list[ItemCustomGet] | None = None
