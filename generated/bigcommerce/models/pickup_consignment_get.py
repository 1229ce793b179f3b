# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `PickupConsignmentGet` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .pickup_consignment_get_line_items_item import (
    PickupConsignmentGetLineItemsItem,
    PickupConsignmentGetLineItemsItemCreate,
    PickupConsignmentGetLineItemsItemUpdate,
)
from .pickup_consignment_location_get import (
    PickupConsignmentLocationGet,
    PickupConsignmentLocationGetCreate,
    PickupConsignmentLocationGetUpdate,
)


class PickupConsignmentGet(ApiModel):
    """`PickupConsignmentGet`: an object of the v2 API. Every field is optional; unknown fields
    are kept.
    """

    id: int | None = None
    pickup_method_id: int | None = None
    pickup_method_display_name: str | None = None
    collection_instructions: str | None = None
    collection_time_description: str | None = None
    location: PickupConsignmentLocationGet | None = None
    line_items: list[PickupConsignmentGetLineItemsItem] | None = None


@with_config(REQUEST_CONFIG)
class PickupConsignmentGetCreate(TypedDict, total=False):
    """The fields to create a `PickupConsignmentGet` with; unknown keys are refused."""

    id: int
    pickup_method_id: int
    pickup_method_display_name: str
    collection_instructions: str
    collection_time_description: str
    location: PickupConsignmentLocationGetCreate
    line_items: list[PickupConsignmentGetLineItemsItemCreate]


@with_config(REQUEST_CONFIG)
class PickupConsignmentGetUpdate(TypedDict, total=False):
    """The fields to update a `PickupConsignmentGet` with; unknown keys are refused."""

    id: int
    pickup_method_id: int
    pickup_method_display_name: str
    collection_instructions: str
    collection_time_description: str
    location: PickupConsignmentLocationGetUpdate
    line_items: list[PickupConsignmentGetLineItemsItemUpdate]
