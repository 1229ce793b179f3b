# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxZoneShopperTargetSettings` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .tax_zone_shopper_target_settings_locations_item import (
    TaxZoneShopperTargetSettingsLocationsItem,
    TaxZoneShopperTargetSettingsLocationsItemCreate,
    TaxZoneShopperTargetSettingsLocationsItemUpdate,
)


class TaxZoneShopperTargetSettings(ApiModel):
    """`TaxZoneShopperTargetSettings`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    locations: list[TaxZoneShopperTargetSettingsLocationsItem] | None = None
    customer_groups: list[int] | None = None


@with_config(REQUEST_CONFIG)
class TaxZoneShopperTargetSettingsCreate(TypedDict, total=False):
    """The fields to create a `TaxZoneShopperTargetSettings` with; unknown keys are refused."""

    locations: list[TaxZoneShopperTargetSettingsLocationsItemCreate]
    customer_groups: list[int]


@with_config(REQUEST_CONFIG)
class TaxZoneShopperTargetSettingsUpdate(TypedDict, total=False):
    """The fields to update a `TaxZoneShopperTargetSettings` with; unknown keys are refused."""

    locations: list[TaxZoneShopperTargetSettingsLocationsItemUpdate]
    customer_groups: list[int]
