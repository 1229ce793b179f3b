# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `LineItemsGet` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .item_custom_get import ItemCustomGet, ItemCustomGetCreate, ItemCustomGetUpdate
from .item_digital_get import ItemDigitalGet, ItemDigitalGetCreate, ItemDigitalGetUpdate
from .item_gift_certificate_get import (
    ItemGiftCertificateGet,
    ItemGiftCertificateGetCreate,
    ItemGiftCertificateGetUpdate,
)
from .item_physical_get import ItemPhysicalGet, ItemPhysicalGetCreate, ItemPhysicalGetUpdate


class LineItemsGet(ApiModel):
    """`LineItemsGet`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    physical_items: list[ItemPhysicalGet] | None = None
    digital_items: list[ItemDigitalGet] | None = None
    gift_certificates: list[ItemGiftCertificateGet] | None = None
    custom_items: list[ItemCustomGet] | None = None


@with_config(REQUEST_CONFIG)
class LineItemsGetCreate(TypedDict, total=False):
    """The fields to create a `LineItemsGet` with; unknown keys are refused."""

    physical_items: list[ItemPhysicalGetCreate]
    digital_items: list[ItemDigitalGetCreate]
    gift_certificates: list[ItemGiftCertificateGetCreate]
    custom_items: list[ItemCustomGetCreate]


@with_config(REQUEST_CONFIG)
class LineItemsGetUpdate(TypedDict, total=False):
    """The fields to update a `LineItemsGet` with; unknown keys are refused."""

    physical_items: list[ItemPhysicalGetUpdate]
    digital_items: list[ItemDigitalGetUpdate]
    gift_certificates: list[ItemGiftCertificateGetUpdate]
    custom_items: list[ItemCustomGetUpdate]
