# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `DigitalConsignmentGet` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .digital_consignment_get_line_items_item import (
    DigitalConsignmentGetLineItemsItem,
    DigitalConsignmentGetLineItemsItemCreate,
    DigitalConsignmentGetLineItemsItemUpdate,
)


class DigitalConsignmentGet(ApiModel):
    """`DigitalConsignmentGet`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    recipient_email: str | None = None
    line_items: list[DigitalConsignmentGetLineItemsItem] | None = None


@with_config(REQUEST_CONFIG)
class DigitalConsignmentGetCreate(TypedDict, total=False):
    """The fields to create a `DigitalConsignmentGet` with; unknown keys are refused."""

    recipient_email: str
    line_items: list[DigitalConsignmentGetLineItemsItemCreate]


@with_config(REQUEST_CONFIG)
class DigitalConsignmentGetUpdate(TypedDict, total=False):
    """The fields to update a `DigitalConsignmentGet` with; unknown keys are refused."""

    recipient_email: str
    line_items: list[DigitalConsignmentGetLineItemsItemUpdate]
