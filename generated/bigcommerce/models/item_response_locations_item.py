# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `ItemResponseLocationsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .item_response_locations_item_settings import (
    ItemResponseLocationsItemSettings,
    ItemResponseLocationsItemSettingsCreate,
    ItemResponseLocationsItemSettingsUpdate,
)


class ItemResponseLocationsItem(ApiModel):
    """`ItemResponseLocationsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    location_id: int | None = None
    location_code: str | None = None
    location_name: str | None = None
    available_to_sell: int | None = None
    total_inventory_onhand: int | None = None
    location_enabled: bool | None = None
    settings: ItemResponseLocationsItemSettings | None = None


@with_config(REQUEST_CONFIG)
class ItemResponseLocationsItemCreate(TypedDict, total=False):
    """The fields to create a `ItemResponseLocationsItem` with; unknown keys are refused."""

    location_id: int
    location_code: str
    location_name: str
    available_to_sell: int
    total_inventory_onhand: int
    location_enabled: bool
    settings: ItemResponseLocationsItemSettingsCreate


@with_config(REQUEST_CONFIG)
class ItemResponseLocationsItemUpdate(TypedDict, total=False):
    """The fields to update a `ItemResponseLocationsItem` with; unknown keys are refused."""

    location_id: int
    location_code: str
    location_name: str
    available_to_sell: int
    total_inventory_onhand: int
    location_enabled: bool
    settings: ItemResponseLocationsItemSettingsUpdate
