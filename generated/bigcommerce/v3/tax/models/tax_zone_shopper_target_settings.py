# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxZoneShopperTargetSettings` model."""

from __future__ import annotations

from ...._model import ApiModel
from .tax_zone_shopper_target_settings_location import TaxZoneShopperTargetSettingsLocation


class TaxZoneShopperTargetSettings(ApiModel):
    """`TaxZoneShopperTargetSettings`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    locations: list[TaxZoneShopperTargetSettingsLocation] | None = None
    customer_groups: list[int] | None = None
