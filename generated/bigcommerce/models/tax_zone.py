# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxZone` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .tax_zone_price_display_settings import (
    TaxZonePriceDisplaySettings,
    TaxZonePriceDisplaySettingsCreate,
    TaxZonePriceDisplaySettingsUpdate,
)
from .tax_zone_shopper_target_settings import (
    TaxZoneShopperTargetSettings,
    TaxZoneShopperTargetSettingsCreate,
    TaxZoneShopperTargetSettingsUpdate,
)


class TaxZone(ApiModel):
    """`TaxZone`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: int | None = None
    name: str | None = None
    enabled: bool | None = None
    price_display_settings: TaxZonePriceDisplaySettings | None = None
    shopper_target_settings: TaxZoneShopperTargetSettings | None = None


@with_config(REQUEST_CONFIG)
class TaxZoneCreate(TypedDict, total=False):
    """The fields to create a `TaxZone` with; unknown keys are refused."""

    id: int
    name: str
    enabled: bool
    price_display_settings: TaxZonePriceDisplaySettingsCreate
    shopper_target_settings: TaxZoneShopperTargetSettingsCreate


@with_config(REQUEST_CONFIG)
class TaxZoneUpdate(TypedDict, total=False):
    """The fields to update a `TaxZone` with; unknown keys are refused."""

    id: int
    name: str
    enabled: bool
    price_display_settings: TaxZonePriceDisplaySettingsUpdate
    shopper_target_settings: TaxZoneShopperTargetSettingsUpdate
